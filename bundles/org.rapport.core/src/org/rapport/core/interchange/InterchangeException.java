/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import org.rapport.core.interchange.importer.ImportStatus;

/**
 * A contacts file that cannot be read at all (empty, not of the expected format, no header). Problems of
 * single records do not throw: they become {@linkplain ImportStatus#REJECTED rejected} rows of the
 * preview. The message is written for the person importing the file and names it.
 */
public class InterchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	/**
	 * @param message the user-visible message
	 * @param line    the line the problem is at (1-based), or 0 when it is about the whole file
	 * @param cause   the underlying exception, or {@code null}
	 */
	public InterchangeException(String message, int line, Throwable cause) {
		super(message, cause);
		this.line = line;
	}

	/** The line of the file the problem is at (1-based), or 0 when it concerns the whole file. */
	public int getLine() {
		return line;
	}
}
