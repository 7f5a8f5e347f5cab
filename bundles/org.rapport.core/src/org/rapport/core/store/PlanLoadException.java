/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.store;

import java.nio.file.Path;

/**
 * A plan file could not be loaded: it is missing, unreadable, damaged, truncated, not a Rapport plan, or
 * refused (a document type declaration or external entity). The {@linkplain #getMessage() message} is
 * meant for people: it names the file and, when known, the line and column, for example
 * {@code plan.rapport, line 12, column 5: the file is not a complete Rapport plan (...).}
 * <p>
 * A failed load never writes the file.
 * </p>
 */
public class PlanLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	/**
	 * @param file    the file that was loaded
	 * @param line    the line of the problem, 1-based, or {@code -1} when unknown
	 * @param column  the column of the problem, 1-based, or {@code -1} when unknown
	 * @param reason  what is wrong, in words a person understands (no file name, no location)
	 * @param message the full message (file, location and reason)
	 * @param cause   the underlying exception, or {@code null}
	 */
	public PlanLoadException(Path file, int line, int column, String reason, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	/** The file that could not be loaded. */
	public Path getFile() {
		return file;
	}

	/** The 1-based line of the problem, or {@code -1} when the parser did not give one. */
	public int getLine() {
		return line;
	}

	/** The 1-based column of the problem, or {@code -1} when the parser did not give one. */
	public int getColumn() {
		return column;
	}

	/** What is wrong, without the file name and location. */
	public String getReason() {
		return reason;
	}
}
