/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

/** What capturing does with one event. */
public enum CaptureStatus {
	/** A past meeting with contacts, not logged yet: applying logs it. */
	NEW,
	/** The plan has an interaction captured from this event (by its UID): nothing changes. */
	LOGGED,
	/** Not a meeting to log; the reason says why. */
	SKIPPED
}
