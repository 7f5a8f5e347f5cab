/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

import org.eclipse.osgi.util.NLS;

/** Texts of File &gt; Sync. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.sync.messages"; //$NON-NLS-1$

	public static String Sync_windowTitle;
	public static String Sync_saveFirst;
	public static String Sync_accountTitle;
	// {0} the plan file's name
	public static String Sync_accountDescription;
	public static String Sync_addressBook;
	public static String Sync_addressBookHint;
	public static String Sync_calendar;
	public static String Sync_calendarHint;
	public static String Sync_user;
	public static String Sync_password;
	public static String Sync_remember;
	public static String Sync_passwordKept;
	public static String Sync_accountsGroup;
	// {0} the plan file's name
	public static String Sync_privacy;
	public static String Sync_chooseServer;
	public static String Sync_reading;
	public static String Sync_writing;
	public static String Sync_cancelled;
	public static String Sync_writeCancelled;
	// {0} the state file, {1} why
	public static String Sync_stateUnreadable;
	// {0} why
	public static String Sync_stateUnwritable;
	// {0} the exception
	public static String Sync_internalError;
	public static String Sync_planClosed;
	public static String Sync_goBack;
	public static String Sync_previewTitle;
	public static String Sync_previewDescription;
	public static String Sync_columnName;
	public static String Sync_columnWhat;
	public static String Sync_columnDecision;
	public static String Sync_keepMine;
	public static String Sync_takeTheirs;
	public static String Sync_leave;
	public static String Sync_keepMineShort;
	public static String Sync_takeTheirsShort;
	public static String Sync_decideHint;
	// {0} the counts
	public static String Sync_summary;
	public static String Sync_nothing;
	public static String Sync_decisionPut;
	public static String Sync_decisionTake;
	public static String Sync_decisionLeave;
	public static String Sync_decisionDelete;
	public static String Sync_decisionKeep;
	public static String Sync_decisionUndecided;
	public static String Sync_outcomeTitle;
	// {0} pushed, {1} pulled, {2} conflicts left, {3} deletions left
	public static String Sync_outcome;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
