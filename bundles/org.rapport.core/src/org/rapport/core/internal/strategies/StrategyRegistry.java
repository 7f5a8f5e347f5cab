/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.registry.ExtensionPointTracker;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.StrategyPreferences;
import org.rapport.model.NetworkingPlan;

/**
 * The strategy registry behind {@link Strategies#getRegistry()}. Public only so that tests can run one of
 * their own; everyone else uses the shared one.
 */
public final class StrategyRegistry implements IStrategyRegistry {

	static final String PLUGIN_ID = "org.rapport.core"; //$NON-NLS-1$

	private static final Comparator<StrategyDescriptor> ORDER = Comparator
			.comparing(StrategyDescriptor::getCategory, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(StrategyDescriptor::getName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(StrategyDescriptor::getId);

	/** What the registry knows at one moment; replaced whole when plugins come or go. */
	private record State(List<StrategyDescriptor> descriptors, Map<String, StrategyContribution> byId,
			Set<IConfigurationElement> rejected, Set<IConfigurationElement> duplicates) {
		static final State EMPTY = new State(List.of(), Map.of(), Set.of(), Set.of());
	}

	private final IExtensionRegistry extensionRegistry;
	private final ILog log = ILog.of(StrategyRegistry.class);
	private final StrategyDescriptorReader reader = new StrategyDescriptorReader(log);
	private final ExecutorService workers;
	private final ExtensionPointTracker<State> tracker;

	public StrategyRegistry(IExtensionRegistry extensionRegistry) {
		this.extensionRegistry = Objects.requireNonNull(extensionRegistry, "extensionRegistry"); //$NON-NLS-1$
		this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				new WorkerFactory());
		// listeners hear of the strategies in use, not of contributions rejected or kept aside as duplicates
		this.tracker = new ExtensionPointTracker<>(extensionRegistry, Strategies.EXTENSION_POINT_ID, State.EMPTY,
				this::read, State::byId);
	}

	/** Stops listening to the extension registry and lets idle worker threads end. */
	public void dispose() {
		tracker.dispose();
		workers.shutdownNow();
	}

	@Override
	public List<StrategyDescriptor> getStrategies() {
		return tracker.state().descriptors();
	}

	@Override
	public StrategyDescriptor getStrategy(String id) {
		StrategyContribution contribution = tracker.state().byId().get(id);
		return contribution == null ? null : contribution.getDescriptor();
	}

	@Override
	public StrategyOutcome score(StrategyDescriptor strategy, NetworkingPlan plan, ScoringContext context) {
		return call(strategy, plan, context, null);
	}

	@Override
	public StrategyOutcome rescore(StrategyDescriptor strategy, NetworkingPlan plan, ScoringContext context,
			Rescoring rescoring) {
		return call(strategy, plan, context, Objects.requireNonNull(rescoring, "rescoring")); //$NON-NLS-1$
	}

	private StrategyOutcome call(StrategyDescriptor strategy, NetworkingPlan plan, ScoringContext context,
			Rescoring rescoring) {
		Objects.requireNonNull(strategy, "strategy"); //$NON-NLS-1$
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Objects.requireNonNull(context, "context"); //$NON-NLS-1$
		StrategyContribution contribution = tracker.state().byId().get(strategy.getId());
		if (contribution == null
				|| !contribution.getDescriptor().getContributor().equals(strategy.getContributor())) {
			if (rescoring != null) {
				rescoring.discard();
			}
			return StrategyOutcome.failed(strategy,
					NLS.bind(Messages.Failure_notInstalled, strategy.getName(), strategy.getContributor()), 0);
		}
		return contribution.score(plan, context, rescoring, getTimeLimitMillis(), workers);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The strategies run one after the other, each within the time limit.
	 * </p>
	 *
	 * @throws OperationCanceledException when the context is cancelled between two strategies
	 */
	@Override
	public PlanHealth scoreAll(NetworkingPlan plan, ScoringContext context) {
		List<StrategyOutcome> outcomes = new ArrayList<>();
		for (StrategyDescriptor strategy : tracker.state().descriptors()) {
			if (context.isCanceled()) {
				throw new OperationCanceledException();
			}
			outcomes.add(score(strategy, plan, context));
		}
		return new PlanHealth(outcomes, this::getWeight);
	}

	@Override
	public double getWeight(StrategyDescriptor strategy) {
		String preference = preferences().getString(StrategyPreferences.QUALIFIER,
				StrategyPreferences.weightKey(strategy.getId()), null, null);
		if (preference != null) {
			double weight = StrategyDescriptorReader.parseWeight(preference);
			if (!Double.isNaN(weight)) {
				return weight;
			}
		}
		return strategy.getDefaultWeight();
	}

	@Override
	public long getTimeLimitMillis() {
		long limit = preferences().getLong(StrategyPreferences.QUALIFIER, StrategyPreferences.TIME_LIMIT_MILLIS,
				StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS, null);
		return limit > 0 ? limit : StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS;
	}

	/** Whether an abandoned call of the strategy is still running, so that it will not be called now. */
	public boolean isBusy(StrategyDescriptor strategy) {
		StrategyContribution contribution = tracker.state().byId().get(strategy.getId());
		return contribution != null && contribution.isBusy();
	}

	@Override
	public void addChangeListener(Runnable listener) {
		tracker.addChangeListener(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		tracker.removeChangeListener(listener);
	}

	/**
	 * Reads the extension point. Contributions still installed keep their instance and what was logged
	 * about them; removed ones are dropped with their instance; rejected ones are not reported again.
	 */
	private State read(State old) {
		Map<IConfigurationElement, StrategyContribution> known = new HashMap<>();
		for (StrategyContribution contribution : old.byId().values()) {
			known.put(contribution.getElement(), contribution);
		}
		List<StrategyContribution> candidates = new ArrayList<>();
		Set<IConfigurationElement> rejected = new HashSet<>();
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(Strategies.EXTENSION_POINT_ID)) {
			if (!StrategyDescriptorReader.ELEMENT_STRATEGY.equals(element.getName())) {
				continue;
			}
			StrategyContribution contribution = known.get(element);
			if (contribution == null && !old.rejected().contains(element)) {
				StrategyDescriptor descriptor = reader.read(element);
				contribution = descriptor == null ? null : new StrategyContribution(descriptor, element, log);
			}
			if (contribution == null) {
				rejected.add(element);
			} else {
				candidates.add(contribution);
			}
		}
		// a strategy already in use keeps its id against a newcomer that claims it too
		candidates.sort(Comparator.comparing(candidate -> !known.containsKey(candidate.getElement())));
		Map<String, StrategyContribution> byId = new LinkedHashMap<>();
		Set<IConfigurationElement> duplicates = new HashSet<>();
		for (StrategyContribution contribution : candidates) {
			StrategyDescriptor descriptor = contribution.getDescriptor();
			StrategyContribution first = byId.putIfAbsent(descriptor.getId(), contribution);
			if (first != null) {
				// kept apart from the rejected: it becomes the strategy if the first one is uninstalled
				duplicates.add(contribution.getElement());
				if (!old.duplicates().contains(contribution.getElement())) {
					log.log(new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.Invalid_duplicateId,
							new Object[] { descriptor.getName(), descriptor.getContributor(),
									first.getDescriptor().getContributor(), descriptor.getId() })));
				}
			}
		}
		List<StrategyDescriptor> descriptors = new ArrayList<>();
		for (StrategyContribution contribution : byId.values()) {
			descriptors.add(contribution.getDescriptor());
		}
		descriptors.sort(ORDER);
		return new State(List.copyOf(descriptors), Map.copyOf(byId), Set.copyOf(rejected), Set.copyOf(duplicates));
	}

	private static IPreferencesService preferences() {
		return Platform.getPreferencesService();
	}

	/** Daemon threads, so that a strategy that never returns cannot keep the application from exiting. */
	private static final class WorkerFactory implements ThreadFactory {
		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "Rapport strategy worker " + count.incrementAndGet()); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		}
	}
}
