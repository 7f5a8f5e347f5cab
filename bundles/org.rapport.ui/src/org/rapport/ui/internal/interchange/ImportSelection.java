/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.ParsedContacts;

/**
 * The rows of an import the user left out, and the preview of importing the others.
 * <p>
 * Leaving a row out is importing the file without that record: the preview is computed again by the core
 * from the remaining records, so its statuses stay true (a row that was "also on line 3" becomes new when
 * line 3 is left out) and its command adds exactly what the table shows. Rejected rows cannot be included.
 * Like {@link ImportPreview#compute}, this reads the plan: use it on the UI thread.
 * </p>
 */
public final class ImportSelection {

	private final ImportPreview full;
	private final Set<ContactRecord> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
	private ImportPreview current;
	private final Map<ContactRecord, ImportRow> currentRows = new IdentityHashMap<>();

	public ImportSelection(ImportPreview full) {
		this.full = full;
		setCurrent(full);
	}

	/** Every row of the file, in file order, as the preview of the whole file has them. */
	public List<ImportRow> rows() {
		return full.getRows();
	}

	/** The preview of the whole file. */
	public ImportPreview full() {
		return full;
	}

	public static boolean isSkippable(ImportRow row) {
		return row.getStatus() != ImportStatus.REJECTED;
	}

	public boolean isSkipped(ImportRow row) {
		return skipped.contains(row.getRecord());
	}

	public int skippedCount() {
		return skipped.size();
	}

	/**
	 * Leaves a row out or takes it in again. Call {@link #update()} afterwards (once for many changes).
	 *
	 * @return whether anything changed
	 */
	public boolean setSkipped(ImportRow row, boolean skip) {
		if (!isSkippable(row)) {
			return false;
		}
		return skip ? skipped.add(row.getRecord()) : skipped.remove(row.getRecord());
	}

	/** Leaves every row out, or takes them all in. Call {@link #update()} afterwards. */
	public void setAllSkipped(boolean skip) {
		for (ImportRow row : full.getRows()) {
			setSkipped(row, skip);
		}
	}

	/** Computes the preview of the rows taken in. */
	public void update() {
		if (skipped.isEmpty()) {
			setCurrent(full);
			return;
		}
		ParsedContacts parsed = full.getParsed();
		List<ContactRecord> kept = new ArrayList<>(parsed.records().size() - skipped.size());
		for (ContactRecord record : parsed.records()) {
			if (!skipped.contains(record)) {
				kept.add(record);
			}
		}
		setCurrent(ImportPreview.compute(full.getPlan(),
				new ParsedContacts(parsed.format(), parsed.sourceName(), kept, parsed.warnings()), null));
	}

	private void setCurrent(ImportPreview preview) {
		current = preview;
		currentRows.clear();
		for (ImportRow row : preview.getRows()) {
			currentRows.put(row.getRecord(), row);
		}
	}

	/** The preview of the rows taken in: what Finish applies. */
	public ImportPreview current() {
		return current;
	}

	/**
	 * What the import does with a row of the file now: its row in the current preview, or {@code null} when
	 * it is left out.
	 */
	public ImportRow effective(ImportRow row) {
		return currentRows.get(row.getRecord());
	}

	/** "3 new, 2 updated, 10 already in the plan, 1 not imported; 2 left out by you." */
	public String summary() {
		String summary = current.getSummary();
		return skipped.isEmpty() ? summary : NLS.bind(Messages.Preview_summarySkipped, summary, skipped.size());
	}
}
