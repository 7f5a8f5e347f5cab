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
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.contacts.ContactInfo;

/**
 * What capturing a calendar's events or a mailbox's messages into a plan would do, one by one, computed without
 * changing the plan; and the one command that does it.
 * <p>
 * A past event or message (on or before {@code today}, and on or after {@code since} when given) whose organizer or
 * attendees (sender or recipients) include contacts of the plan (by any of their e-mail addresses, ignoring case;
 * looked up in a map built once) becomes a meeting (an e-mail) with those contacts, unless it was cancelled (is
 * mailing-list or bulk mail) or every contact on it declined. The interaction keeps the event's UID (the message's
 * Message-ID) as its external identifier: one whose identifier the plan already has is "already logged", wherever
 * an event has moved since. The user (the plan owner's e-mail and the extra addresses given) is never a contact of
 * the interaction; when they organized the meeting (sent the message), they took the initiative. Each interaction
 * answers the follow-ups Log Interaction would answer by default, each follow-up at most once.
 * <p>
 * Compute on the thread that owns the plan (or while nothing changes it).
 */
public final class CapturePreview {

	/** Progress is reported (and cancellation checked) once per this many items. */
	private static final int PROGRESS_EVERY = 100;

	private final NetworkingPlan plan;
	private final String source;
	private final List<CaptureRow> rows;
	private final int[] counts = new int[CaptureStatus.values().length];

	private CapturePreview(NetworkingPlan plan, String source, List<CaptureRow> rows) {
		this.plan = plan;
		this.source = source;
		this.rows = Collections.unmodifiableList(rows);
		rows.forEach(r -> counts[r.getStatus().ordinal()]++);
	}

	/**
	 * @param items          the calendar's events or the mailbox's messages, in their order
	 * @param source         the file name or URL, for the command's label
	 * @param today          what is after this day is in the future
	 * @param since          what is before this day is left out; may be {@code null}
	 * @param userAddresses  the user's own addresses besides the plan owner's
	 * @param monitor        progress and cancellation; may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public static CapturePreview compute(NetworkingPlan plan, List<? extends Captured> items, String source,
			LocalDate today, LocalDate since, Collection<String> userAddresses, IProgressMonitor monitor) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_matching, items.size() / PROGRESS_EVERY + 1);
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
		for (Captured item : items) {
			if (rows.size() % PROGRESS_EVERY == 0) {
				if (sub.isCanceled()) {
					throw new OperationCanceledException();
				}
				sub.worked(1);
			}
			CaptureRow row = new CaptureRow(item);
			rows.add(row);
			classify(row, item, logged, seen, byEmail, me, today, since);
			if (row.status == CaptureStatus.NEW) {
				for (FollowUp followUp : FollowUps.answerable(row.contacts, item.day())) {
					if (FollowUps.answeredByDefault(followUp, item.day()) && answered.add(followUp)) {
						row.answered.add(followUp);
					}
				}
			}
		}
		return new CapturePreview(plan, source, rows);
	}

	private static void classify(CaptureRow row, Captured item, Map<String, Interaction> logged, Set<String> seen,
			Map<String, List<Contact>> byEmail, Set<String> me, LocalDate today, LocalDate since) {
		String id = item.id();
		if (id == null) {
			skip(row, item.kind().noId);
			return;
		}
		Interaction earlier = logged.get(id);
		if (earlier != null) {
			row.status = CaptureStatus.LOGGED;
			row.logged = earlier;
			return;
		}
		if (!seen.add(id)) {
			skip(row, item.kind().sameId);
			return;
		}
		LocalDate day = item.day();
		if (day == null) {
			skip(row, Messages.Skip_noDate);
		} else if (day.isAfter(today)) {
			skip(row, NLS.bind(Messages.Skip_future, day));
		} else if (since != null && day.isBefore(since)) {
			skip(row, NLS.bind(Messages.Skip_beforeSince, since));
		} else if (item.excluded() != null) {
			skip(row, item.excluded());
		} else {
			match(row, item, byEmail, me);
		}
	}

	private static void match(CaptureRow row, Captured item, Map<String, List<Contact>> byEmail, Set<String> me) {
		Set<Contact> attending = new LinkedHashSet<>();
		Set<Contact> declined = new LinkedHashSet<>();
		Set<String> people = new HashSet<>();
		Contact from = null;
		if (item.from() != null) {
			people.add(item.from());
			List<Contact> found = byEmail.getOrDefault(item.from(), List.of());
			attending.addAll(found);
			from = found.isEmpty() ? null : found.get(0);
		}
		for (String email : item.with()) {
			people.add(email);
			attending.addAll(byEmail.getOrDefault(email, List.of()));
		}
		for (String email : item.declined()) {
			people.add(email);
			declined.addAll(byEmail.getOrDefault(email, List.of()));
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
		row.from = from;
		row.initiator = item.from() != null && me.contains(item.from()) ? Initiator.ME
				: from != null ? Initiator.THEM : Initiator.MUTUAL;
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
		return counts[status.ordinal()];
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
	 * The single command that logs every new event or message, as Log Interaction logs one (follow-ups answered,
	 * prospects made active), as a meeting or an e-mail with its UID or Message-ID and initiator. Not executable when
	 * there is nothing new.
	 */
	public Command createCommand(EditingDomain domain) {
		if (!hasChanges()) {
			return UnexecutableCommand.INSTANCE;
		}
		CaptureKind kind = rows.stream().filter(r -> r.status == CaptureStatus.NEW).findFirst().orElseThrow().getItem()
				.kind();
		CompoundCommand command = new CompoundCommand(NLS.bind(kind.commandLabel, source));
		for (CaptureRow row : rows) {
			if (row.status != CaptureStatus.NEW) {
				continue;
			}
			Captured item = row.getItem();
			LogRequest request = new LogRequest(row.contacts, item.kind().channel, item.day(), row.getSummary(), null,
					row.answered, null, null);
			Command log = FollowUpCommands.logInteraction(domain, plan, request);
			Interaction interaction = loggedBy(log);
			command.append(log);
			command.append(new SetCommand(domain, interaction, Literals.INTERACTION__EXTERNAL_ID, item.id()));
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
