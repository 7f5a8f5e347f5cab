/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import org.eclipse.osgi.util.NLS;

/**
 * What the command line says. Templates are in {@code messages.properties}; in the usage messages {0} is the
 * command.
 *
 * @noreference internal to the command line
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.cli.messages"; //$NON-NLS-1$

	public static String Help_text;
	public static String Help_new;
	public static String Help_validate;
	public static String Help_score;
	public static String Help_export;
	public static String Help_import;
	public static String Help_exitCodes;

	public static String Usage_hint;
	public static String Usage_noCommand;
	// {0} the command
	public static String Usage_unknownCommand;
	// {1} the option
	public static String Usage_unknownOption;
	public static String Usage_missingValue;
	public static String Usage_repeatedOption;
	public static String Usage_flagWithValue;
	public static String Usage_missingOption;
	// {1} the operand's name (FILE, IN)
	public static String Usage_missingOperand;
	// {1} the operand
	public static String Usage_extraOperand;
	// {1} the format given, {2} the formats known
	public static String Usage_badFormat;
	// {1} the formats known
	public static String Usage_formatNeeded;
	public static String Usage_icsOnly;
	public static String Usage_vcardOnly;
	public static String Usage_badVcardVersion;
	public static String Usage_badReminder;
	public static String Export_wroteCalendar;
	public static String Export_nothingDated;
	// {1} the date given
	public static String Usage_badDate;
	public static String Usage_blankName;
	public static String Usage_blankPath;
	// {1} the path given
	public static String Usage_badPath;
	// {1} the path given twice
	public static String Usage_sameFile;

	// {0} file, {1} line, {2} column, {3} reason
	public static String Location_fileLineColumn;
	public static String Location_fileLine;
	public static String Location_file;

	// {0} the plan's name, {1} the file
	public static String New_created;
	// {0} the file
	public static String New_exists;

	public static String Severity_error;
	public static String Severity_warning;
	public static String Severity_info;
	// {0} file, {1} severity, {2} message
	public static String Validate_problem;
	// {0} file
	public static String Validate_noProblems;
	// {0} file, {1} errors, {2} warnings, {3} information
	public static String Validate_summary;

	public static String Score_strategy;
	public static String Score_weight;
	public static String Score_score;
	public static String Score_findings;
	public static String Score_note;
	public static String Score_overall;
	public static String Score_noOverall;
	// {0} why
	public static String Score_failed;
	public static String Score_noStrategies;
	// {0} steps done, {1} steps in all, {2} steps from which the plan is scored
	public static String Score_gettingStarted;
	// {0} the step
	public static String Score_stepDone;
	public static String Score_stepOpen;

	// {0} format, {1} file
	// {0} file, {1} the model file
	public static String Export_wroteXmi;
	// {0} format, {1} file, {2} what was written
	public static String Export_wroteContacts;

	// {0} input, {1} plan file, {2} what was imported
	public static String Import_rowRejected;
	public static String Import_rowReplaced;
	public static String Import_warning;
	public static String Import_done;
	// {0} input, {1} plan file
	public static String Import_xmi;
	// {0} plan file
	public static String Import_xmiExists;
	// {0} input
	public static String Import_isDirectory;
	public static String Import_missing;
	public static String Import_accessDenied;
	// {0} input, {1} why
	public static String Import_unreadable;
	public static String Import_unchanged;
	// {0} number of contacts
	public static String Export_contacts;

	// {0} file, {1} reason
	public static String Error_write;
	// {0} what happened, {1} the log file
	public static String Error_internal;
	public static String Error_internalLog;
	public static String Error_noLog;

	public static String Help_agenda;
	public static String Help_log;
	public static String Help_capture;
	public static String Capture_done;
	public static String Capture_unchanged;
	public static String Usage_calendarOrImap;
	public static String Usage_imapOnly;
	public static String Usage_badDays;
	public static String Usage_reasonWithoutFollowUp;
	public static String Agenda_heading;
	public static String Agenda_group;
	public static String Agenda_losing;
	public static String Agenda_birthday;
	public static String Agenda_birthdayTurns;
	public static String Agenda_dateYears;
	public static String Agenda_noContact;
	public static String Agenda_OVERDUE;
	public static String Agenda_TODAY;
	public static String Agenda_THIS_WEEK;
	public static String Agenda_NEXT_WEEK;
	public static String Agenda_LATER;
	public static String Agenda_LOSING_TOUCH;
	public static String Log_noSuchContact;
	public static String Log_ambiguousContact;
	public static String Log_badChannel;
	public static String Log_done;
	public static String Log_answered;
	public static String Log_next;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
