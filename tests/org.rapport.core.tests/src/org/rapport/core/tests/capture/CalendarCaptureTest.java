/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.rapport.core.internal.capture.CalendarEvent;
import org.rapport.core.internal.capture.CalendarReader;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureRow;
import org.rapport.core.internal.capture.CaptureStatus;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Profile;
import org.rapport.model.RapportFactory;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.derived.PlanClock;

/** Calendar capture from iCalendar text: matching, skip reasons, one undo, never twice. */
public class CalendarCaptureTest {

	private static final RapportFactory F = RapportFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	static String event(String uid, String start, String summary, String organizer, String... attendees) {
		StringBuilder b = new StringBuilder("BEGIN:VEVENT\r\nUID:").append(uid).append("\r\nDTSTAMP:20260301T000000Z\r\n")
				.append("DTSTART:").append(start).append("\r\nSUMMARY:").append(summary).append("\r\n");
		if (organizer != null) {
			b.append("ORGANIZER:mailto:").append(organizer).append("\r\n");
		}
		for (String attendee : attendees) {
			b.append("ATTENDEE").append(attendee.startsWith(";") ? attendee : ":mailto:" + attendee).append("\r\n");
		}
		return b.append("END:VEVENT\r\n").toString();
	}

	static String calendar(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
	}

