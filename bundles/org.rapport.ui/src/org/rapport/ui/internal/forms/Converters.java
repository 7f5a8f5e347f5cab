/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.rapport.model.edit.provider.RapportLabels;

/**
 * How form fields show and read values: dates in the user's locale's format, as everywhere in Rapport, and typed
 * either so, in the locale's short format or as ISO {@code yyyy-MM-dd} ({@link RapportLabels#parseDate}); numbers
 * in plain notation, lists as comma-separated text. Each parser has a validator that names what is wrong.
 */
final class Converters {

	private Converters() {
	}

	static String formatDate(Object value) {
		if (!(value instanceof Date date)) {
			return ""; //$NON-NLS-1$
		}
		return RapportLabels.date(date);
	}

	static Date parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate day = RapportLabels.parseDate(text);
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	static IValidator<String> dateValidator(String field) {
		return text -> {
			try {
				parseDate(text);
				return ValidationStatus.ok();
			} catch (DateTimeParseException e) {
				LocalDate today = LocalDate.now();
				return ValidationStatus.error(NLS.bind(Messages.Field_badDate, new Object[] { field, text.strip(),
						RapportLabels.date(today), shortDate(today), today.toString() }));
			}
		};
	}

	/** What an empty date field suggests typing: today in the locale's format, and as ISO. */
	static String dateHint() {
		LocalDate today = LocalDate.now();
		return NLS.bind(Messages.Field_dateHint, shortDate(today), today.toString());
	}

	/** A day in the locale's short format ("12/7/26"), which a date field also reads. */
	private static String shortDate(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.getDefault(Locale.Category.FORMAT))
				.format(day);
	}

	static String formatNumber(Object value) {
		if (value instanceof Double d) {
			return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	/** Parses a number for an {@code int} or {@code double} attribute; an empty field means 0. */
	static Object parseNumber(String text, Class<?> type) {
		String typed = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (type == int.class || type == Integer.class) {
			return typed.isEmpty() ? 0 : Integer.valueOf(typed);
		}
		return typed.isEmpty() ? 0.0 : Double.valueOf(typed.replace(',', '.'));
	}

	static IValidator<String> numberValidator(String field, Class<?> type) {
		return text -> {
			try {
				Object value = parseNumber(text, type);
				if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
					throw new NumberFormatException();
				}
				return ValidationStatus.ok();
			} catch (NumberFormatException e) {
				String message = type == int.class || type == Integer.class ? Messages.Field_badWholeNumber
						: Messages.Field_badNumber;
				return ValidationStatus.error(NLS.bind(message, field, text.strip()));
			}
		};
	}

	/**
	 * Joins with commas, or with semicolons when a value holds a comma ("Portland, OR; Remote"), so that
	 * {@link #parseList} gives the same values back.
	 */
	static String formatList(Object value) {
		if (!(value instanceof Collection<?> values)) {
			return ""; //$NON-NLS-1$
		}
		List<String> texts = values.stream().map(String::valueOf).toList();
		boolean commas = texts.stream().anyMatch(t -> t.contains(",")); //$NON-NLS-1$
		return String.join(commas ? "; " : ", ", texts); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Splits at semicolons when there is one (values may then hold commas), else at commas, dropping blanks; the
	 * order typed is kept.
	 */
	static List<String> parseList(String text) {
		if (text == null) {
			return new ArrayList<>();
		}
		return split(text, text.contains(";") ? ";" : ","); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** One value per line. */
	static String formatLines(Object value) {
		if (!(value instanceof Collection<?> values)) {
			return ""; //$NON-NLS-1$
		}
		return String.join("\n", values.stream().map(String::valueOf).toList()); //$NON-NLS-1$
	}

	private static List<String> split(String text, String separator) {
		List<String> values = new ArrayList<>();
		for (String part : text.split(separator)) {
			if (!part.isBlank()) {
				values.add(part.strip());
			}
		}
		return values;
	}

	/** One value per line, stripped; blank lines dropped. */
	static List<String> parseLines(String text) {
		List<String> values = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) { //$NON-NLS-1$
				if (!line.isBlank()) {
					values.add(line.strip());
				}
			}
		}
		return values;
	}

	static boolean isOk(IStatus status) {
		return status == null || status.isOK();
	}
}
