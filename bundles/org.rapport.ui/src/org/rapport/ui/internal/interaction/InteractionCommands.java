package org.rapport.ui.internal.interaction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.internal.agenda.AgendaMessages;

/** Logging an interaction as one undoable command. */
public final class InteractionCommands {

	private InteractionCommands() {
	}

	/**
	 * Adds the interaction with the request's contacts and, when a follow-up date is given, one open follow-up
	 * per contact (origin INTERACTION, pointing at the interaction): all undone together.
	 */
	public static Command logInteraction(EditingDomain domain, NetworkingPlan plan, InteractionRequest request) {
		Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
		interaction.setDate(PlanClock.toDate(request.date()));
		interaction.setChannel(request.channel() == null ? Channel.OTHER : request.channel());
		String summary = request.summary() == null ? null : request.summary().strip();
		interaction.setSummary(summary);

		CompoundCommand command = new CompoundCommand(AgendaMessages.Command_logInteraction);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__INTERACTIONS, interaction));
		// contacts and follow-ups through commands: their opposite ends (Contact.interactions, Contact.followUps)
		// must be undone with the rest
		command.append(new AddCommand(domain, interaction, Literals.INTERACTION__CONTACTS, request.contacts()));
		if (request.followUpDue() != null) {
			for (Contact contact : request.contacts()) {
				FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
				followUp.setDueDate(PlanClock.toDate(request.followUpDue()));
				followUp.setStatus(FollowUpStatus.OPEN);
				followUp.setOrigin(FollowUpOrigin.INTERACTION);
				followUp.setOriginInteraction(interaction);
				followUp.setReason(summary == null ? null : NLS.bind(AgendaMessages.Log_followUpReason, summary));
				followUp.setAttempt(1);
				followUp.setMaxAttempts(1);
				command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__FOLLOW_UPS, followUp));
				command.append(new SetCommand(domain, followUp, Literals.FOLLOW_UP__CONTACT, contact));
			}
		}
		return command;
	}
}
