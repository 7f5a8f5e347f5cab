/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;

/**
 * What needs doing in a plan on a given day: the open follow-ups that are overdue, due today, due in the rest of
 * this week (to Sunday), next week, and later within the horizon (30 days by default), and the active contacts
 * you are losing touch with (more days since the last interaction than their cadence; the cadence restarts at
 * every interaction, and a contact never met is not "losing" touch). Follow-ups of archived contacts are left
 * out. Birthdays and other important dates of the contacts ({@link Occasion}s) come round in today's, this week's,
 * next week's and the later group, with the follow-ups; those of archived contacts are left out. Immutable: the
 * Agenda view, the status line, reminders and {@code rapport agenda} all show one of these.
 */
public final class Agenda {

	/** The groups of the agenda, in the order they are shown. */
	public enum Section {
		OVERDUE, TODAY, THIS_WEEK, NEXT_WEEK, LATER, LOSING_TOUCH;

		/** Whether the section lists follow-ups (every one but {@link #LOSING_TOUCH}). */
		public boolean listsFollowUps() {
			return this != LOSING_TOUCH;
		}
	}

	/** An active contact past their cadence. */
	public record LosingTouch(Contact contact, LocalDate lastContact, int daysSince, int cadenceDays) {

		/** Days past the cadence (at least 1). */
		public int daysPast() {
			return daysSince - cadenceDays;
		}
	}

	/**
	 * A contact's birthday or other important date coming round on {@code on}.
	 *
	 * @param label {@code null} for the birthday, else the date's label ("anniversary")
	 */
	public record Occasion(Contact contact, String label, PartialDate date, LocalDate on) {

		public boolean isBirthday() {
			return label == null;
		}

		/** The years it comes round for (the age a birthday turns), or -1 when the year is not known. */
		public int years() {
			return date.hasYear() ? on.getYear() - date.getYear() : -1;
		}
	}

	/** How many days ahead the agenda looks by default. */
	public static final int DEFAULT_DAYS = 30;

	private final LocalDate today;
	private final Map<Section, List<FollowUp>> followUps;
	private final List<LosingTouch> losingTouch;
	private final Map<Section, List<Occasion>> occasions;

	private Agenda(LocalDate today, Map<Section, List<FollowUp>> followUps, List<LosingTouch> losingTouch,
			Map<Section, List<Occasion>> occasions) {
		this.today = today;
		this.followUps = followUps;
		this.losingTouch = List.copyOf(losingTouch);
		this.occasions = occasions;
	}

	/** The agenda of {@code plan} on {@code today}, {@link #DEFAULT_DAYS} ahead. */
	public static Agenda compute(NetworkingPlan plan, LocalDate today, FollowUpSettings settings) {
		return compute(plan, today, settings, DEFAULT_DAYS);
	}

	/**
	 * The agenda of {@code plan} (may be {@code null}: an empty agenda) on {@code today}, with follow-ups due up to
	 * {@code days} days ahead.
	 */
	public static Agenda compute(NetworkingPlan plan, LocalDate today, FollowUpSettings settings, int days) {
		return compute(plan, today, settings, days, true);
	}

	/**
	 * The agenda's follow-ups alone, with an empty {@link Section#LOSING_TOUCH}: enough for {@link #next()} and
	 * {@link #due()}, without going through every contact's history (for a status line that follows every edit).
	 */
	public static Agenda followUps(NetworkingPlan plan, LocalDate today, FollowUpSettings settings) {
		return compute(plan, today, settings, DEFAULT_DAYS, false);
	}

