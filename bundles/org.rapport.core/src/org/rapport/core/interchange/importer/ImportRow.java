/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.internal.interchange.Draft;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.model.Contact;

/**
 * One record of an import preview: what applying the import does with it, and why, in words for the
 * person importing.
 */
public final class ImportRow {

	private final ContactRecord record;
	ImportStatus status;
	String reason;
	Draft target;
	MatchRule rule;
	String matchedValue;
	final List<FieldChange> changes = new ArrayList<>();
	final List<FieldConflict> conflicts = new ArrayList<>();

	ImportRow(ContactRecord record) {
		this.record = record;
	}

	/** The record as read from the file. */
	public ContactRecord getRecord() {
		return record;
	}

	/** The line of the file the record starts at, 1-based. */
	public int getLine() {
		return record.getLine();
	}

	public ImportStatus getStatus() {
		return status;
	}

	/** Why the record is {@linkplain ImportStatus#REJECTED rejected}, or {@code null}. */
	public String getReason() {
		return reason;
	}

	/** The plan contact the record was matched to, or {@code null} (new, rejected, or same as an earlier row). */
	public Contact getMatchedContact() {
		return target == null ? null : target.existing;
	}

	/**
	 * The line of the earlier record of the same file that creates the contact this record was matched to, or
	 * 0.
	 */
	public int getSameAsLine() {
		return target != null && target.isNew() && target.createdAtLine != getLine() ? target.createdAtLine : 0;
	}

	/** The rule the record was matched by, or {@code null} when it was not matched. */
	public MatchRule getMatchRule() {
		return rule;
	}

	/** The value the rule matched (an e-mail address, a URL...), or {@code null}. */
	public String getMatchedValue() {
		return matchedValue;
	}

	/** What the import adds, in order. Empty for duplicates and rejected records. */
	public List<FieldChange> getChanges() {
		return Collections.unmodifiableList(changes);
	}

	/** Fields the file has another value for; the plan's value is kept. */
	public List<FieldConflict> getConflicts() {
		return Collections.unmodifiableList(conflicts);
	}

	/** The person's name as the plan will show it (or the file's, when rejected). */
	public String getDisplayName() {
		if (target != null && target.fullName() != null) {
			return target.fullName();
		}
		String name = record.getDisplayName();
		return name != null ? name : Messages.Row_unnamed;
	}

	/** What happens with the record, in one or two sentences. */
	public String getMessage() {
		String name = getDisplayName();
		String text;
		switch (status) {
		case REJECTED:
			return Messages.bind(Messages.Row_rejected, Integer.valueOf(getLine()), reason);
		case NEW:
			List<String> details = new ArrayList<>();
			if (target.organization != null) {
				details.add(target.organization);
			}
			if (!target.emails.isEmpty()) {
				details.add(target.emails.get(0));
			}
			text = details.isEmpty() ? Messages.bind(Messages.Row_new, name)
					: Messages.bind(Messages.Row_newWithDetails, name, String.join(", ", details)); //$NON-NLS-1$
			break;
		case UPDATE:
			text = getSameAsLine() > 0
					? Messages.bind(Messages.Row_updateSameAs, name, Integer.valueOf(getSameAsLine()), describe(changes))
					: Messages.bind(Messages.Row_update, name, rule.describe(matchedValue), describe(changes));
			break;
		case DUPLICATE:
		default:
			text = getSameAsLine() > 0 ? Messages.bind(Messages.Row_duplicateSameAs, name, Integer.valueOf(getSameAsLine()))
					: Messages.bind(Messages.Row_duplicate, name, rule.describe(matchedValue));
			break;
		}
		if (!conflicts.isEmpty()) {
			text += ' ' + Messages.bind(Messages.Row_conflicts,
					conflicts.stream().map(FieldConflict::describe).collect(Collectors.joining("; "))); //$NON-NLS-1$
		}
		if (record.getReplacedCharacters() > 0) {
			text += ' ' + Messages.bind(Messages.Row_replacedCharacters, Integer.valueOf(record.getReplacedCharacters()));
		}
		return text;
	}

	private static String describe(List<FieldChange> changes) {
		return changes.stream().map(FieldChange::describe).collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return status + " line " + getLine() + ": " + getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
