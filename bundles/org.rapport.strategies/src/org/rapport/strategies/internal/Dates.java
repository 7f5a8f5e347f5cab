/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.rapport.model.derived.PlanClock;

/** Model dates as calendar days (in the zone of {@link PlanClock}, as the model's own derivations do). */
public final class Dates {

	private Dates() {
	}

	/** The calendar day of a model date, or {@code null}. */
	public static LocalDate day(Date date) {
		return PlanClock.toLocalDate(date);
	}

	/** Whole days from {@code from} to {@code to} (negative when {@code to} is earlier). */
	public static long between(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}
}
