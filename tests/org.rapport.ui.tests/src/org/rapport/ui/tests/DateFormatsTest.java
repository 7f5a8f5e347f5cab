/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapport.model.edit.provider.RapportLabels;

/**
 * One way to show a date: the user's locale's own format, wherever Rapport shows one; typed, a date is read as ISO
 * (2026-12-07), in the locale's short format or as it is shown. A day that does not exist is refused.
 */
class DateFormatsTest {

	private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
	private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	@AfterEach
	void restoreTheLocale() {
		Locale.setDefault(Locale.Category.FORMAT, locale);
	}

	@Test
	void anAmericanSeesDec7AndTypesTheShortFormatOrIso() {
		Locale.setDefault(Locale.Category.FORMAT, Locale.US);
		assertEquals("Dec 7, 2026", RapportLabels.date(DAY));
		assertEquals(DAY, RapportLabels.parseDate("12/7/26"));
		assertEquals(DAY, RapportLabels.parseDate("12/07/2026"));
		assertEquals(DAY, RapportLabels.parseDate("Dec 7, 2026"));
		assertEquals(DAY, RapportLabels.parseDate(" 2026-12-07 "));
	}

	@Test
	void aBritonSeesDayBeforeMonth() {
		Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
		assertEquals("7 Dec 2026", RapportLabels.date(DAY));
		assertEquals(DAY, RapportLabels.parseDate("07/12/2026"));
		assertEquals(DAY, RapportLabels.parseDate("7 Dec 2026"));
		assertEquals(DAY, RapportLabels.parseDate("2026-12-07"));
	}

	@Test
	void aGermanTypesDots() {
		Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
		assertEquals("07.12.2026", RapportLabels.date(DAY));
		assertEquals(DAY, RapportLabels.parseDate("07.12.26"));
		assertEquals(DAY, RapportLabels.parseDate("7.12.2026"));
		assertEquals(DAY, RapportLabels.parseDate("2026-12-07"));
	}

	@Test
	void aDayThatDoesNotExistOrAWordIsRefused() {
		Locale.setDefault(Locale.Category.FORMAT, Locale.US);
		assertThrows(DateTimeParseException.class, () -> RapportLabels.parseDate("2027-02-30"));
		assertThrows(DateTimeParseException.class, () -> RapportLabels.parseDate("2/30/27"));
		assertThrows(DateTimeParseException.class, () -> RapportLabels.parseDate("tomorrow"));
		assertEquals("", RapportLabels.date((LocalDate) null));
	}
}
