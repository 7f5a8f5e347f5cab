package org.rapport.strategies.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

	/** A day as written in findings: ISO 8601, unambiguous in every locale. */
	public static String format(LocalDate day) {
		return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day); //$NON-NLS-1$
	}

	public static String format(Date date) {
		return format(day(date));
	}
}
