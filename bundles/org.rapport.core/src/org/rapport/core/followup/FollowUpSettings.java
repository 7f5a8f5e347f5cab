/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.rapport.model.Contact;
import org.rapport.model.Tier;

/**
 * The networking settings follow-ups are computed with: how often each tier should hear from you, the days you
 * work on, and how far ahead a follow-up is scheduled by default. Immutable, so a scoring run or an agenda
 * computed with one instance is reproducible; {@link FollowUpPreferences#current()} gives the values the user
 * chose.
 */
public final class FollowUpSettings {

	public static final int DEFAULT_TIER_A = 30;
	public static final int DEFAULT_TIER_B = 90;
	public static final int DEFAULT_TIER_C = 180;
	public static final int DEFAULT_DELAY = 7;

	private static final FollowUpSettings DEFAULTS = new FollowUpSettings(DEFAULT_TIER_A, DEFAULT_TIER_B,
			DEFAULT_TIER_C, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DEFAULT_DELAY);

	private final int tierA;
	private final int tierB;
	private final int tierC;
	private final Set<DayOfWeek> workingDays;
	private final int defaultDelay;

	/**
	 * @param tierA days between touches for tier A (values below 1 count as 1), likewise B and C
	 * @param workingDays the days follow-ups fall on; none at all counts as every day (else no date could be
	 *            found)
	 * @param defaultDelay days from an interaction to its follow-up (at least 0)
	 */
	public FollowUpSettings(int tierA, int tierB, int tierC, Set<DayOfWeek> workingDays, int defaultDelay) {
		this.tierA = Math.max(1, tierA);
		this.tierB = Math.max(1, tierB);
		this.tierC = Math.max(1, tierC);
		this.workingDays = workingDays == null || workingDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class)
				: EnumSet.copyOf(workingDays);
		this.defaultDelay = Math.max(0, defaultDelay);
	}

	/** A 30/90/180-day cadence, Monday to Friday, follow-ups a week ahead. */
	public static FollowUpSettings defaults() {
		return DEFAULTS;
	}

	/** Days between touches for a tier; a contact without a tier counts as C. */
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

	/** The default due date of a follow-up scheduled on {@code day}: the delay later, on a working day. */
	public LocalDate defaultDue(LocalDate day) {
		return nextWorkingDay(day.plusDays(defaultDelay));
	}

	/** A copy with tier A's cadence changed. */
	public FollowUpSettings withTierA(int days) {
		return new FollowUpSettings(days, tierB, tierC, workingDays, defaultDelay);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof FollowUpSettings other && tierA == other.tierA && tierB == other.tierB
				&& tierC == other.tierC && workingDays.equals(other.workingDays) && defaultDelay == other.defaultDelay;
	}

	@Override
	public int hashCode() {
		return Objects.hash(tierA, tierB, tierC, workingDays, defaultDelay);
	}

	@Override
	public String toString() {
		return "FollowUpSettings[A=" + tierA + ", B=" + tierB + ", C=" + tierC + ", workingDays=" + workingDays //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ ", delay=" + defaultDelay + ']'; //$NON-NLS-1$
	}
}
