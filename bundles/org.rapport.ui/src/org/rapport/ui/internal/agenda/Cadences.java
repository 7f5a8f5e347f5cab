package org.rapport.ui.internal.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.rapport.model.Contact;
import org.rapport.model.Tier;

/**
 * The networking settings the agenda is computed with: how often each tier should hear from you, the days you
 * work on, and how far ahead a follow-up is scheduled by default. Immutable; see
 * {@code NetworkingPreferences#cadences()} for the values the user chose.
 */
public final class Cadences {

	public static final int DEFAULT_TIER_A = 30;
	public static final int DEFAULT_TIER_B = 90;
	public static final int DEFAULT_TIER_C = 180;
	public static final int DEFAULT_DELAY = 7;

	private final int tierA;
	private final int tierB;
	private final int tierC;
	private final Set<DayOfWeek> workingDays;
	private final int defaultDelay;

	public Cadences(int tierA, int tierB, int tierC, Set<DayOfWeek> workingDays, int defaultDelay) {
		this.tierA = tierA;
		this.tierB = tierB;
		this.tierC = tierC;
		// no working day at all would make every date move forever: treat it as "every day"
		this.workingDays = workingDays == null || workingDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class)
				: EnumSet.copyOf(workingDays);
		this.defaultDelay = Math.max(0, defaultDelay);
	}

	/** A 30/90/180-day cadence, Monday to Friday, follow-ups a week ahead. */
	public static Cadences defaults() {
		return new Cadences(DEFAULT_TIER_A, DEFAULT_TIER_B, DEFAULT_TIER_C,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DEFAULT_DELAY);
	}

	/** Days between touches for a tier (a contact without a tier counts as C). */
	public int tierDays(Tier tier) {
		if (tier == null) {
			return tierC;
		}
		return switch (tier) {
		case A -> tierA;
		case B -> tierB;
		default -> tierC;
		};
	}

	/** The contact's own cadence when set (greater than 0), else its tier's. */
	public int cadenceOf(Contact contact) {
		return contact.getCadenceDays() > 0 ? contact.getCadenceDays() : tierDays(contact.getTier());
	}

	public Set<DayOfWeek> workingDays() {
		return EnumSet.copyOf(workingDays);
	}

	public int defaultDelay() {
		return defaultDelay;
	}

	/** The day itself when it is a working day, else the next working day. */
	public LocalDate nextWorkingDay(LocalDate day) {
		LocalDate result = day;
		while (!workingDays.contains(result.getDayOfWeek())) {
			result = result.plusDays(1);
		}
		return result;
	}

	/** The default due date of a follow-up scheduled on {@code today}: the delay later, on a working day. */
	public LocalDate defaultDue(LocalDate today) {
		return nextWorkingDay(today.plusDays(defaultDelay));
	}
}
