package org.rapport.ui.internal.agenda;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.derived.PlanClock;

/** The agenda's actions as EMF commands (one undoable step each). */
public final class AgendaCommands {

	private AgendaCommands() {
	}

	/** Marks the follow-up done, completed on {@code today}. */
	public static Command done(EditingDomain domain, FollowUp followUp, LocalDate today) {
		CompoundCommand command = new CompoundCommand(AgendaMessages.Command_done);
		command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__STATUS, FollowUpStatus.DONE));
		command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__COMPLETED_ON, PlanClock.toDate(today)));
		return command;
	}

	/** Moves the follow-up to {@code due}. */
	public static Command reschedule(EditingDomain domain, FollowUp followUp, LocalDate due) {
		CompoundCommand command = new CompoundCommand(AgendaMessages.Command_reschedule);
		command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__DUE_DATE, PlanClock.toDate(due)));
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
		CompoundCommand command = new CompoundCommand(AgendaMessages.Command_scheduleNext);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__FOLLOW_UPS, next));
		// the contact through a command too: its opposite (Contact.followUps) must be undone with it
		command.append(new SetCommand(domain, next, Literals.FOLLOW_UP__CONTACT, followUp.getContact()));
		return command;
	}
}
