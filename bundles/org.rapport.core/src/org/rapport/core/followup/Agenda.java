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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.Interaction;
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
 * Agenda view, the status line, reminders and {@code rapport agenda} all show one of these; after an edit,
 * {@link #update} makes the next one looking again only at what the edit touched.
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

	/** Most overdue first, then by name (ties in the plan's order), as {@link #sortThenByName} sorts them. */
	private static final Comparator<LosingTouch> LOSING_ORDER = Comparator.comparingInt(LosingTouch::daysPast).reversed()
			.thenComparing(l -> String.valueOf(l.contact().getFullName()));
	/**
	 * By day, then by name (ties in the plan's order: a contact's birthday before their important dates), as
	 * {@link #sortThenByName} sorts them.
	 */
	private static final Comparator<Occasion> OCCASION_ORDER = Comparator.comparing(Occasion::on)
			.thenComparing(o -> String.valueOf(o.contact().getFullName()));

	private final LocalDate today;
	private final Map<Section, List<FollowUp>> followUps;
	private final List<LosingTouch> losingTouch;
	private final Map<Section, List<Occasion>> occasions;
	// how it was computed, for update()
	private final NetworkingPlan plan;
	private final FollowUpSettings settings;
	private final int days;
	private final boolean withPeople;

	private Agenda(Days span, Map<Section, List<FollowUp>> followUps, List<LosingTouch> losingTouch,
			Map<Section, List<Occasion>> occasions, NetworkingPlan plan, FollowUpSettings settings, boolean withPeople) {
		this.today = span.today;
		this.followUps = followUps;
		this.losingTouch = List.copyOf(losingTouch);
		this.occasions = occasions;
		this.plan = plan;
		this.settings = settings;
		this.days = span.days;
		this.withPeople = withPeople;
	}

	/** The day of an agenda and the ends of its groups. */
	private static final class Days {
		final LocalDate today;
		final int days;
		final LocalDate horizon;
		final LocalDate weekEnd;
		final LocalDate nextWeekEnd;

		Days(LocalDate today, int days) {
			this.today = today;
			this.days = days;
			this.horizon = today.plusDays(Math.max(0, days));
			this.weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			this.nextWeekEnd = weekEnd.plusWeeks(1);
		}

		/** The group of a day from tomorrow on (today's is {@link Section#TODAY}), or {@code null} past the horizon. */
		Section ahead(LocalDate day) {
			if (day.equals(today)) {
				return Section.TODAY;
			}
			if (day.isAfter(horizon)) {
				return null;
			}
			return !day.isAfter(weekEnd) ? Section.THIS_WEEK : !day.isAfter(nextWeekEnd) ? Section.NEXT_WEEK : Section.LATER;
		}
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
	 * The agenda's follow-ups alone, with an empty {@link Section#LOSING_TOUCH} and no occasions: enough for
	 * {@link #next()} and {@link #due()}, without going through every contact (for a status line that follows every
	 * edit).
	 */
	public static Agenda followUps(NetworkingPlan plan, LocalDate today, FollowUpSettings settings) {
		return compute(plan, today, settings, DEFAULT_DAYS, false);
	}

	private static Agenda compute(NetworkingPlan plan, LocalDate today, FollowUpSettings settings, int days,
			boolean withPeople) {
		Days span = new Days(today, days);
		Map<Section, List<FollowUp>> lists = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			if (section.listsFollowUps()) {
				lists.put(section, new ArrayList<>());
			}
		}
		List<LosingTouch> losing = new ArrayList<>();
		Map<Section, List<Occasion>> occasions = new EnumMap<>(Section.class);
		if (plan != null) {
			for (FollowUp followUp : plan.getFollowUps()) {
				Section section = sectionOf(followUp, span);
				if (section != null) {
					lists.get(section).add(followUp);
				}
			}
			for (List<FollowUp> list : lists.values()) {
				list.sort(FollowUps.byDue());
			}
			if (withPeople) {
				for (Contact contact : plan.getContacts()) {
					LosingTouch entry = losingTouch(contact, today, settings);
					if (entry != null) {
						losing.add(entry);
					}
				}
				sortThenByName(losing, Comparator.comparingInt(LosingTouch::daysPast).reversed(), LosingTouch::contact);
				for (Occasion occasion : occasions(plan, today, span.horizon)) {
					occasions.computeIfAbsent(span.ahead(occasion.on()), s -> new ArrayList<>()).add(occasion);
				}
			}
		}
		lists.replaceAll((section, list) -> List.copyOf(list));
		occasions.replaceAll((section, list) -> List.copyOf(list));
		return new Agenda(span, lists, losing, occasions, plan, settings, withPeople);
	}

	/** The group of an open follow-up that counts, or {@code null}. */
	private static Section sectionOf(FollowUp followUp, Days span) {
		if (!FollowUps.isOpen(followUp) || !Relationships.counts(followUp)) {
			return null;
		}
		return FollowUps.isOverdue(followUp, span.today) ? Section.OVERDUE : span.ahead(FollowUps.due(followUp));
	}

	/** The contact when they are active and past their cadence, else {@code null}. */
	private static LosingTouch losingTouch(Contact contact, LocalDate today, FollowUpSettings settings) {
		if (!Relationships.keepsCadence(contact)) {
			return null;
		}
		LocalDate last = FollowUps.lastContact(contact, today);
		if (last == null) {
			return null;
		}
		int since = (int) ChronoUnit.DAYS.between(last, today);
		int cadence = settings.cadenceOf(contact);
		return since > cadence ? new LosingTouch(contact, last, since, cadence) : null;
	}

	/**
	 * This agenda after the plan changed in these objects (the notifiers of its changes since this agenda was
	 * made), on {@code today} with {@code settings}: the contacts and follow-ups the change touched are looked at
	 * again, the other entries are kept, so an edit costs time in proportion to the edit. A change of the plan's own
	 * lists (something added or removed), of anything else than contacts, interactions, follow-ups, important dates
	 * and what the agenda does not show, of the day or the settings, or {@code changed} {@code null} (not known),
	 * computes it all again. The result equals {@code compute} on the plan as it is now.
	 */
	public Agenda update(NetworkingPlan now, Collection<?> changed, LocalDate today, FollowUpSettings settings) {
		return update(now, changed, null, today, settings);
	}

	/**
	 * As {@link #update(NetworkingPlan, Collection, LocalDate, FollowUpSettings)}, told also the objects the change
	 * added to, removed from or moved in a list that contains them ({@code contents}; {@code null} when not known): a
	 * change of the plan's own lists then looks again only at those objects (an interaction logged costs time in
	 * proportion to the interaction, not to the plan).
	 */
	public Agenda update(NetworkingPlan now, Collection<?> changed, Collection<?> contents, LocalDate today,
			FollowUpSettings settings) {
		if (now == null || now != plan || changed == null || !today.equals(this.today) || !settings.equals(this.settings)) {
			return compute(now, today, settings, days, withPeople);
		}
		Set<Contact> contacts = identitySet();
		Set<FollowUp> touched = identitySet();
		if (!addTouched(changed, contents != null, contacts, touched)
				|| contents != null && !addTouched(contents, true, contacts, touched)) {
			return compute(now, today, settings, days, withPeople);
		}
		if (contacts.isEmpty() && touched.isEmpty()) {
			return this;
		}
		// whether a follow-up counts depends on its contact's status
		for (Contact contact : contacts) {
			touched.addAll(contact.getFollowUps());
		}
		Days span = new Days(today, days);
		PlanOrder<FollowUp> followUpOrder = new PlanOrder<>(() -> plan.getFollowUps());
		Map<Section, List<FollowUp>> lists = new EnumMap<>(Section.class);
		followUps.forEach((section, list) -> {
			List<FollowUp> kept = new ArrayList<>(list);
			removeAbout(kept, touched, f -> f);
			lists.put(section, kept);
		});
		for (FollowUp followUp : touched) {
			Section section = followUp.eContainer() == plan ? sectionOf(followUp, span) : null;
			if (section != null) {
				insert(lists.get(section), followUp, FollowUps.byDue(), followUpOrder::indexOf);
			}
		}
		lists.replaceAll((section, list) -> List.copyOf(list));
		if (!withPeople) {
			return new Agenda(span, lists, losingTouch, occasions, plan, settings, false);
		}
		PlanOrder<Contact> contactOrder = new PlanOrder<>(() -> plan.getContacts());
		List<LosingTouch> losing = new ArrayList<>(losingTouch);
		removeAbout(losing, contacts, LosingTouch::contact);
		Map<Section, List<Occasion>> dated = new EnumMap<>(Section.class);
		occasions.forEach((section, list) -> {
			List<Occasion> kept = new ArrayList<>(list);
			removeAbout(kept, contacts, Occasion::contact);
			dated.put(section, kept);
		});
		for (Contact contact : contacts) {
			if (contact.eContainer() != plan) {
				continue;
			}
			LosingTouch entry = losingTouch(contact, today, settings);
			if (entry != null) {
				insert(losing, entry, LOSING_ORDER, l -> contactOrder.indexOf(l.contact()));
			}
			List<Occasion> found = new ArrayList<>();
			occasionsOf(contact, today, span.horizon, found);
			for (Occasion occasion : found) {
				insert(dated.computeIfAbsent(span.ahead(occasion.on()), s -> new ArrayList<>()), occasion, OCCASION_ORDER,
						o -> ((long) contactOrder.indexOf(o.contact()) << 32) + placeInContact(o));
			}
		}
		dated.values().removeIf(List::isEmpty);
		dated.replaceAll((section, list) -> List.copyOf(list));
		return new Agenda(span, lists, losing, dated, plan, settings, true);
	}

	/**
	 * Adds the contacts and follow-ups whose entries the changed objects may change; {@code false} when the agenda
	 * cannot tell: a list of the plan changed and what it gained or lost is not known ({@code !listsKnown}), or an
	 * object is not a model object. Of the plan the agenda reads only its lists of contacts and follow-ups.
	 */
	private boolean addTouched(Collection<?> objects, boolean listsKnown, Set<Contact> contacts, Set<FollowUp> touched) {
		for (Object object : objects) {
			if (object instanceof Contact contact) {
				contacts.add(contact);
			} else if (object instanceof Interaction interaction) {
				// people taken off it are told themselves (each contact's interactions are the other end)
				contacts.addAll(interaction.getContacts());
			} else if (object instanceof FollowUp followUp) {
				touched.add(followUp);
			} else if (object instanceof ImportantDate date) {
				if (date.eContainer() instanceof Contact contact) {
					contacts.add(contact);
				}
			} else if (object == plan && !listsKnown || !(object instanceof EObject)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Removes the entries about one of {@code objects}. A few are compared by identity: a hash look-up reads each
	 * entry's object, and thousands of them spread over the heap make a pass of cache misses.
	 */
	private static <T> void removeAbout(List<T> entries, Set<?> objects, Function<T, ?> about) {
		if (objects.isEmpty()) {
			return;
		}
		if (objects.size() > 16) {
			entries.removeIf(entry -> objects.contains(about.apply(entry)));
			return;
		}
		Object[] few = objects.toArray();
		entries.removeIf(entry -> {
			Object object = about.apply(entry);
			for (Object one : few) {
				if (one == object) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * Puts an element into a sorted list where a sort of the whole would: after those before it in {@code order}, and
	 * among those equal to it, in the order of their places in the plan.
	 */
	private static <T> void insert(List<T> sorted, T element, Comparator<? super T> order, ToLongFunction<T> place) {
		int low = 0;
		int high = sorted.size();
		// the first that is not before it
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (order.compare(sorted.get(middle), element) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		int at = low;
		long placeOf = -1;
		while (at < sorted.size() && order.compare(sorted.get(at), element) == 0) {
			if (placeOf < 0) {
				placeOf = place.applyAsLong(element);
			}
			if (place.applyAsLong(sorted.get(at)) > placeOf) {
				break;
			}
			at++;
		}
		sorted.add(at, element);
	}

	/** Where an occasion comes among the contact's: the birthday first, then the important dates in their order. */
	private static int placeInContact(Occasion occasion) {
		if (occasion.isBirthday()) {
			return 0;
		}
		List<ImportantDate> dates = occasion.contact().getImportantDates();
		for (int i = 0; i < dates.size(); i++) {
			ImportantDate date = dates.get(i);
			if (occasion.date().equals(date.getDate()) && occasion.label().equals(labelOf(date))) {
				return i + 1;
			}
		}
		return dates.size() + 1;
	}

	/** The places of a plan list's elements, found once and only when asked (for ties alone). */
	private static final class PlanOrder<T> {
		private final Supplier<List<T>> list;
		private Map<T, Integer> places;

		PlanOrder(Supplier<List<T>> list) {
			this.list = list;
		}

		int indexOf(T element) {
			if (places == null) {
				List<T> elements = list.get();
				places = new IdentityHashMap<>(elements.size() * 2);
				for (int i = 0; i < elements.size(); i++) {
					places.put(elements.get(i), Integer.valueOf(i));
				}
			}
			return places.getOrDefault(element, Integer.valueOf(Integer.MAX_VALUE)).intValue();
		}
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	/**
	 * The birthdays and important dates of the plan's contacts (but archived ones) that come round from {@code from} to
	 * {@code to}, both included, by day and then by name.
	 */
	public static List<Occasion> occasions(NetworkingPlan plan, LocalDate from, LocalDate to) {
		List<Occasion> found = new ArrayList<>();
		for (Contact contact : plan.getContacts()) {
			occasionsOf(contact, from, to, found);
		}
		sortThenByName(found, Comparator.comparing(Occasion::on), Occasion::contact);
		return found;
	}

	/** Adds the contact's birthday and important dates that come round from {@code from} to {@code to}. */
	private static void occasionsOf(Contact contact, LocalDate from, LocalDate to, List<Occasion> found) {
		if (Relationships.status(contact) == RelationshipStatus.ARCHIVED) {
			return;
		}
		add(found, contact, null, contact.getBirthday(), from, to);
		for (ImportantDate date : contact.getImportantDates()) {
			add(found, contact, labelOf(date), date.getDate(), from, to);
		}
	}

	private static String labelOf(ImportantDate date) {
		return date.getLabel() == null || date.getLabel().isBlank() ? "" : date.getLabel().strip(); //$NON-NLS-1$
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
