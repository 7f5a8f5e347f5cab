/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.exporter.ContactExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.Interchange;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.model.NetworkingPlan;

/**
 * The contact formats of the interchange API (vCard, LinkedIn and Google Contacts CSV) under the names the
 * command line gives them, and the way the command line imports and exports them: the same preview and
 * single command the workbench's wizards use, so an import behaves the same in both (idempotent, matched
 * contacts completed rather than duplicated).
 *
 * @noreference internal to the command line
 */
final class ContactFormats {

	/** The {@code export --format} name of vCard. */
	static final String VCARD = "vcard"; //$NON-NLS-1$

	/** {@code import --format} names. */
	private static final Map<String, ContactFormat> IMPORTS = new LinkedHashMap<>();
	/** {@code export --format} names: only the formats Rapport can write. */
	private static final Map<String, ContactFormat> EXPORTS = new LinkedHashMap<>();

	static {
		IMPORTS.put("vcard", ContactFormat.VCARD); //$NON-NLS-1$
		IMPORTS.put("linkedin", ContactFormat.LINKEDIN_CONNECTIONS); //$NON-NLS-1$
		IMPORTS.put("google", ContactFormat.GOOGLE_CONTACTS); //$NON-NLS-1$
		EXPORTS.put(VCARD, ContactFormat.VCARD);
		// Google's CSV is the one CSV Rapport writes (LinkedIn takes no files)
		EXPORTS.put("csv", ContactFormat.GOOGLE_CONTACTS); //$NON-NLS-1$
	}

	List<String> exportFormats() {
		return List.copyOf(EXPORTS.keySet());
	}

	List<String> importFormats() {
		return List.copyOf(IMPORTS.keySet());
	}

	/** {@code vcf} means vCard; {@code csv} Google Contacts CSV; anything else nothing. */
	String exportFormatOfExtension(String extension) {
		for (Map.Entry<String, ContactFormat> format : EXPORTS.entrySet()) {
			if (format.getValue().getFileExtension().equals(extension)) {
				return format.getKey();
			}
		}
		return null;
	}

	/**
	 * Writes the plan's contacts to the target, atomically.
	 *
	 * @param vcardVersion the vCard version, when the format is vCard
	 * @return what was written, for the person
	 */
	String export(String format, NetworkingPlan plan, Path target, VCardExporter.Version vcardVersion) throws IOException {
		ContactExporter exporter = switch (EXPORTS.get(format)) {
		case VCARD -> new VCardExporter(vcardVersion);
		case GOOGLE_CONTACTS -> new GoogleContactsExporter();
		default -> throw new IllegalArgumentException(format);
		};
		Interchange.export(target, exporter, plan.getContacts(), new NullProgressMonitor());
		return NLS.bind(Messages.Export_contacts, Integer.toString(plan.getContacts().size()));
	}

	/**
	 * What the person should know about the file beyond the summary, as the preview shows it: warnings about the
	 * whole file, each row not imported with its line and reason, each row whose characters were replaced.
	 */
	private static List<String> notes(ImportPreview preview, String inArg) {
		List<String> notes = new java.util.ArrayList<>();
		for (String warning : preview.getParsed().warnings()) {
			notes.add(NLS.bind(Messages.Import_warning, inArg, warning));
		}
		for (ImportRow row : preview.getRows()) {
			if (row.getStatus() == ImportStatus.REJECTED) {
				notes.add(NLS.bind(Messages.Import_rowRejected,
						new Object[] { inArg, Integer.toString(row.getLine()), row.getReason() }));
			} else if (row.getRecord().getReplacedCharacters() > 0) {
				notes.add(NLS.bind(Messages.Import_rowReplaced, new Object[] { inArg, Integer.toString(row.getLine()),
						Integer.toString(row.getRecord().getReplacedCharacters()) }));
			}
		}
		return notes;
	}

	/** What an import did: its summary ("3 new, 2 updated, ...") and whether the plan changed. */
	record Imported(String summary, boolean changed, List<String> notes) {
	}

	/**
	 * Reads the file and applies the whole import to the plan in memory, as one command; the caller saves.
	 *
	 * @param inArg the file as the person named it, for messages
	 * @throws CommandException (bad input) when the file cannot be read or is not of the format given; the
	 *                          plan is then unchanged
	 */
	Imported importInto(String format, NetworkingPlan plan, Path in, String inArg) throws CommandException {
		if (Files.isDirectory(in)) {
			throw new CommandException(ExitCode.BAD_INPUT, NLS.bind(Messages.Import_isDirectory, inArg));
		}
		ImportPreview preview;
		try {
			preview = Interchange.preview(in, IMPORTS.get(format), plan, new NullProgressMonitor());
		} catch (InterchangeException e) {
			// its message names the file already; the line, when it has one, is put first as for plans
			String message = e.getLine() > 0
					? Commands.located(inArg, e.getLine(), -1, e.getMessage())
					: e.getMessage();
			throw new CommandException(ExitCode.BAD_INPUT, message, e);
		} catch (NoSuchFileException e) {
			throw new CommandException(ExitCode.BAD_INPUT, NLS.bind(Messages.Import_missing, inArg), e);
		} catch (AccessDeniedException e) {
			throw new CommandException(ExitCode.BAD_INPUT, NLS.bind(Messages.Import_accessDenied, inArg), e);
		} catch (IOException e) {
			throw new CommandException(ExitCode.BAD_INPUT,
					NLS.bind(Messages.Import_unreadable, inArg, Commands.describe(e)), e);
		}
		// the editing domain the workbench would use, so the import is the very same command
		boolean changed = preview.apply(EditingDomains.create(plan.eResource().getResourceSet()));
		return new Imported(preview.getSummary(), changed, notes(preview, inArg));
	}
}
