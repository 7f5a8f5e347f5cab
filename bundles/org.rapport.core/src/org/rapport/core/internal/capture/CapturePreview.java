/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.contacts.ContactInfo;

/**
 * What capturing a calendar's events into a plan would do, event by event, computed without changing the plan;
 * and the one command that does it.
 * <p>
 * A past event (on or before {@code today}, and on or after {@code since} when given) whose organizer or attendees
 * include contacts of the plan (by any of their e-mail addresses, ignoring case; looked up in a map built once)
 * becomes a meeting with those contacts, unless it was cancelled or every contact on it declined. The interaction
 * keeps the event's UID as its external identifier: an event whose UID the plan already has is "already logged",
 * wherever the event has moved since. The user (the plan owner's e-mail and the extra addresses given) is never a
 * contact of the meeting; when they organized it, they took the initiative. Each meeting answers the follow-ups
 * Log Interaction would answer by default, each follow-up at most once.
 * <p>
 * Compute on the thread that owns the plan (or while nothing changes it).
 */
public final class CapturePreview {

	private final NetworkingPlan plan;
	private final String source;
	private final List<CaptureRow> rows;

	private CapturePreview(NetworkingPlan plan, String source, List<CaptureRow> rows) {
		this.plan = plan;
		this.source = source;
		this.rows = Collections.unmodifiableList(rows);
	}

	/**
	 * @param events         the calendar's events, in its order
	 * @param source         the file name or URL, for the command's label
	 * @param today          events after this day are in the future
	 * @param since          events before this day are left out; may be {@code null}
	 * @param userAddresses  the user's own addresses besides the plan owner's
	 * @param monitor        progress and cancellation; may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public static CapturePreview compute(NetworkingPlan plan, List<CalendarEvent> events, String source, LocalDate today,
			LocalDate since, Collection<String> userAddresses, IProgressMonitor monitor) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_matching, events.size() + 1);
		Set<String> me = new HashSet<>();
		if (plan.getOwner() != null && plan.getOwner().getEmail() != null) {
			me.add(plan.getOwner().getEmail().strip().toLowerCase(Locale.ROOT));
		}
		userAddresses.forEach(a -> me.add(a.strip().toLowerCase(Locale.ROOT)));
		Map<String, List<Contact>> byEmail = new HashMap<>();
		for (Contact contact : plan.getContacts()) {
			for (String email : ContactInfo.emails(contact)) {
				String key = email.strip().toLowerCase(Locale.ROOT);
				if (!me.contains(key)) {
					List<Contact> list = byEmail.computeIfAbsent(key, k -> new ArrayList<>(1));
					if (!list.contains(contact)) {
						list.add(contact);
					}
				}
			}
		}
		Map<String, Interaction> logged = new HashMap<>();
		for (Interaction interaction : plan.getInteractions()) {
			if (interaction.getExternalId() != null) {
				logged.putIfAbsent(interaction.getExternalId(), interaction);
			}
		}
		sub.worked(1);

		List<CaptureRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Set<FollowUp> answered = new HashSet<>();
		for (CalendarEvent event : events) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			CaptureRow row = new CaptureRow(event);
			rows.add(row);
			classify(row, event, logged, seen, byEmail, me, today, since);
			if (row.status == CaptureStatus.NEW) {
				for (FollowUp followUp : FollowUps.answerable(row.contacts, event.day())) {
					if (FollowUps.answeredByDefault(followUp, event.day()) && answered.add(followUp)) {
						row.answered.add(followUp);
					}
				}
			}
			sub.worked(1);
		}
		return new CapturePreview(plan, source, rows);
	}

	private static void classify(CaptureRow row, CalendarEvent event, Map<String, Interaction> logged, Set<String> seen,
			Map<String, List<Contact>> byEmail, Set<String> me, LocalDate today, LocalDate since) {
		if (event.uid() == null) {
			skip(row, Messages.Skip_noUid);
			return;
		}
		if (logged.containsKey(event.uid())) {
			row.status = CaptureStatus.LOGGED;
			row.logged = logged.get(event.uid());
			return;
		}
		if (!seen.add(event.uid())) {
			skip(row, Messages.Skip_sameUid);
			return;
		}
		if (event.day() == null) {
			skip(row, Messages.Skip_noDate);
		} else if (event.day().isAfter(today)) {
			skip(row, NLS.bind(Messages.Skip_future, event.day()));
		} else if (since != null && event.day().isBefore(since)) {
			skip(row, NLS.bind(Messages.Skip_beforeSince, since));
		} else if (event.cancelled()) {
			skip(row, Messages.Skip_cancelled);
		} else {
			match(row, event, byEmail, me);
		}
	}

	private static void match(CaptureRow row, CalendarEvent event, Map<String, List<Contact>> byEmail, Set<String> me) {
		Set<Contact> attending = new LinkedHashSet<>();
		Set<Contact> declined = new LinkedHashSet<>();
		Set<String> people = new HashSet<>();
		Contact organizer = null;
		if (event.organizer() != null) {
			people.add(event.organizer());
			List<Contact> found = byEmail.getOrDefault(event.organizer(), List.of());
			attending.addAll(found);
			organizer = found.isEmpty() ? null : found.get(0);
		}
		for (CalendarEvent.Attendee attendee : event.attendees()) {
			people.add(attendee.email());
			for (Contact contact : byEmail.getOrDefault(attendee.email(), List.of())) {
				(attendee.declined() ? declined : attending).add(contact);
			}
		}
		declined.removeAll(attending);
		people.removeAll(me);
		if (attending.isEmpty()) {
			skip(row, declined.isEmpty() ? NLS.bind(Messages.Skip_noContact, Integer.valueOf(people.size()))
					: Messages.Skip_allDeclined);
			return;
		}
		row.status = CaptureStatus.NEW;
		row.contacts.addAll(attending);
		row.initiator = event.organizer() != null && me.contains(event.organizer()) ? Initiator.ME
				: organizer != null ? Initiator.THEM : Initiator.MUTUAL;
	}

	private static void skip(CaptureRow row, String reason) {
		row.status = CaptureStatus.SKIPPED;
		row.reason = reason;
	}

	public NetworkingPlan getPlan() {
		return plan;
	}

	/** The rows, one per event, in the calendar's order. */
	public List<CaptureRow> getRows() {
		return rows;
	}

