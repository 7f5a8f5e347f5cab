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

/** Returns NaN. */
public class NotANumberStrategy implements IStrategy {

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return StrategyResult.of(Double.NaN, List.of());
	}
}
