/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;

/**
 * Reads contacts from a file of one format. Reading never touches a plan: the result is matched against a
 * plan by {@link ImportPreview#compute}, and only applying the preview's command changes the plan.
 * Implementations are stateless; one instance may read many files, one at a time.
 */
public interface ContactImporter {

	/** The format this importer reads. */
	ContactFormat getFormat();

	/**
	 * Reads all records of a file. A record that cannot be imported (a CSV row with the wrong number of
	 * values, a truncated card) becomes a {@linkplain ContactRecord#getRejection() rejected} record; the
	 * others are still read.
	 *
	 * @param in         the file's bytes; read to the end but not closed. Any encoding: UTF-8 (with or
	 *                   without byte-order mark), UTF-16 with a byte-order mark, or else Windows-1252
	 * @param sourceName the file's name, for messages and provenance
	 * @param monitor    progress and cancellation, checked for every record; may be {@code null}
	 * @return the records and warnings
	 * @throws IOException                when the stream cannot be read
	 * @throws InterchangeException       when the file is not a file of this format at all (for example empty)
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	ParsedContacts read(InputStream in, String sourceName, IProgressMonitor monitor)
			throws IOException, InterchangeException;
}
