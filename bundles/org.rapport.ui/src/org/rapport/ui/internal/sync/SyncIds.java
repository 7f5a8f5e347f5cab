/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

/** The ids of the sync's controls ({@code UiIds.KEY}), for tests, and of its command. */
public final class SyncIds {

	public static final String COMMAND = "org.rapport.ui.sync"; //$NON-NLS-1$
	public static final String ADDRESS_BOOK = "sync.addressBook"; //$NON-NLS-1$
	public static final String CALENDAR = "sync.calendar"; //$NON-NLS-1$
	public static final String USER = "sync.user"; //$NON-NLS-1$
	public static final String PASSWORD = "sync.password"; //$NON-NLS-1$
	public static final String SUMMARY = "sync.summary"; //$NON-NLS-1$
	public static final String TABLE = "sync.table"; //$NON-NLS-1$
	public static final String KEEP_MINE = "sync.keepMine"; //$NON-NLS-1$
	public static final String TAKE_THEIRS = "sync.takeTheirs"; //$NON-NLS-1$
	public static final String LEAVE = "sync.leave"; //$NON-NLS-1$
	public static final String REMEMBER = "sync.remember"; //$NON-NLS-1$
	public static final String ACCOUNTS_ADDRESS_BOOK = "accounts.sync.addressBook"; //$NON-NLS-1$
	public static final String ACCOUNTS_CALENDAR = "accounts.sync.calendar"; //$NON-NLS-1$
	public static final String ACCOUNTS_USER = "accounts.sync.user"; //$NON-NLS-1$
	public static final String ACCOUNTS_PASSWORD = "accounts.sync.password"; //$NON-NLS-1$

	private SyncIds() {
	}
}
