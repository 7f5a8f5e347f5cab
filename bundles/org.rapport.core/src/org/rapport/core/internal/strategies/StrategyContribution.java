/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IIncrementalStrategy;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;

/**
 * One contributed strategy: its descriptor, read early, and its instance, created on first use. Calls
 * run on a worker thread with a time limit; whatever the contribution does wrong becomes a failed
 * outcome that names its plugin, logged the first time it happens.
 */
final class StrategyContribution {

	/** The ways a contribution can fail; each is logged once per contribution. */
	private enum Failure {
		NOT_CREATED, THREW, TIMEOUT, NO_RESULT, NOT_A_NUMBER, OUT_OF_RANGE
	}

	/** One call of the strategy. Guarded by the contribution's lock. */
	private static final class Call {
		boolean finished;
		boolean abandoned;
	}

	/** What happened on the worker thread. */
	private record Attempt(StrategyResult result, String creationFailure, Throwable thrown) {
	}

	private final StrategyDescriptor descriptor;
	private final IConfigurationElement element;
	private final ILog log;
	private final Set<Failure> logged = ConcurrentHashMap.newKeySet();

	// guarded by creationLock, which is held while the contributed class loads and its constructor runs; not
	// by this, so that a constructor that hangs cannot block the caller that abandons it
	private final Object creationLock = new Object();
	private IStrategy instance;
	private String creationFailure;

	// guarded by this
	private Call hungCall;

	StrategyContribution(StrategyDescriptor descriptor, IConfigurationElement element, ILog log) {
		this.descriptor = descriptor;
		this.element = element;
		this.log = log;
	}

	StrategyDescriptor getDescriptor() {
		return descriptor;
	}

	IConfigurationElement getElement() {
		return element;
	}

	/** Whether an abandoned call of this strategy is still running. */
	synchronized boolean isBusy() {
		return hungCall != null;
	}

	/**
	 * Calls the strategy: its {@link IIncrementalStrategy#rescore} when it has one and a rescoring is given, else
	 * its {@link IStrategy#score}. A failed outcome discards the rescoring's state, which the call may have left
	 * half changed (or may still be changing, when it was abandoned).
	 */
	StrategyOutcome score(NetworkingPlan plan, ScoringContext context, Rescoring rescoring, long timeLimitMillis,
			Executor workers) {
		StrategyOutcome outcome = call(plan, context, rescoring, timeLimitMillis, workers);
		if (rescoring != null && outcome.isFailed()) {
			rescoring.discard();
		}
		return outcome;
	}

	private StrategyOutcome call(NetworkingPlan plan, ScoringContext context, Rescoring rescoring,
			long timeLimitMillis, Executor workers) {
		long start = System.nanoTime();
		Call call = new Call();
		synchronized (this) {
			// a hung call may hold locks or be half-way through a shared structure: never run beside it
			if (hungCall != null) {
				return failed(null, Messages.Failure_stillBusy, null, null, start);
			}
		}
		// the contribution can see the call was abandoned and stop, if it looks; dates written as the caller writes them
		ScoringContext callContext = new ScoringContext(context.today(), context.followUpSettings(),
				() -> isAbandoned(call) || context.isCanceled(), context::formatDate);
		FutureTask<Attempt> task = new FutureTask<>(() -> run(plan, callContext, rescoring, call));
		try {
			workers.execute(task);
		} catch (RejectedExecutionException e) {
			// the registry was disposed: the platform is shutting down
			return failed(null, Messages.Failure_canceled, null, null, start);
		}
		try {
			return judge(task.get(timeLimitMillis, TimeUnit.MILLISECONDS), start);
		} catch (TimeoutException e) {
			abandon(call, task);
			return failed(Failure.TIMEOUT, Messages.Failure_timeout, duration(timeLimitMillis), null, start);
		} catch (InterruptedException e) {
			// the caller gave up, not the contribution: not its failure, and not logged
			abandon(call, task);
			Thread.currentThread().interrupt();
			return failed(null, Messages.Failure_canceled, null, null, start);
		} catch (ExecutionException e) {
			// run() records everything the contribution throws; this is a fault of our own
			return failed(Failure.THREW, Messages.Failure_threw, e.getCause().toString(), e.getCause(), start);
		}
	}

