/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.Interchange;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.internal.outcome.Summaries;
import org.rapport.ui.internal.scoring.ReplicaLease;

/**
 * Writes an export in the background, with progress and Cancel in the workbench's progress dialog and
 * view. The job works on a snapshot of the plan taken when it was created, so the user may go on editing: the
 * editor's replica as it was then, held by a {@link ReplicaLease} until the job has made its own copy of it, so that
 * the UI thread never copies the whole plan.
 * Every file is written atomically by the core's exporters: a failed or cancelled export leaves a file that
 * was there as it was, and no partial file.
 */
public final class ExportJob extends Job {

	/** The family of export jobs ({@link Job#belongsTo}), for the progress view and tests. */
	public static final Object FAMILY = ExportJob.class;

	private static final String PLUGIN_ID = "org.rapport.ui"; //$NON-NLS-1$

	/** What to write where. */
	record Request(ExportFormat format, Path target, VCardExporter.Version vcardVersion, boolean openFollowUpsOnly,
			boolean followUpEvents, Integer reminderDaysBefore) {
		Request {
			Objects.requireNonNull(format, "format"); //$NON-NLS-1$
			Objects.requireNonNull(target, "target"); //$NON-NLS-1$
			Objects.requireNonNull(vcardVersion, "vcardVersion"); //$NON-NLS-1$
		}
	}

	/** What a finished export wrote, in words, and the folder it wrote to. */
	record Done(String message, Path folder) {
	}

	private final Request request;
	private final ReplicaLease lease;
	private volatile Done done;

	/**
	 * @param lease the replica's copy of the plan as it was when the user pressed Finish; the job releases it, also
	 *              when it is cancelled before it runs
	 */
	ExportJob(Request request, ReplicaLease lease) {
		super(NLS.bind(Messages.Export_job, request.target().getFileName()));
		this.request = request;
		this.lease = lease;
		setUser(true);
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				lease.release();
			}
		});
	}

	Request getRequest() {
		return request;
	}

	/** What the export wrote, once it has succeeded; {@code null} before and after a failure. */
	Done getDone() {
		return done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			NetworkingPlan plan;
			try {
				// a copy of its own, so that the replica follows the user's edits again while the file is written
				plan = PlanSnapshot.of(lease.getSnapshot().getPlan()).getPlan();
			} finally {
				lease.release();
			}
			done = new Done(export(plan, request, monitor), request.target().toAbsolutePath().getParent());
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			if (monitor.isCanceled()) {
				// the cancellation surfaced wrapped (EMF wraps what a stream throws while saving)
				return Status.CANCEL_STATUS;
			}
			return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.Export_failed, request.target(), FilePaths.reason(e)), e);
		} finally {
			monitor.done();
		}
	}

	/** Writes the export and says what was written, from what the exporters report. */
	private static String export(NetworkingPlan plan, Request request, IProgressMonitor monitor) throws IOException {
		Path target = request.target();
		switch (request.format()) {
		case XMI:
			return Summaries.xmi(target, new XmiExporter(writer(monitor, 2)).export(plan, target));
		case ICALENDAR:
			return Summaries.calendar(new ICalendarExporter(Clock.systemUTC(), writer(monitor, 1))
					.setOpenFollowUpsOnly(request.openFollowUpsOnly()).setFollowUpEvents(request.followUpEvents())
					.setReminderDaysBefore(request.reminderDaysBefore()).export(plan, target));
		case VCARD:
			return Summaries.contacts(
					Interchange.export(target, new VCardExporter(request.vcardVersion()), plan.getContacts(), monitor), target);
		case GOOGLE_CSV:
		default:
			return Summaries.contacts(
					Interchange.export(target, new GoogleContactsExporter(), plan.getContacts(), monitor), target);
		}
	}

	/**
	 * An atomic writer for the exporters that take no monitor: it stops at the next write when the user cancels,
	 * and counts a unit of work per file. The progress is never "unknown": an indeterminate progress bar in the
	 * status line goes on animating on GTK after the job has ended.
	 */
	private static AtomicFileWriter writer(IProgressMonitor monitor, int files) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_writing, files);
		int[] started = { 0 };
		return new AtomicFileWriter(false, out -> {
			if (started[0]++ > 0) {
				progress.worked(1);
			}
			return new MonitoredOutputStream(out, progress);
		});
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
