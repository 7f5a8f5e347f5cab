/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.Severity;

/**
 * Something a strategy found: how serious it is, a message written for the person whose plan it is, the
 * model object it is about (if any) and what they could do about it (if anything).
 */
public final class Finding {

	private final Severity severity;
	private final String message;
	private final EObject subject;
	private final String suggestedAction;

	public Finding(Severity severity, String message, EObject subject, String suggestedAction) {
		this.severity = Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
		this.message = Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		this.subject = subject;
		this.suggestedAction = suggestedAction;
	}

	public static Finding info(EObject subject, String message, String suggestedAction) {
		return new Finding(Severity.INFO, message, subject, suggestedAction);
	}

	public static Finding warning(EObject subject, String message, String suggestedAction) {
		return new Finding(Severity.WARNING, message, subject, suggestedAction);
	}

	public static Finding error(EObject subject, String message, String suggestedAction) {
		return new Finding(Severity.ERROR, message, subject, suggestedAction);
	}

	public Severity getSeverity() {
		return severity;
	}

	public String getMessage() {
		return message;
	}

	/** The model object the finding is about, or {@code null} when it is about the plan as a whole. */
	public EObject getSubject() {
		return subject;
	}

	/** What the person could do, or {@code null}. */
	public String getSuggestedAction() {
		return suggestedAction;
	}

	/** The same finding about another object: used to map findings from a snapshot back to the plan. */
	public Finding withSubject(EObject newSubject) {
		return new Finding(severity, message, newSubject, suggestedAction);
	}

	@Override
	public String toString() {
		return severity + ": " + message; //$NON-NLS-1$
	}
}
