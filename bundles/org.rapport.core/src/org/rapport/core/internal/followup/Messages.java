/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.followup;

import org.eclipse.osgi.util.NLS;

/** Texts of the follow-up engine: command labels (shown in Undo/Redo) and problems of a log request. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.followup.messages"; //$NON-NLS-1$

	public static String Command_done;
	public static String Command_snooze;
	public static String Command_scheduleNext;
	public static String Command_logInteraction;
	public static String Command_setStatus;

	public static String Log_noContact;
	public static String Log_noSummary;
	public static String Log_noDate;
	public static String Log_nextBeforeDate;
	// {0} the summary of the interaction
	public static String Log_followUpReason;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
