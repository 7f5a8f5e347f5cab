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

/** Sleeps far longer than any time limit used in the tests; an interrupt ends the sleep. */
public class SleepingStrategy implements IStrategy {

	public static final long SLEEP_MILLIS = 60_000;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		try {
			Thread.sleep(SLEEP_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return StrategyResult.of(50, List.of());
	}
}
