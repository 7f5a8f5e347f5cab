package org.rapport.ui.internal.agenda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;

/**
 * What needs doing in a plan on a given day: open follow-ups that are overdue, due today and due in the next
 * six days, and the contacts you are losing touch with (more days since the last interaction than their
 * cadence; the cadence restarts at every interaction, and a contact never met is not "losing" touch).
 */
public final class Agenda {

	/** The sections of the agenda, in the order they are shown. */
	public enum Section {
		OVERDUE, TODAY, THIS_WEEK, LOSING_TOUCH
	}

	/** A contact past their cadence. */
	public record LosingTouch(Contact contact, LocalDate lastContact, int daysSince, int cadenceDays) {

		/** Days past the cadence (at least 1). */
		public int daysPast() {
			return daysSince - cadenceDays;
		}
	}

	/** Days after today (inclusive) that still count as "this week". */
	public static final int WEEK_DAYS = 6;

	private final LocalDate today;
	private final List<FollowUp> overdue;
	private final List<FollowUp> dueToday;
	private final List<FollowUp> thisWeek;
	private final List<LosingTouch> losingTouch;

	private Agenda(LocalDate today, List<FollowUp> overdue, List<FollowUp> dueToday, List<FollowUp> thisWeek,
			List<LosingTouch> losingTouch) {
		this.today = today;
		this.overdue = List.copyOf(overdue);
		this.dueToday = List.copyOf(dueToday);
		this.thisWeek = List.copyOf(thisWeek);
		this.losingTouch = List.copyOf(losingTouch);
	}

	/** The agenda of {@code plan} (may be {@code null}: an empty agenda) on {@code today}. */
	public static Agenda compute(NetworkingPlan plan, LocalDate today, Cadences cadences) {
		List<FollowUp> overdue = new ArrayList<>();
		List<FollowUp> dueToday = new ArrayList<>();
		List<FollowUp> thisWeek = new ArrayList<>();
		List<LosingTouch> losing = new ArrayList<>();
		if (plan == null) {
			return new Agenda(today, overdue, dueToday, thisWeek, losing);
		}
		LocalDate weekEnd = today.plusDays(WEEK_DAYS);
		for (FollowUp followUp : plan.getFollowUps()) {
			LocalDate due = PlanClock.toLocalDate(followUp.getDueDate());
			if (followUp.getStatus() != FollowUpStatus.OPEN || due == null) {
				continue;
			}
			if (due.isBefore(today)) {
				overdue.add(followUp);
			} else if (due.equals(today)) {
				dueToday.add(followUp);
			} else if (!due.isAfter(weekEnd)) {
				thisWeek.add(followUp);
			}
		}
		Comparator<FollowUp> byDue = Comparator.comparing(FollowUp::getDueDate);
		overdue.sort(byDue);
		dueToday.sort(byDue);
		thisWeek.sort(byDue);

		for (Contact contact : plan.getContacts()) {
			LocalDate last = PlanClock.toLocalDate(contact.getLastContact());
			if (last == null) {
				continue;
			}
			int days = (int) ChronoUnit.DAYS.between(last, today);
			int cadence = cadences.cadenceOf(contact);
			if (days > cadence) {
				losing.add(new LosingTouch(contact, last, days, cadence));
			}
		}
		losing.sort(Comparator.comparingInt(LosingTouch::daysPast).reversed()
				.thenComparing(l -> String.valueOf(l.contact().getFullName())));
		return new Agenda(today, overdue, dueToday, thisWeek, losing);
	}

	public LocalDate today() {
		return today;
	}

	public List<FollowUp> overdue() {
		return overdue;
	}

	public List<FollowUp> dueToday() {
		return dueToday;
	}

	public List<FollowUp> thisWeek() {
		return thisWeek;
	}

	public List<LosingTouch> losingTouch() {
		return losingTouch;
	}

	/** The entries of a section: follow-ups, or {@link LosingTouch} for {@link Section#LOSING_TOUCH}. */
	public List<?> entries(Section section) {
		return switch (section) {
		case OVERDUE -> overdue;
		case TODAY -> dueToday;
		case THIS_WEEK -> thisWeek;
		case LOSING_TOUCH -> losingTouch;
		};
	}

	/** The most urgent open follow-up (the oldest overdue, else today's, else this week's), or {@code null}. */
	public FollowUp next() {
		for (List<FollowUp> list : List.of(overdue, dueToday, thisWeek)) {
			if (!list.isEmpty()) {
				return list.get(0);
			}
		}
		return null;
	}
}
