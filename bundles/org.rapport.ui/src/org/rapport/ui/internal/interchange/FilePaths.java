/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** What the wizards check about a file name typed by the user, with messages that say what is wrong. */
final class FilePaths {

	private FilePaths() {
	}

	/**
	 * The typed text as an absolute, normalized path ({@code ~/} meaning the home folder), or {@code null} when
	 * it is empty or not a path; {@link #problem(String)} says why.
	 */
	static Path parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.equals("~") || trimmed.startsWith("~/")) { //$NON-NLS-1$ //$NON-NLS-2$
			trimmed = System.getProperty("user.home") + trimmed.substring(1); //$NON-NLS-1$
		}
		try {
			Path path = Path.of(trimmed);
			return path.isAbsolute() && path.getFileName() != null ? path.normalize() : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** Why {@link #parse(String)} gives no path for a non-empty text. */
	static String problem(String text) {
		String trimmed = text.strip();
		try {
			Path.of(trimmed);
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.File_badPath, trimmed);
		}
		return NLS.bind(Messages.File_notAbsolute, trimmed);
	}

	/** What keeps the file from being read, or {@code null} when it can be. */
	static String checkReadable(Path file) {
		if (!Files.exists(file)) {
			return NLS.bind(Messages.File_missing, file);
		}
		if (Files.isDirectory(file)) {
			return NLS.bind(Messages.File_isFolder, file);
		}
		if (!Files.isReadable(file)) {
			return NLS.bind(Messages.File_unreadable, file);
		}
		return null;
	}

	/** What keeps the file from being written, or {@code null} when it can be (an existing file is replaced). */
	static String checkWritable(Path file) {
		if (Files.isDirectory(file)) {
			return NLS.bind(Messages.File_isFolder, file);
		}
		Path folder = file.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return NLS.bind(Messages.File_noFolder, folder);
		}
		return null;
	}

	/** The system's reason for a failed read or write, in words (not just the path, as some exceptions have it). */
	static String reason(Exception e) {
		if (e instanceof NoSuchFileException) {
			return Messages.File_noSuchFile;
		}
		if (e instanceof AccessDeniedException) {
			return Messages.File_accessDenied;
		}
		if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		String message = e.getLocalizedMessage();
		return message != null ? message : e.getClass().getSimpleName();
	}
}
