/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.search;

import org.eclipse.osgi.util.NLS;

/** Texts of Quick Access over the plan's elements. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.search.messages"; //$NON-NLS-1$

	// {0} the kind, {1} the name
	public static String QuickAccess_element;
	// {0} the kind and name, {1} the keyword the query matched (an email, a phone, an organization...)
	public static String QuickAccess_foundBy;
	public static String QuickAccess_contact;
	public static String QuickAccess_goal;
	public static String QuickAccess_aspiration;
	public static String QuickAccess_audience;
	public static String QuickAccess_opportunity;
	public static String QuickAccess_skill;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
