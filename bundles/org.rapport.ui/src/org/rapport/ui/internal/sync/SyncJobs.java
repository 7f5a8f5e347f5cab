/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.rapport.core.internal.sync.SyncException;

/**
 * Runs a step of the sync in a job, waited for in the wizard dialog's operation thread: the job reports to the
 * dialog's progress area and the dialog's stop button cancels it. A {@link SyncException} comes back as the cause of
 * an {@link InvocationTargetException}, a cancellation as an {@link InterruptedException}.
 */
final class SyncJobs {

	/** A step that talks to the server. */
	interface Step {
		void run(IProgressMonitor monitor) throws SyncException;
	}

	private SyncJobs() {
	}

	static void run(String name, Step step, IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		AtomicReference<SyncException> failure = new AtomicReference<>();
		monitor.beginTask(name, IProgressMonitor.UNKNOWN);
		Job job = Job.create(name, m -> {
			try {
				step.run(monitor);
				return Status.OK_STATUS;
			} catch (SyncException e) {
				failure.set(e);
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setSystem(true);
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.schedule();
		try {
			while (!job.join(100, null)) {
				if (monitor.isCanceled()) {
					job.cancel();
				}
			}
		} finally {
			monitor.done();
		}
		if (failure.get() != null) {
			throw new InvocationTargetException(failure.get());
		}
		IStatus status = job.getResult();
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new InterruptedException();
		}
		if (status.getSeverity() == IStatus.ERROR) {
			throw new InvocationTargetException(status.getException());
		}
	}
}
