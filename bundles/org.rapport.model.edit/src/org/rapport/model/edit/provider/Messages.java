/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.edit.provider;

import org.eclipse.osgi.util.NLS;

/** The readable labels' patterns; the generated plugin.properties belongs to the generator. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.model.edit.provider.messages"; //$NON-NLS-1$

	public static String Label_separator;
	public static String Label_unnamed;
	public static String Label_unnamedContact;
	public static String Label_contactWithOrganization;
	public static String Label_followUp;
	public static String Label_followUpNoDate;
	public static String Label_followUpNoContact;
	public static String Label_exchangeGiven;
	public static String Label_exchangeReceived;
	public static String Label_exchangeGivenNoContact;
	public static String Label_exchangeReceivedNoContact;
	public static String Label_gratitude;
	public static String Label_opportunity;
	public static String Label_communicationStrategy;
	public static String Label_skill;
	public static String Label_feedback;
	public static String Label_feedbackNoTopic;
	public static String Label_review;
	public static String Label_reviewScored;
	public static String Label_score;
	public static String Label_scoreFailed;
	public static String Label_finding;
	public static String Label_profile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
