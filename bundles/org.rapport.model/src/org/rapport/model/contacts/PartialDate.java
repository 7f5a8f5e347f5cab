/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.contacts;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date whose year may be unknown, as address books keep birthdays: "14 July" or "14 July 1985".
 * Immutable. Written as ISO 8601 ({@code 1985-07-14}) or, without the year, as vCard 4 and ISO 8601:2000 write it
 * ({@code --07-14}); {@link #parse(String)} also reads the basic forms {@code 19850714} and {@code --0714}. This
 * is the instance class of the model's {@code PartialDate} data type, so a plan file holds these strings.
 * <p>
 * February 29 without a year is allowed; {@link #nextOccurrence(LocalDate)} moves it to February 28 in years that
 * are not leap years.
 * </p>
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {

	private static final long serialVersionUID = 1L;

	private static final Pattern FORM = Pattern
			.compile("(?:(\\d{4})-?|--)(\\d{2})-?(\\d{2})"); //$NON-NLS-1$

	private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::getYear)
			.thenComparingInt(PartialDate::getMonth).thenComparingInt(PartialDate::getDay);

	/** The year, or 0 when it is not known. */
	private final int year;
	private final int month;
	private final int day;

	private PartialDate(int year, int month, int day) {
		this.year = year;
		this.month = month;
		this.day = day;
	}

	/**
	 * A date without a year.
	 *
	 * @throws IllegalArgumentException when there is no such day in any year (April 31, February 30)
	 */
	public static PartialDate of(int month, int day) {
		try {
			MonthDay.of(month, day);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		return new PartialDate(0, month, day);
	}

	/**
	 * A full date.
	 *
	 * @throws IllegalArgumentException when the date does not exist or the year is not between 1 and 9999
	 */
	public static PartialDate of(int year, int month, int day) {
		if (year < 1 || year > 9999) {
			throw new IllegalArgumentException("year out of range: " + year); //$NON-NLS-1$
		}
		try {
			LocalDate.of(year, month, day);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		return new PartialDate(year, month, day);
	}

	/** The date of a {@link LocalDate}, with its year. */
	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/**
	 * Reads {@code YYYY-MM-DD}, {@code YYYYMMDD}, {@code --MM-DD} or {@code --MMDD}, surrounding white space
	 * ignored.
	 *
	 * @return the date, or {@code null} for {@code null} or a blank string
	 * @throws IllegalArgumentException when the text is none of these forms or names no real day
	 */
	public static PartialDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher matcher = FORM.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a date (YYYY-MM-DD or --MM-DD): " + text); //$NON-NLS-1$
		}
		int month = Integer.parseInt(matcher.group(2));
		int day = Integer.parseInt(matcher.group(3));
		return matcher.group(1) == null ? of(month, day) : of(Integer.parseInt(matcher.group(1)), month, day);
	}

	/** Same as {@link #parse(String)}; the name EMF and other frameworks look for. */
	public static PartialDate valueOf(String text) {
		return parse(text);
	}

	public boolean hasYear() {
		return year != 0;
	}

	/** The year, or 0 when it is not known. */
	public int getYear() {
		return year;
	}

	public int getMonth() {
		return month;
	}

	public int getDay() {
		return day;
	}

	/** The same day and month without the year. */
	public PartialDate withoutYear() {
		return hasYear() ? new PartialDate(0, month, day) : this;
	}

	/** The date as a {@link LocalDate}, or {@code null} when the year is not known. */
	public LocalDate toLocalDate() {
		return hasYear() ? LocalDate.of(year, month, day) : null;
	}

	/**
	 * The first day on or after {@code from} on which this date comes round (February 29 falls on February 28
	 * in other years). A date with a year comes round from that day on only: a wedding next year is next year.
	 */
	public LocalDate nextOccurrence(LocalDate from) {
		LocalDate start = from;
		if (hasYear() && toLocalDate().isAfter(from)) {
			start = toLocalDate();
		}
		LocalDate candidate = in(start.getYear());
		return candidate.isBefore(start) ? in(start.getYear() + 1) : candidate;
	}

	/** This day and month in the given year, February 29 becoming February 28 in other years. */
	public LocalDate in(int someYear) {
		int d = month == 2 && day == 29 && !Year.isLeap(someYear) ? 28 : day;
		return LocalDate.of(someYear, month, d);
	}

	/** Whole years from this date to {@code on}, or -1 when the year is not known. */
	public int yearsOn(LocalDate on) {
		return hasYear() ? on.getYear() - year : -1;
	}

	@Override
	public int compareTo(PartialDate other) {
		return ORDER.compare(this, other);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof PartialDate && compareTo((PartialDate) obj) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(Integer.valueOf(year), Integer.valueOf(month), Integer.valueOf(day));
	}

	/** {@code YYYY-MM-DD}, or {@code --MM-DD} without the year. */
	@Override
	public String toString() {
		String monthDay = String.format("%02d-%02d", Integer.valueOf(month), Integer.valueOf(day)); //$NON-NLS-1$
		return hasYear() ? String.format("%04d-", Integer.valueOf(year)) + monthDay : "--" + monthDay; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