	public int count(CaptureStatus status) {
		return (int) rows.stream().filter(r -> r.getStatus() == status).count();
	}

	public boolean hasChanges() {
		return count(CaptureStatus.NEW) > 0;
	}

	/** "3 new, 2 already logged, 10 skipped". */
	public String getSummary() {
		return NLS.bind(Messages.Preview_summary, new Object[] { Integer.valueOf(count(CaptureStatus.NEW)),
				Integer.valueOf(count(CaptureStatus.LOGGED)), Integer.valueOf(count(CaptureStatus.SKIPPED)) });
	}

	/**
	 * The single command that logs every new event, as Log Interaction logs one (follow-ups answered, prospects made
	 * active), as a meeting with the event's UID and initiator. Not executable when there is nothing new.
	 */
	public Command createCommand(EditingDomain domain) {
		if (!hasChanges()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_capture, source));
		for (CaptureRow row : rows) {
			if (row.status != CaptureStatus.NEW) {
				continue;
			}
			LogRequest request = new LogRequest(row.contacts, Channel.MEETING, row.getEvent().day(), row.getSummary(),
					null, row.answered, null, null);
			Command log = FollowUpCommands.logInteraction(domain, plan, request);
			Interaction interaction = loggedBy(log);
			command.append(log);
			command.append(new SetCommand(domain, interaction, Literals.INTERACTION__EXTERNAL_ID, row.getEvent().uid()));
			if (row.initiator != Initiator.ME) {
				command.append(new SetCommand(domain, interaction, Literals.INTERACTION__INITIATED_BY, row.initiator));
			}
		}
		return command;
	}

	/** The interaction a Log Interaction command adds to the plan. */
	private static Interaction loggedBy(Command log) {
		for (Command part : ((CompoundCommand) log).getCommandList()) {
			if (part instanceof AddCommand add && add.getFeature() == Literals.NETWORKING_PLAN__INTERACTIONS) {
				return (Interaction) add.getCollection().iterator().next();
			}
		}
		throw new IllegalStateException("Log Interaction added no interaction"); //$NON-NLS-1$
	}

	/** Creates the command and executes it on the domain's stack; whether the plan changed. */
	public boolean apply(EditingDomain domain) {
		Command command = createCommand(domain);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