	private static Agenda compute(NetworkingPlan plan, LocalDate today, FollowUpSettings settings, int days,
			boolean withLosingTouch) {
		Map<Section, List<FollowUp>> lists = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			if (section.listsFollowUps()) {
				lists.put(section, new ArrayList<>());
			}
		}
		List<LosingTouch> losing = new ArrayList<>();
		Map<Section, List<Occasion>> occasions = new EnumMap<>(Section.class);
		if (plan != null) {
			LocalDate horizon = today.plusDays(Math.max(0, days));
			LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			LocalDate nextWeekEnd = weekEnd.plusWeeks(1);
			for (FollowUp followUp : plan.getFollowUps()) {
				if (!FollowUps.isOpen(followUp) || !Relationships.counts(followUp)) {
					continue;
				}
				LocalDate due = FollowUps.due(followUp);
				Section section;
				if (FollowUps.isOverdue(followUp, today)) {
					section = Section.OVERDUE;
				} else if (due.equals(today)) {
					section = Section.TODAY;
				} else if (due.isAfter(horizon)) {
					continue;
				} else if (!due.isAfter(weekEnd)) {
					section = Section.THIS_WEEK;
				} else if (!due.isAfter(nextWeekEnd)) {
					section = Section.NEXT_WEEK;
				} else {
					section = Section.LATER;
				}
				lists.get(section).add(followUp);
			}
			for (List<FollowUp> list : lists.values()) {
				list.sort(FollowUps.byDue());
			}
			for (Contact contact : withLosingTouch ? plan.getContacts() : List.<Contact> of()) {
				if (!Relationships.keepsCadence(contact)) {
					continue;
				}
				LocalDate last = FollowUps.lastContact(contact, today);
				if (last == null) {
					continue;
				}
				int since = (int) ChronoUnit.DAYS.between(last, today);
				int cadence = settings.cadenceOf(contact);
				if (since > cadence) {
					losing.add(new LosingTouch(contact, last, since, cadence));
				}
			}
			sortThenByName(losing, Comparator.comparingInt(LosingTouch::daysPast).reversed(), LosingTouch::contact);
			for (Occasion occasion : occasions(plan, today, horizon)) {
				LocalDate on = occasion.on();
				Section section = on.equals(today) ? Section.TODAY
						: !on.isAfter(weekEnd) ? Section.THIS_WEEK : !on.isAfter(nextWeekEnd) ? Section.NEXT_WEEK : Section.LATER;
				occasions.computeIfAbsent(section, s -> new ArrayList<>()).add(occasion);
			}
		}
		lists.replaceAll((section, list) -> List.copyOf(list));
		occasions.replaceAll((section, list) -> List.copyOf(list));
		return new Agenda(today, lists, losing, occasions);
	}

	/**
	 * The birthdays and important dates of the plan's contacts (but archived ones) that come round from {@code from} to
	 * {@code to}, both included, by day and then by name.
	 */
	public static List<Occasion> occasions(NetworkingPlan plan, LocalDate from, LocalDate to) {
		List<Occasion> found = new ArrayList<>();
		for (Contact contact : plan.getContacts()) {
			if (Relationships.status(contact) == RelationshipStatus.ARCHIVED) {
				continue;
			}
			add(found, contact, null, contact.getBirthday(), from, to);
			for (ImportantDate date : contact.getImportantDates()) {
				String label = date.getLabel() == null || date.getLabel().isBlank() ? "" : date.getLabel().strip(); //$NON-NLS-1$
				add(found, contact, label, date.getDate(), from, to);
			}
		}
		sortThenByName(found, Comparator.comparing(Occasion::on), Occasion::contact);
		return found;
	}

	/**
	 * Sorts by the order, then by the contacts' full names, each name made once: a derived full name is built on every
	 * call, and calling it in the comparator made these sorts most of the agenda's time on large plans (issue 17).
	 */
	private static <T> void sortThenByName(List<T> list, Comparator<? super T> order, Function<T, Contact> contact) {
		List<Map.Entry<T, String>> named = new ArrayList<>(list.size());
		for (T item : list) {
			named.add(Map.entry(item, String.valueOf(contact.apply(item).getFullName())));
		}
		named.sort(Map.Entry.<T, String> comparingByKey(order).thenComparing(Map.Entry.comparingByValue()));
		list.clear();
		for (Map.Entry<T, String> entry : named) {
			list.add(entry.getKey());
		}
	}

	private static void add(List<Occasion> found, Contact contact, String label, PartialDate date, LocalDate from,
			LocalDate to) {
		if (date == null) {
			return;
		}
		LocalDate on = date.nextOccurrence(from);
		if (!on.isAfter(to)) {
			found.add(new Occasion(contact, label, date, on));
		}
	}

	public LocalDate today() {
		return today;
	}

	/** The follow-ups of a section ({@link Section#LOSING_TOUCH} has none). */
	public List<FollowUp> followUps(Section section) {
		return followUps.getOrDefault(section, List.of());
	}

	public List<FollowUp> overdue() {
		return followUps(Section.OVERDUE);
	}

	public List<FollowUp> dueToday() {
		return followUps(Section.TODAY);
	}

	public List<LosingTouch> losingTouch() {
		return losingTouch;
	}

	/** The birthdays and important dates of a section (only today, this week, next week and later have any). */
	public List<Occasion> occasions(Section section) {
		return occasions.getOrDefault(section, List.of());
	}

	/**
	 * The entries of a section: its occasions first, then its follow-ups; {@link LosingTouch} for
	 * {@link Section#LOSING_TOUCH}.
	 */
	public List<?> entries(Section section) {
		if (section == Section.LOSING_TOUCH) {
			return losingTouch;
		}
		List<Occasion> dated = occasions(section);
		if (dated.isEmpty()) {
			return followUps(section);
		}
		List<Object> all = new ArrayList<>(dated);
		all.addAll(followUps(section));
		return List.copyOf(all);
	}

	/** The open follow-ups due today or earlier: those a reminder is about. */
	public List<FollowUp> due() {
		List<FollowUp> due = new ArrayList<>(overdue());
		due.addAll(dueToday());
		return due;
	}

	/** The most urgent open follow-up (the oldest overdue, else today's, else the next one ahead), or {@code null}. */
	public FollowUp next() {
		for (Section section : Section.values()) {
			List<FollowUp> list = followUps(section);
			if (!list.isEmpty()) {
				return list.get(0);
			}
		}
		return null;
	}

	/** Whether the follow-up was due before this agenda's day. */
	public boolean isOverdue(FollowUp followUp) {
		return FollowUps.isOverdue(followUp, today);
	}
}
