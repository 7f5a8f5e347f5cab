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

/**
 * A contribution that takes far longer than any time limit (the default is 2 seconds): the registry abandons
 * the call and reports it. It stops when its thread is interrupted, as the registry does to calls it abandons,
 * so that the next run finds it idle rather than still busy.
 */
public class SleepingStrategy implements IStrategy {

	public static final String ID = "org.rapport.ui.tests.sleeping";
	public static final long SLEEP_MILLIS = 5_000;

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