	private Attempt run(NetworkingPlan plan, ScoringContext context, Rescoring rescoring, Call call) {
		Thread thread = Thread.currentThread();
		String threadName = thread.getName();
		// so that a thread dump shows who is hung
		thread.setName("Rapport strategy " + descriptor.getId()); //$NON-NLS-1$
		Attempt[] attempt = new Attempt[1];
		try {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					IStrategy strategy;
					synchronized (creationLock) {
						if (instance == null && creationFailure == null) {
							create();
						}
						strategy = instance;
						if (strategy == null) {
							attempt[0] = new Attempt(null, creationFailure, null);
							return;
						}
					}
					// Caught here rather than left to SafeRunner: SafeRunner would log each one as a problem
					// of org.rapport.core, on every rescoring; the registry logs it once, naming the plugin.
					try {
						StrategyResult result = rescoring != null && strategy instanceof IIncrementalStrategy incremental
								? incremental.rescore(plan, context, rescoring)
								: strategy.score(plan, context);
						attempt[0] = new Attempt(result, null, null);
					} catch (Exception | LinkageError | AssertionError e) {
						attempt[0] = new Attempt(null, null, e);
					}
				}

				@Override
				public void handleException(Throwable e) {
					attempt[0] = new Attempt(null, null, e);
				}
			});
			return attempt[0];
		} finally {
			thread.setName(threadName);
			synchronized (this) {
				call.finished = true;
				if (hungCall == call) {
					hungCall = null;
				}
			}
		}
	}

	/** Creates the instance, or records why it cannot be created: that will not change until reinstalled. */
	private void create() {
		try {
			Object created = element.createExecutableExtension(StrategyDescriptorReader.ATT_CLASS);
			if (created instanceof IStrategy strategy) {
				instance = strategy;
			} else {
				creationFailure = NLS.bind(Messages.Failure_notAStrategy, new Object[] { descriptor.getName(),
						descriptor.getContributor(), created.getClass().getName() });
			}
		} catch (CoreException e) {
			creationFailure = NLS.bind(Messages.Failure_notCreated,
					new Object[] { descriptor.getName(), descriptor.getContributor(), e.getStatus().getMessage() });
			logOnce(Failure.NOT_CREATED, creationFailure, e);
		}
	}

	private StrategyOutcome judge(Attempt attempt, long start) {
		if (attempt.creationFailure() != null) {
			logOnce(Failure.NOT_CREATED, attempt.creationFailure(), null);
			return StrategyOutcome.failed(descriptor, attempt.creationFailure(), elapsedMillis(start));
		}
		if (attempt.thrown() != null) {
			return failed(Failure.THREW, Messages.Failure_threw, attempt.thrown().toString(), attempt.thrown(), start);
		}
		StrategyResult result = attempt.result();
		if (result == null) {
			return failed(Failure.NO_RESULT, Messages.Failure_noResult, null, null, start);
		}
		double score = result.getScore();
		if (!Double.isFinite(score)) {
			return failed(Failure.NOT_A_NUMBER, Messages.Failure_notANumber, Double.toString(score), null, start);
		}
		if (score < 0 || score > 100) {
			return failed(Failure.OUT_OF_RANGE, Messages.Failure_outOfRange, formatScore(score), null, start);
		}
		return StrategyOutcome.succeeded(descriptor, score, result.getFindings(), elapsedMillis(start));
	}

	private synchronized boolean isAbandoned(Call call) {
		return call.abandoned;
	}

	private void abandon(Call call, FutureTask<Attempt> task) {
		synchronized (this) {
			if (!call.finished) {
				call.abandoned = true;
				hungCall = call;
			}
		}
		// our own daemon thread: interrupting it disturbs nobody else
		task.cancel(true);
	}

	/** A failed outcome; logged the first time this contribution fails this way, unless kind is null. */
	private StrategyOutcome failed(Failure kind, String template, String detail, Throwable cause, long start) {
		String reason = NLS.bind(template, new Object[] { descriptor.getName(), descriptor.getContributor(), detail });
		if (kind != null) {
			logOnce(kind, reason, cause);
		}
		return StrategyOutcome.failed(descriptor, reason, elapsedMillis(start));
	}

	private void logOnce(Failure kind, String reason, Throwable cause) {
		if (logged.add(kind)) {
			log.log(new Status(IStatus.ERROR, StrategyRegistry.PLUGIN_ID, reason, cause));
		}
	}

	private static long elapsedMillis(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	static String duration(long millis) {
		if (millis == 1000) {
			return Messages.Duration_second;
		}
		if (millis % 1000 == 0) {
			return NLS.bind(Messages.Duration_seconds, Long.toString(millis / 1000));
		}
		return NLS.bind(Messages.Duration_milliseconds, Long.toString(millis));
	}

	private static String formatScore(double score) {
		return score == Math.rint(score) && Math.abs(score) < 1e15 ? Long.toString((long) score) : Double.toString(score);
	}
}
