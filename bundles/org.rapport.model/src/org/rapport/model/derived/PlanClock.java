/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.derived;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The notion of "today" that derived values (days since contact, overdue) are computed against.
 * Derived features are EMF getters without parameters, so the clock is held here; tests and
 * benchmarks replace it to get repeatable results.
 */
public final class PlanClock {

	private static volatile Clock clock = Clock.systemDefaultZone();

	private PlanClock() {
	}

	public static Clock get() {
		return clock;
	}

	/** Replaces the clock; {@code null} restores the system clock. */
	public static void set(Clock newClock) {
		clock = newClock == null ? Clock.systemDefaultZone() : newClock;
	}

	public static LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The calendar day of a model date in the clock's zone, or {@code null}. */
	public static LocalDate toLocalDate(Date date) {
		// without the zoned date-time in between: called for every date of a large plan after each edit
		return date == null ? null : LocalDate.ofInstant(date.toInstant(), zone());
	}

	/** The start of the given day in the clock's zone, as a model date. */
	public static Date toDate(LocalDate day) {
		return day == null ? null : Date.from(day.atStartOfDay(zone()).toInstant());
	}

	private static ZoneId zone() {
		return clock.getZone();
	}
}
