/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;

/**
 * Entry point of plan validation, usable in plain Java: {@code PlanValidation.validate(plan)}.
 * <p>
 * It uses a {@link Diagnostician} over a private {@link EValidatorRegistryImpl} holding {@link PlanValidator}
 * for {@link RapportPackage}; the global {@link EValidator.Registry#INSTANCE} is neither read nor changed.
 * Callers that want the validator in another registry (for example the global one, for EMF tools) call
 * {@link #register(EValidator.Registry)} themselves.
 */
public final class PlanValidation {

	private PlanValidation() {
	}

	/** Validates the plan and everything it contains; the result's children are the individual problems. */
	public static Diagnostic validate(NetworkingPlan plan) {
		return validate((EObject) plan);
	}

	/** Validates any plan object and its contents. */
	public static Diagnostic validate(EObject object) {
		return newDiagnostician().validate(object);
	}

	/**
	 * Validates one plan object without its contents: the rules about that object alone, which is what a form
	 * editing its fields shows. Validating the plan this way does not walk its thousands of contacts.
	 */
	public static Diagnostic validateAlone(EObject object) {
		Diagnostician diagnostician = newDiagnostician();
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(object);
		PlanValidator.INSTANCE.validate(object.eClass(), object, diagnostics, diagnostician.createDefaultContext());
		return diagnostics;
	}

	/** Validates with extra context entries (see {@link Diagnostician#createDefaultContext()}). */
	public static Diagnostic validate(EObject object, Map<Object, Object> context) {
		Diagnostician diagnostician = newDiagnostician();
		Map<Object, Object> all = diagnostician.createDefaultContext();
		if (context != null) {
			all.putAll(context);
		}
		return diagnostician.validate(object, all);
	}

	/** A fresh diagnostician over a private registry, naming objects as {@link PlanLabels} does. */
	public static Diagnostician newDiagnostician() {
		return new Diagnostician(createRegistry()) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return eObject.eClass().getEPackage() == RapportPackage.eINSTANCE ? PlanLabels.label(eObject)
						: super.getObjectLabel(eObject);
			}
		};
	}

	/** A new registry that holds only {@link PlanValidator#INSTANCE} for {@link RapportPackage}. */
	public static EValidator.Registry createRegistry() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		register(registry);
		return registry;
	}

	/** Puts {@link PlanValidator#INSTANCE} in the given registry for {@link RapportPackage}. */
	public static void register(EValidator.Registry registry) {
		registry.put(RapportPackage.eINSTANCE, PlanValidator.INSTANCE);
	}

	/**
	 * The individual problems found by {@link #validate}, flattened, most severe first (stable otherwise);
	 * convenient for views and the command line.
	 */
	public static List<Diagnostic> problems(Diagnostic result) {
		List<Diagnostic> problems = new ArrayList<>();
		collect(result, problems);
		problems.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				into.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, into);
		}
	}
}
