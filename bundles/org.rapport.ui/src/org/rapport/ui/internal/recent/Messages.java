/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.recent;

import org.eclipse.osgi.util.NLS;

/** The strings of File's recent plans (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.recent.messages"; //$NON-NLS-1$

	public static String RecentPlans_item;
	public static String RecentPlans_missingTitle;
	public static String RecentPlans_missing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
