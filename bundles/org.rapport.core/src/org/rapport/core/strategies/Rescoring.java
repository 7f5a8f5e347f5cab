/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * One call of {@link IIncrementalStrategy#rescore}: what the strategy kept at its previous call on the same plan,
 * the objects of the plan edited since, and the place to keep a state for the next call. Made by the caller, which
 * keeps the state between calls (one per plan and strategy) and guarantees that it comes from a call on the same
 * plan object with a context of the same day and follow-up settings.
 *
 * @since 1.1
 */
public final class Rescoring {

	private final Set<EObject> changed;
	private Object state;
	private boolean discarded;

	/** A first call: no state, so the strategy scores in full. */
	public Rescoring() {
		this(null, Set.of());
	}

	/**
	 * @param state   what the strategy kept at its previous call, or {@code null}
	 * @param changed the objects of the plan edited since that call (their attributes or references set, their
	 *                lists changed); objects the edits added need not be in it, objects they removed are no longer in
	 *                the plan
	 */
	public Rescoring(Object state, Set<EObject> changed) {
		this.state = state;
		Set<EObject> objects = Collections.newSetFromMap(new IdentityHashMap<>(Math.max(4, changed.size() * 2)));
		objects.addAll(Objects.requireNonNull(changed, "changed")); //$NON-NLS-1$
		this.changed = Collections.unmodifiableSet(objects);
	}

	/** What the strategy kept at its previous call, or {@code null}: then it scores in full. */
	public synchronized Object getState() {
		return discarded ? null : state;
	}

	/** Keeps a state for the next call (the strategy's own object; it may be the one it got, changed in place). */
	public synchronized void setState(Object newState) {
		if (!discarded) {
			state = newState;
		}
	}

	/** The objects of the plan edited since the previous call; meaningful only with a state. */
	public Set<EObject> getChanged() {
		return changed;
	}

	/**
	 * Drops the state for good: the call failed, timed out or was cancelled, so the state may be half changed. A
	 * call still running when this happens can no longer keep one.
	 */
	public synchronized void discard() {
		discarded = true;
		state = null;
	}

	public synchronized boolean isDiscarded() {
		return discarded;
	}
}
