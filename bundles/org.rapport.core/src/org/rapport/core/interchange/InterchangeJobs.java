/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.rapport.core.interchange.exporter.ContactExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.MirroringMonitor;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/**
 * Background jobs for imports and exports, for the workbench (which shows their progress and lets the user
 * cancel) and the command line (which joins them). Jobs never change a plan: a read or preview job hands its
 * result to a callback, and the caller applies the preview's command on the thread that owns the plan.
 * Cancelling a job therefore changes nothing. Failures end the job with an error status whose message is
 * written for the user, and carries the exception (an {@link InterchangeException} tells the line).
 */
public final class InterchangeJobs {

	/** The family of every job made here ({@link Job#belongsTo(Object)}), for progress views and tests. */
	public static final Object FAMILY = InterchangeJobs.class;

	/** The plug-in id used in statuses. */
	static final String PLUGIN_ID = "org.rapport.core"; //$NON-NLS-1$

	private InterchangeJobs() {
	}

	/**
	 * A job that reads a contacts file. It only touches the file, so it is safe while the plan is edited.
	 *
	 * @param format    the format, or {@code null} to detect it
	 * @param whenRead called in the job's thread with what was read, unless the job fails or is cancelled
	 */
	public static Job read(Path file, ContactFormat format, Consumer<ParsedContacts> whenRead) {
		Objects.requireNonNull(whenRead, "whenRead"); //$NON-NLS-1$
		return new InterchangeJob(Messages.bind(Messages.Job_read, file.getFileName()), monitor -> {
			try {
				whenRead.accept(Interchange.read(file, format, monitor));
			} catch (IOException | InterchangeException e) {
				throw failure(file, e);
			}
		});
	}

	/**
	 * A job that reads a contacts file and computes the preview of importing it. The job reads the plan:
	 * nothing may change the plan while it runs (the command line, or a modal wizard).
	 *
	 * @param whenReady called in the job's thread with the preview, unless the job fails or is cancelled
	 */
	public static Job preview(Path file, ContactFormat format, NetworkingPlan plan, Consumer<ImportPreview> whenReady) {
		return preview(file, format, plan, null, whenReady);
	}

	/**
	 * A preview job, as {@link #preview(Path, ContactFormat, NetworkingPlan, Consumer)}, that also reports its
	 * progress to {@code mirror}: for a dialog that shows the progress in its own progress area.
	 *
	 * @param mirror told of the task, sub-tasks and work from the job's thread, or {@code null}; it is not
	 *               asked whether to cancel: cancel the job
	 */
	public static Job preview(Path file, ContactFormat format, NetworkingPlan plan, IProgressMonitor mirror,
			Consumer<ImportPreview> whenReady) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Objects.requireNonNull(whenReady, "whenReady"); //$NON-NLS-1$
		return new InterchangeJob(Messages.bind(Messages.Job_read, file.getFileName()), monitor -> {
			IProgressMonitor progress = mirror == null ? monitor : new MirroringMonitor(monitor, mirror);
			try {
				whenReady.accept(Interchange.preview(file, format, plan, progress));
			} catch (IOException | InterchangeException e) {
				throw failure(file, e);
			} finally {
				progress.done();
			}
		});
	}

	/**
	 * A job that writes contacts to a file, atomically. The list is copied when the job is created; the
	 * contacts themselves are read while it runs.
	 */
	public static Job export(Path file, ContactExporter exporter, List<? extends Contact> contacts) {
		Objects.requireNonNull(exporter, "exporter"); //$NON-NLS-1$
		List<? extends Contact> snapshot = List.copyOf(contacts);
		return new InterchangeJob(Messages.bind(Messages.Job_export, file.getFileName()), monitor -> {
			try {
				Interchange.export(file, exporter, snapshot, monitor);
			} catch (IOException e) {
				throw failure(file, e);
			}
		});
	}

	private static CoreException failure(Path file, Exception e) {
		String message = e instanceof InterchangeException ? e.getMessage()
				: Messages.bind(Messages.Job_ioFailed, file.getFileName(), e.getLocalizedMessage());
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
	}

	/** A job of the family whose result is its failure's own status, with the exception that caused it. */
	private static final class InterchangeJob extends Job {

		private final ICoreRunnable work;

		InterchangeJob(String name, ICoreRunnable work) {
			super(name);
			this.work = work;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				work.run(monitor);
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} finally {
				monitor.done();
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
