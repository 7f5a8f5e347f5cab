/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.fakes;

import java.util.List;

import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;

/** A contribution that returns nonsense: a score that is not a number. */
public class NotANumberStrategy implements IStrategy {

	public static final String ID = "org.rapport.ui.tests.notANumber";

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return StrategyResult.of(Double.NaN, List.of());
	}
}
