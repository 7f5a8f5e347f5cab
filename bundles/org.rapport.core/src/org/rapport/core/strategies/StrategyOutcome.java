/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.List;
import java.util.Objects;

/** The result of calling one strategy: its score and findings, or why it failed. */
public final class StrategyOutcome {

	private final StrategyDescriptor strategy;
	private final double score;
	private final List<Finding> findings;
	private final String failure;
	private final long elapsedMillis;

	private StrategyOutcome(StrategyDescriptor strategy, double score, List<Finding> findings, String failure,
			long elapsedMillis) {
		this.strategy = Objects.requireNonNull(strategy, "strategy"); //$NON-NLS-1$
		this.score = score;
		this.findings = List.copyOf(findings);
		this.failure = failure;
		this.elapsedMillis = elapsedMillis;
	}

	public static StrategyOutcome succeeded(StrategyDescriptor strategy, double score, List<Finding> findings,
			long elapsedMillis) {
		return new StrategyOutcome(strategy, score, findings, null, elapsedMillis);
	}

	/** @param failure why the contribution failed, naming its plugin, written for a person */
	public static StrategyOutcome failed(StrategyDescriptor strategy, String failure, long elapsedMillis) {
		return new StrategyOutcome(strategy, Double.NaN, List.of(), Objects.requireNonNull(failure), elapsedMillis);
	}

	public StrategyDescriptor getStrategy() {
		return strategy;
	}

	public boolean isFailed() {
		return failure != null;
	}

	/** The score from 0 to 100; NaN when the strategy failed. */
	public double getScore() {
		return score;
	}

	public List<Finding> getFindings() {
		return findings;
	}

	/** Why the strategy failed, or {@code null}. */
	public String getFailure() {
		return failure;
	}

	public long getElapsedMillis() {
		return elapsedMillis;
	}

	/** The same outcome with other findings: used to map findings from a snapshot back to the plan. */
	public StrategyOutcome withFindings(List<Finding> newFindings) {
		return new StrategyOutcome(strategy, score, newFindings, failure, elapsedMillis);
	}
}
