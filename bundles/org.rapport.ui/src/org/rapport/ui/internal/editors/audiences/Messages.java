/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.audiences;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.audiences.messages"; //$NON-NLS-1$

	public static String AudiencesPage_audiencesEmpty;
	public static String AudiencesPage_tab;
	public static String AudiencesPage_title;
	public static String AudiencesPage_audiences;
	public static String AudiencesPage_audiencesDescription;
	public static String AudiencesPage_filterHint;
	public static String AudiencesPage_columnName;
	public static String AudiencesPage_columnMembers;
	public static String AudiencesPage_columnChannels;
	public static String AudiencesPage_columnCadence;
	public static String AudiencesPage_cadence;
	public static String AudiencesPage_newAudience;
	public static String AudienceDetails_title;
	public static String AudienceDetails_name;
	public static String AudienceDetails_description;
	public static String AudienceDetails_industries;
	public static String AudienceDetails_roles;
	public static String AudienceDetails_seniorities;
	public static String AudienceDetails_locations;
	public static String AudienceDetails_tags;
	public static String AudienceDetails_members;
	public static String Communication_title;
	public static String Communication_description;
	public static String Communication_missing;
	public static String Communication_channels;
	public static String Communication_keyMessages;
	public static String Communication_valueOffered;
	public static String Communication_tone;
	public static String Communication_cadence;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
