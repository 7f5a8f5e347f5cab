/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.outcome;

import org.eclipse.osgi.util.NLS;

/** The words long actions end with (messages.properties next to this class). */
public final class OutcomeMessages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.outcome.messages"; //$NON-NLS-1$

	public static String Outcome_openFolder;
	public static String Outcome_separator;
	public static String Outcome_lastSeparator;
	public static String Import_title;
	public static String Capture_title;
	public static String Import_done;
	public static String Import_doneSkipped;
	public static String Export_title;
	public static String Export_doneCalendar;
	public static String Export_doneContacts;
	public static String Export_doneXmi;
	public static String Merge_title;
	public static String Merge_done;
	public static String Merge_doneMoved;
	public static String Review_title;
	public static String Review_done;
	public static String Count_contactsOne;
	public static String Count_contacts;
	public static String Count_followUpsOne;
	public static String Count_followUps;
	public static String Count_eventsOne;
	public static String Count_events;
	public static String Count_interactionsOne;
	public static String Count_interactions;
	public static String Count_exchangesOne;
	public static String Count_exchanges;
	public static String Count_thanksOne;
	public static String Count_thanks;
	public static String Count_introductionsOne;
	public static String Count_introductions;
	public static String Count_othersOne;
	public static String Count_others;
	public static String Count_findingsOne;
	public static String Count_findings;
	public static String Count_decisionsOne;
	public static String Count_decisions;

	static {
		NLS.initializeMessages(BUNDLE_NAME, OutcomeMessages.class);
	}

	private OutcomeMessages() {
	}
}
