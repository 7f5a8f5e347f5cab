/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.time.LocalDate;
import java.util.List;

/**
 * What capture needs of one calendar event: its UID (for a later occurrence of a repeating event the UID and the
 * day it was planned for, {@code UID/YYYY-MM-DD}), summary, day, organizer and attendees (e-mail addresses,
 * lower case), and whether it was cancelled. {@code day} is {@code null} when the event has no readable start.
 */
public record CalendarEvent(String uid, String summary, LocalDate day, String organizer, List<Attendee> attendees,
		boolean cancelled) implements Captured {

	public CalendarEvent {
		attendees = List.copyOf(attendees);
	}

	/** An attendee: the address, and whether they declined the invitation. */
	public record Attendee(String email, boolean declined) {
	}

	@Override
	public CaptureKind kind() {
		return CaptureKind.MEETINGS;
	}

	@Override
	public String id() {
		return uid;
	}

	@Override
	public String from() {
		return organizer;
	}

	@Override
	public List<String> with() {
		return attendees.stream().filter(a -> !a.declined()).map(Attendee::email).toList();
	}

	@Override
	public List<String> declined() {
		return attendees.stream().filter(Attendee::declined).map(Attendee::email).toList();
	}

	@Override
	public String excluded() {
		return cancelled ? Messages.Skip_cancelled : null;
	}
}
