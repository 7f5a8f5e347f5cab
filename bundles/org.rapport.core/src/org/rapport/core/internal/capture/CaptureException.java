/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

/** A calendar that cannot be read or reached; the message is worded for the person capturing. */
public class CaptureException extends Exception {

	private static final long serialVersionUID = 1L;

	public CaptureException(String message, Throwable cause) {
		super(message, cause);
	}

	public CaptureException(String message) {
		super(message);
	}
}
