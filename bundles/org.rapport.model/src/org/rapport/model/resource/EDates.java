/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

/**
 * Reads and writes {@code EDate} values in EMF's own form, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}, giving exactly what
 * EMF's {@code EcoreFactoryImpl} gives, without its synchronized {@link SimpleDateFormat}s: those took a sixth of a
 * plan's load and of its save (issue 17, JFR). Anything else (another of the forms EMF reads, a year before the
 * Gregorian calendar or after 9999, a field out of range) is left to EMF: the methods then return {@code null}.
 */
final class EDates {

	private static final int LENGTH = "yyyy-MM-ddTHH:mm:ss.SSS+hhmm".length(); //$NON-NLS-1$
	private static final int FIRST_YEAR = 1583;
	private static final int LAST_YEAR = 9999;
	private static final long MILLIS_PER_DAY = 86_400_000L;

	/** The zone EMF writes dates in: its formats' own, fixed when they were made. */
	private static final TimeZone ZONE = Formats.zone();

	private EDates() {
	}

	/** Reaches EMF's date formats, which are protected. */
	private static final class Formats extends EFactoryImpl {
		static TimeZone zone() {
			DateFormat format = EDATE_FORMATS[0];
			synchronized (format) {
				return (TimeZone) format.getTimeZone().clone();
			}
		}
	}

	/** The date of {@code yyyy-MM-ddTHH:mm:ss.SSS±hhmm}, or {@code null} for anything else. */
	static Date parse(String s) {
		if (s.length() != LENGTH || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
				|| s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != '.') {
			return null;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = digits(s, 17, 2);
		int millis = digits(s, 20, 3);
		char sign = s.charAt(23);
		int offsetHours = digits(s, 24, 2);
		int offsetMinutes = digits(s, 26, 2);
		if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59
				|| second > 59 || millis < 0 || sign != '+' && sign != '-' || offsetHours < 0 || offsetHours > 23
				|| offsetMinutes < 0 || offsetMinutes > 59 || hour < 0 || minute < 0 || second < 0) {
			return null;
		}
		LocalDate date;
		if (day > 28) {
			if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
				// EMF's lenient format rolls over into the next month: leave that to it
				return null;
			}
		}
		date = LocalDate.of(year, month, day);
		long offset = (offsetHours * 60L + offsetMinutes) * 60_000L * (sign == '-' ? -1 : 1);
		long time = date.toEpochDay() * MILLIS_PER_DAY + ((hour * 60L + minute) * 60L + second) * 1000L + millis
				- offset;
		return new Date(time);
	}

	/** {@code yyyy-MM-ddTHH:mm:ss.SSS±hhmm} in EMF's zone, or {@code null} where EMF's own format must do it. */
	static String format(Date date) {
		long time = date.getTime();
		int offset = ZONE.getOffset(time);
		if (offset % 60_000 != 0) {
			return null;
		}
		long local = time + offset;
		long epochDay = Math.floorDiv(local, MILLIS_PER_DAY);
		int millisOfDay = (int) Math.floorMod(local, MILLIS_PER_DAY);
		LocalDate day = LocalDate.ofEpochDay(epochDay);
		if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
			return null;
		}
		char[] c = new char[LENGTH];
		put(c, 0, day.getYear(), 4);
		c[4] = '-';
		put(c, 5, day.getMonthValue(), 2);
		c[7] = '-';
		put(c, 8, day.getDayOfMonth(), 2);
		c[10] = 'T';
		put(c, 11, millisOfDay / 3_600_000, 2);
		c[13] = ':';
		put(c, 14, millisOfDay / 60_000 % 60, 2);
		c[16] = ':';
		put(c, 17, millisOfDay / 1000 % 60, 2);
		c[19] = '.';
		put(c, 20, millisOfDay % 1000, 3);
		int minutes = offset / 60_000;
		c[23] = minutes < 0 ? '-' : '+';
		minutes = Math.abs(minutes);
		put(c, 24, minutes / 60, 2);
		put(c, 26, minutes % 60, 2);
		return new String(c);
	}

	/** The number of these decimal digits, or -1. */
	private static int digits(String s, int from, int length) {
		int value = 0;
		for (int i = from; i < from + length; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + c - '0';
		}
		return value;
	}

	private static void put(char[] c, int at, int value, int length) {
		for (int i = at + length - 1; i >= at; i--) {
			c[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}
}
