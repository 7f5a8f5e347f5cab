/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.LosingTouch;
import org.rapport.core.followup.Agenda.Occasion;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;

/**
 * {@code rapport agenda} and {@code rapport log}: the Agenda view's groups as text or JSON, and the Log Interaction
 * dialog's logging (answering the follow-ups due by the interaction's date) as a command.
 */
final class FollowUpCli {

	private FollowUpCli() {
	}

	/** The stable id of a section in JSON. */
	static String id(Section section) {
		return switch (section) {
		case OVERDUE -> "overdue"; //$NON-NLS-1$
		case TODAY -> "today"; //$NON-NLS-1$
		case THIS_WEEK -> "thisWeek"; //$NON-NLS-1$
		case NEXT_WEEK -> "nextWeek"; //$NON-NLS-1$
		case LATER -> "later"; //$NON-NLS-1$
		case LOSING_TOUCH -> "losingTouch"; //$NON-NLS-1$
		};
	}

	static String title(Section section) {
		return switch (section) {
		case OVERDUE -> Messages.Agenda_OVERDUE;
		case TODAY -> Messages.Agenda_TODAY;
		case THIS_WEEK -> Messages.Agenda_THIS_WEEK;
		case NEXT_WEEK -> Messages.Agenda_NEXT_WEEK;
		case LATER -> Messages.Agenda_LATER;
		case LOSING_TOUCH -> Messages.Agenda_LOSING_TOUCH;
		};
	}

