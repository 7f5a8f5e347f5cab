/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import org.eclipse.osgi.util.NLS;

/** The strings of the import and export wizards and of Merge Contacts (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.interchange.messages"; //$NON-NLS-1$

	public static String OpenPlans_noPlan;
	public static String OpenPlans_label;
	public static String File_browse;
	public static String File_allFiles;
	public static String File_notAbsolute;
	public static String File_badPath;
	public static String File_missing;
	public static String File_isFolder;
	public static String File_unreadable;
	public static String File_noSuchFile;
	public static String File_accessDenied;
	public static String File_noFolder;
	public static String Import_windowTitle;
	public static String Import_sourceTitle;
	public static String Import_sourceDescription;
	public static String Import_format;
	public static String Import_vcard;
	public static String Import_linkedIn;
	public static String Import_google;
	public static String Import_file;
	public static String Import_plan;
	public static String Import_chooseFile;
	public static String Import_fileDialogTitle;
	public static String Import_vcardFiles;
	public static String Import_csvFiles;
	public static String Import_detected;
	public static String Import_failedAtLine;
	public static String Import_ioFailed;
	public static String Import_internalError;
	public static String Import_reading;
	public static String Import_cancelled;
	public static String Preview_title;
	public static String Preview_description;
	public static String Preview_columnLine;
	public static String Preview_columnStatus;
	public static String Preview_columnName;
	public static String Preview_columnWhat;
	public static String Preview_statusNew;
	public static String Preview_statusUpdate;
	public static String Preview_statusDuplicate;
	public static String Preview_statusRejected;
	public static String Preview_statusSkipped;
	public static String Preview_skippedMessage;
	public static String Preview_summarySkipped;
	public static String Preview_source;
	public static String Preview_selectAll;
	public static String Preview_deselectAll;
	public static String Preview_nothingToImport;
	public static String Preview_details;
	public static String Preview_detailsText;
	public static String Preview_detailsHint;
	public static String Preview_planClosed;
	public static String Capture_windowTitle;
	public static String Capture_sourceTitle;
	public static String Capture_sourceDescription;
	public static String Capture_source;
	public static String Capture_sourceHint;
	public static String Capture_privacy;
	public static String Capture_fileDialogTitle;
	public static String Capture_noPlan;
	public static String Capture_chooseSource;
	public static String Capture_choosePlan;
	public static String Capture_reading;
	public static String Capture_cancelled;
	public static String Capture_internalError;
	public static String Capture_previewTitle;
	public static String Capture_previewDescription;
	public static String Capture_columnStatus;
	public static String Capture_columnWhat;
	public static String Capture_summary;
	public static String Capture_nothingNew;
	public static String Capture_statusNew;
	public static String Capture_statusLogged;
	public static String Capture_statusSkipped;
	public static String Accounts_description;
	public static String Accounts_mail;
	public static String Accounts_calendar;
	public static String Accounts_passwords;
	public static String Accounts_noStorage;
	public static String Capture_calendarUser;
	public static String Capture_password;
	public static String Capture_remember;
	public static String Capture_passwordKept;
	public static String Capture_typePassword;
	public static String Mail_windowTitle;
	public static String Mail_sourceTitle;
	public static String Mail_sourceDescription;
	public static String Mail_server;
	public static String Mail_serverHint;
	public static String Mail_user;
	public static String Mail_folders;
	public static String Mail_foldersHint;
	public static String Mail_since;
	public static String Mail_sinceHint;
	public static String Mail_subjects;
	public static String Mail_privacy;
	public static String Mail_noPlan;
	public static String Mail_chooseServer;
	public static String Mail_chooseUser;
	public static String Mail_badSince;
	public static String Mail_previewDescription;
	public static String Mail_columnWhat;
	public static String Mail_nothingNew;
	public static String Mail_cancelled;

	public static String Export_windowTitle;
	public static String Export_title;
	public static String Export_description;
	public static String Export_plan;
	public static String Export_format;
	public static String Export_xmi;
	public static String Export_vcard;
	public static String Export_vcardVersion;
	public static String Export_google;
	public static String Export_ics;
	public static String Export_openOnly;
	public static String Export_followUpEvents;
	public static String Export_reminder;
	public static String Export_reminderDays;
	public static String Export_nothingDated;
	public static String Export_whatCalendarWithEvents;
	public static String Export_file;
	public static String Export_chooseFile;
	public static String Export_fileDialogTitle;
	public static String Export_isPlanFile;
	public static String Export_ecoreName;
	public static String Export_overwriteTitle;
	public static String Export_overwrite;
	public static String Export_whatContacts;
	public static String Export_whatCalendar;
	public static String Export_whatXmi;
	public static String Export_job;
	public static String Export_failedTitle;
	public static String Export_failed;
	public static String Export_writing;
	public static String Merge_title;
	public static String Merge_message;
	public static String Merge_messageOne;
	public static String Merge_columnName;
	public static String Merge_columnOrganization;
	public static String Merge_columnEmails;
	public static String Merge_columnHistory;
	public static String Merge_history;
	public static String Merge_outcome;
	public static String Merge_ok;
	public static String Merge_notOnePlan;
	public static String Merge_notMergeable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
