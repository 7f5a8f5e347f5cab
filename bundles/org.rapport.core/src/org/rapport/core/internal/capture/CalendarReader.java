/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;

/**
 * Reads the events of an iCalendar stream (RFC 5545) with iCal4j, keeping what capture needs. Events are read in
 * the order of the stream; a start with a time zone counts on its day in {@code zone}.
 */
public final class CalendarReader {

	private static final String MAILTO = "mailto:"; //$NON-NLS-1$

	private final ZoneId zone;

	public CalendarReader(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The events of the stream.
	 *
	 * @param source the file name or URL, for messages
	 * @throws CaptureException when the stream is not iCalendar
	 */
	public List<CalendarEvent> read(InputStream in, String source) throws CaptureException, IOException {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(in);
		} catch (ParserException e) {
			throw new CaptureException(NLS.bind(Messages.Error_unreadable, source, e.getMessage()), e);
		}
		if (calendar == null) {
			throw new CaptureException(NLS.bind(Messages.Error_noCalendar, source));
		}
		List<CalendarEvent> events = new ArrayList<>();
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			events.add(toEvent(event));
		}
		return events;
	}

	private CalendarEvent toEvent(VEvent event) {
		String uid = value(event, Property.UID);
		String summary = value(event, Property.SUMMARY);
		String status = value(event, Property.STATUS);
		String organizer = event.<Organizer>getProperty(Property.ORGANIZER).map(o -> email(o.getCalAddress()))
				.orElse(null);
		List<CalendarEvent.Attendee> attendees = new ArrayList<>();
		for (Property property : event.getProperties(Property.ATTENDEE)) {
			String email = email(((Attendee) property).getCalAddress());
			if (email != null) {
				boolean declined = property.<PartStat>getParameter(Parameter.PARTSTAT)
						.map(p -> "DECLINED".equalsIgnoreCase(p.getValue())).orElse(Boolean.FALSE).booleanValue(); //$NON-NLS-1$
				attendees.add(new CalendarEvent.Attendee(email, declined));
			}
		}
		return new CalendarEvent(uid, summary, day(event), organizer, attendees, "CANCELLED".equalsIgnoreCase(status)); //$NON-NLS-1$
	}

	private LocalDate day(VEvent event) {
		try {
			Optional<DtStart<Temporal>> start = event.getStartDate();
			return start.map(s -> toDay(s.getDate())).orElse(null);
		} catch (RuntimeException e) {
			return null; // an unreadable start is a skip reason, not a broken calendar
		}
	}

	private LocalDate toDay(Temporal temporal) {
		if (temporal instanceof LocalDate date) {
			return date;
		}
		if (temporal instanceof LocalDateTime floating) {
			return floating.toLocalDate();
		}
		if (temporal instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(zone).toLocalDate();
		}
		if (temporal instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(zone).toLocalDate();
		}
		if (temporal instanceof Instant instant) {
			return instant.atZone(zone).toLocalDate();
		}
		return null;
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).filter(v -> !v.isBlank()).map(String::strip)
				.orElse(null);
	}

	/** The address of a {@code mailto:} URI, lower case; {@code null} for anything else. */
	static String email(URI address) {
		if (address == null) {
			return null;
		}
		String text = address.toString().strip();
		if (text.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
			text = text.substring(MAILTO.length());
		}
		return text.contains("@") ? text.toLowerCase(Locale.ROOT) : null; //$NON-NLS-1$
	}
}
