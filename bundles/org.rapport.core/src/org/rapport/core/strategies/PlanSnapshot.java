/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.rapport.core.internal.strategies.PlanCopier;
import org.rapport.model.NetworkingPlan;

/**
 * A private copy of a plan for scoring in the background, and the way back from objects of the copy to
 * the plan's own.
 * <p>
 * Strategies may take a while; the person keeps editing meanwhile. So a scoring job works on a copy:
 * </p>
 * <pre>
 * PlanSnapshot snapshot = PlanSnapshot.of(plan); // on the thread that owns the plan: the UI thread
 * Job.create("Scoring", monitor -&gt; {
 *     PlanHealth health = Strategies.getRegistry().scoreAll(snapshot.getPlan(), context);
 *     show(snapshot.mapBack(health)); // findings now point at objects of the plan being edited
 * }).schedule();
 * </pre>
 * <p>
 * {@link #of(NetworkingPlan)} reads the whole plan, so it must run on the thread that owns the model
 * (the UI thread in the workbench), where no edit can happen halfway through the copy. After that the
 * snapshot is independent of the plan: scoring and {@link #mapBack(PlanHealth)} may run on any thread.
 * References to objects outside the plan are not copied; findings about them are left as they are.
 * </p>
 */
public final class PlanSnapshot {

	private final NetworkingPlan original;
	private final NetworkingPlan copy;
	private final Map<EObject, EObject> copyToOriginal;

	/** A snapshot over a copy kept by a {@link PlanReplica}: its map changes only while no one holds it. */
	PlanSnapshot(NetworkingPlan original, NetworkingPlan copy, Map<EObject, EObject> copyToOriginal) {
		this.original = original;
		this.copy = copy;
		this.copyToOriginal = copyToOriginal;
	}

	/**
	 * Copies the plan and everything it contains. Call it on the thread that owns the plan.
	 */
	public static PlanSnapshot of(NetworkingPlan plan) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		EcoreUtil.Copier copier = new PlanCopier();
		NetworkingPlan copy = (NetworkingPlan) copier.copy(plan);
		copier.copyReferences();

		Map<EObject, EObject> copyToOriginal = new IdentityHashMap<>(copier.size());
		copier.forEach((originalObject, copyObject) -> copyToOriginal.put(copyObject, originalObject));

		// a resource of its own, so strategies see the same URIs and ids as in the plan's file
		Resource originalResource = plan.eResource();
		XMLResource copyResource = new XMIResourceImpl(originalResource != null ? originalResource.getURI() : null);
		copyResource.getContents().add(copy);
		if (originalResource instanceof XMLResource xmlResource) {
			copier.forEach((originalObject, copyObject) -> {
				String id = xmlResource.getID(originalObject);
				if (id != null) {
					copyResource.setID(copyObject, id);
				}
			});
		}
		return new PlanSnapshot(plan, copy, copyToOriginal);
	}

	/** The copy: give this to the strategies. */
	public NetworkingPlan getPlan() {
		return copy;
	}

	/** The plan the snapshot was taken of. */
	public NetworkingPlan getOriginal() {
		return original;
	}

	/**
	 * The object of the plan that this object of the copy was copied from; any other object (one of the
	 * plan's own, one outside it, or {@code null}) is returned as it is.
	 */
	public EObject toOriginal(EObject object) {
		EObject originalObject = object == null ? null : copyToOriginal.get(object);
		return originalObject != null ? originalObject : object;
	}

	/** The finding, about the plan's object instead of the copy's. */
	public Finding mapBack(Finding finding) {
		EObject subject = finding.getSubject();
		EObject originalSubject = toOriginal(subject);
		return originalSubject == subject ? finding : finding.withSubject(originalSubject);
	}

	/** The outcome, with its findings about the plan's objects instead of the copy's. */
	public StrategyOutcome mapBack(StrategyOutcome outcome) {
		List<Finding> findings = outcome.getFindings().stream().map(this::mapBack).toList();
		return outcome.withFindings(findings);
	}

	/** The health, with every finding about the plan's objects instead of the copy's; scores are kept. */
	public PlanHealth mapBack(PlanHealth health) {
		return health.mapFindings(this::mapBack);
	}
}
