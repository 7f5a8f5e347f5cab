/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.strategies.IIncrementalStrategy;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;

/**
 * What the strategies that score incrementally ({@link IIncrementalStrategy}) keep between the scoring runs of one
 * {@link PlanReplica}'s plan, and the objects of the replica's copy edited since each strategy's last run (told by
 * the replica as it applies edits, whoever acquires it: the scoring or the validation). A state is handed back
 * only for the same copy of the plan, day and follow-up settings it was made with; otherwise, and after a failed
 * run, the strategy scores in full. Used by the editor's scoring and by the benchmarks and tests of that path.
 * Thread-safe: the replica tells on the owner's thread, runs happen in jobs.
 */
public final class Rescorings {

	/** Beyond this many edited objects (an import, say) a strategy scores in full: cheaper than tracking them. */
	static final int MAX_EDITED = 20_000;

	private static final class Memory {
		final Object state;
		final NetworkingPlan plan;
		final LocalDate day;
		final FollowUpSettings settings;
		final Set<EObject> edited = Collections.newSetFromMap(new IdentityHashMap<>());

		Memory(Object state, NetworkingPlan plan, LocalDate day, FollowUpSettings settings) {
			this.state = state;
			this.plan = plan;
			this.day = day;
			this.settings = settings;
		}
	}

	private final PlanReplica replica;
	private final Consumer<Set<EObject>> listener = this::edited;
	private final Map<String, Memory> byStrategy = new HashMap<>();

	/** Starts following the replica's edits; call on the thread that owns the plan. */
	public Rescorings(PlanReplica replica) {
		this.replica = Objects.requireNonNull(replica, "replica"); //$NON-NLS-1$
		replica.addEditListener(listener);
	}

	/** Stops following the replica and forgets every state. */
	public void dispose() {
		replica.removeEditListener(listener);
		forgetAll();
	}

	/** Forgets every state: the next run of each strategy scores in full. */
	public synchronized void forgetAll() {
		byStrategy.clear();
	}

	/** Whether a state of the strategy is kept for its next run (for tests). */
	public synchronized boolean isKept(String strategyId) {
		return byStrategy.containsKey(strategyId);
	}

	private synchronized void edited(Set<EObject> objects) {
		byStrategy.values().removeIf(memory -> {
			memory.edited.addAll(objects);
			return memory.edited.size() > MAX_EDITED;
		});
	}

	/**
	 * Scores the replica's plan with one strategy through the registry's {@link IStrategyRegistry#rescore}, from what
	 * the strategy kept at its previous run when that was on the same copy, day and settings, and keeps what it
	 * keeps now unless the run failed. Call while holding the replica's snapshot.
	 *
	 * @param plan the replica's copy ({@code snapshot.getPlan()})
	 */
	public StrategyOutcome score(IStrategyRegistry registry, StrategyDescriptor strategy, NetworkingPlan plan,
			ScoringContext context) {
		Rescoring rescoring = take(strategy.getId(), plan, context);
		StrategyOutcome outcome = registry.rescore(strategy, plan, context, rescoring);
		if (!outcome.isFailed() && !context.isCanceled()) {
			keep(strategy.getId(), rescoring.getState(), plan, context);
		}
		return outcome;
	}

	private synchronized Rescoring take(String id, NetworkingPlan plan, ScoringContext context) {
		Memory memory = byStrategy.remove(id);
		if (memory == null || memory.plan != plan || !memory.day.equals(context.today())
				|| !memory.settings.equals(context.followUpSettings())) {
			return new Rescoring();
		}
		return new Rescoring(memory.state, memory.edited);
	}

	private synchronized void keep(String id, Object state, NetworkingPlan plan, ScoringContext context) {
		if (state != null) {
			byStrategy.put(id, new Memory(state, plan, context.today(), context.followUpSettings()));
		}
	}
}
