/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.OctetFoldingWriter;
import org.rapport.core.internal.interchange.ProductId;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.ImportantDate;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.derived.ContactDerivations;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.validation.PlanLabels;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Completed;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Exports a plan's follow-ups and opportunities as iCalendar (RFC 5545), for calendar and task applications.
 * <ul>
 * <li>Every follow-up becomes a {@code VTODO}: {@code SUMMARY} "Follow up with <i>name</i>", {@code DUE}
 * (a date), {@code STATUS} {@code NEEDS-ACTION} (open), {@code COMPLETED} (done, with the day it was done) or
 * {@code CANCELLED} (skipped or cancelled), a {@code DESCRIPTION} with the reason and "attempt N of M", the
 * contact as {@code CONTACT} and, with an email address, as {@code ATTENDEE}. Closed follow-ups are included
 * so that importing a newer export into a calendar closes what was done; {@link #setOpenFollowUpsOnly} leaves
 * them out.</li>
 * <li>Every opportunity with a date becomes a {@code VEVENT}: an all-day {@code DTSTART}, {@code SUMMARY},
 * {@code LOCATION} (the place), {@code URL} (the link), {@code STATUS} and a {@code DESCRIPTION} (kind, online
 * or not, notes). Opportunities without a date have no place in a calendar and are left out.</li>
 * <li>Every birthday and important date is a yearly all-day {@code VEVENT} ({@code RRULE:FREQ=YEARLY},
 * {@code TRANSP:TRANSPARENT}): "Birthday: <i>name</i>", "Anniversary: <i>name</i>". A date with its year starts on
 * that day; one without starts in the year of the export (so no calendar shows a made-up age); February 29 recurs
 * on the last day of February.</li>
 * <li>With {@link #setFollowUpEvents}, every follow-up is also an all-day {@code VEVENT} on its due date, for
 * calendars that hide tasks; with {@link #setReminderDaysBefore}, the events of open follow-ups, birthdays and
 * dates carry a {@code VALARM} at {@value #REMINDER_HOUR}:00 that many days before.</li>
 * </ul>
 * A plan with none of these is not written: {@link NothingDatedException} says so.
 * Each component's {@code UID} is derived from the model object's {@code xmi:id}, so exporting again and
 * importing into the same calendar updates entries instead of duplicating them. Dates are calendar days in
 * the zone of {@link org.rapport.model.derived.PlanClock}, as everywhere in Rapport. The calendar is
 * validated before anything is written.
 * <p>
 * Headless, usable in plain Java and in OSGi. Instances are not thread-safe while being configured.
 * </p>
 */
public final class ICalendarExporter {

	/** The {@code PRODID} of exported calendars. */
	public static final String PRODUCT_ID = ProductId.get();

	/** The right-hand side of exported {@code UID}s, which makes them globally unique (RFC 5545, 3.8.4.7). */
	public static final String UID_DOMAIN = "rapport.org"; //$NON-NLS-1$

	/** The usual file extension of exports, without the dot. */
	public static final String FILE_EXTENSION = "ics"; //$NON-NLS-1$

	/** The media type of exports. */
	public static final String MEDIA_TYPE = "text/calendar"; //$NON-NLS-1$

	/** The hour of the day a reminder ({@code VALARM}) of an all-day event goes off, days before it. */
	public static final int REMINDER_HOUR = 9;

	private final Clock clock;
	private final AtomicFileWriter writer;
	private boolean openFollowUpsOnly;
	private boolean followUpEvents;
	private Integer reminderDaysBefore;

	/**
	 * The plan has nothing a calendar can hold: no follow-up (none open, with {@link #setOpenFollowUpsOnly}), no
	 * opportunity with a date, no birthday or important date. Nothing was written.
	 */
	public static final class NothingDatedException extends IOException {
		private static final long serialVersionUID = 1L;

		NothingDatedException() {
			super(Messages.Export_nothingDated);
		}
	}

	/** An exporter that stamps components with the current time. */
	public ICalendarExporter() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock gives the {@code DTSTAMP} of the components (when the export was made); its zone does not
	 *              matter
	 */
	public ICalendarExporter(Clock clock) {
		this(clock, new AtomicFileWriter(false, UnaryOperator.identity()));
	}

	/** An exporter that writes files with the given writer. */
	public ICalendarExporter(Clock clock, AtomicFileWriter writer) {
		this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
		this.writer = Objects.requireNonNull(writer, "writer"); //$NON-NLS-1$
	}

	/** Whether only open follow-ups are exported (default {@code false}: all of them, with their status). */
	public ICalendarExporter setOpenFollowUpsOnly(boolean openOnly) {
		this.openFollowUpsOnly = openOnly;
		return this;
	}

	public boolean isOpenFollowUpsOnly() {
		return openFollowUpsOnly;
	}

	/**
	 * Whether each follow-up is also written as an all-day {@code VEVENT} on its due date (default {@code false}):
	 * many calendar applications do not show tasks.
	 */
	public ICalendarExporter setFollowUpEvents(boolean events) {
		this.followUpEvents = events;
		return this;
	}

	public boolean isFollowUpEvents() {
		return followUpEvents;
	}

	/**
	 * A reminder ({@code VALARM}, shown by the calendar) on the all-day events of open follow-ups, birthdays and
	 * important dates, at {@value #REMINDER_HOUR}:00 that many days before (0: on the day); {@code null} for none,
	 * the default.
	 *
	 * @throws IllegalArgumentException for a negative number of days
	 */
	public ICalendarExporter setReminderDaysBefore(Integer days) {
		if (days != null && days.intValue() < 0) {
			throw new IllegalArgumentException("days before: " + days); //$NON-NLS-1$
		}
		this.reminderDaysBefore = days;
		return this;
	}

	public Integer getReminderDaysBefore() {
		return reminderDaysBefore;
	}

	/**
	 * The plan as a calendar: a {@code VTODO} per follow-up and a {@code VEVENT} per dated opportunity, in the
	 * plan's order.
	 */
	public Calendar toCalendar(NetworkingPlan plan) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		// one stamp for the whole export: it tells when this revision of every entry was made
		Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (FollowUp followUp : plan.getFollowUps()) {
			if (!openFollowUpsOnly || followUp.getStatus() == FollowUpStatus.OPEN) {
				calendar.add((CalendarComponent) toDo(followUp, stamp));
				if (followUpEvents && followUp.getDueDate() != null) {
					calendar.add((CalendarComponent) followUpEvent(followUp, stamp));
				}
			}
		}
		for (Opportunity opportunity : plan.getOpportunities()) {
			if (opportunity.getDate() != null) {
				calendar.add((CalendarComponent) event(opportunity, stamp));
			}
		}
		int thisYear = PlanClock.today().getYear();
		for (Contact contact : plan.getContacts()) {
			if (contact.getBirthday() != null) {
				calendar.add((CalendarComponent) yearly(uidOf(contact, "birthday"), contact.getBirthday(), //$NON-NLS-1$
						NLS.bind(Messages.Birthday_summary, contactName(contact)),
						contact.getBirthday().hasYear() ? NLS.bind(Messages.Birthday_born, contact.getBirthday()) : null,
						Messages.Birthday_category, thisYear, stamp));
			}
			for (ImportantDate date : contact.getImportantDates()) {
				if (date.getDate() != null) {
					String label = notBlank(date.getLabel()) ? PlanLabels.capitalize(date.getLabel().strip()) : Messages.Date_unlabelled;
					calendar.add((CalendarComponent) yearly(uid(date), date.getDate(),
							NLS.bind(Messages.Date_summary, label, contactName(contact)),
							date.getDate().hasYear() ? NLS.bind(Messages.Date_since, date.getDate()) : null,
							Messages.Date_category, thisYear, stamp));
				}
			}
		}
		return calendar;
	}

	/**
	 * A yearly all-day event: {@code RRULE:FREQ=YEARLY} from the date itself, or, without the year, from the day in
	 * {@code yearWithout} (the year of the export: a calendar then shows no made-up age). February 29 recurs on the
	 * last day of February ({@code BYMONTH=2;BYMONTHDAY=-1}), so it is there in other years too.
	 */
	private VEvent yearly(String uid, PartialDate date, String summary, String description, String category,
			int yearWithout, Instant stamp) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uid));
		event.add(new DtStamp(stamp));
		// in a year that is not a leap year, February 29 falls on the 28th: the last day of February, as the rule says
		LocalDate start = date.hasYear() ? date.toLocalDate() : date.in(yearWithout);
		event.add(new DtStart<>(start));
		boolean leapDay = date.getMonth() == 2 && date.getDay() == 29;
		event.add(new RRule<LocalDate>(leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY")); //$NON-NLS-1$ //$NON-NLS-2$
		event.add(new Summary(summary));
		if (description != null) {
			event.add(new Description(description));
		}
		event.add(new Categories(category));
		// a birthday does not make anyone busy
		event.add(ImmutableTransp.TRANSPARENT);
		alarm(event, summary);
		return event;
	}

	/** A follow-up as an all-day event on its due date, for calendars that do not show tasks. */
	private VEvent followUpEvent(FollowUp followUp, Instant stamp) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uidOf(followUp, "event"))); //$NON-NLS-1$
		event.add(new DtStamp(stamp));
		event.add(new DtStart<>(day(followUp.getDueDate())));
		Contact contact = followUp.getContact();
		String name = contact == null ? null : contactName(contact);
		FollowUpStatus status = followUp.getStatus() == null ? FollowUpStatus.OPEN : followUp.getStatus();
		String summary = status == FollowUpStatus.DONE
				? name == null ? Messages.FollowUp_doneSummaryNoContact : NLS.bind(Messages.FollowUp_doneSummary, name)
				: name == null ? Messages.FollowUp_summaryNoContact : NLS.bind(Messages.FollowUp_summary, name);
		event.add(new Summary(summary));
		event.add(new Description(description(followUp)));
		event.add(new Categories(Messages.FollowUp_category));
		event.add(new Status(status == FollowUpStatus.SKIPPED || status == FollowUpStatus.CANCELLED ? Status.VALUE_CANCELLED
				: Status.VALUE_CONFIRMED));
		event.add(ImmutableTransp.TRANSPARENT);
		if (status == FollowUpStatus.OPEN) {
			alarm(event, summary);
		}
		return event;
	}

	/** The reminder, when one is asked for: at the reminder hour, so many days before the all-day event. */
	private void alarm(VEvent event, String summary) {
		if (reminderDaysBefore == null) {
			return;
		}
		VAlarm alarm = new VAlarm(java.time.Duration.ofHours(REMINDER_HOUR - 24L * reminderDaysBefore.intValue()));
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description(summary));
		event.add(alarm);
	}

	/** The UID of a second component for one model object: its id with a suffix, at {@value #UID_DOMAIN}. */
	private static String uidOf(EObject object, String suffix) {
		String uid = uid(object);
		return uid.substring(0, uid.length() - UID_DOMAIN.length() - 1) + '-' + suffix + '@' + UID_DOMAIN;
	}

	/**
	 * Writes the plan's calendar to a stream, in UTF-8 with CRLF line ends and folded lines.
	 *
	 * @throws IOException when writing fails, or when the calendar does not pass iCal4j's validation (then
	 *                     nothing has been written)
	 */
	public void write(NetworkingPlan plan, OutputStream out) throws IOException {
		write(toCalendar(plan), out);
	}

	private static void write(Calendar calendar, OutputStream out) throws IOException {
		if (calendar.getComponents().isEmpty()) {
			// RFC 5545 asks for at least one component: say so in words rather than in the validator's
			throw new NothingDatedException();
		}
		// validate before the first byte, so that a failed export leaves nothing half-written behind
		ValidationResult result;
		try {
			result = calendar.validate();
		} catch (ValidationException e) {
			throw new IOException(NLS.bind(Messages.Export_invalidCalendar, e.getMessage()), e);
		}
		if (result.hasErrors()) {
			throw new IOException(NLS.bind(Messages.Export_invalidCalendar, result.toString()));
		}
		// closing the writer flushes it (whether or not the outputter closes it too), but not the caller's stream
		// iCal4j folds by characters: lines are folded by octets here instead (RFC 5545, 3.1), never inside a character
		try (Writer text = new OctetFoldingWriter(new OutputStreamWriter(new UnclosedOutputStream(out), StandardCharsets.UTF_8))) {
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
		} catch (ValidationException e) {
			throw new IOException(NLS.bind(Messages.Export_invalidCalendar, e.getMessage()), e);
		}
	}

	/** What an export wrote: the file, its follow-ups ({@code VTODO}s) and its events ({@code VEVENT}s). */
	public record Written(Path file, int followUps, int events) {
	}

	/**
	 * Writes the plan's calendar to a file, atomically.
	 *
	 * @return what the file holds, counted in the calendar that was written
	 * @throws IOException when the calendar is invalid or the file cannot be written; the file is then unchanged
	 */
	public Written export(NetworkingPlan plan, Path target) throws IOException {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Calendar calendar = toCalendar(plan);
		if (calendar.getComponents().isEmpty()) {
			throw new NothingDatedException();
		}
		writer.write(target, out -> write(calendar, out));
		return new Written(target, calendar.getComponents(Component.VTODO).size(),
				calendar.getComponents(Component.VEVENT).size());
	}

	/**
	 * The {@code UID} of the component exported for a model object: its {@code xmi:id} (a UUID in plan
	 * files) at {@value #UID_DOMAIN}. An object without an id (never saved) gets a name-based UUID of its
	 * path in the plan, which is stable as long as the plan's structure is.
	 */
	public static String uid(EObject object) {
		Resource resource = object.eResource();
		String id = resource instanceof XMLResource xmlResource ? xmlResource.getID(object) : null;
		if (id == null || id.isBlank()) {
			String path = resource != null ? resource.getURIFragment(object) : EcoreUtil.getURI(object).fragment();
			id = UUID.nameUUIDFromBytes(String.valueOf(path).getBytes(StandardCharsets.UTF_8)).toString();
		}
		return id + '@' + UID_DOMAIN;
	}

	private VToDo toDo(FollowUp followUp, Instant stamp) {
		VToDo toDo = new VToDo(false);
		toDo.add(new Uid(uid(followUp)));
		toDo.add(new DtStamp(stamp));
		Contact contact = followUp.getContact();
		toDo.add(new Summary(contact == null ? Messages.FollowUp_summaryNoContact
				: NLS.bind(Messages.FollowUp_summary, contactName(contact))));
		LocalDate due = day(followUp.getDueDate());
		if (due != null) {
			toDo.add(new Due<>(due));
		}
		FollowUpStatus status = followUp.getStatus() == null ? FollowUpStatus.OPEN : followUp.getStatus();
		switch (status) {
		case DONE -> {
			toDo.add(new Status(Status.VALUE_COMPLETED));
			if (followUp.getCompletedOn() != null) {
				// COMPLETED is a UTC date-time; the model only knows the day
				toDo.add(new Completed(startOfDay(followUp.getCompletedOn())));
			}
		}
		case SKIPPED, CANCELLED -> toDo.add(new Status(Status.VALUE_CANCELLED));
		default -> toDo.add(new Status(Status.VALUE_NEEDS_ACTION));
		}
		toDo.add(new Description(description(followUp)));
		toDo.add(new Categories(Messages.FollowUp_category));
		if (contact != null) {
			toDo.add(new net.fortuna.ical4j.model.property.Contact(contactDetails(contact)));
			Attendee attendee = attendee(contact);
			if (attendee != null) {
				toDo.add(attendee);
			}
		}
		return toDo;
	}

	/** The reason, "Attempt N of M" and the origin of a follow-up, a line each. */
	private static String description(FollowUp followUp) {
		List<String> description = new ArrayList<>();
		if (notBlank(followUp.getReason())) {
			description.add(NLS.bind(Messages.FollowUp_reason, followUp.getReason().strip()));
		}
		description.add(NLS.bind(Messages.FollowUp_attempt, Integer.toString(followUp.getAttempt()),
				Integer.toString(Math.max(followUp.getAttempt(), followUp.getMaxAttempts()))));
		if (followUp.getOrigin() != null && followUp.getOrigin() != FollowUpOrigin.MANUAL) {
			description.add(NLS.bind(Messages.FollowUp_origin, followUp.getOrigin().getLiteral()));
		}
		return String.join("\n", description); //$NON-NLS-1$
	}

	private VEvent event(Opportunity opportunity, Instant stamp) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uid(opportunity)));
		event.add(new DtStamp(stamp));
		// an all-day event: DTSTART with a DATE value and no DTEND lasts that one day (RFC 5545, 3.6.1)
		event.add(new DtStart<>(day(opportunity.getDate())));
		event.add(new Summary(notBlank(opportunity.getName()) ? opportunity.getName().strip()
				: Messages.Opportunity_unnamed));
		if (notBlank(opportunity.getPlace())) {
			event.add(new Location(opportunity.getPlace().strip()));
		}
		List<String> description = new ArrayList<>();
		if (opportunity.getKind() != null) {
			description.add(NLS.bind(Messages.Opportunity_kind, PlanLabels.capitalize(opportunity.getKind().getLiteral()),
					opportunity.isOnline() ? Messages.Opportunity_online : Messages.Opportunity_offline));
		}
		if (opportunity.getStatus() != null) {
			description.add(NLS.bind(Messages.Opportunity_status, opportunity.getStatus().getLiteral()));
		}
		if (notBlank(opportunity.getUrl())) {
			URI url = absoluteUri(opportunity.getUrl().strip());
			if (url != null) {
				event.add(new Url(url));
			} else {
				// a link the person typed that is not a URI still belongs with the event, as text
				description.add(NLS.bind(Messages.Opportunity_link, opportunity.getUrl().strip()));
			}
		}
		if (opportunity.getEffortHours() > 0) {
			description.add(NLS.bind(Messages.Opportunity_effort, PlanLabels.number(opportunity.getEffortHours())));
		}
		if (notBlank(opportunity.getNotes())) {
			description.add(opportunity.getNotes().strip());
		}
		if (!description.isEmpty()) {
			event.add(new Description(String.join("\n", description))); //$NON-NLS-1$
		}
		if (opportunity.getKind() != null) {
			event.add(new Categories(PlanLabels.capitalize(opportunity.getKind().getLiteral())));
		}
		event.add(new Status(eventStatus(opportunity.getStatus())));
		return event;
	}

	private static String eventStatus(OpportunityStatus status) {
		if (status == null) {
			return Status.VALUE_TENTATIVE;
		}
		return switch (status) {
		case DECLINED -> Status.VALUE_CANCELLED;
		case REGISTERED, ATTENDED, FOLLOWED_UP -> Status.VALUE_CONFIRMED;
		default -> Status.VALUE_TENTATIVE;
		};
	}

	private static String contactName(Contact contact) {
		String name = ContactDerivations.fullName(contact);
		if (notBlank(name)) {
			return name.strip();
		}
		for (String email : ContactInfo.emails(contact)) {
			if (notBlank(email)) {
				return email.strip();
			}
		}
		return Messages.Contact_unnamed;
	}

	/** The CONTACT text: name, organization, emails and phones, as RFC 5545's example has them. */
	private static String contactDetails(Contact contact) {
		List<String> parts = new ArrayList<>();
		parts.add(contactName(contact));
		if (notBlank(contact.getOrganization())) {
			parts.add(contact.getOrganization().strip());
		}
		ContactInfo.emails(contact).stream().filter(ICalendarExporter::notBlank).map(String::strip).forEach(parts::add);
		ContactInfo.phones(contact).stream().filter(ICalendarExporter::notBlank).map(String::strip).forEach(parts::add);
		return parts.stream().distinct().collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** The contact as an attendee with the first email address that makes a {@code mailto:} URI, or null. */
	private static Attendee attendee(Contact contact) {
		for (String email : ContactInfo.emails(contact)) {
			if (!notBlank(email) || email.indexOf('@') < 1) {
				continue;
			}
			try {
				URI address = new URI("mailto", email.strip(), null); //$NON-NLS-1$
				Attendee attendee = new Attendee(address);
				attendee.add(new Cn(contactName(contact)));
				return attendee;
			} catch (URISyntaxException e) {
				// not an address a calendar can use: try the next one
			}
		}
		return null;
	}

	private static URI absoluteUri(String text) {
		try {
			URI uri = new URI(text);
			return uri.isAbsolute() && uri.getScheme() != null
					&& List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
							? uri
							: null;
		} catch (URISyntaxException e) {
			return null;
		}
	}

	private static LocalDate day(Date date) {
		return PlanClock.toLocalDate(date);
	}

	private static Instant startOfDay(Date date) {
		ZoneId zone = PlanClock.get().getZone();
		return day(date).atStartOfDay(zone).toInstant();
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

	/** Lets the outputter close its writer without closing the caller's stream. */
	private static final class UnclosedOutputStream extends java.io.FilterOutputStream {

		UnclosedOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
