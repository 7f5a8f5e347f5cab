/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What capture keeps of one message, from its headers only: the Message-ID, the subject (only when the user allows
 * it to be read, else {@code null}), the day of its Date, the sender and the To and Cc recipients (lower-case
 * addresses), and the header that marks it as mailing-list or bulk mail, if any ({@code List-Id},
 * {@code List-Unsubscribe}, {@code Precedence: bulk}, {@code Auto-Submitted}).
 */
public record MailMessage(String messageId, String subject, LocalDate day, String sender, List<String> recipients,
		String bulkHeader) implements Captured {

	public MailMessage {
		recipients = List.copyOf(recipients);
	}

	@Override
	public CaptureKind kind() {
		return CaptureKind.MAIL;
	}

	@Override
	public String id() {
		return messageId;
	}

	@Override
	public String summary() {
		return subject;
	}

	@Override
	public String from() {
		return sender;
	}

	@Override
	public List<String> with() {
		return recipients;
	}

	@Override
	public List<String> declined() {
		return List.of();
	}

	@Override
	public String excluded() {
		return bulkHeader == null ? null : NLS.bind(Messages.Skip_bulk, bulkHeader);
	}
}
