/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.model.validation.PlanValidation;

/**
 * Validates plans for the Validation view in a job, on the editor's {@link PlanReplica}: validating 10,000
 * contacts takes about 0.25 s, which the UI thread no longer waits for, and bringing the replica up to date costs
 * it only the edits since the last run. Problems are about the plan's own objects. A newer request supersedes an
 * older one: only the newest result is delivered, on the UI thread. Call everything but the listener on the UI
 * thread.
 */
public final class ValidationRunner {

	private final Display display;
	private final Consumer<List<ValidationProblem>> consumer;
	private final Runnable replicaListener = this::replicaAvailable;
	private PlanReplica replica;
	private int generation;
	private boolean pending;
	private boolean waiting;
	private Job job;
	private boolean disposed;

	public ValidationRunner(Display display, Consumer<List<ValidationProblem>> consumer) {
		this.display = display;
		this.consumer = consumer;
	}

	/** Validates the replica's plan soon; {@code null} delivers nothing. */
	public void validate(PlanReplica newReplica) {
		if (disposed) {
			return;
		}
		if (newReplica != replica) {
			if (replica != null) {
				replica.removeListener(replicaListener);
			}
			replica = newReplica;
			if (replica != null) {
				replica.addListener(replicaListener);
			}
		}
		generation++;
		pending = replica != null;
		if (pending) {
			start();
		}
	}

	private void start() {
		waiting = false;
		if (job != null) {
			// the run under way ends first; its end starts this one
			return;
		}
		PlanReplica from = replica;
		PlanSnapshot snapshot = from.acquire();
		if (snapshot == null) {
			waiting = true;
			return;
		}
		int mine = generation;
		Job run = Job.create(NLS.bind(Messages.Validation_job, from.getOriginal().getName()), monitor -> {
			List<ValidationProblem> problems;
			try {
				problems = PlanProblems.of(PlanValidation.validate(snapshot.getPlan()), snapshot::toOriginal);
			} finally {
				from.release();
			}
			display.asyncExec(() -> finished(mine, problems));
		});
		run.setSystem(true);
		job = run;
		run.schedule();
	}

	private void finished(int run, List<ValidationProblem> problems) {
		job = null;
		if (disposed) {
			return;
		}
		if (run == generation) {
			pending = false;
			consumer.accept(problems);
		} else if (pending) {
			start();
		}
	}

	private void replicaAvailable() {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (waiting && !disposed && replica != null) {
					start();
				}
			});
		}
	}

	/** Whether a result is still to come. */
	public boolean isRunning() {
		return pending;
	}

	/** Drops any result still to come. */
	public void dispose() {
		disposed = true;
		generation++;
		pending = false;
		if (replica != null) {
			replica.removeListener(replicaListener);
		}
	}
}
