/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.agenda;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.LosingTouch;
import org.rapport.core.followup.Agenda.Occasion;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.model.FollowUp;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;

/** The texts of agenda entries (what, when, details) and of the status line. */
public final class AgendaLabels {

	private AgendaLabels() {
	}

	public static String section(Section section, int count) {
		String name = switch (section) {
		case OVERDUE -> AgendaMessages.Agenda_section_OVERDUE;
		case TODAY -> AgendaMessages.Agenda_section_TODAY;
		case THIS_WEEK -> AgendaMessages.Agenda_section_THIS_WEEK;
		case NEXT_WEEK -> AgendaMessages.Agenda_section_NEXT_WEEK;
		case LATER -> AgendaMessages.Agenda_section_LATER;
		case LOSING_TOUCH -> AgendaMessages.Agenda_section_LOSING_TOUCH;
		};
		return NLS.bind(AgendaMessages.Agenda_sectionCount, name, Integer.toString(count));
	}

	public static String what(Object entry) {
		if (entry instanceof FollowUp followUp) {
			return RapportLabels.contactName(followUp.getContact());
		}
		if (entry instanceof LosingTouch losing) {
			return RapportLabels.contactName(losing.contact());
		}
		if (entry instanceof Occasion occasion) {
			return RapportLabels.contactName(occasion.contact());
		}
		return ""; //$NON-NLS-1$
	}

	/**
	 * The due date of a follow-up, or the day of the last contact of someone you are losing touch with (the
	 * section says which it is; the tooltip spells it out).
	 */
	public static String when(Object entry) {
		if (entry instanceof FollowUp followUp) {
			return RapportLabels.date(followUp.getDueDate());
		}
		if (entry instanceof LosingTouch losing) {
			return RapportLabels.date(PlanClock.toDate(losing.lastContact()));
		}
		if (entry instanceof Occasion occasion) {
			return RapportLabels.date(PlanClock.toDate(occasion.on()));
		}
		return ""; //$NON-NLS-1$
	}

	/** "overdue since 16 Oct 2026", "due 27 Nov 2026", "last contact 29 Jan 2026". */
	public static String whenLong(Object entry, Agenda agenda) {
		if (entry instanceof FollowUp followUp) {
			String due = RapportLabels.date(followUp.getDueDate());
			boolean overdue = agenda != null && agenda.isOverdue(followUp);
			return NLS.bind(overdue ? AgendaMessages.Agenda_overdueSince : AgendaMessages.Agenda_dueOn, due);
		}
		if (entry instanceof LosingTouch losing) {
			return NLS.bind(AgendaMessages.Agenda_lastContact, RapportLabels.date(PlanClock.toDate(losing.lastContact())));
		}
		if (entry instanceof Occasion occasion) {
			return NLS.bind(AgendaMessages.Agenda_occasionOn, RapportLabels.date(PlanClock.toDate(occasion.on())));
		}
		return ""; //$NON-NLS-1$
	}

	public static String details(Object entry) {
		if (entry instanceof FollowUp followUp) {
			String reason = Objects.toString(followUp.getReason(), "").strip(); //$NON-NLS-1$
			if (followUp.getMaxAttempts() > 1) {
				String attempt = NLS.bind(AgendaMessages.Agenda_attempt, Integer.toString(Math.max(1, followUp.getAttempt())),
						Integer.toString(followUp.getMaxAttempts()));
				return reason.isEmpty() ? attempt : reason + " (" + attempt + ')'; //$NON-NLS-1$
			}
			return reason;
		}
		if (entry instanceof Occasion occasion) {
			return occasion(occasion);
		}
		if (entry instanceof LosingTouch losing) {
			return NLS.bind(AgendaMessages.Agenda_pastCadence, Integer.toString(losing.daysPast()),
					Integer.toString(losing.cadenceDays()));
		}
		return ""; //$NON-NLS-1$
	}

	/** "Birthday (turns 40)", "Anniversary (12 years)", "Birthday". */
	public static String occasion(Occasion occasion) {
		String what = occasion.isBirthday() ? AgendaMessages.Agenda_birthday
				: occasion.label().isEmpty() ? AgendaMessages.Agenda_importantDate : occasion.label();
		if (occasion.years() <= 0) {
			return what;
		}
		return occasion.isBirthday() ? NLS.bind(AgendaMessages.Agenda_birthdayTurns, Integer.toString(occasion.years()))
				: NLS.bind(AgendaMessages.Agenda_dateYears, what, Integer.toString(occasion.years()));
	}

	/** "Next: Ben Ashworth, overdue since 16 Oct 2026", or {@code null} when nothing is due within the agenda's days. */
	public static String next(Agenda agenda) {
		FollowUp next = agenda.next();
		if (next == null) {
			return null;
		}
		boolean overdue = agenda.isOverdue(next);
		return NLS.bind(overdue ? AgendaMessages.Agenda_nextOverdue : AgendaMessages.Agenda_nextDue,
				RapportLabels.contactName(next.getContact()), RapportLabels.date(next.getDueDate()));
	}
}
