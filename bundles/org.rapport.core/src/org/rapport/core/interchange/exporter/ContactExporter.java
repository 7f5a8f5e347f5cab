/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.Interchange;
import org.rapport.model.Contact;

/** Writes contacts to a file of one format. Exporting only reads the contacts. */
public interface ContactExporter {

	/** The format this exporter writes. */
	ContactFormat getFormat();

	/**
	 * Writes the contacts, in the given order, to the stream (which is flushed, not closed). Use
	 * {@link Interchange#export(java.nio.file.Path, ContactExporter, List, IProgressMonitor)} to write a file
	 * atomically.
	 *
	 * @param contacts the contacts to write, all or a selection
	 * @param out      where to write
	 * @param monitor  progress and cancellation, checked for every contact; may be {@code null}
	 * @throws OperationCanceledException when the monitor was cancelled; the stream then holds part of the
	 *                                    output
	 */
	void write(List<? extends Contact> contacts, OutputStream out, IProgressMonitor monitor) throws IOException;
}
