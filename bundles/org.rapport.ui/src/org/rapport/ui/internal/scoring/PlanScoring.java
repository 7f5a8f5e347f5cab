/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.internal.strategies.IncrementalScoring;
import org.rapport.core.internal.strategies.Rescorings;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.StrategyPreferences;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.Messages;

/**
 * Keeps a plan's scores up to date while it is edited: the live source of the Scorecard and of anything else
 * that shows scores of an open plan. Get the one of a plan editor with
 * {@code editor.getAdapter(PlanScoring.class)} (see {@link PlanScoringAdapterFactory}).
 * <p>
 * It listens to every change of the plan's resource. Changes come in bursts (a command changes several
 * objects, typing changes a name letter by letter), so it waits until the model has been quiet for
 * {@value #DEBOUNCE_MILLIS} ms. Then it takes a {@link PlanSnapshot} from the editor's {@link PlanReplica} (a
 * copy kept up to date edit by edit, so the UI thread pays for the edit, not for copying the plan) and scores it
 * in a system job, never blocking the UI, and only with the strategies whose {@code affectedBy} classes were
 * touched since the last run: the other strategies' outcomes are kept. A strategy that scores incrementally
 * ({@link org.rapport.core.strategies.IIncrementalStrategy}) starts from what it kept at its previous run and the
 * objects edited since ({@link Rescorings}). Everything is rescored on the first
 * run, when plugins add or remove strategies, and when the strategy preferences change (a new time limit can
 * turn a failure into a score). Findings are mapped back to the plan's own objects, the plan health is
 * recomputed with the registry's weights, and listeners are told on the UI thread.
 * </p>
 * <p>
 * Runs never overlap: changes made while a run is under way are scored by the next run, which starts when
 * that one ends. So a slow strategy delays the scores, not the person.
 * </p>
 * All methods must be called on the UI thread.
 */
public final class PlanScoring {

	/** Told on the UI thread when scoring starts or new scores are ready. */
	public interface Listener {
		void scoringChanged(PlanScoring scoring);
	}

	/** How long the model must be quiet before a run starts. */
	public static final int DEBOUNCE_MILLIS = 300;

