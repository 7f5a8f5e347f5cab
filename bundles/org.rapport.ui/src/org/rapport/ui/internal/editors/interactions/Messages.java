/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.interactions;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.interactions.messages"; //$NON-NLS-1$

	public static String InteractionsPage_followUpsEmpty;
	public static String InteractionsPage_interactionsEmpty;
	public static String InteractionsPage_tab;
	public static String InteractionsPage_title;
	public static String InteractionsPage_interactions;
	public static String InteractionsPage_interactionsDescription;
	public static String InteractionsPage_interactionsFilter;
	public static String InteractionsPage_followUps;
	public static String InteractionsPage_followUpsDescription;
	public static String InteractionsPage_followUpsFilter;
	public static String InteractionsPage_columnDate;
	public static String InteractionsPage_columnChannel;
	public static String InteractionsPage_columnInitiatedBy;
	public static String InteractionsPage_columnContacts;
	public static String InteractionsPage_columnSummary;
	public static String InteractionsPage_columnDue;
	public static String InteractionsPage_columnContact;
	public static String InteractionsPage_columnReason;
	public static String InteractionsPage_columnStatus;
	public static String InteractionsPage_columnAttempt;
	public static String InteractionsPage_statusOverdue;
	public static String InteractionsPage_attemptOf;
	public static String InteractionDetails_title;
	public static String InteractionDetails_date;
	public static String InteractionDetails_channel;
	public static String InteractionDetails_initiatedBy;
	public static String InteractionDetails_contacts;
	public static String InteractionDetails_summary;
	public static String InteractionDetails_outcome;
	public static String InteractionDetails_opportunity;
	public static String FollowUpDetails_title;
	public static String FollowUpDetails_contact;
	public static String FollowUpDetails_due;
	public static String FollowUpDetails_reason;
	public static String FollowUpDetails_status;
	public static String FollowUpDetails_attempt;
	public static String FollowUpDetails_maxAttempts;
	public static String FollowUpDetails_origin;
	public static String FollowUpDetails_completedOn;
	public static String FollowUpDetails_overdue;
	public static String FollowUpDetails_overdueNo;
	public static String FollowUpDetails_overdueDays;
	public static String FollowUpDetails_overdueOneDay;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
