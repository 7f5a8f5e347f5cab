/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/** Every strategy's outcome for a plan, and their weighted average: the plan's health. */
public final class PlanHealth {

	private final List<StrategyOutcome> outcomes;
	private final double overall;

	/**
	 * @param weights the weight of each strategy (the user's preference, or its default); failed strategies
	 *                and weights of 0 or less count for nothing
	 */
	public PlanHealth(List<StrategyOutcome> outcomes, ToDoubleFunction<StrategyDescriptor> weights) {
		this.outcomes = List.copyOf(outcomes);
		double sum = 0;
		double total = 0;
		for (StrategyOutcome outcome : outcomes) {
			double weight = weights.applyAsDouble(outcome.getStrategy());
			if (!outcome.isFailed() && weight > 0) {
				sum += weight * outcome.getScore();
				total += weight;
			}
		}
		this.overall = total > 0 ? sum / total : Double.NaN;
	}

	private PlanHealth(List<StrategyOutcome> outcomes, double overall) {
		this.outcomes = List.copyOf(outcomes);
		this.overall = overall;
	}

	public List<StrategyOutcome> getOutcomes() {
		return outcomes;
	}

	/** The weighted average of the scores that succeeded, 0..100; NaN when none did. */
	public double getOverall() {
		return overall;
	}

	public StrategyOutcome getOutcome(String strategyId) {
		for (StrategyOutcome outcome : outcomes) {
			if (outcome.getStrategy().getId().equals(strategyId)) {
				return outcome;
			}
		}
		return null;
	}

	/**
	 * The same health with every finding replaced by what the function makes of it; scores and the overall
	 * value are kept. Used to map findings about a snapshot back to the plan (see {@link PlanSnapshot}).
	 */
	public PlanHealth mapFindings(UnaryOperator<Finding> mapping) {
		List<StrategyOutcome> mapped = new ArrayList<>(outcomes.size());
		for (StrategyOutcome outcome : outcomes) {
			List<Finding> findings = new ArrayList<>(outcome.getFindings().size());
			for (Finding finding : outcome.getFindings()) {
				findings.add(mapping.apply(finding));
			}
			mapped.add(outcome.withFindings(findings));
		}
		return new PlanHealth(mapped, overall);
	}
}
