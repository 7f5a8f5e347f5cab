/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.EntryType;
import org.rapport.model.PostalAddress;
import org.rapport.model.WebAddress;

/** Reading vCard files: Apple's grouped items, photos, unknown properties, damaged and legacy files. */
class VCardImportTest {

	@Test
	void appleGroupedItemsKeepValuesAndLabels() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.VCARD, "apple-grouped.vcf");
		assertEquals(1, parsed.records().size());
		ContactRecord maja = parsed.records().get(0);
		assertNull(maja.getRejection(), "a photo and unknown X- properties do not break the card");
		assertEquals("Maja", maja.getFirstName());
		assertEquals("Lindqvist", maja.getLastName());
		assertEquals("Nordlys Design", maja.getOrganization());
		assertEquals("Design Director", maja.getPosition());
		assertEquals("Stockholm, Sweden", maja.getLocation());
		PostalAddress work = maja.getAddresses().get(0);
		assertEquals(List.of("Sveavägen 1", "Stockholm", "111 57", "Sweden", "work"),
				List.of(work.getStreet(), work.getCity(), work.getPostalCode(), work.getCountry(), work.getType().getLiteral()));
		assertEquals(List.of("maja@nordlys.example", "maja.l@private.example"), maja.getEmails());
		assertEquals(List.of("+46 70 123 45 67"), maja.getPhones());
		assertEquals(List.of("https://maja.example/portfolio", "https://www.linkedin.com/in/majalindqvist"),
				maja.getProfileUrls());
		assertEquals(List.of("design", "Nordics"), maja.getTags());
		assertEquals("Met at Form/Design Week.\nLikes long walks.", maja.getNotes());
		assertEquals(new ContactRecord.Kind(EntryType.WORK, null, true), maja.getEmailKind("maja@nordlys.example"));
		assertEquals(new ContactRecord.Kind(EntryType.CUSTOM, "Private", false), maja.getEmailKind("maja.l@private.example"),
				"Apple's label is the type");
		assertEquals(new ContactRecord.Kind(EntryType.MOBILE, null, true), maja.getPhoneKind("+46 70 123 45 67"));
		assertEquals(new ContactRecord.Kind(EntryType.CUSTOM, "Portfolio", true), maja.getProfileUrlKind("https://maja.example/portfolio"));
		assertEquals(new ContactRecord.Kind(EntryType.CUSTOM, "linkedin", false),
				maja.getProfileUrlKind("https://www.linkedin.com/in/majalindqvist"));
		assertEquals(List.of("anniversary 2019-06-01"), Fixtures.dates(maja.getImportantDates()),
				"Apple's wrapped standard label is unwrapped, and the date is a date");
		assertEquals(List.of(), maja.getNoteLines());
		assertNull(maja.getPhoto(), "a truncated picture is left out, the card is read");
		assertEquals(1, maja.getLine());
	}

	@Test
	void appleLabelsAreTheTypesOfTheImportedContactsEntries() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		setup.importAll(Fixtures.read(ContactFormat.VCARD, "apple-grouped.vcf"));
		Contact maja = setup.contact("Maja", "Lindqvist");
		assertEquals("Met at Form/Design Week.\nLikes long walks.", maja.getNotes());
		WebAddress portfolio = maja.getWebAddresses().get(0);
		assertEquals("https://maja.example/portfolio", portfolio.getUrl());
		assertEquals("Portfolio", ContactInfo.typeLabel(portfolio));
		assertTrue(portfolio.isPreferred());
		assertEquals(1, maja.getWebAddresses().stream().filter(WebAddress::isPreferred).count(), "one preferred");
		assertEquals(List.of("anniversary 2019-06-01"), Fixtures.dates(maja.getImportantDates()));
	}

	@Test
	void truncatedCardIsRejectedAndTheOthersAreRead() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.VCARD, "truncated.vcf");
		assertEquals(3, parsed.records().size());
		assertNull(parsed.records().get(0).getRejection());
		assertNull(parsed.records().get(1).getRejection());
		ContactRecord broken = parsed.records().get(2);
		assertNotNull(broken.getRejection());
		assertTrue(broken.getRejection().contains("END:VCARD"), broken.getRejection());
		assertEquals(17, broken.getLine());

		Fixtures.Setup setup = Fixtures.emptyPlan();
		ImportPreview preview = setup.preview(parsed);
		assertEquals(List.of(ImportStatus.NEW, ImportStatus.NEW, ImportStatus.REJECTED), Fixtures.statuses(preview));
		assertTrue(preview.getRows().get(2).getMessage().startsWith("Line 17 is not imported"),
				preview.getRows().get(2).getMessage());
		preview.apply(setup.domain());
		assertEquals(2, setup.plan().getContacts().size());
	}

	@Test
	void relatedIntroducerByUidIsLinkedOtherRelationsAreRelatedPeople() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.VCARD, "truncated.vcf");
		ContactRecord lina = parsed.records().get(1);
		assertEquals(2, lina.getRelated().size());
		RelatedPerson introducer = lina.getRelated().get(0);
		assertTrue(introducer.introducer());
		assertEquals("urn:uuid:0b1c2d3e-0000-4000-8000-000000000001", introducer.uri());

		Fixtures.Setup setup = Fixtures.emptyPlan();
		setup.importAll(parsed);
		Contact chidi = setup.contact("Chidi", "Okafor");
		Contact linaContact = setup.contact("Lina", "Haddad");
		assertSame(chidi, linaContact.getIntroducedBy(), "the introducer in the same file is linked");
		assertNull(linaContact.getNotes());
		assertEquals(1, linaContact.getRelationships().size(), "a relation to someone not in the plan is a related person by name");
		assertEquals("friend", linaContact.getRelationships().get(0).getLabel());
		assertEquals("Sam Rivers", linaContact.getRelationships().get(0).getName());
		assertNull(linaContact.getRelationships().get(0).getContact());
	}

	@Test
	void introducerByNameLinksToAnExistingContact() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact sam = Fixtures.contact(setup.plan(), "Sam", "Rivers", null, "sam@rivers.example");
		String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Wu;Mei;;;\r\nFN:Mei Wu\r\nEMAIL:mei@wu.example\r\n"
				+ "item1.X-ABRELATEDNAMES:sam rivers\r\nitem1.X-ABLabel:Introduced by\r\nEND:VCARD\r\n";
		ImportPreview preview = setup.importAll(Fixtures.read(ContactFormat.VCARD, "mei.vcf", card));
		assertEquals(ImportStatus.NEW, preview.getRows().get(0).getStatus());
		assertSame(sam, setup.contact("Mei", "Wu").getIntroducedBy());
	}

	@Test
	void windows1252FileWithQuotedPrintableIsReadWithAWarning() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.VCARD, "legacy-21.vcf");
		assertEquals(1, parsed.warnings().size(), "the user is told the file was not UTF-8");
		ContactRecord r = parsed.records().get(0);
		assertEquals("Jürgen", r.getFirstName());
		assertEquals("Müller", r.getLastName());
		assertEquals("Bäckerei Müller", r.getOrganization());
		assertEquals("Kennt alle Bäcker\r\nin Berlin.", r.getNotes());
		assertEquals(List.of("juergen@baeckerei.example"), r.getEmails());
	}

	@Test
	void emptyFileAndOtherFilesAreRefusedWithAReadableMessage() {
		InterchangeException empty = assertThrows(InterchangeException.class,
				() -> Fixtures.read(ContactFormat.VCARD, "empty.vcf"));
		assertEquals("empty.vcf is empty: it holds no contacts.", empty.getMessage());
		InterchangeException other = assertThrows(InterchangeException.class,
				() -> Fixtures.read(ContactFormat.VCARD, "not-a-vcard.vcf"));
		assertTrue(other.getMessage().contains("not a vCard file"), other.getMessage());
	}

	@Test
	void formatIsDetectedFromTheContent() throws Exception {
		assertEquals(ContactFormat.VCARD, ContactFormat.detect(Fixtures.data("apple-grouped.vcf")));
		assertEquals(ContactFormat.LINKEDIN_CONNECTIONS, ContactFormat.detect(Fixtures.data("Connections.csv")));
		assertEquals(ContactFormat.LINKEDIN_CONNECTIONS, ContactFormat.detect(Fixtures.data("Connections-old.csv")));
		assertEquals(ContactFormat.GOOGLE_CONTACTS, ContactFormat.detect(Fixtures.data("google-contacts.csv")));
		assertEquals(ContactFormat.GOOGLE_CONTACTS, ContactFormat.detect(Fixtures.data("google-contacts-old.csv")));
		assertNull(ContactFormat.detect(Fixtures.data("not-a-vcard.vcf")));
	}
}
