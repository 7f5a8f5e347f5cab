/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.store;

import java.nio.file.Path;

/**
 * A plan could not be saved. The file on disk is as it was before the save (a save never leaves a
 * half-written file) and no temporary file is left behind. The {@linkplain #getMessage() message} names the
 * file and the reason, in words meant for people.
 */
public class PlanSaveException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String reason;

	/**
	 * @param file    the file that was being written
	 * @param reason  why it failed, in words a person understands (no file name)
	 * @param message the full message (file and reason)
	 * @param cause   the underlying exception, or {@code null}
	 */
	public PlanSaveException(Path file, String reason, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.reason = reason;
	}

	/** The file that was being written. */
	public Path getFile() {
		return file;
	}

	/** Why the save failed, without the file name. */
	public String getReason() {
		return reason;
	}
}
