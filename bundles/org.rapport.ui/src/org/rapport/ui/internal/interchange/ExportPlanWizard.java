/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Images;
import org.rapport.ui.internal.outcome.OutcomeMessages;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.internal.scoring.ReplicaLease;

/**
 * File &gt; Export &gt; Rapport &gt; Plan: writes an open plan as XMI (with its model), its contacts as vCard
 * or Google Contacts CSV, or its follow-ups and events as iCalendar.
 * <p>
 * Finish asks before replacing a file, takes a snapshot of the plan from the editor's replica and hands the copying
 * and writing to an {@link ExportJob}, so the user goes on working while it runs and may cancel it.
 * </p>
 */
public class ExportPlanWizard extends Wizard implements IExportWizard {

	private static final String SETTINGS_SECTION = "ExportPlanWizard"; //$NON-NLS-1$

	private OpenPlans plans;
	private IWorkbenchWindow window;
	private ExportPage page;

	public ExportPlanWizard() {
		setWindowTitle(Messages.Export_windowTitle);
		setDefaultPageImageDescriptor(Images.descriptor(InterchangeIds.EXPORT_BANNER));
		setDialogSettings(InterchangeIds.dialogSettings(SETTINGS_SECTION));
		// for the rare wait on the plan's replica at Finish
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		plans = OpenPlans.of(workbench);
		window = workbench.getActiveWorkbenchWindow();
	}

	@Override
	public void addPages() {
		page = new ExportPage(plans, getDialogSettings());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		PlanEditor editor = page.getEditor();
		ExportJob.Request request = page.getRequest();
		if (editor == null || editor.getPlan() == null || request.target() == null) {
			return false;
		}
		if (Files.exists(request.target()) && !MessageDialog.openQuestion(getShell(), Messages.Export_overwriteTitle,
				NLS.bind(Messages.Export_overwrite, request.target()))) {
			return false;
		}
		// what is typed in the editor but not yet applied belongs in the export too
		editor.commitPendingEdits();
		ReplicaLease lease = snapshotOf(editor);
		if (lease == null) {
			return false;
		}
		ExportJob job = new ExportJob(request, lease);
		job.addJobChangeListener(new Reporter(getShell().getDisplay(), window));
		job.schedule();
		page.saveSettings();
		return true;
	}

	/**
	 * The plan as it is now, from the editor's replica: the UI thread brings the replica up to date with the edits
	 * since it last was, and the job copies it. While the replica is busy (its first copy, scoring or validation
	 * holding it), the wizard waits with its progress bar, the plan meanwhile out of the user's reach. {@code null}
	 * when the user cancels the wait, the wizard staying open, or the editor has closed.
	 */
	private ReplicaLease snapshotOf(PlanEditor editor) {
		PlanReplica replica = editor.getAdapter(PlanReplica.class);
		if (replica == null) {
			return null;
		}
		ReplicaLease lease = ReplicaLease.take(replica);
		if (lease != null) {
			return lease;
		}
		Display display = getShell().getDisplay();
		ReplicaLease[] awaited = new ReplicaLease[1];
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(Messages.Export_windowTitle, IProgressMonitor.UNKNOWN);
				try {
					awaited[0] = ReplicaLease.await(replica, display, monitor);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(ExportPlanWizard.class).error(e.getCause().toString(), e.getCause());
			return null;
		} catch (InterruptedException e) {
			return null;
		}
		return awaited[0];
	}

	/**
	 * Says what a finished export wrote, in the status line and a notification that links to the folder, and why
	 * an export failed, in a dialog over the workbench window: the workbench itself would only put a small error
	 * marker in the status line, and the wizard is closed by then.
	 */
	private static final class Reporter extends JobChangeAdapter {

		private final Display display;
		private final IWorkbenchWindow window;

		Reporter(Display display, IWorkbenchWindow window) {
			this.display = display;
			this.window = window;
		}

		@Override
		public void done(IJobChangeEvent event) {
			IStatus result = event.getResult();
			if (result == null || display.isDisposed()) {
				return;
			}
			if (result.isOK() && event.getJob() instanceof ExportJob export && export.getDone() != null) {
				ExportJob.Done done = export.getDone();
				display.asyncExec(() -> Outcomes.announce(liveWindow(), OutcomeMessages.Export_title, done.message(),
						done.folder()));
			} else if (result.getSeverity() == IStatus.ERROR) {
				display.asyncExec(() -> {
					IWorkbenchWindow active = liveWindow();
					Shell shell = active != null ? active.getShell() : display.getActiveShell();
					MessageDialog.openError(shell, Messages.Export_failedTitle, result.getMessage());
				});
			}
		}

		/** The window the export was started from, or the active one when that was closed meanwhile. */
		private IWorkbenchWindow liveWindow() {
			if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
				return window;
			}
			return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		}
	}
}
