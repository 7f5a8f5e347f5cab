/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.followup.FollowUpPreferences;

/**
 * The sync account the workbench remembers, in the {@code org.rapport.core} node: the address book's and the
 * calendar's URLs and the user name. Never the password, which is kept in the secure storage under
 * {@link #passwordKey}.
 */
public final class SyncPreferences {

	public static final String ADDRESS_BOOK = "sync.addressBook"; //$NON-NLS-1$
	public static final String CALENDAR = "sync.calendar"; //$NON-NLS-1$
	public static final String USER = "sync.user"; //$NON-NLS-1$

	private SyncPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(FollowUpPreferences.QUALIFIER);
	}

	/** The account last used, with {@code null} for what is not set. */
	public static SyncAccount account() {
		IEclipsePreferences node = node();
		String user = node.get(USER, ""); //$NON-NLS-1$
		return new SyncAccount(node.get(ADDRESS_BOOK, null), node.get(CALENDAR, null), user.isBlank() ? null : user);
	}

	/** Remembers the account (not its password). */
	public static void remember(SyncAccount account) throws BackingStoreException {
		IEclipsePreferences node = node();
		put(node, ADDRESS_BOOK, account.addressBook());
		put(node, CALENDAR, account.calendar());
		put(node, USER, account.user());
		node.flush();
	}

	/**
	 * The server address the account's password is kept under in the secure storage ({@code AccountPasswords}): the
	 * address book's, else the calendar's; {@code null} without either.
	 */
	public static String passwordKey(SyncAccount account) {
		return account.addressBook() != null ? account.addressBook() : account.calendar();
	}

	private static void put(IEclipsePreferences node, String key, String value) {
		if (value == null) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}
}
