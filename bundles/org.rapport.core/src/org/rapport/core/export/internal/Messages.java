/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.export.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts the exporters write into exported files and the messages of their exceptions. Templates are in
 * {@code messages.properties}.
 *
 * @noreference internal to the exporters
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.export.internal.messages"; //$NON-NLS-1$

	// iCalendar follow-ups; {0} the contact's name
	public static String FollowUp_summary;
	public static String FollowUp_summaryNoContact;
	// {0} the reason
	public static String FollowUp_reason;
	// {0} the attempt, {1} the number of attempts planned
	public static String FollowUp_attempt;
	// {0} the origin (manual, interaction, opportunity, cadence)
	public static String FollowUp_origin;
	public static String FollowUp_category;
	public static String FollowUp_doneSummary;
	public static String FollowUp_doneSummaryNoContact;
	public static String Birthday_summary;
	public static String Birthday_born;
	public static String Birthday_category;
	public static String Date_summary;
	public static String Date_since;
	public static String Date_unlabelled;
	public static String Date_category;
	public static String Export_nothingDated;
	public static String Contact_unnamed;

	// iCalendar opportunities; {0} the kind, {1} online or offline
	public static String Opportunity_kind;
	public static String Opportunity_online;
	public static String Opportunity_offline;
	// {0} the status
	public static String Opportunity_status;
	// {0} the URL that is not a valid URI and so cannot be the event's URL property
	public static String Opportunity_link;
	// {0} hours
	public static String Opportunity_effort;
	public static String Opportunity_unnamed;

	// failures; {0} the detail
	public static String Export_invalidCalendar;
	public static String Export_noEcore;
	public static String Export_planNotRoot;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
