/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.exporter.ContactExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/**
 * Entry points for importing and exporting contact files, shared by the workbench's wizards and the
 * command line. For work in the background see {@link InterchangeJobs}.
 */
public final class Interchange {

	private Interchange() {
	}

	/**
	 * Reads a contacts file.
	 *
	 * @param format the file's format, or {@code null} to {@linkplain ContactFormat#detect(byte[]) detect} it
	 * @throws InterchangeException when the format cannot be detected or the file is not of that format
	 */
	public static ParsedContacts read(Path file, ContactFormat format, IProgressMonitor monitor)
			throws IOException, InterchangeException {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		String name = String.valueOf(file.getFileName());
		if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
			// a pipe would block the reading until someone writes to it, a device would never end
			throw new InterchangeException(Messages.bind(Messages.Read_notRegularFile, name), 0, null);
		}
		ContactFormat actual = format;
		if (actual == null) {
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(16 * 1024);
			}
			actual = ContactFormat.detect(head);
			if (actual == null) {
				throw new InterchangeException(Messages.bind(Messages.Read_unknownFormat, name), 0, null);
			}
		}
		try (InputStream in = Files.newInputStream(file)) {
			return actual.newImporter().read(in, name, monitor);
		}
	}

	/**
	 * Reads a contacts file and computes the preview of importing it into the plan. Nothing changes until
	 * the preview's command is executed.
	 */
	public static ImportPreview preview(Path file, ContactFormat format, NetworkingPlan plan, IProgressMonitor monitor)
			throws IOException, InterchangeException {
		SubMonitor sub = SubMonitor.convert(monitor, 10);
		ParsedContacts parsed = read(file, format, sub.split(8));
		return ImportPreview.compute(plan, parsed, sub.split(2));
	}

	/**
	 * Writes contacts to a file atomically: a failure or cancellation leaves an existing file as it was and
	 * no partial file behind.
	 *
	 * @return how many contacts were written
	 * @throws OperationCanceledException when cancelled; the file is then unchanged
	 */
	public static int export(Path file, ContactExporter exporter, List<? extends Contact> contacts,
			IProgressMonitor monitor) throws IOException {
		Objects.requireNonNull(exporter, "exporter"); //$NON-NLS-1$
		List<? extends Contact> snapshot = List.copyOf(contacts);
		// the writer removes its temporary file on any exception, cancellation included
		new AtomicFileWriter(false, UnaryOperator.identity()).write(file.toAbsolutePath().normalize(),
				out -> exporter.write(snapshot, out, monitor));
		return snapshot.size();
	}

}
