/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.derived.PlanClock;

/**
 * One event or message of a capture preview: what applying does with it, and why, in words for the person
 * capturing.
 */
public final class CaptureRow {

	private final Captured item;
	CaptureStatus status;
	String reason;
	final List<Contact> contacts = new ArrayList<>();
	final List<FollowUp> answered = new ArrayList<>();
	Initiator initiator;
	/** The contact it is from (organizer, sender), if any. */
	Contact from;
	Interaction logged;

	CaptureRow(Captured item) {
		this.item = item;
	}

	/** The event or message. */
	public Captured getItem() {
		return item;
	}

	public CaptureStatus getStatus() {
		return status;
	}

	/** Why the event is {@linkplain CaptureStatus#SKIPPED skipped}, or {@code null}. */
	public String getReason() {
		return reason;
	}

	/** The contacts the interaction is logged with (new events only). */
	public List<Contact> getContacts() {
		return Collections.unmodifiableList(contacts);
	}

	/** The open follow-ups the interaction answers (new events only). */
	public List<FollowUp> getAnswered() {
		return Collections.unmodifiableList(answered);
	}

	/** Who took the initiative: the user when they organized the event (new events only). */
	public Initiator getInitiator() {
		return initiator;
	}

	/** The interaction captured from the event earlier ({@linkplain CaptureStatus#LOGGED logged} only). */
	public Interaction getLogged() {
		return logged;
	}

	/**
	 * The summary the interaction gets: the event's summary or the message's subject; without one, "Meeting", or
	 * for a message "E-mail to ..." when the user sent it and "E-mail from ..." otherwise.
	 */
	public String getSummary() {
		if (item.summary() != null) {
			return item.summary();
		}
		if (item.kind() == CaptureKind.MEETINGS) {
			return Messages.Meeting_untitled;
		}
		if (initiator == Initiator.ME && !contacts.isEmpty()) {
			return NLS.bind(Messages.Mail_to, names());
		}
		String sender = from != null ? name(from) : item.from();
		return sender == null ? Messages.Mail_untitled : NLS.bind(Messages.Mail_from, sender);
	}

	private String names() {
		return contacts.stream().map(CaptureRow::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** What happens with the event or message, in one sentence. */
	public String getMessage() {
		String day = item.day() == null ? "" : item.day().toString(); //$NON-NLS-1$
		switch (status) {
		case NEW:
			return NLS.bind(item.kind().rowNew, new Object[] { day, getSummary(), names() });
		case LOGGED:
			LocalDate loggedOn = PlanClock.toLocalDate(logged.getDate());
			return loggedOn == null || loggedOn.equals(item.day()) ? NLS.bind(Messages.Row_logged, day, getSummary())
					: NLS.bind(Messages.Row_loggedMoved, new Object[] { day, getSummary(), loggedOn });
		case SKIPPED:
		default:
			return NLS.bind(Messages.Row_skipped, new Object[] { day, getSummary(), reason });
		}
	}

	static String name(Contact contact) {
		String name = contact.getFullName();
		return name == null || name.isBlank() ? String.valueOf(contact.getPreferredEmail()) : name;
	}

	@Override
	public String toString() {
		return status + ": " + getMessage(); //$NON-NLS-1$
	}
}