	static List<CalendarEvent> read(String ics) throws Exception {
		return new CalendarReader(ZoneOffset.UTC).read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)),
				"test.ics");
	}

	@Test
	void pastMeetingsWithContactsBecomeOneUndoableStepAndAreNeverLoggedTwice() throws Exception {
		NetworkingPlan plan = F.createNetworkingPlan();
		Profile owner = F.createProfile();
		owner.setEmail("Me@Example.org");
		plan.setOwner(owner);
		Contact ann = contact(plan, "Ann", "ann@work.example", "Ann.Home@Example.com");
		Contact bob = contact(plan, "Bob", "bob@example.com");
		Contact cy = contact(plan, "Cy", "cy@example.com");
		FollowUp annDue = F.createFollowUp();
		annDue.setStatus(FollowUpStatus.OPEN);
		annDue.setDueDate(PlanClock.toDate(TODAY.minusDays(10)));
		annDue.setContact(ann);
		plan.getFollowUps().add(annDue);

		String ics = calendar(
				event("a1", "20260310T090000Z", "Coffee with Ann", "me@example.org", "ANN.HOME@example.com", "me@example.org"),
				event("b2", "20260312", "Bob's demo", "bob@example.com", "me@example.org", "stranger@example.net"),
				event("c3", "20260401T100000Z", "Future sync", "me@example.org", "cy@example.com"),
				event("d4", "20260305T100000Z", "Cancelled lunch", "me@example.org", "cy@example.com").replace("SUMMARY",
						"STATUS:CANCELLED\r\nSUMMARY"),
				event("e5", "20260306T100000Z", "Declined", "me@example.org", ";PARTSTAT=DECLINED:mailto:cy@example.com"),
				event("f6", "20260307T100000Z", "Strangers", "x@example.net", "y@example.net"),
				event("g7", "20260308T100000Z", "Two teams", "other@example.org", "me2@example.org", "cy@example.com",
						";PARTSTAT=DECLINED:mailto:bob@example.com"));
		List<CalendarEvent> events = read(ics);
		CapturePreview preview = CapturePreview.compute(plan, events, "test.ics", TODAY, null, List.of("ME2@example.org"),
				null);
		List<CaptureRow> rows = preview.getRows();
		assertEquals(List.of(CaptureStatus.NEW, CaptureStatus.NEW, CaptureStatus.SKIPPED, CaptureStatus.SKIPPED,
				CaptureStatus.SKIPPED, CaptureStatus.SKIPPED, CaptureStatus.NEW),
				rows.stream().map(CaptureRow::getStatus).toList(), preview.getRows().toString());
		assertEquals(List.of(ann), rows.get(0).getContacts(), "matched by a second address, ignoring case");
		assertEquals(Initiator.ME, rows.get(0).getInitiator(), "the user organized it");
		assertEquals(List.of(annDue), rows.get(0).getAnswered());
		assertEquals(Initiator.THEM, rows.get(1).getInitiator());
		assertTrue(rows.get(2).getReason().contains("future"), rows.get(2).getReason());
		assertTrue(rows.get(3).getReason().contains("cancelled"));
		assertTrue(rows.get(4).getReason().contains("declined"));
		assertTrue(rows.get(5).getReason().contains("2 people"), rows.get(5).getReason());
		assertEquals(List.of(cy), rows.get(6).getContacts(), "who declined is left out; the user is never a contact");
		assertEquals(Initiator.MUTUAL, rows.get(6).getInitiator());
		assertEquals("3 new, 0 already logged, 4 skipped", preview.getSummary());
		assertTrue(plan.getInteractions().isEmpty(), "the preview changes nothing");

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		assertTrue(preview.apply(domain));
		assertEquals(3, plan.getInteractions().size());
		Interaction coffee = plan.getInteractions().get(0);
		assertEquals(Channel.MEETING, coffee.getChannel());
		assertEquals("Coffee with Ann", coffee.getSummary());
		assertEquals("a1", coffee.getExternalId());
		assertEquals(LocalDate.of(2026, 3, 10), PlanClock.toLocalDate(coffee.getDate()));
		assertEquals(Initiator.ME, coffee.getInitiatedBy());
		assertEquals(Initiator.THEM, plan.getInteractions().get(1).getInitiatedBy());
		assertEquals(FollowUpStatus.DONE, annDue.getStatus(), "answers the follow-up as Log Interaction does");
		assertSame(coffee, annDue.getAnsweredBy());

		// the same calendar again, with Ann's coffee moved: nothing new
		CapturePreview again = CapturePreview.compute(plan,
				read(ics.replace("20260310T090000Z", "20260311T090000Z")), "test.ics", TODAY, null, List.of(), null);
		assertEquals(3, again.count(CaptureStatus.LOGGED));
		assertTrue(again.getRows().get(0).getMessage().contains("moved"), again.getRows().get(0).getMessage());
		assertFalse(again.apply(domain));

		domain.getCommandStack().undo();
		assertTrue(plan.getInteractions().isEmpty(), "one undo takes the whole capture back");
		assertEquals(FollowUpStatus.OPEN, annDue.getStatus());
		assertNull(annDue.getAnsweredBy());
	}

	@Test
	void sinceLeavesOutOlderEventsAndTheSameUidTwiceIsLoggedOnce() throws Exception {
		NetworkingPlan plan = F.createNetworkingPlan();
		contact(plan, "Bob", "bob@example.com");
		List<CalendarEvent> events = read(calendar(event("old", "20250101T100000Z", "Old", "bob@example.com"),
				event("x", "20260301T100000Z", "Once", "bob@example.com"),
				event("x", "20260302T100000Z", "Copy", "bob@example.com")));
		CapturePreview preview = CapturePreview.compute(plan, events, "t", TODAY, LocalDate.of(2026, 1, 1), List.of(),
				null);
		assertEquals(List.of(CaptureStatus.SKIPPED, CaptureStatus.NEW, CaptureStatus.SKIPPED),
				preview.getRows().stream().map(CaptureRow::getStatus).toList());
		assertTrue(preview.getRows().get(0).getReason().contains("2026-01-01"));
	}

	@Test
	void aRepeatingMeetingIsLoggedOncePerPastOccurrenceAndAMovedOccurrenceStaysTheSameMeeting() throws Exception {
		NetworkingPlan plan = F.createNetworkingPlan();
		Contact bob = contact(plan, "Bob", "bob@example.com");
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		// what an earlier version logged of the series: its first day, under the bare UID
		assertTrue(CapturePreview.compute(plan, read(calendar(event("w", "20260302T100000Z", "1:1", "bob@example.com"))),
				"t", TODAY, null, List.of(), null).apply(domain));

		String weekly = event("w", "20260302T100000Z", "1:1", "bob@example.com").replace("SUMMARY",
				"RRULE:FREQ=WEEKLY\r\nEXDATE:20260309T100000Z\r\nSUMMARY");
		String moved = event("w", "20260317T100000Z", "1:1 (moved)", "bob@example.com").replace("SUMMARY",
				"RECURRENCE-ID:20260316T100000Z\r\nSUMMARY");
		String ics = calendar(weekly, moved);
		List<CalendarEvent> untilToday = new CalendarReader(ZoneOffset.UTC, TODAY)
				.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), "t");
		assertEquals(List.of("w", "w/2026-03-16"), untilToday.stream().map(CalendarEvent::id).toList(),
				"the 9th was taken out (EXDATE), the 16th moved, the 23rd is still to come");
		assertEquals(LocalDate.of(2026, 3, 17), untilToday.get(1).day());
		CapturePreview preview = CapturePreview.compute(plan, untilToday, "t", TODAY, null, List.of(), null);
		assertEquals(List.of(CaptureStatus.LOGGED, CaptureStatus.NEW),
				preview.getRows().stream().map(CaptureRow::getStatus).toList(), preview.getRows().toString());
		assertTrue(preview.apply(domain));
		Interaction second = plan.getInteractions().get(1);
		assertEquals("w/2026-03-16", second.getExternalId());
		assertEquals(LocalDate.of(2026, 3, 17), PlanClock.toLocalDate(second.getDate()));
		assertEquals(List.of(bob), second.getContacts());

		// two weeks later, with the moved occurrence moved once more: only the two new weeks are new
		LocalDate later = LocalDate.of(2026, 3, 31);
		List<CalendarEvent> twoWeeksOn = new CalendarReader(ZoneOffset.UTC, later).read(new ByteArrayInputStream(
				ics.replace("20260317T100000Z", "20260318T100000Z").getBytes(StandardCharsets.UTF_8)), "t");
		CapturePreview next = CapturePreview.compute(plan, twoWeeksOn, "t", later, null, List.of(), null);
		assertEquals(List.of(CaptureStatus.LOGGED, CaptureStatus.LOGGED, CaptureStatus.NEW, CaptureStatus.NEW),
				next.getRows().stream().map(CaptureRow::getStatus).toList(), next.getRows().toString());
		assertTrue(next.apply(domain));
		assertEquals(4, plan.getInteractions().size());
	}

	@Test
	void aSeriesThatStartsInTheFutureIsOneFutureEvent() throws Exception {
		String ics = calendar(event("f", "20260401T100000Z", "Weekly", "bob@example.com").replace("SUMMARY",
				"RRULE:FREQ=WEEKLY\r\nSUMMARY"));
		List<CalendarEvent> events = new CalendarReader(ZoneOffset.UTC, TODAY)
				.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), "t");
		assertEquals(1, events.size());
		assertEquals("f", events.get(0).id());
		assertEquals(LocalDate.of(2026, 4, 1), events.get(0).day());
	}

	@Test
	void aRepeatingEventWithNobodyOnItStaysOneEvent() throws Exception {
		String birthday = "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20260301T000000Z\r\nDTSTART;VALUE=DATE:19800315\r\n"
				+ "RRULE:FREQ=YEARLY\r\nSUMMARY:Ann's birthday\r\nEND:VEVENT\r\n";
		List<CalendarEvent> events = new CalendarReader(ZoneOffset.UTC, TODAY)
				.read(new ByteArrayInputStream(calendar(birthday).getBytes(StandardCharsets.UTF_8)), "t");
		assertEquals(1, events.size(), "not one row for each of 47 years");
	}

	@Test
	void notACalendarIsRefusedWithTheFileName() {
		CaptureException e = assertThrows(CaptureException.class, () -> read("BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n"));
		assertTrue(e.getMessage().contains("test.ics"), e.getMessage());
	}

	static Contact contact(NetworkingPlan plan, String name, String... emails) {
		Contact contact = F.createContact();
		contact.setFirstName(name);
		for (String email : emails) {
			ContactInfo.addEmail(contact, email);
		}
		plan.getContacts().add(contact);
		return contact;
	}
}
