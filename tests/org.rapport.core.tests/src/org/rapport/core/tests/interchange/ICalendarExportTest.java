/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.contacts.PartialDate;
import net.fortuna.ical4j.model.component.VAlarm;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityKind;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.RapportFactory;
import org.rapport.model.derived.PlanClock;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * The iCalendar export, checked by parsing what was written with iCal4j's own parser (in this OSGi runtime,
 * which exercises its service-loader lookups of property and component factories) and validating it.
 */
class ICalendarExportTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private static final Instant EXPORTED_AT = Instant.parse("2026-11-20T15:30:12.345Z");

	@TempDir
	Path dir;

	private NetworkingPlan plan;
	private XMLResource resource;
	private FollowUp open;
	private FollowUp done;
	private FollowUp skipped;
	private FollowUp noContact;
	private Opportunity meetup;
	private Opportunity webinar;

	@BeforeEach
	void setUp() throws Exception {
		PlanClock.set(Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
		RapportFactory factory = RapportFactory.eINSTANCE;
		NetworkingPlan built = factory.createNetworkingPlan();
		built.setName("Calendar plan");

		Contact jane = factory.createContact();
		jane.setFirstName("Jane");
		jane.setLastName("Doe");
		jane.setOrganization("Acme; Widgets, Inc.");
		ContactInfo.addEmail(jane, "jane.doe@example.org");
		ContactInfo.addPhone(jane, "+1 555 0100");
		built.getContacts().add(jane);
		Contact nameless = factory.createContact();
		ContactInfo.addEmail(nameless, "not an address");
		built.getContacts().add(nameless);

		open = followUp(built, jane, FollowUpStatus.OPEN, TODAY.plusDays(3), "Send the article we discussed, with a note");
		open.setAttempt(2);
		open.setMaxAttempts(3);
		open.setOrigin(FollowUpOrigin.INTERACTION);
		done = followUp(built, jane, FollowUpStatus.DONE, TODAY.minusDays(10), "Thank her for the introduction");
		done.setCompletedOn(PlanClock.toDate(TODAY.minusDays(8)));
		skipped = followUp(built, nameless, FollowUpStatus.SKIPPED, TODAY.minusDays(2), null);
		noContact = followUp(built, null, FollowUpStatus.CANCELLED, null, "Someone from the meetup");

		meetup = factory.createOpportunity();
		meetup.setName("Data Engineering Meetup");
		meetup.setKind(OpportunityKind.MEETUP);
		meetup.setDate(PlanClock.toDate(TODAY.plusDays(14)));
		meetup.setPlace("Community Hall, 12 Main St., Springfield");
		meetup.setUrl("https://example.org/meetups/data?id=42&ref=rapport");
		meetup.setStatus(OpportunityStatus.REGISTERED);
		meetup.setEffortHours(2.5);
		meetup.setNotes("Bring business cards.\nAsk about the mentoring programme.");
		built.getOpportunities().add(meetup);
		webinar = factory.createOpportunity();
		webinar.setName("Careers in platform teams");
		webinar.setKind(OpportunityKind.WEBINAR);
		webinar.setOnline(true);
		webinar.setDate(PlanClock.toDate(TODAY.minusDays(1)));
		webinar.setUrl("zoom link in the invitation email");
		webinar.setStatus(OpportunityStatus.DECLINED);
		built.getOpportunities().add(webinar);
		Opportunity undated = factory.createOpportunity();
		undated.setName("Some community, some day");
		built.getOpportunities().add(undated);

		Path file = dir.resolve("calendar.rapport");
		new PlanStore().save(built, file);
		plan = new PlanStore().load(file);
		resource = (XMLResource) plan.eResource();
		open = plan.getFollowUps().get(0);
		done = plan.getFollowUps().get(1);
		skipped = plan.getFollowUps().get(2);
		noContact = plan.getFollowUps().get(3);
		meetup = plan.getOpportunities().get(0);
		webinar = plan.getOpportunities().get(1);
	}

	@AfterEach
	void tearDown() {
		PlanClock.set(null);
	}

	@Test
	void theWrittenCalendarParsesAndValidates() throws Exception {
		String text = export(exporter());
		Calendar calendar = parse(text);

		ValidationResult result = calendar.validate();
		assertFalse(result.hasErrors(), () -> result.toString());
		assertTrue(value(calendar.getProperties(), Property.PRODID).matches("-//Rapport//Rapport \\d+\\.\\d+\\.\\d+//EN"),
				"PRODID names Rapport and its version");
		assertEquals("2.0", value(calendar.getProperties(), Property.VERSION));
		assertEquals(4, calendar.getComponents(Component.VTODO).size(), "every follow-up");
		assertEquals(2, calendar.getComponents(Component.VEVENT).size(), "the dated opportunities only");
	}

	@Test
	void anOpenFollowUpIsATodoWithItsDueDateReasonAttemptAndContact() throws Exception {
		Map<String, VToDo> todos = todos(parse(export(exporter())));
		VToDo todo = todos.get(resource.getID(open) + "@rapport.org");

		assertEquals("Follow up with Jane Doe", value(todo.getProperties(), Property.SUMMARY));
		assertEquals("NEEDS-ACTION", value(todo.getProperties(), Property.STATUS));
		assertEquals("20261123", value(todo.getProperties(), Property.DUE));
		assertEquals("DATE", todo.getProperty(Property.DUE).get().getParameter("VALUE").get().getValue());
		String description = value(todo.getProperties(), Property.DESCRIPTION);
		assertTrue(description.contains("Send the article we discussed, with a note"), description);
		assertTrue(description.contains("Attempt 2 of 3"), description);
		assertTrue(description.contains("interaction"), description);
		Property attendee = todo.getProperty(Property.ATTENDEE).get();
		assertEquals(URI.create("mailto:jane.doe@example.org"), URI.create(attendee.getValue()));
		assertEquals("Jane Doe", attendee.getParameter("CN").get().getValue());
		String contact = value(todo.getProperties(), Property.CONTACT);
		assertTrue(contact.startsWith("Jane Doe, Acme; Widgets, Inc., jane.doe@example.org"), contact);
		assertEquals("20261120T153012Z", value(todo.getProperties(), Property.DTSTAMP), "stamped when exported, to the second");
	}

	@Test
	void closedFollowUpsCarryTheirStatus() throws Exception {
		Map<String, VToDo> todos = todos(parse(export(exporter())));

		VToDo completed = todos.get(resource.getID(done) + "@rapport.org");
		assertEquals("COMPLETED", value(completed.getProperties(), Property.STATUS));
		// the day it was done, at the start of that day in the plan's zone, in UTC
		assertEquals("20261112T050000Z", value(completed.getProperties(), Property.COMPLETED));
		assertEquals("Attempt 1 of 1", value(completed.getProperties(), Property.DESCRIPTION).lines().toList().get(1));

		VToDo skippedTodo = todos.get(resource.getID(skipped) + "@rapport.org");
		assertEquals("CANCELLED", value(skippedTodo.getProperties(), Property.STATUS));
		assertEquals("Follow up with not an address", value(skippedTodo.getProperties(), Property.SUMMARY),
				"an unnamed contact is called by what the plan knows of them");
		assertTrue(skippedTodo.getProperty(Property.ATTENDEE).isEmpty(), "no ATTENDEE without a usable address");

		VToDo cancelled = todos.get(resource.getID(noContact) + "@rapport.org");
		assertEquals("CANCELLED", value(cancelled.getProperties(), Property.STATUS));
		assertEquals("Follow up", value(cancelled.getProperties(), Property.SUMMARY));
		assertTrue(cancelled.getProperty(Property.DUE).isEmpty());
	}

	@Test
	void opportunitiesAreAllDayEventsWithPlaceAndLink() throws Exception {
		Calendar calendar = parse(export(exporter()));
		Map<String, VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
				.collect(Collectors.toMap(e -> value(e.getProperties(), Property.UID), Function.identity()));

		VEvent event = events.get(resource.getID(meetup) + "@rapport.org");
		assertEquals("Data Engineering Meetup", value(event.getProperties(), Property.SUMMARY));
		assertEquals("20261204", value(event.getProperties(), Property.DTSTART));
		assertEquals("DATE", event.getProperty(Property.DTSTART).get().getParameter("VALUE").get().getValue());
		assertEquals("Community Hall, 12 Main St., Springfield", value(event.getProperties(), Property.LOCATION));
		assertEquals("https://example.org/meetups/data?id=42&ref=rapport", value(event.getProperties(), Property.URL));
		assertEquals("CONFIRMED", value(event.getProperties(), Property.STATUS));
		String description = value(event.getProperties(), Property.DESCRIPTION);
		assertTrue(description.contains("Meetup, offline"), description);
		assertTrue(description.contains("Effort: 2.5 hours"), description);
		assertTrue(description.contains("Bring business cards.\nAsk about the mentoring programme."), description);

		VEvent declined = events.get(resource.getID(webinar) + "@rapport.org");
		assertEquals("CANCELLED", value(declined.getProperties(), Property.STATUS));
		assertTrue(declined.getProperty(Property.URL).isEmpty(), "a link that is not a URI is no URL property");
		assertTrue(value(declined.getProperties(), Property.DESCRIPTION).contains("Link: zoom link in the invitation email"));
		assertTrue(value(declined.getProperties(), Property.DESCRIPTION).contains("Webinar, online"));
	}

	@Test
	void uidsAreStableAcrossExports() throws Exception {
		String first = export(exporter());
		String later = export(new ICalendarExporter(Clock.fixed(EXPORTED_AT.plusSeconds(86_400), ZoneOffset.UTC)));

		assertEquals(uids(parse(first)), uids(parse(later)));
		assertNotEquals(first, later, "only the stamps differ");
		assertEquals(first.replaceAll("DTSTAMP:\\S+", ""), later.replaceAll("DTSTAMP:\\S+", ""));
	}

	@Test
	void openOnlyLeavesClosedFollowUpsOut() throws Exception {
		Calendar calendar = parse(export(exporter().setOpenFollowUpsOnly(true)));

		List<VToDo> todos = calendar.getComponents(Component.VTODO);
		assertEquals(1, todos.size());
		assertEquals(resource.getID(open) + "@rapport.org", value(todos.get(0).getProperties(), Property.UID));
	}

	@Test
	void theOutputIsFoldedWithCrlf() throws Exception {
		String text = export(exporter());

		assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"));
		assertTrue(text.endsWith("END:VCALENDAR\r\n"));
		for (String line : text.split("\r\n")) {
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "not folded: " + line);
			assertFalse(line.contains("\n"), "bare line feeds are escaped as \\n");
		}
	}

	@Test
	void theSamplePlanExportsToAValidCalendar() throws Exception {
		Path file = dir.resolve("sample.rapport");
		new PlanStore().save(SamplePlan.create(TODAY), file);
		NetworkingPlan sample = new PlanStore().load(file);
		Path ics = dir.resolve("sample.ics");

		ICalendarExporter.Written written = exporter().export(sample, ics);

		Calendar calendar = parse(Files.readString(ics, StandardCharsets.UTF_8));
		ValidationResult result = calendar.validate();
		assertFalse(result.hasErrors(), () -> result.toString());
		assertEquals(sample.getFollowUps().size(), calendar.getComponents(Component.VTODO).size());
		long dated = sample.getOpportunities().stream().filter(o -> o.getDate() != null).count()
				+ sample.getContacts().stream().filter(c -> c.getBirthday() != null).count()
				+ sample.getContacts().stream().mapToLong(c -> c.getImportantDates().size()).sum();
		assertTrue(dated > sample.getOpportunities().size(), "the sample's birthdays and dates are events too");
		assertEquals(dated, calendar.getComponents(Component.VEVENT).size());
		assertEquals(sample.getFollowUps().size() + dated, uids(calendar).size(), "every UID unique");
		assertEquals(new ICalendarExporter.Written(ics, sample.getFollowUps().size(), (int) dated), written,
				"the export says what it wrote");
	}

	@Test
	void aPlanThatIsPartOfAnotherObjectCannotBeExportedButAnUnsavedOneCan() throws Exception {
		NetworkingPlan unsaved = RapportFactory.eINSTANCE.createNetworkingPlan();
		FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
		unsaved.getFollowUps().add(followUp);

		Calendar calendar = exporter().toCalendar(unsaved);

		String uid = value(calendar.getComponents(Component.VTODO).get(0).getProperties(), Property.UID);
		assertTrue(uid.endsWith("@rapport.org"));
		assertEquals(uid, value(exporter().toCalendar(unsaved).getComponents(Component.VTODO).get(0).getProperties(),
				Property.UID), "the same without an id too, as long as the plan's structure is");
		assertThrows(NullPointerException.class, () -> exporter().toCalendar(null));
	}

	@Test
	void birthdaysAndImportantDatesAreYearlyAllDayEvents() throws Exception {
		Contact jane = plan.getContacts().get(0);
		jane.setBirthday(PartialDate.of(1985, 7, 14));
		ImportantDate anniversary = RapportFactory.eINSTANCE.createImportantDate();
		anniversary.setLabel("anniversary");
		anniversary.setDate(PartialDate.of(6, 1));
		jane.getImportantDates().add(anniversary);
		Contact leap = plan.getContacts().get(1);
		leap.setFirstName("Łucja Ōno");
		leap.setBirthday(PartialDate.of(2, 29));

		String text = export(exporter());
		Calendar calendar = parse(text);
		assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
		Map<String, VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
				.collect(Collectors.toMap(e -> value(e.getProperties(), Property.SUMMARY), Function.identity()));
		VEvent birthday = events.get("Birthday: Jane Doe");
		assertEquals("19850714", value(birthday.getProperties(), Property.DTSTART), "from the day itself, all day");
		assertTrue(text.contains("DTSTART;VALUE=DATE:19850714\r\n"), text);
		assertEquals("FREQ=YEARLY", value(birthday.getProperties(), Property.RRULE));
		assertEquals("TRANSPARENT", value(birthday.getProperties(), Property.TRANSP));
		assertEquals(resource.getID(jane) + "-birthday@rapport.org", value(birthday.getProperties(), Property.UID));
		VEvent date = events.get("Anniversary: Jane Doe");
		assertEquals("20260601", value(date.getProperties(), Property.DTSTART), "without the year: from the export's year");
		assertEquals("FREQ=YEARLY", value(date.getProperties(), Property.RRULE));
		VEvent leapDay = events.get("Birthday: Łucja Ōno");
		assertEquals("20260228", value(leapDay.getProperties(), Property.DTSTART));
		assertEquals("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", value(leapDay.getProperties(), Property.RRULE),
				"February 29 comes round on the last day of February");
		assertTrue(birthday.getComponents(Component.VALARM).isEmpty(), "no reminder unless asked for");
		for (byte[] line : lines(text.getBytes(StandardCharsets.UTF_8))) {
			assertTrue(line.length <= 75, "folded at 75 octets");
		}
	}

	@Test
	void followUpsCanBeAllDayEventsTooWithAReminder() throws Exception {
		String text = export(exporter().setFollowUpEvents(true).setReminderDaysBefore(1));
		Calendar calendar = parse(text);
		assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
		assertEquals(4, calendar.getComponents(Component.VTODO).size(), "the to-dos are still there");
		Map<String, VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
				.collect(Collectors.toMap(e -> value(e.getProperties(), Property.UID), Function.identity()));
		VEvent event = events.get(resource.getID(open) + "-event@rapport.org");
		assertNotNull(event, "an event beside the to-do, with a UID of its own");
		assertEquals(TODAY.plusDays(3).toString().replace("-", ""), value(event.getProperties(), Property.DTSTART));
		assertEquals("Follow up with Jane Doe", value(event.getProperties(), Property.SUMMARY));
		List<VAlarm> alarms = event.getComponents(Component.VALARM);
		assertEquals(1, alarms.size());
		assertEquals("-PT15H", value(alarms.get(0).getProperties(), Property.TRIGGER), "9:00 the day before");
		assertEquals("DISPLAY", value(alarms.get(0).getProperties(), Property.ACTION));
		VEvent doneEvent = events.get(resource.getID(done) + "-event@rapport.org");
		assertEquals("Done: follow up with Jane Doe", value(doneEvent.getProperties(), Property.SUMMARY));
		assertTrue(doneEvent.getComponents(Component.VALARM).isEmpty(), "no reminder of what was done");
		assertEquals(null, events.get(resource.getID(noContact) + "-event@rapport.org"), "no due date, no event");
		assertEquals("PT9H", value(parse(export(exporter().setFollowUpEvents(true).setReminderDaysBefore(0)))
				.<VEvent>getComponents(Component.VEVENT).stream().filter(e -> !e.getComponents(Component.VALARM).isEmpty())
				.findFirst().orElseThrow().<VAlarm>getComponents(Component.VALARM).get(0).getProperties(), Property.TRIGGER));
	}

	@Test
	void aPlanWithNothingDatedIsNotWrittenAndSaysWhy() throws Exception {
		NetworkingPlan empty = RapportFactory.eINSTANCE.createNetworkingPlan();
		empty.getContacts().add(RapportFactory.eINSTANCE.createContact());
		Path ics = dir.resolve("empty.ics");
		ICalendarExporter.NothingDatedException e = assertThrows(ICalendarExporter.NothingDatedException.class,
				() -> exporter().export(empty, ics));
		assertEquals("the plan has nothing for a calendar: no follow-ups, no opportunities with a date, no birthdays or"
				+ " important dates. No file was written.", e.getMessage());
		assertFalse(Files.exists(ics));
		assertThrows(ICalendarExporter.NothingDatedException.class,
				() -> exporter().setOpenFollowUpsOnly(true).export(onlyDone(), ics), "only closed follow-ups, left out");
	}

	private static NetworkingPlan onlyDone() {
		NetworkingPlan p = RapportFactory.eINSTANCE.createNetworkingPlan();
		followUp(p, null, FollowUpStatus.DONE, TODAY, "done");
		return p;
	}

	private static List<byte[]> lines(byte[] file) {
		List<byte[]> lines = new java.util.ArrayList<>();
		int start = 0;
		for (int i = 0; i + 1 < file.length; i++) {
			if (file[i] == '\r' && file[i + 1] == '\n') {
				lines.add(java.util.Arrays.copyOfRange(file, start, i));
				start = i + 2;
			}
		}
		return lines;
	}

	// --- helpers -------------------------------------------------------------------------------------------

	private static FollowUp followUp(NetworkingPlan plan, Contact contact, FollowUpStatus status, LocalDate due,
			String reason) {
		FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
		followUp.setContact(contact);
		followUp.setStatus(status);
		followUp.setDueDate(PlanClock.toDate(due));
		followUp.setReason(reason);
		plan.getFollowUps().add(followUp);
		return followUp;
	}

	private static ICalendarExporter exporter() {
		return new ICalendarExporter(Clock.fixed(EXPORTED_AT, ZoneOffset.UTC));
	}

	private String export(ICalendarExporter exporter) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.write(plan, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static Map<String, VToDo> todos(Calendar calendar) {
		return calendar.<VToDo>getComponents(Component.VTODO).stream()
				.collect(Collectors.toMap(t -> value(t.getProperties(), Property.UID), Function.identity()));
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.getComponents().stream().map(c -> value(c.getProperties(), Property.UID)).toList();
	}

	private static String value(List<Property> properties, String name) {
		return properties.stream().filter(p -> p.getName().equals(name)).findFirst()
				.map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
	}
}
