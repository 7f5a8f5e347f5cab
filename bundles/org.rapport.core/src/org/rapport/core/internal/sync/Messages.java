/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import org.eclipse.osgi.util.NLS;

/** Texts of the sync: the rows, the summary, the command label and the errors, worded for a person. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.sync.messages"; //$NON-NLS-1$

	// {0} the address book
	public static String Command_sync;
	public static String Task_reading;
	public static String Task_writing;
	// {0} pushed, {1} pulled, {2} conflicts, {3} deletions proposed, {4} unchanged
	public static String Summary;
	// {0} field, {1} the plan's value, {2} the server's
	public static String Change_field;
	public static String Change_none;
	public static String Row_contact;
	public static String Row_calendar;
	// {0} "contact" or "calendar entry", {1} its name
	public static String Row_pushNew;
	public static String Row_push;
	public static String Row_pullNew;
	public static String Row_pull;
	public static String Row_conflict;
	public static String Row_calendarConflict;
	public static String Row_deletedOnServer;
	public static String Row_deletedInPlan;
	public static String Row_calendarDeletedInPlan;
	public static String Row_unreadable;
	public static String Row_unchanged;
	// {0} the URL
	public static String Error_badUrl;
	public static String Error_notHttps;
	public static String Error_noAddressBook;
	public static String Error_noCalendar;
	public static String Error_forbidden;
	// {0} the URL, {1} the status code
	public static String Error_server;
	// {0} the URL, {1} the parser's message
	public static String Error_unreadable;
	// {0} the host
	public static String Error_password;
	public static String Error_certificate;
	public static String Error_unreachable;
	public static String Error_lost;
	// {0} the message
	public static String Error_calendarEntry;

	// the command line: {0} the command
	public static String Cli_help;
	public static String Cli_noServer;
	public static String Cli_blankUser;
	// {0} the user
	public static String Cli_passwordPrompt;
	// {0} the command, {1} the environment variable
	public static String Cli_noPassword;
	// {0} the state file, {1} why
	public static String Cli_stateUnreadable;
	public static String Cli_stateUnwritable;
	// {0} the plan, {1} pushed, {2} pulled, {3} incoming left, {4} conflicts, {5} deletions proposed, {6} unchanged
	public static String Cli_done;
	public static String Cli_incomingLeft;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
