/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.model.Contact;
import org.rapport.model.EntryType;

/** Google Contacts CSV: the current and the older format, multi-values, labels, damaged files. */
class GoogleContactsTest {

	@Test
	void currentFormat() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-contacts.csv");
		assertEquals(2, parsed.records().size());
		ContactRecord grace = parsed.records().get(0);
		assertEquals(2, grace.getLine());
		assertEquals("Grace", grace.getFirstName());
		assertEquals("M.", grace.getMiddleName(), "the middle name is a name part of its own");
		assertEquals("Hopper", grace.getLastName());
		assertEquals("Navy Labs", grace.getOrganization());
		assertEquals("Rear Admiral", grace.getPosition());
		assertEquals("Arlington, VA, USA", grace.getLocation());
		assertEquals("Invented the first compiler.\r\nLoves COBOL.", grace.getNotes());
		assertEquals(List.of("Mentors", "Friends"), grace.getTags(), "system labels are not tags");
		assertEquals(List.of("grace@navy.example", "ghopper@navy.example", "grace@home.example"), grace.getEmails());
		assertEquals(new ContactRecord.Kind(EntryType.WORK, null, true), grace.getEmailKind("ghopper@navy.example"),
				"\"* Work\": work, and Google's primary");
		assertEquals(new ContactRecord.Kind(EntryType.HOME, null, true), grace.getEmailKind("grace@home.example"));
		assertEquals(EntryType.MOBILE, grace.getPhoneKind("+1 555 0100").type());
		assertEquals(1, grace.getAddresses().size());
		assertEquals(EntryType.WORK, grace.getAddresses().get(0).getType());
		assertEquals(List.of("+1 555 0100"), grace.getPhones());
		assertEquals(List.of("https://www.linkedin.com/in/gracehopper"), grace.getProfileUrls());
		assertEquals(1, grace.getRelated().size());
		assertTrue(grace.getRelated().get(0).introducer());
		assertEquals("Alan Turing", grace.getRelated().get(0).name());

		ContactRecord alan = parsed.records().get(1);
		assertEquals(5, alan.getLine(), "the quoted line breaks above count as lines");
		assertEquals(List.of("https://turing.example/blog", "https://www.linkedin.com/in/alanturing"), alan.getProfileUrls());
		assertEquals(List.of(), alan.getTags());
		assertEquals(new ContactRecord.Kind(EntryType.CUSTOM, "Portfolio", false), alan.getProfileUrlKind("https://turing.example/blog"),
				"a custom label is the web address's type");
	}

	@Test
	void introducerLaterInTheFileIsLinkedOtherRelationIsARelatedPerson() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		setup.importAll(Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-contacts.csv"));
		Contact grace = setup.contact("Grace", "Hopper");
		Contact alan = setup.contact("Alan", "Turing");
		assertSame(alan, grace.getIntroducedBy());
		assertEquals(1, alan.getRelationships().size(), "a relation to someone not in the plan is a related person by name");
		assertEquals("Friend", alan.getRelationships().get(0).getLabel());
		assertEquals("Christopher Morcom", alan.getRelationships().get(0).getName());
	}

	@Test
	void olderFormat() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-contacts-old.csv");
		assertEquals(2, parsed.records().size());
		ContactRecord kj = parsed.records().get(0);
		assertEquals("Katherine", kj.getFirstName());
		assertEquals("Johnson", kj.getLastName());
		assertEquals("NASA Langley", kj.getOrganization());
		assertEquals("Mathematician", kj.getPosition());
		assertEquals("Hampton", kj.getLocation());
		assertEquals(List.of("NASA"), kj.getTags());
		assertEquals(List.of("katherine@nasa.example", "kj@langley.example"), kj.getEmails());
		assertEquals(List.of("+1 757 555 0199"), kj.getPhones());
		assertEquals(List.of("http://WWW.LinkedIn.com/in/katherinejohnson/"), kj.getProfileUrls());
		assertEquals("Calculated trajectories.", kj.getNotes());
		assertEquals("Engineer", parsed.records().get(1).getPosition());
	}

	@Test
	void wrongColumnCountAndNamelessRowsAreRejectedOthersImported() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		ImportPreview preview = setup.importAll(Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-broken.csv"));
		assertEquals(List.of(ImportStatus.NEW, ImportStatus.REJECTED, ImportStatus.REJECTED, ImportStatus.NEW),
				Fixtures.statuses(preview));
		assertEquals(3, preview.getRows().get(1).getLine());
		assertTrue(preview.getRows().get(1).getReason().contains("7 values"), preview.getRows().get(1).getReason());
		assertTrue(preview.getRows().get(2).getReason().contains("neither a name"), preview.getRows().get(2).getReason());
		assertEquals(2, setup.plan().getContacts().size());
	}

	@Test
	void unbalancedQuoteKeepsTheRowsBeforeIt() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-unbalanced.csv");
		assertEquals(2, parsed.records().size());
		assertEquals("Ivy", parsed.records().get(0).getFirstName());
		assertNotNull(parsed.records().get(1).getRejection());
		assertEquals(3, parsed.records().get(1).getLine());
	}

	@Test
	void windows1252IsReadWithAWarning() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-cp1252.csv");
		assertEquals(1, parsed.warnings().size());
		ContactRecord rene = parsed.records().get(0);
		assertEquals("René", rene.getFirstName());
		assertEquals("Großmann", rene.getLastName());
		assertEquals("Café Zürich", rene.getOrganization());
	}

	@Test
	void bothFormatsAreIdempotent() throws Exception {
		for (String file : List.of("google-contacts.csv", "google-contacts-old.csv")) {
			Fixtures.Setup setup = Fixtures.emptyPlan();
			setup.importAll(Fixtures.read(ContactFormat.GOOGLE_CONTACTS, file));
			int count = setup.plan().getContacts().size();
			ImportPreview again = setup.importAll(Fixtures.read(ContactFormat.GOOGLE_CONTACTS, file));
			Fixtures.assertAll(again, ImportStatus.DUPLICATE);
			assertEquals(count, setup.plan().getContacts().size(), file);
		}
	}

	@Test
	void exportWritesGooglesCurrentHeader() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact ada = Fixtures.contact(setup.plan(), "Ada", "Lovelace", "Analytical Engines", "ada@example.org",
				"countess@example.org");
		ada.getTags().add("pioneers");
		ada.setNotes("First programmer,\n\"Note G\".");
		String csv = new String(Fixtures.export(new GoogleContactsExporter(), List.of(ada)), StandardCharsets.UTF_8);
		String header = csv.substring(0, csv.indexOf("\r\n"));
		assertTrue(header.startsWith("First Name,Middle Name,Last Name,"), header);
		assertTrue(header.contains(",Organization Name,Organization Title,"), header);
		assertTrue(header.contains(",Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label"),
				header);
		assertTrue(csv.contains("pioneers ::: * myContacts"), csv);
		assertTrue(csv.contains("\"First programmer,\n\"\"Note G\"\".\""), csv);
		ContactRecord back = Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "out.csv", csv).records().get(0);
		assertNull(back.getRejection());
		assertEquals(List.of("pioneers"), back.getTags());
		assertEquals("First programmer,\n\"Note G\".", back.getNotes());
	}
}
