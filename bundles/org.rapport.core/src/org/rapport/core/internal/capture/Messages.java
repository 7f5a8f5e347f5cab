/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import org.eclipse.osgi.util.NLS;

/** Texts of calendar capture: reasons, row messages, the summary and the command label. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.capture.messages"; //$NON-NLS-1$

	// {0} the source (file name or URL)
	public static String Command_capture;
	public static String Command_captureMail;
	public static String Task_reading;
	public static String Task_matching;
	public static String Meeting_untitled;
	public static String Skip_noUid;
	public static String Skip_noDate;
	// {0} the day
	public static String Skip_future;
	// {0} the since date
	public static String Skip_beforeSince;
	public static String Skip_cancelled;
	// {0} the number of people on the event
	public static String Skip_noContact;
	public static String Skip_allDeclined;
	public static String Skip_sameUid;
	public static String Skip_noMessageId;
	public static String Skip_sameMessageId;
	// {0} the header
	public static String Skip_bulk;
	// {0} day, {1} summary, {2} contact names
	public static String Row_new;
	public static String Row_newMail;
	public static String Mail_untitled;
	// {0} contact names
	public static String Mail_to;
	// {0} the sender
	public static String Mail_from;
	// {0} the server
	public static String Task_readingMail;
	// {0} day, {1} summary, {2} the reason
	public static String Row_skipped;
	// {0} day, {1} summary
	public static String Row_logged;
	// {0} day, {1} summary, {2} the day it was logged on
	public static String Row_loggedMoved;
	// {0} new, {1} already logged, {2} skipped
	public static String Preview_summary;
	// {0} file name, {1} what the parser said
	public static String Error_unreadable;
	// {0} file name
	public static String Error_noCalendar;

	public static String Error_noFile;
	public static String Error_cannotRead;
	public static String Error_badUrl;
	public static String Error_notHttps;
	public static String Error_certificate;
	public static String Error_unreachable;
	public static String Error_refused;
	public static String Error_calendarRefused;
	public static String Error_noCalendarAt;
	public static String Error_server;
	public static String Error_badImapUrl;
	public static String Error_mailRefused;
	public static String Error_noFolder;
	public static String Error_noTls;
	public static String Error_mailServer;
	public static String Error_storage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
