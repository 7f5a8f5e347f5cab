/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.LocalDate;
import java.util.List;

import org.rapport.core.internal.followup.Messages;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;

/**
 * An interaction to log: who, how, when, what came of it, which open follow-ups it answers, and the next follow-up
 * to schedule ({@code nextDue} {@code null}: none). The Log Interaction dialog and {@code rapport log} both build
 * one and run {@link FollowUpCommands#logInteraction}.
 */
public record LogRequest(List<Contact> contacts, Channel channel, LocalDate date, String summary, String outcome,
		List<FollowUp> answered, LocalDate nextDue, String nextReason) {

	public LogRequest {
		contacts = List.copyOf(contacts);
		answered = answered == null ? List.of() : List.copyOf(answered);
	}

	/** The first problem that keeps the request from being logged, or {@code null}. */
	public String problem() {
		if (contacts.isEmpty()) {
			return Messages.Log_noContact;
		}
		if (summary == null || summary.isBlank()) {
			return Messages.Log_noSummary;
		}
		if (date == null) {
			return Messages.Log_noDate;
		}
		if (nextDue != null && nextDue.isBefore(date)) {
			return Messages.Log_nextBeforeDate;
		}
		return null;
	}
}
