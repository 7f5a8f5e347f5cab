/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies.fakes;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;

/**
 * When armed, hangs and ignores interrupts and cancellation until released, like a contribution stuck in
 * a loop; otherwise scores 50 at once. Contributed with a weight of 0, so it never moves the health.
 */
public class HangingStrategy implements IStrategy {

	public static volatile boolean armed;
	public static volatile boolean released;
	public static final AtomicInteger CALLS = new AtomicInteger();

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		CALLS.incrementAndGet();
		while (armed && !released) {
			LockSupport.parkNanos(10_000_000L);
		}
		return StrategyResult.of(50, List.of());
	}
}
