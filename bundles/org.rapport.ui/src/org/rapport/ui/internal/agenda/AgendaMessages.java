/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.agenda;

import org.eclipse.osgi.util.NLS;

/** Texts of the Agenda view, the Log Interaction dialog and the Networking preferences. */
public final class AgendaMessages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.agenda.messages"; //$NON-NLS-1$

	public static String Agenda_noPlan;
	public static String Agenda_nothingDue;
	public static String Agenda_section_OVERDUE;
	public static String Agenda_section_TODAY;
	public static String Agenda_section_THIS_WEEK;
	public static String Agenda_section_NEXT_WEEK;
	public static String Agenda_section_LATER;
	public static String Agenda_section_LOSING_TOUCH;
	public static String Agenda_sectionCount;
	public static String Agenda_showMore;
	public static String Agenda_columnWhat;
	public static String Agenda_columnWhen;
	public static String Agenda_columnDetails;
	public static String Agenda_overdueSince;
	public static String Agenda_dueOn;
	public static String Agenda_lastContact;
	public static String Agenda_occasionOn;
	public static String Agenda_birthday;
	public static String Agenda_birthdayTurns;
	public static String Agenda_importantDate;
	public static String Agenda_dateYears;
	public static String Agenda_pastCadence;
	public static String Agenda_attempt;
	public static String Agenda_done;
	public static String Agenda_doneToolTip;
	public static String Agenda_reschedule;
	public static String Agenda_rescheduleToolTip;
	public static String Agenda_logInteraction;
	public static String Agenda_logInteractionToolTip;
	public static String Agenda_snooze;
	public static String Agenda_snoozeTomorrow;
	public static String Agenda_snoozeNextWeek;
	public static String Agenda_snoozeNextMonth;
	public static String Agenda_snoozeToolTip;
	public static String Agenda_scheduleNext;
	public static String Agenda_scheduleNextToolTip;
	public static String Agenda_nextDue;
	public static String Agenda_nextOverdue;
	public static String Agenda_statusToolTip;

	public static String Reschedule_title;
	public static String Reschedule_message;
	public static String Reschedule_date;
	public static String Reschedule_workingDay;

	public static String Log_title;
	public static String Log_message;
	public static String Log_contacts;
	public static String Log_filterHint;
	public static String Log_channel;
	public static String Log_date;
	public static String Log_summary;
	public static String Log_followUp;
	public static String Log_outcome;
	public static String Log_answers;
	public static String Log_answersNone;
	public static String Log_answerDue;
	public static String Log_answerOverdue;
	public static String Log_nextReason;
	public static String Log_nextReasonHint;

	public static String Preferences_description;
	public static String Preferences_cadences;
	public static String Preferences_tierA;
	public static String Preferences_tierB;
	public static String Preferences_tierC;
	public static String Preferences_workingDays;
	public static String Preferences_delay;
	public static String Preferences_noWorkingDay;
	public static String Preferences_reminders;
	public static String Preferences_myAddresses;

	public static String Reminder_titleOne;
	public static String Reminder_title;
	public static String Reminder_more;
	public static String Reminder_show;
	public static String Reminder_lineOverdue;
	public static String Reminder_lineToday;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AgendaMessages.class);
	}

	private AgendaMessages() {
	}
}
