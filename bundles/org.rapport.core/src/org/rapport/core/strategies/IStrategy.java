/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import org.rapport.model.NetworkingPlan;

/**
 * A strategy scores one aspect of a networking plan, from 0 (neglected) to 100 (exemplary), and says what
 * could be better. Contributed through the {@code org.rapport.core.strategies} extension point.
 * <p>
 * Implementations are called off the UI thread, on a snapshot of the plan that nobody edits meanwhile;
 * they must not modify it. A call that throws, exceeds the time limit, or returns a score that is not a
 * number from 0 to 100 is recorded as a failure of the contribution; the other strategies are unaffected.
 * Implementations need a public no-argument constructor.
 * </p>
 */
public interface IStrategy {

	/**
	 * Scores the plan.
	 *
	 * @param plan    the plan to score; read only
	 * @param context what the scoring runs against (today's date) and whether it was cancelled
	 * @return the score and the findings, never {@code null}
	 */
	StrategyResult score(NetworkingPlan plan, ScoringContext context);
}
