/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.core.internal.interchange.Messages;

/**
 * A single field the file gives a different value for than the plan has. Imports keep the plan's value
 * (they never overwrite); the conflict is shown in the preview so the person can decide.
 *
 * @param feature  the contact's feature
 * @param kept     the value in the plan, which stays
 * @param incoming the file's value, which is not imported
 */
public record FieldConflict(EStructuralFeature feature, String kept, String incoming) {

	/** The conflict in words: the position "CTO" (the file says "CEO"). */
	public String describe() {
		return Messages.bind(Messages.Conflict_item, FieldChange.fieldName(feature), kept, incoming);
	}
}
