/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.fakes;

import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;

/** A contribution with a bug: it throws on every call. The Scorecard must show it failed, and nothing else. */
public class ThrowingStrategy implements IStrategy {

	public static final String ID = "org.rapport.ui.tests.throwing";
	public static final String MESSAGE = "a bug in a contributed strategy";

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		throw new IllegalStateException(MESSAGE);
	}
}
