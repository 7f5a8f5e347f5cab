/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One problem the validator found: its severity ({@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or
 * {@link Diagnostic#INFO}), message, the plan object it is about (may be {@code null}) and the feature (may be
 * {@code null}).
 */
public record ValidationProblem(int severity, String message, EObject object, EStructuralFeature feature, int code) {
}
