/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views.contacts;

import org.eclipse.osgi.util.NLS;

/** The Contacts view's strings (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.views.contacts.messages"; //$NON-NLS-1$

	public static String ContactsView_count;
	public static String ContactsView_countAll;
	public static String ContactsView_overdue;
	public static String ContactsView_overdueOne;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
