/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.validation;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.validation.PlanValidation;

/** Validation results as a list of {@link ValidationProblem}s, counted and filtered. Plain Java. */
public final class PlanProblems {

	private PlanProblems() {
	}

	/** Validates the plan (on the calling thread) and lists its problems, most severe first. */
	public static List<ValidationProblem> validate(NetworkingPlan plan) {
		return of(PlanValidation.validate(plan), UnaryOperator.identity());
	}

	/**
	 * The problems of a validation result, most severe first, each about the object {@code toOriginal} maps the
	 * diagnostic's object to (a snapshot's copy to the plan's object).
	 */
	public static List<ValidationProblem> of(Diagnostic result, UnaryOperator<EObject> toOriginal) {
		List<ValidationProblem> problems = new ArrayList<>();
		for (Diagnostic diagnostic : PlanValidation.problems(result)) {
			List<?> data = diagnostic.getData();
			EObject object = !data.isEmpty() && data.get(0) instanceof EObject e ? toOriginal.apply(e) : null;
			EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
			problems.add(new ValidationProblem(diagnostic.getSeverity(), diagnostic.getMessage(), object, feature,
					diagnostic.getCode()));
		}
		return problems;
	}

	/** The problems whose severity is shown. */
	public static List<ValidationProblem> filter(List<ValidationProblem> problems, boolean errors, boolean warnings,
			boolean infos) {
		List<ValidationProblem> shown = new ArrayList<>();
		for (ValidationProblem problem : problems) {
			if (shows(problem.severity(), errors, warnings, infos)) {
				shown.add(problem);
			}
		}
		return shown;
	}

	private static boolean shows(int severity, boolean errors, boolean warnings, boolean infos) {
		if (severity >= Diagnostic.ERROR) {
			return errors;
		}
		return severity == Diagnostic.WARNING ? warnings : infos;
	}

	/** "3 errors, 12 warnings", or "No problems". */
	public static String summary(List<ValidationProblem> problems) {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (ValidationProblem problem : problems) {
			if (problem.severity() >= Diagnostic.ERROR) {
				errors++;
			} else if (problem.severity() == Diagnostic.WARNING) {
				warnings++;
			} else {
				infos++;
			}
		}
		List<String> parts = new ArrayList<>();
		add(parts, errors, Messages.Validation_errorsOne, Messages.Validation_errors);
		add(parts, warnings, Messages.Validation_warningsOne, Messages.Validation_warnings);
		add(parts, infos, Messages.Validation_infosOne, Messages.Validation_infos);
		return parts.isEmpty() ? Messages.Validation_noProblems : String.join(Messages.Validation_separator, parts);
	}

	private static void add(List<String> parts, int count, String one, String many) {
		if (count == 1) {
			parts.add(one);
		} else if (count > 1) {
			parts.add(NLS.bind(many, NumberFormat.getIntegerInstance().format(count)));
		}
	}
}
