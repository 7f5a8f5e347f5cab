/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

/** A server that cannot be used for a sync; the message is worded for the person syncing. */
public class SyncException extends Exception {

	private static final long serialVersionUID = 1L;

	public SyncException(String message, Throwable cause) {
		super(message, cause);
	}

	public SyncException(String message) {
		super(message);
	}
}
