/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.rapport.mentorship;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.example.rapport.mentorship.internal.Messages;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;

/**
 * The changes the mentorship review makes, as EMF commands: each one undoable as a whole from Rapport's
 * Edit menu. Plain EMF, so they can be tested without a workbench.
 */
public final class MentorshipCommands {

	private MentorshipCommands() {
	}

	/** Tags the contact as a mentor; cannot execute when they already are one. */
	public static Command tagAsMentor(EditingDomain domain, Contact contact) {
		if (Mentors.isMentor(contact)) {
			return UnexecutableCommand.INSTANCE;
		}
		return new AddCommand(domain, contact, RapportPackage.Literals.CONTACT__TAGS, Mentors.TAG);
	}

	/**
	 * Plans a follow-up with the contact: a new open follow-up, added to the plan, then linked to the
	 * contact through a command so that undo also removes it from the contact's follow-ups.
	 */
	public static Command planFollowUp(EditingDomain domain, NetworkingPlan plan, Contact contact, LocalDate due,
			String reason) {
		FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
		followUp.setDueDate(PlanClock.toDate(due));
		followUp.setReason(reason);
		followUp.setStatus(FollowUpStatus.OPEN);
		followUp.setOrigin(FollowUpOrigin.MANUAL);
		CompoundCommand command = new CompoundCommand(Messages.Command_planFollowUp);
		command.append(new AddCommand(domain, plan, RapportPackage.Literals.NETWORKING_PLAN__FOLLOW_UPS, followUp));
		command.append(new SetCommand(domain, followUp, RapportPackage.Literals.FOLLOW_UP__CONTACT, contact));
		return command;
	}

	public static String askReason(String skill) {
		return NLS.bind(Messages.Reason_ask, skill);
	}
}
