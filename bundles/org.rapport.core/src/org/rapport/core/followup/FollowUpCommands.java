/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.LocalDate;
import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.followup.Messages;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.derived.PlanClock;

/**
 * The follow-up actions as EMF commands, each one undoable step: done, snooze, the next attempt of a sequence,
 * logging an interaction that answers follow-ups, and a status for many contacts. Opposite ends (such as
 * {@code Contact.followUps}) are set through commands too, so that undo restores both sides.
 */
public final class FollowUpCommands {

	private FollowUpCommands() {
	}

	/** Marks the follow-up done, completed on {@code day}. */
	public static Command done(EditingDomain domain, FollowUp followUp, LocalDate day) {
		CompoundCommand command = new CompoundCommand(Messages.Command_done);
		appendComplete(command, domain, followUp, day, null);
		return command;
	}

	/** Moves the follow-up's due date to {@code due} (snooze or reschedule). */
	public static Command snooze(EditingDomain domain, FollowUp followUp, LocalDate due) {
		CompoundCommand command = new CompoundCommand(Messages.Command_snooze);
		command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__DUE_DATE, PlanClock.toDate(due)));
		return command;
	}

	/** Moves every follow-up given to {@code due} as one step. */
	public static Command snooze(EditingDomain domain, Collection<FollowUp> followUps, LocalDate due) {
		if (followUps.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_snooze);
		for (FollowUp followUp : followUps) {
			command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__DUE_DATE, PlanClock.toDate(due)));
		}
		return command;
	}

	/** Whether the follow-up is an attempt of a persistence sequence with attempts left. */
	public static boolean hasNextAttempt(FollowUp followUp) {
		return followUp.getContact() != null && followUp.getMaxAttempts() > 1
				&& Math.max(1, followUp.getAttempt()) < followUp.getMaxAttempts();
	}

	/**
	 * Adds attempt N+1 of M after {@code followUp} (attempt N): same contact, reason and origin, open, due on
	 * {@code due}.
	 */
	public static Command scheduleNextAttempt(EditingDomain domain, NetworkingPlan plan, FollowUp followUp,
			LocalDate due) {
		FollowUp next = RapportFactory.eINSTANCE.createFollowUp();
		next.setAttempt(Math.max(1, followUp.getAttempt()) + 1);
		next.setMaxAttempts(followUp.getMaxAttempts());
		next.setReason(followUp.getReason());
		next.setOrigin(followUp.getOrigin() == null ? FollowUpOrigin.MANUAL : followUp.getOrigin());
		next.setOriginInteraction(followUp.getOriginInteraction());
		next.setOriginOpportunity(followUp.getOriginOpportunity());
		next.setStatus(FollowUpStatus.OPEN);
		next.setDueDate(PlanClock.toDate(due));
		CompoundCommand command = new CompoundCommand(Messages.Command_scheduleNext);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__FOLLOW_UPS, next));
		command.append(new SetCommand(domain, next, Literals.FOLLOW_UP__CONTACT, followUp.getContact()));
		return command;
	}

	/**
	 * Logs the request: adds the interaction with its contacts, completes each answered follow-up on the
	 * interaction's date with a link to it, and, when {@code nextDue} is given, adds one open follow-up per contact
	 * (origin interaction, with the next reason, or one made from the summary). The caller checks
	 * {@link LogRequest#problem()} first.
	 */
	public static Command logInteraction(EditingDomain domain, NetworkingPlan plan, LogRequest request) {
		Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
		interaction.setDate(PlanClock.toDate(request.date()));
		interaction.setChannel(request.channel() == null ? Channel.OTHER : request.channel());
		interaction.setInitiatedBy(Initiator.ME);
		String summary = strip(request.summary());
		interaction.setSummary(summary);
		interaction.setOutcome(strip(request.outcome()));

		CompoundCommand command = new CompoundCommand(Messages.Command_logInteraction);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__INTERACTIONS, interaction));
		command.append(new AddCommand(domain, interaction, Literals.INTERACTION__CONTACTS, request.contacts()));
		for (FollowUp followUp : request.answered()) {
			appendComplete(command, domain, followUp, request.date(), interaction);
		}
		if (request.nextDue() != null) {
			String reason = strip(request.nextReason());
			if (reason == null && summary != null) {
				reason = NLS.bind(Messages.Log_followUpReason, summary);
			}
			for (Contact contact : request.contacts()) {
				FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
				followUp.setDueDate(PlanClock.toDate(request.nextDue()));
				followUp.setStatus(FollowUpStatus.OPEN);
				followUp.setOrigin(FollowUpOrigin.INTERACTION);
				followUp.setOriginInteraction(interaction);
				followUp.setReason(reason);
				followUp.setAttempt(1);
				followUp.setMaxAttempts(1);
				command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__FOLLOW_UPS, followUp));
				command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__CONTACT, contact));
			}
		}
		// someone you have now spoken to is no longer "not met yet"
		for (Contact contact : request.contacts()) {
			if (Relationships.isProspect(contact)) {
				command.append(new SetCommand(domain, contact, Literals.CONTACT__STATUS, RelationshipStatus.ACTIVE));
			}
		}
		return command;
	}

	/** Sets the status of every contact given that does not have it yet, as one step. */
	public static Command setStatus(EditingDomain domain, Collection<Contact> contacts, RelationshipStatus status) {
		CompoundCommand command = new CompoundCommand(Messages.Command_setStatus);
		for (Contact contact : contacts) {
			if (Relationships.status(contact) != status) {
				command.append(new SetCommand(domain, contact, Literals.CONTACT__STATUS, status));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	private static void appendComplete(CompoundCommand command, EditingDomain domain, FollowUp followUp,
			LocalDate day, Interaction answeredBy) {
		command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__STATUS, FollowUpStatus.DONE));
		command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__COMPLETED_ON, PlanClock.toDate(day)));
		if (answeredBy != null) {
			command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__ANSWERED_BY, answeredBy));
		}
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