	/** The agenda as a table: a heading with the count per group, then one line per entry. */
	static String table(Agenda agenda, int days) {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Agenda_heading, agenda.today(), Integer.toString(days))).append('\n');
		for (Section section : Section.values()) {
			List<?> entries = agenda.entries(section);
			text.append('\n').append(NLS.bind(Messages.Agenda_group, title(section), Integer.toString(entries.size())))
					.append('\n');
			for (Object entry : entries) {
				if (entry instanceof FollowUp followUp) {
					text.append(String.format(Locale.ROOT, "  %s  %-28s %s%n", FollowUps.due(followUp), //$NON-NLS-1$
							name(followUp.getContact()), oneLine(followUp.getReason())));
				} else if (entry instanceof Occasion occasion) {
					text.append(String.format(Locale.ROOT, "  %s  %-28s %s%n", occasion.on(), //$NON-NLS-1$
							name(occasion.contact()), occasion(occasion)));
				} else if (entry instanceof LosingTouch losing) {
					text.append(String.format(Locale.ROOT, "  %s  %-28s %s%n", losing.lastContact(), //$NON-NLS-1$
							name(losing.contact()), NLS.bind(Messages.Agenda_losing, Integer.toString(losing.daysSince()),
									Integer.toString(losing.cadenceDays()))));
				}
			}
		}
		return text.toString();
	}

	/** The agenda as JSON (see docs/cli.md). */
	static String json(String file, Agenda agenda, int days) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("plan").value(file); //$NON-NLS-1$
		json.name("today").value(agenda.today().toString()); //$NON-NLS-1$
		json.name("days").value(days); //$NON-NLS-1$
		json.name("groups").beginArray(); //$NON-NLS-1$
		for (Section section : Section.values()) {
			List<?> entries = agenda.entries(section);
			json.beginObject().name("id").value(id(section)).name("title").value(title(section)) //$NON-NLS-1$ //$NON-NLS-2$
					.name("count").value(entries.size()).name("items").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
			for (Object entry : entries) {
				json.beginObject();
				if (entry instanceof FollowUp followUp) {
					contact(json, followUp.getContact());
					json.name("due").value(FollowUps.due(followUp).toString()); //$NON-NLS-1$
					json.name("reason"); //$NON-NLS-1$
					if (followUp.getReason() == null) {
						json.nullValue();
					} else {
						json.value(followUp.getReason());
					}
					json.name("attempt").value(Math.max(1, followUp.getAttempt())); //$NON-NLS-1$
					json.name("maxAttempts").value(Math.max(1, followUp.getMaxAttempts())); //$NON-NLS-1$
				} else if (entry instanceof Occasion occasion) {
					contact(json, occasion.contact());
					json.name("on").value(occasion.on().toString()); //$NON-NLS-1$
					json.name("occasion").value(occasion.isBirthday() ? "birthday" : occasion.label()); //$NON-NLS-1$ //$NON-NLS-2$
					json.name("date").value(occasion.date().toString()); //$NON-NLS-1$
					if (occasion.years() >= 0) {
						json.name("years").value(occasion.years()); //$NON-NLS-1$
					}
				} else if (entry instanceof LosingTouch losing) {
					contact(json, losing.contact());
					json.name("lastContact").value(losing.lastContact().toString()); //$NON-NLS-1$
					json.name("daysSince").value(losing.daysSince()); //$NON-NLS-1$
					json.name("cadenceDays").value(losing.cadenceDays()); //$NON-NLS-1$
				}
				json.endObject();
			}
			json.endArray().endObject();
		}
		return json.endArray().endObject().toString();
	}

	/** "Birthday (turns 40)", "anniversary (12 years)". */
	private static String occasion(Occasion occasion) {
		String what = occasion.isBirthday() ? Messages.Agenda_birthday : occasion.label();
		if (occasion.years() <= 0) {
			return what;
		}
		return occasion.isBirthday() ? NLS.bind(Messages.Agenda_birthdayTurns, Integer.toString(occasion.years()))
				: NLS.bind(Messages.Agenda_dateYears, what, Integer.toString(occasion.years()));
	}

	private static void contact(JsonWriter json, Contact contact) {
		json.name("contact"); //$NON-NLS-1$
		if (contact == null) {
			json.nullValue();
			return;
		}
		json.value(name(contact));
		json.name("email"); //$NON-NLS-1$
		String email = ContactInfo.preferredEmail(contact);
		if (email.isEmpty()) {
			json.nullValue();
		} else {
			json.value(email);
		}
	}

	/**
	 * The contact a {@code --contact} value names: the one whose full name or one of whose emails is the value,
	 * ignoring case; failing that, the one whose name contains it.
	 *
	 * @throws CommandException (usage) when none or several match, listing the candidates
	 */
	static Contact find(NetworkingPlan plan, String value) throws CommandException {
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		List<Contact> exact = new ArrayList<>();
		List<Contact> partial = new ArrayList<>();
		for (Contact contact : plan.getContacts()) {
			String name = name(contact).toLowerCase(Locale.ROOT);
			boolean email = ContactInfo.emails(contact).stream().anyMatch(e -> e != null && e.strip().equalsIgnoreCase(wanted));
			if (email || name.equals(wanted)) {
				exact.add(contact);
			} else if (!wanted.isEmpty() && name.contains(wanted)) {
				partial.add(contact);
			}
		}
		List<Contact> found = exact.isEmpty() ? partial : exact;
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			throw CommandException.usage(NLS.bind(Messages.Log_noSuchContact, Commands.LOG, value));
		}
		StringBuilder candidates = new StringBuilder();
		for (Contact contact : found) {
			candidates.append("\n  ").append(name(contact)); //$NON-NLS-1$
			if (!ContactInfo.preferredEmail(contact).isEmpty()) {
				candidates.append(" <").append(ContactInfo.preferredEmail(contact)).append('>'); //$NON-NLS-1$
			}
		}
		throw CommandException.usage(NLS.bind(Messages.Log_ambiguousContact,
				new Object[] { Commands.LOG, value, Integer.toString(found.size()), candidates }));
	}

	/** The channel a {@code --channel} value names (its literal, such as in-person, or its name, such as IN_PERSON). */
	static Channel channel(String value) throws CommandException {
		String wanted = value.strip();
		for (Channel channel : Channel.VALUES) {
			if (channel.getLiteral().equalsIgnoreCase(wanted) || channel.getName().equalsIgnoreCase(wanted)
					|| channel.getName().replace('_', '-').equalsIgnoreCase(wanted)) {
				return channel;
			}
		}
		List<String> literals = Channel.VALUES.stream().map(Channel::getLiteral).toList();
		throw CommandException.usage(NLS.bind(Messages.Log_badChannel,
				new Object[] { Commands.LOG, value, String.join("|", literals) })); //$NON-NLS-1$
	}

	/**
	 * Logs the interaction as the dialog does with its defaults: the follow-ups of these contacts due by the date
	 * are answered. Runs the command on a stack of its own, and returns what it answered.
	 */
	static List<FollowUp> log(NetworkingPlan plan, List<Contact> contacts, Channel channel, LocalDate date,
			String summary, String outcome, LocalDate nextDue, String nextReason) throws CommandException {
		Set<Contact> distinct = new LinkedHashSet<>(contacts);
		List<FollowUp> answered = FollowUps.answerable(distinct, date).stream()
				.filter(f -> FollowUps.answeredByDefault(f, date)).toList();
		LogRequest request = new LogRequest(new ArrayList<>(distinct), channel, date, summary, outcome, answered, nextDue,
				nextReason);
		String problem = request.problem();
		if (problem != null) {
			throw CommandException.usage(Commands.LOG + ": " + problem); //$NON-NLS-1$
		}
		EditingDomain domain = EditingDomains.create();
		Command command = FollowUpCommands.logInteraction(domain, plan, request);
		domain.getCommandStack().execute(command);
		return answered;
	}

	static String name(Contact contact) {
		if (contact == null) {
			return Messages.Agenda_noContact;
		}
		String name = contact.getFullName();
		return name == null || name.isBlank() ? Messages.Agenda_noContact : name.strip();
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
