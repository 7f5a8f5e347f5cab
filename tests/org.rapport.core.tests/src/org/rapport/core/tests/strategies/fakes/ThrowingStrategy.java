/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies.fakes;

import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;

/** Always throws. */
public class ThrowingStrategy implements IStrategy {

	public static final String MESSAGE = "the fake strategy always fails";

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		throw new IllegalStateException(MESSAGE);
	}
}
