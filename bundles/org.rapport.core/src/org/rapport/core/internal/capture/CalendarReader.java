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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * Reads the events of an iCalendar stream (RFC 5545) with iCal4j, keeping what capture needs. Events are read in
 * the order of the stream; a start with a time zone counts on its day in {@code zone}.
 * <p>
 * A repeating event (RRULE, RDATE, less its EXDATEs) is one meeting per occurrence up to {@code until}: a weekly
 * one-to-one is met every week. Its first occurrence keeps the bare UID (what earlier versions logged for the whole
 * series); every later one is {@code UID/YYYY-MM-DD}, the day it was planned for, so an occurrence moved to another
 * day (a component with that RECURRENCE-ID) is still the same meeting and is never logged twice.
 */
public final class CalendarReader {

	private static final String MAILTO = "mailto:"; //$NON-NLS-1$

	private final ZoneId zone;
	private final LocalDate until;

	/** A reader that lists occurrences of repeating events up to today in {@code zone}. */
	public CalendarReader(ZoneId zone) {
		this(zone, LocalDate.now(zone));
	}

	/** A reader that lists occurrences of repeating events up to and including {@code until}. */
	public CalendarReader(ZoneId zone, LocalDate until) {
		this.zone = zone;
		this.until = until;
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
		List<VEvent> components = calendar.<VEvent>getComponents(Component.VEVENT);
		// moved or changed occurrences of repeating events, by UID and the day each was planned for
		Map<String, Map<LocalDate, VEvent>> overrides = new HashMap<>();
		for (VEvent event : components) {
			LocalDate planned = plannedDay(event);
			String uid = value(event, Property.UID);
			if (planned != null && uid != null) {
				overrides.computeIfAbsent(uid, u -> new LinkedHashMap<>()).put(planned, event);
			}
		}
		List<CalendarEvent> events = new ArrayList<>();
		for (VEvent event : components) {
			String uid = value(event, Property.UID);
			if (uid != null && overrides.containsKey(uid) && plannedDay(event) != null) {
				continue; // listed with its series below, or after all series when the series is missing
			}
			List<LocalDate> occurrences = uid == null ? List.of() : occurrences(event);
			if (occurrences.isEmpty()) {
				events.add(toEvent(event, uid, day(event)));
				continue;
			}
			Map<LocalDate, VEvent> moved = overrides.getOrDefault(uid, Map.of());
			LocalDate first = occurrences.get(0);
			for (LocalDate planned : occurrences) {
				String id = planned.equals(first) ? uid : uid + '/' + planned;
				VEvent override = moved.remove(planned);
				events.add(override == null ? toEvent(event, id, planned) : toEvent(override, id, day(override)));
			}
		}
		overrides.forEach((uid, moved) -> moved
				.forEach((planned, event) -> events.add(toEvent(event, uid + '/' + planned, day(event)))));
		return events;
	}

	/**
	 * The days of a repeating event's occurrences from its start up to {@code until}, in order; empty for an event
	 * that does not repeat, and for a series whose first occurrence is still to come (listed once, as a future
	 * event).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<LocalDate> occurrences(VEvent event) {
		if (event.getProperty(Property.RRULE).isEmpty() && event.getProperty(Property.RDATE).isEmpty()) {
			return List.of();
		}
		if (event.getProperty(Property.ORGANIZER).isEmpty() && event.getProperties(Property.ATTENDEE).isEmpty()) {
			return List.of(); // nobody on it, such as a yearly birthday: one row that says so, not one per year
		}
		try {
			Optional<DtStart<Temporal>> start = event.getStartDate();
			if (start.isEmpty()) {
				return List.of();
			}
			Temporal first = start.get().getDate();
			Temporal end = endOfUntil(first);
			if (end == null || toDay(first) == null || toDay(first).isAfter(until)) {
				return List.of();
			}
			Set<Period<Temporal>> periods = event.calculateRecurrenceSet(new Period(first, end));
			return periods.stream().map(p -> toDay(p.getStart())).filter(d -> d != null && !d.isAfter(until))
					.distinct().sorted().toList();
		} catch (RuntimeException e) {
			return List.of(); // a rule iCal4j cannot expand: the series counts once, as before
		}
	}

	/** The end of the day {@code until}, in the kind of time the event's start is written in. */
	private Temporal endOfUntil(Temporal start) {
		LocalDate after = until.plusDays(1);
		if (start instanceof LocalDate) {
			return after;
		}
		if (start instanceof LocalDateTime) {
			return after.atStartOfDay();
		}
		if (start instanceof ZonedDateTime zoned) {
			return after.atStartOfDay(zone).withZoneSameInstant(zoned.getZone());
		}
		if (start instanceof OffsetDateTime offset) {
			return after.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(offset.getOffset());
		}
		if (start instanceof Instant) {
			return after.atStartOfDay(zone).toInstant();
		}
		return null;
	}

	/** The day an occurrence was planned for, when the component changes one occurrence of a series. */
	private LocalDate plannedDay(VEvent event) {
		try {
			return event.<RecurrenceId<Temporal>>getProperty(Property.RECURRENCE_ID).map(r -> toDay(r.getDate()))
					.orElse(null);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private CalendarEvent toEvent(VEvent event, String uid, LocalDate day) {
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
		return new CalendarEvent(uid, summary, day, organizer, attendees, "CANCELLED".equalsIgnoreCase(status)); //$NON-NLS-1$
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
