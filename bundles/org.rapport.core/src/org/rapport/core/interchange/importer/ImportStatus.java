/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

/** What applying an import does with one record of the file. */
public enum ImportStatus {
	/** The person is not in the plan: a new contact is added. */
	NEW,
	/** The person is in the plan (or earlier in the file) and the record adds something to them. */
	UPDATE,
	/** The person is in the plan (or earlier in the file) and the record adds nothing. */
	DUPLICATE,
	/** The record cannot be imported; the reason says why. Nothing changes for it. */
	REJECTED
}
