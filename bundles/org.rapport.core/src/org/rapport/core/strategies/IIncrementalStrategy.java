/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import org.rapport.model.NetworkingPlan;

/**
 * A strategy that can score a plan again after an edit from what it kept of its previous scoring of the same plan,
 * recomputing only what the changed objects touch: what the workbench calls while the person edits (through
 * {@link IStrategyRegistry#rescore}). Optional: a strategy that implements only {@link IStrategy} is scored in
 * full after every edit that concerns it, as before.
 * <p>
 * The contract: {@link #rescore} returns exactly what {@link #score} returns for the same plan and context (the
 * same score and the same findings in the same order), whatever it kept. {@link Rescoring#getState()} is what this
 * strategy left with {@link Rescoring#setState(Object)} at its previous call on the same plan object, with a context
 * of the same day and follow-up settings, or {@code null} (then score in full, and keep a state for the next call);
 * {@link Rescoring#getChanged()} holds every object of the plan that was edited since that call. The state may be
 * changed in place: when a call fails, times out or is cancelled, the caller drops it. The rules of
 * {@link IStrategy} hold: no state in the instance, the plan is read only.
 * </p>
 *
 * @since 1.1
 */
public interface IIncrementalStrategy extends IStrategy {

	/**
	 * Scores the plan again from the state kept at the previous call.
	 *
	 * @param plan      the plan to score; read only
	 * @param context   the day, the settings and the cancellation check, as for {@link #score}
	 * @param rescoring the state kept at the previous call (or none) and the objects edited since; the place to
	 *                  keep the state for the next call
	 * @return what {@link #score} would return, never {@code null}
	 */
	StrategyResult rescore(NetworkingPlan plan, ScoringContext context, Rescoring rescoring);
}
