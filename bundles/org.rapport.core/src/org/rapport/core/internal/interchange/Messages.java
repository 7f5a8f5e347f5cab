/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible messages of import and export, and the texts the exporters write into files. Templates are in
 * {@code messages.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.interchange.messages"; //$NON-NLS-1$

	public static String Change_add;
	public static String Change_append;
	public static String Change_fill;
	public static String Change_link;
	public static String Change_photoSize;
	public static String Command_import;
	public static String Photo_notAPicture;
	public static String Photo_tooLarge;
	public static String Photo_tooManyPixels;
	public static String Command_merge;
	public static String Command_mergeDescription;
	public static String Conflict_item;
	public static String Field_email;
	public static String Field_firstName;
	public static String Field_introducedBy;
	public static String Field_lastName;
	public static String Field_location;
	public static String Field_prefix;
	public static String Field_middleName;
	public static String Field_suffix;
	public static String Field_nickname;
	public static String Field_organizationUnit;
	public static String Field_birthday;
	public static String Field_photo;
	public static String Field_importantDate;
	public static String Field_relationship;
	public static String Field_notes;
	public static String Field_organization;
	public static String Field_phone;
	public static String Field_position;
	public static String Field_profileUrl;
	public static String Field_tag;
	public static String Format_google;
	public static String Format_linkedIn;
	public static String Format_vcard;
	public static String Job_export;
	public static String Job_ioFailed;
	public static String Job_read;
	public static String Date_connectedOnLinkedIn;
	public static String Date_anniversary;
	public static String Note_introducedBy;
	public static String Note_labelled;
	public static String Note_related;
	public static String Preview_summary;
	public static String Provenance_imported;
	public static String Provenance_updated;
	public static String Read_badCsv;
	public static String Read_empty;
	public static String Read_noGoogleHeader;
	public static String Read_noLinkedInHeader;
	public static String Read_noVCard;
	public static String Read_notUtf8;
	public static String Read_notRegularFile;
	public static String Read_unknownFormat;
	public static String Reject_columnCount;
	public static String Reject_noIdentity;
	public static String Reject_truncatedCard;
	public static String Reject_unbalancedQuote;
	public static String Reject_unreadableCard;
	public static String Row_conflicts;
	public static String Row_replacedCharacters;
	public static String Reject_unexpected;
	public static String Warn_columnNumber;
	public static String Row_duplicate;
	public static String Row_duplicateSameAs;
	public static String Row_new;
	public static String Row_newWithDetails;
	public static String Row_rejected;
	public static String Row_unnamed;
	public static String Row_update;
	public static String Row_updateSameAs;
	public static String Rule_email;
	public static String Rule_nameAndOrganization;
	public static String Rule_nameAndBirthday;
	public static String Rule_profileUrl;
	public static String Rule_uid;
	public static String Task_matching;
	public static String Task_reading;
	public static String Task_writing;

	// the exporters of plans and calendars (XMI, iCalendar): texts written into files and their failures
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
