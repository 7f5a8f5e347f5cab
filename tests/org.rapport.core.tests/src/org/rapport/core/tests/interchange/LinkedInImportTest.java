/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.importer.MatchRule;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.model.Contact;

/** LinkedIn's Connections.csv: note before the header, BOM, CRLF, quoted commas, both header variants. */
class LinkedInImportTest {

	@Test
	void currentHeaderWithUrlAfterTheNote() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections.csv");
		assertEquals(5, parsed.records().size(), "the empty row is skipped: " + parsed.records());
		assertEquals(List.of(), parsed.warnings());

		ContactRecord ana = parsed.records().get(0);
		assertEquals(5, ana.getLine(), "lines count from the start of the file, note included");
		assertEquals("Ana", ana.getFirstName(), "the byte-order mark is not part of the first value");
		assertEquals("García", ana.getLastName());
		assertEquals("Acme, Inc.", ana.getOrganization());
		assertEquals("VP, Engineering", ana.getPosition());
		assertEquals(List.of("ana.garcia@example.com"), ana.getEmails());
		assertEquals(List.of("https://www.linkedin.com/in/anagarcia"), ana.getProfileUrls());
		assertEquals(List.of("Connected on LinkedIn 2024-03-12"), Fixtures.dates(ana.getImportantDates()), "a dated fact, not a note");
		assertEquals(List.of(), ana.getNoteLines());

		ContactRecord bob = parsed.records().get(1);
		assertEquals(List.of(), bob.getEmails(), "most connections have no e-mail");
		ContactRecord chloe = parsed.records().get(2);
		assertEquals("Studio \"Lumière\"", chloe.getOrganization());
		assertEquals(List.of("Connected on LinkedIn 2022-02-28"), Fixtures.dates(chloe.getImportantDates()), "a dated fact, not a note");
		assertEquals(List.of(), chloe.getNoteLines());

		ContactRecord dan = parsed.records().get(3);
		assertEquals(8, dan.getLine());
		assertNotNull(dan.getRejection(), "a row with missing columns is rejected");
		assertTrue(dan.getRejection().contains("4 values") && dan.getRejection().contains("7 columns"), dan.getRejection());

		ContactRecord eve = parsed.records().get(4);
		assertEquals(10, eve.getLine());
		assertEquals("Head of Data, EMEA", eve.getPosition());
		assertEquals(List.of("Connected on LinkedIn 2021-09-05"), Fixtures.dates(eve.getImportantDates()), "a dated fact, not a note");
		assertEquals(List.of(), eve.getNoteLines());
	}

	@Test
	void olderHeaderWithoutUrl() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections-old.csv");
		assertEquals(2, parsed.records().size());
		ContactRecord frank = parsed.records().get(1);
		assertNull(frank.getRejection());
		assertEquals("Olsen & Sons, Ltd", frank.getOrganization());
		assertEquals(List.of("frank@olsen.example"), frank.getEmails());
		assertEquals(List.of(), frank.getProfileUrls());
		assertEquals(List.of("Connected on LinkedIn 2020-12-01"), Fixtures.dates(frank.getImportantDates()), "a dated fact, not a note");
		assertEquals(List.of(), frank.getNoteLines());
	}

	@Test
	void importPreviewApplyAndReimport() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		ImportPreview first = setup.importAll(Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections.csv"));
		assertEquals(List.of(ImportStatus.NEW, ImportStatus.NEW, ImportStatus.NEW, ImportStatus.REJECTED, ImportStatus.NEW),
				Fixtures.statuses(first));
		assertEquals(4, setup.plan().getContacts().size());
		Contact ana = setup.contact("Ana", "García");
		assertNull(ana.getNotes(), "the connection date is not a line in the notes");
		assertEquals(List.of("Connected on LinkedIn 2024-03-12"), Fixtures.dates(ana.getImportantDates()));
		assertTrue(ana.getProvenance().contains("LinkedIn") && ana.getProvenance().contains("Connections.csv"),
				ana.getProvenance());

		ImportPreview second = setup.importAll(Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections.csv"));
		assertEquals(List.of(ImportStatus.DUPLICATE, ImportStatus.DUPLICATE, ImportStatus.DUPLICATE, ImportStatus.REJECTED,
				ImportStatus.DUPLICATE), Fixtures.statuses(second));
		assertEquals(4, setup.plan().getContacts().size(), "importing the same file twice adds nobody twice");
		assertFalse(second.hasChanges());
		setup.domain().getCommandStack().undo();
		assertEquals(0, setup.plan().getContacts().size(), "the first import was one step, and the second none");
	}

	@Test
	void olderExportOfTheSamePersonUpdatesWithoutOverwriting() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		setup.importAll(Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections.csv"));
		ImportPreview preview = setup.preview(Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections-old.csv"));
		ImportRow ana = preview.getRows().get(0);
		assertEquals(ImportStatus.DUPLICATE, ana.getStatus(), ana.getMessage());
		assertEquals(MatchRule.EMAIL, ana.getMatchRule(), "e-mail case does not matter");
		assertEquals(1, ana.getConflicts().size(), "the file says CTO, the plan keeps VP, Engineering");
		assertTrue(ana.getMessage().contains("Keeps the position \"VP, Engineering\" (the file says \"CTO\")"),
				ana.getMessage());
		assertEquals(ImportStatus.NEW, preview.getRows().get(1).getStatus());
		preview.apply(setup.domain());
		assertEquals("VP, Engineering", setup.contact("Ana", "García").getPosition());
	}

	@Test
	void fileWithoutHeaderIsRefused() {
		InterchangeException e = assertThrows(InterchangeException.class,
				() -> Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections-no-header.csv"));
		assertTrue(e.getMessage().startsWith("Connections-no-header.csv is not a LinkedIn connections file"), e.getMessage());
		assertThrows(InterchangeException.class, () -> Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "empty.csv", ""));
	}
}
