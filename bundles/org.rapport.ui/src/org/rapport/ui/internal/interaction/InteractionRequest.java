package org.rapport.ui.internal.interaction;

import java.time.LocalDate;
import java.util.List;

import org.rapport.model.Channel;
import org.rapport.model.Contact;

/**
 * What the user entered in the Log Interaction dialog: who, how, when, what, and when to follow it up
 * ({@code followUpDue} {@code null}: no follow-up).
 */
public record InteractionRequest(List<Contact> contacts, Channel channel, LocalDate date, String summary,
		LocalDate followUpDue) {

	public InteractionRequest {
		contacts = List.copyOf(contacts);
	}

	/** The first problem that keeps the request from being logged, or {@code null}. */
	public String problem() {
		if (contacts.isEmpty()) {
			return org.rapport.ui.internal.agenda.AgendaMessages.Log_noContact;
		}
		if (summary == null || summary.isBlank()) {
			return org.rapport.ui.internal.agenda.AgendaMessages.Log_noSummary;
		}
		return null;
	}
}
