/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.Occasion;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.sample.SamplePlan;
import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.contacts.PartialDate;

/** Birthdays and important dates in the Agenda's groups: today, this week (to Sunday), next week, later. */
class AgendaOccasionsTest {

	/** A Wednesday. */
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void birthdaysAndDatesComeRoundInTheirGroup() {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		Contact today = contact(plan, "Today", PartialDate.of(1986, 12, 2));
		Contact sunday = contact(plan, "Sunday", PartialDate.of(12, 6));
		Contact nextWeek = contact(plan, "NextWeek", PartialDate.of(12, 10));
		Contact later = contact(plan, "Later", PartialDate.of(1990, 12, 25));
		Contact past = contact(plan, "Past", PartialDate.of(12, 1));
		Contact archived = contact(plan, "Archived", PartialDate.of(12, 2));
		archived.setStatus(RelationshipStatus.ARCHIVED);
		ImportantDate anniversary = RapportFactory.eINSTANCE.createImportantDate();
		anniversary.setLabel("anniversary");
		anniversary.setDate(PartialDate.of(2016, 12, 4));
		sunday.getImportantDates().add(anniversary);

		Agenda agenda = Agenda.compute(plan, TODAY, FollowUpSettings.defaults());
		assertEquals(List.of(today), contacts(agenda, Section.TODAY));
		assertEquals(List.of(sunday, sunday), contacts(agenda, Section.THIS_WEEK), "the anniversary on Friday, the birthday on Sunday");
		assertEquals(List.of(nextWeek), contacts(agenda, Section.NEXT_WEEK));
		assertEquals(List.of(later), contacts(agenda, Section.LATER));
		assertTrue(agenda.occasions(Section.OVERDUE).isEmpty(), "a date gone by is not overdue: it comes next year");
		assertTrue(agenda.entries(Section.LATER).stream().noneMatch(e -> e instanceof Occasion o && o.contact() == past),
				"next year is beyond the agenda's 30 days");

		Occasion birthday = agenda.occasions(Section.TODAY).get(0);
		assertTrue(birthday.isBirthday());
		assertEquals(40, birthday.years(), "turns 40");
		Occasion friday = agenda.occasions(Section.THIS_WEEK).get(0);
		assertEquals("anniversary", friday.label());
		assertEquals(LocalDate.of(2026, 12, 4), friday.on());
		assertEquals(10, friday.years());
		assertEquals(-1, agenda.occasions(Section.THIS_WEEK).get(1).years(), "a birthday without the year");
		assertEquals(agenda.occasions(Section.TODAY).get(0), agenda.entries(Section.TODAY).get(0),
				"the section's entries begin with its occasions");
	}

	@Test
	void februaryThe29thComesOnThe28thInOtherYears() {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		contact(plan, "Leap", PartialDate.of(2000, 2, 29));
		List<Occasion> occasions = Agenda.occasions(plan, LocalDate.of(2027, 2, 20), LocalDate.of(2027, 3, 10));
		assertEquals(LocalDate.of(2027, 2, 28), occasions.get(0).on());
		assertEquals(27, occasions.get(0).years());
	}

	@Test
	void theSamplePlanHasBirthdaysAndADateToRemember() {
		NetworkingPlan plan = SamplePlan.create(TODAY);
		Agenda agenda = Agenda.compute(plan, TODAY, FollowUpSettings.defaults());
		long occasions = List.of(Section.values()).stream().mapToLong(s -> agenda.occasions(s).size()).sum();
		assertEquals(3, occasions, "two birthdays and a founding day within 30 days");
	}

	private static Contact contact(NetworkingPlan plan, String name, PartialDate birthday) {
		Contact contact = RapportFactory.eINSTANCE.createContact();
		contact.setFirstName(name);
		contact.setBirthday(birthday);
		plan.getContacts().add(contact);
		return contact;
	}

	private static List<Contact> contacts(Agenda agenda, Section section) {
		return agenda.occasions(section).stream().map(Occasion::contact).toList();
	}
}
