/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies.fakes;

import java.util.List;

import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;

/** Scores 20, without findings; contributed with a default weight of 3. */
public class LowStrategy implements IStrategy {

	public static final double SCORE = 20;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return StrategyResult.of(SCORE, List.of());
	}
}
