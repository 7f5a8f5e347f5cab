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

/** Returns 150, above the range 0..100. */
public class OutOfRangeStrategy implements IStrategy {

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return StrategyResult.of(150, List.of());
	}
}
