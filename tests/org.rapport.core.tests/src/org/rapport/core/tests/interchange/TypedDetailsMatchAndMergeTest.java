/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.importer.MatchRule;
import org.rapport.core.interchange.importer.MergeContactsCommand;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.EntryType;
import org.rapport.model.ImportantDate;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportFactory;
import org.rapport.model.Relationship;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.PartialDate;

/**
 * Matching and merging with the typed details: a typed e-mail finds its contact, a birthday confirms a match by
 * name (and refuses one by name and organization when it differs), and a merge keeps every entry, the photo and
 * the dates.
 */
class TypedDetailsMatchAndMergeTest {

	private static final RapportFactory F = RapportFactory.eINSTANCE;

	@Test
	void aTypedEmailAndABirthdayFindTheContact() {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact ada = contact(setup, "Ada", "Lovelace", "Analytical Engines");
		EmailAddress work = ContactInfo.typed(ContactInfo.newEmail("ada@engines.example"), EntryType.WORK, true);
		ada.getEmailAddresses().add(work);
		ada.setBirthday(PartialDate.of(1815, 12, 10));
		Contact grace = contact(setup, "Grace", "Hopper", "Navy");
		grace.setBirthday(PartialDate.of(12, 9));

		ContactRecord byEmail = record(1, "Someone", "Else", "Elsewhere");
		byEmail.addEmail("ADA@engines.example");
		ContactRecord byBirthday = record(2, "Ada", "Lovelace", "Babbage & Co");
		byBirthday.setBirthday(PartialDate.of(12, 10));
		ContactRecord namesake = record(3, "Grace", "Hopper", "Navy");
		namesake.setBirthday(PartialDate.of(1, 1));
		ImportPreview preview = setup.preview(new ParsedContacts(ContactFormat.VCARD, "test", List.of(byEmail, byBirthday,
				namesake), List.of()));

		ImportRow first = preview.getRows().get(0);
		assertEquals(ada, first.getMatchedContact(), "the typed e-mail, without regard to case");
		ImportRow second = preview.getRows().get(1);
		assertEquals(ada, second.getMatchedContact(), "the same name and birthday, though the organization changed");
		assertTrue(second.getMessage().contains("name and birthday"), second.getMessage());
		ImportRow third = preview.getRows().get(2);
		assertEquals(ImportStatus.NEW, third.getStatus(), "same name and organization, another birthday: someone else");
		assertEquals(MatchRule.NAME_AND_BIRTHDAY, MatchRule.valueOf("NAME_AND_BIRTHDAY"));
	}

	@Test
	void aMergeKeepsEveryEntryThePhotoAndTheDates() {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact survivor = contact(setup, "Ada", "Lovelace", null);
		ContactInfo.typed(ContactInfo.addEmail(survivor, "ada@engines.example"), EntryType.WORK, true);
		Contact duplicate = contact(setup, "Ada", "King", null);
		ContactInfo.typed(ContactInfo.addEmail(duplicate, "ADA@engines.example"), EntryType.HOME, true);
		ContactInfo.typed(ContactInfo.addEmail(duplicate, "countess@lovelace.example"), EntryType.HOME, false);
		ContactInfo.typed(ContactInfo.addPhone(duplicate, "+44 20 7946 0000"), EntryType.MOBILE, true);
		ContactInfo.addUrl(duplicate, "https://lovelace.example");
		PostalAddress address = ContactInfo.addLocation(duplicate, "London, UK");
		address.setStreet("12 St James's Square");
		duplicate.setBirthday(PartialDate.of(1815, 12, 10));
		duplicate.setPhoto(new byte[] { 1, 2, 3 });
		duplicate.setPhotoMediaType("image/jpeg");
		ImportantDate wedding = F.createImportantDate();
		wedding.setLabel("anniversary");
		wedding.setDate(PartialDate.of(1835, 7, 8));
		duplicate.getImportantDates().add(wedding);
		Contact william = contact(setup, "William", "King", null);
		Relationship spouse = F.createRelationship();
		spouse.setLabel("spouse");
		spouse.setContact(william);
		duplicate.getRelationships().add(spouse);

		setup.domain().getCommandStack().execute(new MergeContactsCommand(setup.domain(), survivor, List.of(duplicate)));

		assertEquals(List.of("ada@engines.example", "countess@lovelace.example"), ContactInfo.emails(survivor),
				"the same address in another case is not added twice");
		assertEquals(EntryType.WORK, survivor.getEmailAddresses().get(0).getType());
		assertEquals(1, survivor.getEmailAddresses().stream().filter(EmailAddress::isPreferred).count(),
				"one preferred e-mail: the survivor's");
		assertEquals(EntryType.HOME, survivor.getEmailAddresses().get(1).getType(), "the entry keeps its type");
		assertEquals(List.of("+44 20 7946 0000"), ContactInfo.phones(survivor));
		assertTrue(survivor.getPhoneNumbers().get(0).isPreferred(), "the survivor had no phone: the copy is preferred");
		assertEquals(EntryType.MOBILE, survivor.getPhoneNumbers().get(0).getType());
		assertEquals(List.of("https://lovelace.example"), ContactInfo.urls(survivor));
		assertEquals("12 St James's Square", survivor.getPostalAddresses().get(0).getStreet());
		assertEquals("London, UK", ContactInfo.location(survivor));
		assertEquals(PartialDate.of(1815, 12, 10), survivor.getBirthday());
		assertArrayEquals(new byte[] { 1, 2, 3 }, survivor.getPhoto());
		assertEquals("image/jpeg", survivor.getPhotoMediaType());
		assertEquals(PartialDate.of(1835, 7, 8), survivor.getImportantDates().get(0).getDate());
		assertEquals(william, survivor.getRelationships().get(0).getContact());
		assertTrue(!setup.plan().getContacts().contains(duplicate));

		setup.domain().getCommandStack().undo();
		assertEquals(List.of("ada@engines.example"), ContactInfo.emails(survivor), "one undo brings it all back");
		assertEquals(null, survivor.getPhoto());
		assertTrue(survivor.getImportantDates().isEmpty() && survivor.getRelationships().isEmpty());
		assertTrue(setup.plan().getContacts().contains(duplicate));
	}

	private static Contact contact(Fixtures.Setup setup, String first, String last, String organization) {
		Contact contact = F.createContact();
		contact.setFirstName(first);
		contact.setLastName(last);
		contact.setOrganization(organization);
		setup.plan().getContacts().add(contact);
		return contact;
	}

	private static ContactRecord record(int line, String first, String last, String organization) {
		ContactRecord record = new ContactRecord(line);
		record.setFirstName(first);
		record.setLastName(last);
		record.setOrganization(organization);
		return record;
	}
}
