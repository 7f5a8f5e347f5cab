/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.core.internal.capture.CalendarSource;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureRow;
import org.rapport.core.internal.capture.CaptureStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.tests.support.RadicaleServer;

/** Capture from a real CalDAV server (Radicale on 127.0.0.1), including an event moved on the server. */
public class CalDavCaptureTest {

	@RegisterExtension
	static final RadicaleServer SERVER = new RadicaleServer();

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Test
	void meetingsOfACalDavCalendarAreCapturedOnceEvenAfterTheyMoveOnTheServer() throws Exception {
		SERVER.createCalendar("work");
		SERVER.put("work", "a", CalendarCaptureTest.calendar(
				CalendarCaptureTest.event("caldav-a", "20260310T090000Z", "Coffee with Ann", "ann@example.com")));
		SERVER.put("work", "b", CalendarCaptureTest.calendar(
				CalendarCaptureTest.event("caldav-b", "20260312T090000Z", "All hands", "boss@example.net")));
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		CalendarCaptureTest.contact(plan, "Ann", "ann@example.com");
		CalendarSource source = new CalendarSource(ZoneOffset.UTC);

		CapturePreview preview = CapturePreview.compute(plan, source.read(SERVER.url("work")), "work", TODAY, null,
				List.of(), null);
		assertEquals(1, preview.count(CaptureStatus.NEW), preview.getRows().toString());
		assertEquals(1, preview.count(CaptureStatus.SKIPPED));
		preview.apply(new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack()));
		assertEquals("caldav-a", plan.getInteractions().get(0).getExternalId());

		// the event is moved on the server (as a phone would): still the same meeting
		SERVER.put("work", "a", CalendarCaptureTest.calendar(
				CalendarCaptureTest.event("caldav-a", "20260311T090000Z", "Coffee with Ann", "ann@example.com")));
		CapturePreview again = CapturePreview.compute(plan, source.read(SERVER.url("work")), "work", TODAY, null,
				List.of(), null);
		CaptureRow moved = again.getRows().stream().filter(r -> "caldav-a".equals(r.getItem().id())).findFirst()
				.orElseThrow();
		assertEquals(CaptureStatus.LOGGED, moved.getStatus());
		assertEquals(LocalDate.of(2026, 3, 11), moved.getItem().day());
		assertEquals(0, again.count(CaptureStatus.NEW));
	}

	@Test
	void aMissingCalendarAndAServerThatIsNotThereAreSaidSo() {
		CalendarSource source = new CalendarSource(ZoneOffset.UTC);
		CaptureException missing = assertThrows(CaptureException.class, () -> source.read(SERVER.url("nowhere")));
		assertTrue(missing.getMessage().contains("no calendar"), missing.getMessage());
		CaptureException gone = assertThrows(CaptureException.class, () -> source.read("http://127.0.0.1:1/cal/"));
		assertTrue(gone.getMessage().contains("cannot reach the server"), gone.getMessage());
		CaptureException plain = assertThrows(CaptureException.class, () -> source.read("http://example.org/cal/"));
		assertTrue(plain.getMessage().contains("https"), plain.getMessage());
	}
}
