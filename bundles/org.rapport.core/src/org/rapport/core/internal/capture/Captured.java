/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.time.LocalDate;
import java.util.List;

/**
 * What capture needs of one calendar event or mail message: its identifier (an event's UID, a message's
 * Message-ID), its summary, its day, who it is from (organizer, sender) and with (attendees, recipients), all as
 * lower-case e-mail addresses, and whether it is of a kind that never counts.
 */
public interface Captured {

	/** Meetings or mail: the channel the interaction is logged with and how rows are worded. */
	CaptureKind kind();

	/** The UID or Message-ID, kept in the interaction's external identifier; {@code null} when there is none. */
	String id();

	/** The summary or subject; {@code null} when there is none (or the subject may not be read). */
	String summary();

	/** The day it happened, {@code null} when it has no readable date. */
	LocalDate day();

	/** The organizer or sender; may be {@code null}. */
	String from();

	/** The other people on it who did not decline: attendees or recipients. */
	List<String> with();

	/** The attendees who declined (none for mail). */
	List<String> declined();

	/** Why it never counts (cancelled, mailing-list or bulk mail), or {@code null}. */
	String excluded();
}
