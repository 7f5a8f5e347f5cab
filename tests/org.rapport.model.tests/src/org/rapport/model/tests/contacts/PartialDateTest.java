/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.model.RapportPackage;
import org.rapport.model.contacts.PartialDate;

/** Dates with or without a year: reading, writing, when they come round. */
class PartialDateTest {

	@Test
	void readsAndWritesBothForms() {
		PartialDate full = PartialDate.parse("1985-07-14");
		assertTrue(full.hasYear());
		assertEquals(1985, full.getYear());
		assertEquals("1985-07-14", full.toString());
		PartialDate noYear = PartialDate.parse("--07-14");
		assertFalse(noYear.hasYear());
		assertEquals(0, noYear.getYear());
		assertEquals("--07-14", noYear.toString());
		assertEquals(noYear, PartialDate.parse("--0714"), "vCard's basic form");
		assertEquals(full, PartialDate.parse("19850714"));
		assertEquals(noYear, full.withoutYear());
		assertNull(PartialDate.parse("  "));
		assertEquals(PartialDate.of(2, 29), PartialDate.parse("--02-29"), "February 29 without a year exists");
	}

	@ParameterizedTest
	@ValueSource(strings = { "14.07.1985", "1985-13-01", "1985-02-29", "--04-31", "--02-30", "0000-01-01", "July 14",
			"--7-14" })
	void refusesWhatIsNotADay(String text) {
		assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
	}

	@Test
	void theModelWritesAndReadsItAsText() {
		var type = RapportPackage.Literals.PARTIAL_DATE;
		assertEquals("--12-24", EcoreUtil.convertToString(type, PartialDate.of(12, 24)));
		assertEquals(PartialDate.of(1970, 1, 2), EcoreUtil.createFromString(type, "1970-01-02"));
	}

	@Test
	void comesRoundEveryYear() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		assertEquals(LocalDate.of(2026, 12, 7), PartialDate.of(12, 7).nextOccurrence(today), "today counts");
		assertEquals(LocalDate.of(2027, 12, 6), PartialDate.of(1980, 12, 6).nextOccurrence(today));
		assertEquals(LocalDate.of(2027, 2, 28), PartialDate.of(2, 29).nextOccurrence(today), "not a leap year");
		assertEquals(LocalDate.of(2028, 2, 29), PartialDate.of(2, 29).nextOccurrence(LocalDate.of(2028, 1, 1)));
		assertEquals(LocalDate.of(2027, 6, 1), PartialDate.of(2027, 6, 1).nextOccurrence(today),
				"a date to come comes on its day");
		assertEquals(46, PartialDate.of(1980, 12, 6).yearsOn(LocalDate.of(2026, 12, 6)));
		assertEquals(-1, PartialDate.of(12, 6).yearsOn(today));
	}
}