	private final NetworkingPlan plan;
	private final IStrategyRegistry registry;
	private final Display display;
	private final Notifier watched;
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private final Object jobFamily = new Object();

	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			IncrementalScoring.Change change = IncrementalScoring.changeOf(notification);
			if (!change.isNone()) {
				onUiThread(() -> changed(change));
			}
		}
	};
	private final Runnable registryListener = () -> onUiThread(this::rescoreAll);
	private final IPreferenceChangeListener preferenceListener = event -> onUiThread(this::rescoreAll);
	private final Runnable debounced = this::run;
	private final PlanReplica replica;
	private final boolean ownsReplica;
	// what the strategies that score incrementally keep between runs
	private final Rescorings rescorings;
	private final Runnable replicaListener = () -> onUiThread(this::replicaAvailable);

	// the state below is confined to the UI thread
	private final Set<String> changedClasses = new HashSet<>();
	private final Set<String> pendingIds = new HashSet<>();
	private boolean fullPending = true;
	private boolean timerPending;
	// a run is due but the replica was not ready (its first copy, or validation holds it)
	private boolean waitingForReplica;
	private ScoringJob job;
	private Map<String, StrategyOutcome> outcomes = Map.of();
	private PlanHealth health;
	private int completedRuns;
	private int scoredInLastRun;
	private boolean disposed;

	/**
	 * Starts following the plan and schedules its first (full) scoring run.
	 *
	 * @param plan     the plan of an editor; it must not be edited on any thread but the display's
	 * @param registry the strategies ({@code Strategies.getRegistry()} in the workbench)
	 * @param display  the display whose thread owns the plan
	 */
	public PlanScoring(NetworkingPlan plan, IStrategyRegistry registry, Display display) {
		this(plan, registry, display, null);
	}

	/**
	 * As {@link #PlanScoring(NetworkingPlan, IStrategyRegistry, Display)}, with the replica of the plan that other
	 * background work shares (the editor's); {@code null} makes one of its own.
	 */
	public PlanScoring(NetworkingPlan plan, IStrategyRegistry registry, Display display, PlanReplica replica) {
		this.plan = Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		this.ownsReplica = replica == null;
		this.replica = replica != null ? replica : new PlanReplica(plan);
		this.replica.addListener(replicaListener);
		this.rescorings = new Rescorings(this.replica);
		this.registry = Objects.requireNonNull(registry, "registry"); //$NON-NLS-1$
		this.display = Objects.requireNonNull(display, "display"); //$NON-NLS-1$
		// the resource, when there is one: a change of its contents (the plan replaced) is a change too
		this.watched = plan.eResource() != null ? plan.eResource() : plan;
		watched.eAdapters().add(modelListener);
		registry.addChangeListener(registryListener);
		preferences().addPreferenceChangeListener(preferenceListener);
		schedule(0);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
	}

	public NetworkingPlan getPlan() {
		return plan;
	}

	/** The registry whose strategies score the plan (and whose weights make the health). */
	public IStrategyRegistry getRegistry() {
		return registry;
	}

	/** The latest scores with findings about the plan's own objects, or {@code null} before the first run ends. */
	public PlanHealth getHealth() {
		return health;
	}

	/** Whether a run is waiting for the model to be quiet or under way: the scores shown may be stale. */
	public boolean isScoring() {
		return timerPending || waitingForReplica || job != null;
	}

	/** Whether a scoring job is under way now (not just waiting for the model to be quiet). */
	public boolean isJobRunning() {
		return job != null;
	}

	/** How many runs have finished: a run that ends after an edit shows it (for tests and status lines). */
	public int getCompletedRuns() {
		return completedRuns;
	}

	/** How many strategies the last finished run called: fewer than all when it was incremental. */
	public int getScoredInLastRun() {
		return scoredInLastRun;
	}

	/** The family of this scoring's jobs, to wait for or cancel them with the job manager. */
	public Object getJobFamily() {
		return jobFamily;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Scores everything again (after the model has been quiet for a moment). */
	public void rescoreAll() {
		if (disposed) {
			return;
		}
		fullPending = true;
		schedule(DEBOUNCE_MILLIS);
	}

	/** Stops following the plan, the registry and the preferences, and cancels a run under way. */
	public void dispose() {
		if (disposed) {
			return;
		}
		disposed = true;
		watched.eAdapters().remove(modelListener);
		replica.removeListener(replicaListener);
		rescorings.dispose();
		if (ownsReplica) {
			replica.dispose();
		}
		registry.removeChangeListener(registryListener);
		preferences().removePreferenceChangeListener(preferenceListener);
		if (!display.isDisposed()) {
			display.timerExec(-1, debounced);
		}
		if (job != null) {
			job.cancel();
			job = null;
		}
		listeners.clear();
	}

	public boolean isDisposed() {
		return disposed;
	}

	private void changed(IncrementalScoring.Change change) {
		if (disposed) {
			return;
		}
		if (change.everything()) {
			fullPending = true;
		} else {
			changedClasses.addAll(change.eClassNames());
		}
		schedule(DEBOUNCE_MILLIS);
	}

	/** (Re)starts the quiet period: timerExec with the same runnable replaces the pending one. */
	private void schedule(int delay) {
		if (display.isDisposed()) {
			return;
		}
		boolean wasPending = timerPending;
		timerPending = true;
		display.timerExec(delay, debounced);
		if (!wasPending && job == null) {
			fireChanged();
		}
	}

	private void run() {
		timerPending = false;
		if (disposed || display.isDisposed()) {
			return;
		}
		if (job != null) {
			// the run under way ends first; its end starts the next one with what is pending now
			return;
		}
		List<StrategyDescriptor> strategies = registry.getStrategies();
		boolean full = fullPending;
		List<StrategyDescriptor> toScore = IncrementalScoring.toScore(strategies, full, changedClasses, pendingIds);
		if (toScore.isEmpty() && !full) {
			// the change touched nothing any strategy looks at
			changedClasses.clear();
			pendingIds.clear();
			fireChanged();
			return;
		}
		// brought up to date here, on the thread that owns the plan, where no edit can happen half-way
		PlanSnapshot snapshot = replica.acquire();
		if (snapshot == null) {
			// the replica tells when it is ready; what is pending stays pending until then
			waitingForReplica = true;
			return;
		}
		fullPending = false;
		changedClasses.clear();
		pendingIds.clear();
		if (full) {
			// a new time limit, new strategies or preferences: every strategy scores in full
			rescorings.forgetAll();
		}
		job = new ScoringJob(snapshot, toScore, full);
		job.schedule();
		fireChanged();
	}

	private void replicaAvailable() {
		if (waitingForReplica && !disposed && !timerPending && job == null) {
			waitingForReplica = false;
			run();
		}
	}

	/** Called on the UI thread when a job has scored all its strategies. */
	private void finished(ScoringJob finishedJob, Map<String, StrategyOutcome> fresh) {
		if (disposed || finishedJob != job) {
			return;
		}
		job = null;
		List<StrategyDescriptor> strategies = registry.getStrategies();
		List<StrategyOutcome> merged = IncrementalScoring.merge(strategies, outcomes, fresh, finishedJob.full);
		Map<String, StrategyOutcome> byId = new HashMap<>();
		for (StrategyOutcome outcome : merged) {
			byId.put(outcome.getStrategy().getId(), outcome);
		}
		outcomes = byId;
		health = new PlanHealth(merged, registry::getWeight);
		completedRuns++;
		scoredInLastRun = fresh.size();
		if (!timerPending && (fullPending || !changedClasses.isEmpty() || !pendingIds.isEmpty())) {
			// changes arrived during the run and have been quiet long enough since: score them now
			run(); // tells the listeners
		} else {
			fireChanged();
		}
	}

	/** Called on the UI thread when a job ended without scoring everything (cancelled, or broken by a fault). */
	private void abandoned(ScoringJob abandonedJob) {
		if (disposed || abandonedJob != job) {
			return;
		}
		job = null;
		if (abandonedJob.full) {
			fullPending = true;
		}
		for (StrategyDescriptor strategy : abandonedJob.strategies) {
			pendingIds.add(strategy.getId());
		}
		schedule(DEBOUNCE_MILLIS);
	}

	private void fireChanged() {
		for (Listener listener : listeners) {
			SafeRunner.run(() -> listener.scoringChanged(this));
		}
	}

	private void onUiThread(Runnable runnable) {
		if (Display.getCurrent() == display) {
			runnable.run();
		} else if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!disposed) {
					runnable.run();
				}
			});
		}
	}

	/** Scores a snapshot with some strategies, one after the other, off the UI thread. */
	private final class ScoringJob extends Job {
		private final PlanSnapshot snapshot;
		private final List<StrategyDescriptor> strategies;
		private final boolean full;

		ScoringJob(PlanSnapshot snapshot, List<StrategyDescriptor> strategies, boolean full) {
			super(NLS.bind(Messages.Scoring_job, plan.getName()));
			this.snapshot = snapshot;
			this.strategies = strategies;
			this.full = full;
			// background bookkeeping the person did not ask for: no progress dialog, no entry in the Progress view
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == jobFamily;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			boolean complete = false;
			try {
				monitor.beginTask(getName(), strategies.size());
				ScoringContext context = new ScoringContext(LocalDate.now(), FollowUpPreferences.current(), monitor::isCanceled,
						RapportLabels::date);
				Map<String, StrategyOutcome> fresh = new LinkedHashMap<>();
				for (StrategyDescriptor strategy : strategies) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					monitor.subTask(strategy.getName());
					// the registry isolates the contribution: this never throws for a misbehaving strategy; a strategy
					// that scores incrementally starts from what it kept at its previous run
					StrategyOutcome outcome = rescorings.score(registry, strategy, snapshot.getPlan(), context);
					fresh.put(strategy.getId(), snapshot.mapBack(outcome));
					monitor.worked(1);
				}
				if (monitor.isCanceled()) {
					// a strategy that saw the cancellation may have returned half a result
					return Status.CANCEL_STATUS;
				}
				complete = true;
				onUiThread(() -> finished(this, fresh));
				return Status.OK_STATUS;
			} finally {
				// after mapBack: the replica may change again once released
				replica.release();
				monitor.done();
				if (!complete) {
					onUiThread(() -> abandoned(this));
				}
			}
		}
	}
}
