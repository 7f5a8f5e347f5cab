/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.List;

import org.rapport.model.NetworkingPlan;

/**
 * The strategies contributed to {@code org.rapport.core.strategies}. Metadata is read when the registry
 * starts; a strategy's class is created on first use; every call goes through {@code SafeRunner} with a
 * time limit. Plugins added or removed at run time are picked up. Obtain it with
 * {@link Strategies#getRegistry()}.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface IStrategyRegistry {

	/** The strategies, ordered by category then name. */
	List<StrategyDescriptor> getStrategies();

	/** The strategy with this id, or {@code null}. */
	StrategyDescriptor getStrategy(String id);

	/** Scores the plan with one strategy; never throws for a misbehaving contribution. */
	StrategyOutcome score(StrategyDescriptor strategy, NetworkingPlan plan, ScoringContext context);

	/**
	 * Scores the plan with one strategy again after an edit: through {@link IIncrementalStrategy#rescore} when the
	 * strategy implements it, else in full as {@link #score} does. Never throws for a misbehaving contribution; when
	 * the outcome is a failure (an exception, the time limit, a cancellation) the rescoring's state is discarded.
	 * This default scores in full and discards the state.
	 *
	 * @param rescoring the state the strategy kept at its previous call on this plan and the objects edited since
	 * @since 1.1
	 */
	default StrategyOutcome rescore(StrategyDescriptor strategy, NetworkingPlan plan, ScoringContext context,
			Rescoring rescoring) {
		rescoring.discard();
		return score(strategy, plan, context);
	}

	/**
	 * Scores the plan with every strategy, one after the other, each within the time limit.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the context is cancelled between two
	 *                                                             strategies
	 */
	PlanHealth scoreAll(NetworkingPlan plan, ScoringContext context);

	/** The weight of a strategy in the plan health: the user's preference, or the strategy's default. */
	double getWeight(StrategyDescriptor strategy);

	/** The time limit for one call of a strategy, in milliseconds (a preference). */
	long getTimeLimitMillis();

	/**
	 * Notified, on any thread, when strategies are added or removed because plugins were installed or
	 * uninstalled. Weights are preferences: listen to the preference node for changes of those.
	 */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
