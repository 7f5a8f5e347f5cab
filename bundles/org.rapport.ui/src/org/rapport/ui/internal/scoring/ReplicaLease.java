/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.ui.internal.Messages;

/**
 * A snapshot held from a plan editor's {@link PlanReplica}, taken on the UI thread when the user acts (Finish of an
 * export, the start of a review) for work that runs afterwards in the background. Taking it costs the UI thread time
 * in proportion to the edits since the replica was last brought up to date, not to the plan, and the copy stays as
 * the plan was then, whatever the user edits afterwards, until it is released.
 */
public final class ReplicaLease {

	// the replica's listener may be told before it is added: look again now and then
	private static final long RETRY_MILLIS = 100;

	private final PlanReplica replica;
	private final PlanSnapshot snapshot;
	private final AtomicBoolean held = new AtomicBoolean(true);

	private ReplicaLease(PlanReplica replica, PlanSnapshot snapshot) {
		this.replica = replica;
		this.snapshot = snapshot;
	}

	/** The replica's copy, up to date when taken; for the holder alone until {@link #release()}. */
	public PlanSnapshot getSnapshot() {
		return snapshot;
	}

	/** Gives the snapshot back to the replica; once, on any thread: later calls do nothing. */
	public void release() {
		if (held.compareAndSet(true, false)) {
			replica.release();
		}
	}

	/**
	 * A lease taken at once, or {@code null} while the replica's first copy is being made or another holder
	 * (scoring, validation) has it. On the UI thread.
	 */
	public static ReplicaLease take(PlanReplica replica) {
		PlanSnapshot snapshot = replica.acquire();
		return snapshot == null ? null : new ReplicaLease(replica, snapshot);
	}

	/**
	 * Waits, off the UI thread, until the replica has a snapshot to give and takes it on the UI thread. For a modal
	 * context's runnable (a wizard's {@code getContainer().run(true, true, ...)}), so that the user does not edit the
	 * plan meanwhile. Says what it waits for as the monitor's task name; the caller begins and ends the task.
	 *
	 * @throws InterruptedException when the monitor is cancelled first
	 */
	public static ReplicaLease await(PlanReplica replica, Display display, IProgressMonitor monitor)
			throws InterruptedException {
		monitor.setTaskName(Messages.Scoring_waitingForSnapshot);
		Semaphore told = new Semaphore(0);
		Runnable listener = told::release;
		replica.addListener(listener);
		try {
			ReplicaLease[] lease = new ReplicaLease[1];
			while (true) {
				if (display.isDisposed()) {
					throw new InterruptedException();
				}
				display.syncExec(() -> lease[0] = take(replica));
				if (lease[0] != null) {
					return lease[0];
				}
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
				told.tryAcquire(RETRY_MILLIS, TimeUnit.MILLISECONDS);
			}
		} finally {
			replica.removeListener(listener);
		}
	}
}
