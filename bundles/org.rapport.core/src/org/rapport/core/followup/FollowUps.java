/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.InternalEList;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.derived.FollowUpDerivations;
import org.rapport.model.derived.PlanClock;

/** The rules of follow-ups that do not depend on settings: what is open, due, overdue, and what logging answers. */
public final class FollowUps {

	/** Open follow-ups due up to this many days after an interaction are offered (unticked) to be answered by it. */
	public static final int ANSWER_AHEAD_DAYS = 7;

	private static final Comparator<FollowUp> BY_DUE = Comparator.comparing(FollowUp::getDueDate,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private FollowUps() {
	}

	/** The follow-up's due day, or {@code null}. */
	public static LocalDate due(FollowUp followUp) {
		return PlanClock.toLocalDate(followUp.getDueDate());
	}

	/** Whether the follow-up is open and has a due date. */
	public static boolean isOpen(FollowUp followUp) {
		return followUp.getStatus() == FollowUpStatus.OPEN && followUp.getDueDate() != null;
	}

	/** Whether the follow-up is open and was due before {@code today}. */
	public static boolean isOverdue(FollowUp followUp, LocalDate today) {
		return FollowUpDerivations.overdue(followUp, today);
	}

	/** The first instant of the day after {@code today}, in the plan clock's zone. */
	private record Tomorrow(LocalDate today, ZoneId zone, long millis) {
	}

	/* the last one asked for: the agenda and the scoring ask for every contact with the same day (issue 17) */
	private static volatile Tomorrow lastTomorrow;

	private static long tomorrow(LocalDate today) {
		ZoneId zone = PlanClock.get().getZone();
		Tomorrow known = lastTomorrow;
		if (known == null || !known.today().equals(today) || !known.zone().equals(zone)) {
			known = new Tomorrow(today, zone, today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
			lastTomorrow = known;
		}
		return known.millis();
	}

	/** The latest interaction with the contact dated {@code today} or earlier, or {@code null}. */
	public static LocalDate lastContact(Contact contact, LocalDate today) {
		// on or before today is before tomorrow's first instant: compare instants, convert the winner only
		long tomorrow = tomorrow(today);
		long last = Long.MIN_VALUE;
		Date lastDate = null;
		// without resolving each element: interactions live in the plan's own resource, never behind a proxy
		for (Iterator<Interaction> i = ((InternalEList<Interaction>) contact.getInteractions()).basicIterator(); i
				.hasNext();) {
			Date date = i.next().getDate();
			if (date != null) {
				long time = date.getTime();
				if (time < tomorrow && time > last) {
					last = time;
					lastDate = date;
				}
			}
		}
		return PlanClock.toLocalDate(lastDate);
	}

	/**
	 * The open follow-ups of these contacts that an interaction on {@code date} can answer: due on or before it, or
	 * up to {@link #ANSWER_AHEAD_DAYS} after it; soonest first.
	 */
	public static List<FollowUp> answerable(Collection<Contact> contacts, LocalDate date) {
		Set<FollowUp> found = new LinkedHashSet<>();
		LocalDate last = date.plusDays(ANSWER_AHEAD_DAYS);
		for (Contact contact : contacts) {
			for (FollowUp followUp : contact.getFollowUps()) {
				if (isOpen(followUp) && !due(followUp).isAfter(last)) {
					found.add(followUp);
				}
			}
		}
		List<FollowUp> result = new ArrayList<>(found);
		result.sort(BY_DUE);
		return result;
	}

	/** Whether an interaction on {@code date} answers the follow-up without asking: it was due by then. */
	public static boolean answeredByDefault(FollowUp followUp, LocalDate date) {
		return isOpen(followUp) && !due(followUp).isAfter(date);
	}

	static Comparator<FollowUp> byDue() {
		return BY_DUE;
	}
}
