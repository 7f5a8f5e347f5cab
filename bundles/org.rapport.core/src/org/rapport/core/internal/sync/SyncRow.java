/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.Contact;

/**
 * One contact or calendar entry of a sync and what the sync does with it. Incoming changes are ticked (applied),
 * proposed deletions are not; a conflict is left until a {@link Resolution} is chosen.
 */
public final class SyncRow {

	/** What a row is. */
	public enum Kind {
		/** In the plan, not on the server yet: put there. */
		PUSH_NEW,
		/** Changed in the plan since the last sync: put on the server. */
		PUSH,
		/** New on the server: added to the plan when ticked. */
		PULL_NEW,
		/** Changed on the server since the last sync: the plan's contact takes the server's card when ticked. */
		PULL,
		/** Changed on both sides since the last sync (or on the server during this one): decided per contact. */
		CONFLICT,
		/** Deleted on the server: deleted from the plan only when ticked. */
		DELETED_ON_SERVER,
		/** Deleted from the plan: deleted on the server only when ticked. */
		DELETED_IN_PLAN,
		/** The same on both sides. */
		UNCHANGED,
		/** A card on the server that cannot be read as a contact: left alone. */
		UNREADABLE
	}

	/** How a conflict is decided. */
	public enum Resolution {
		/** The plan's contact goes to the server. */
		KEEP_MINE,
		/** The server's card replaces the plan's contact. */
		TAKE_THEIRS
	}

	final boolean calendar;
	final String key;
	final String name;
	final String href;
	Kind kind;
	Contact contact;
	CardFields local;
	CardFields theirs;
	DavClient.Member remote;
	String calendarText;
	String calendarHash;
	List<String> changes = List.of();
	boolean apply;
	Resolution resolution;
	/** Set when the sync did the row's work: the state entry the row leaves. */
	SyncState.Entry done;
	/** Set when a write met a server change (412): the row was left. */
	boolean changedMeanwhile;
	/** Set when the sync deleted the row's resource on the server. */
	boolean deleted;

	SyncRow(boolean calendar, Kind kind, String key, String name, String href) {
		this.calendar = calendar;
		this.kind = kind;
		this.key = key;
		this.name = name;
		this.href = href;
		this.apply = kind == Kind.PULL_NEW || kind == Kind.PULL || kind == Kind.PUSH_NEW || kind == Kind.PUSH;
	}

	/** Whether the row is a calendar entry rather than a contact. */
	public boolean isCalendar() {
		return calendar;
	}

	public Kind getKind() {
		return kind;
	}

	/** The contact's name, or the calendar entry's summary. */
	public String getName() {
		return name;
	}

	/** The resource on the server. */
	public String getHref() {
		return href;
	}

	/** The plan's contact, or {@code null} (new on the server, a calendar entry). */
	public Contact getContact() {
		return contact;
	}

	/** The fields that differ between the plan and the server ("phone: +1 555 0100 -> +1 555 0199"). */
	public List<String> getChanges() {
		return changes;
	}

	/** Whether the row's change is made: an incoming change or a proposed deletion ticked. */
	public boolean isApply() {
		return apply;
	}

	/** Ticks or unticks an incoming change or a proposed deletion. */
	public void setApply(boolean apply) {
		this.apply = apply;
	}

	/** How a conflict is decided, or {@code null} while it is left. */
	public Resolution getResolution() {
		return resolution;
	}

	public void setResolution(Resolution resolution) {
		this.resolution = resolution;
	}

	/** Whether the user can tick or untick the row (incoming changes and proposed deletions). */
	public boolean isOptional() {
		return kind == Kind.PULL || kind == Kind.PULL_NEW || kind == Kind.DELETED_ON_SERVER || kind == Kind.DELETED_IN_PLAN;
	}

	/** Whether the row is a change the server made that the plan may take. */
	public boolean isIncoming() {
		return kind == Kind.PULL || kind == Kind.PULL_NEW || kind == Kind.DELETED_ON_SERVER
				|| kind == Kind.CONFLICT && resolution == Resolution.TAKE_THEIRS;
	}

	/** Whether a write of this row found the server's copy changed during the sync, so it was left. */
	public boolean isChangedMeanwhile() {
		return changedMeanwhile;
	}

	/** The row in words, for the preview and the command line. */
	public String getMessage() {
		String what = calendar ? Messages.Row_calendar : Messages.Row_contact;
		String text;
		switch (kind) {
		case PUSH_NEW:
			text = Messages.Row_pushNew;
			break;
		case PUSH:
			text = Messages.Row_push;
			break;
		case PULL_NEW:
			text = Messages.Row_pullNew;
			break;
		case PULL:
			text = Messages.Row_pull;
			break;
		case CONFLICT:
			text = calendar ? Messages.Row_calendarConflict : Messages.Row_conflict;
			break;
		case DELETED_ON_SERVER:
			text = Messages.Row_deletedOnServer;
			break;
		case DELETED_IN_PLAN:
			text = calendar ? Messages.Row_calendarDeletedInPlan : Messages.Row_deletedInPlan;
			break;
		case UNREADABLE:
			text = Messages.Row_unreadable;
			break;
		case UNCHANGED:
		default:
			text = Messages.Row_unchanged;
			break;
		}
		String message = NLS.bind(text, what, name);
		if (!changes.isEmpty()) {
			message += ": " + String.join("; ", changes); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return message;
	}

	@Override
	public String toString() {
		return kind + " " + getMessage(); //$NON-NLS-1$
	}
}
