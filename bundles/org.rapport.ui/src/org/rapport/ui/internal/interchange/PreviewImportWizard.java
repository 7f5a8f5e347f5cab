/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;
import org.rapport.ui.internal.Images;

/**
 * An import that shows what it would do before it does it: a source page, then a preview page computed when the user
 * leaves the source page (in a job whose progress and Cancel are the wizard's own), and Finish only on the preview
 * page. The wizard is modal, so the plan does not change while the job reads it; nothing changes until Finish.
 */
abstract class PreviewImportWizard extends PreviewWizard implements IImportWizard {

	protected OpenPlans plans;
	protected IWorkbenchWindow window;

	protected PreviewImportWizard(String title, String settingsSection) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
		setDefaultPageImageDescriptor(Images.descriptor(InterchangeIds.IMPORT_BANNER));
		setDialogSettings(InterchangeIds.dialogSettings(settingsSection));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		plans = OpenPlans.of(workbench);
		window = workbench.getActiveWorkbenchWindow();
	}

	/**
	 * Runs the job and waits for it, in the dialog's operation thread: the job reports its progress to the monitor
	 * (the dialog's progress area), and the dialog's stop button cancels it. The job is waited for even when
	 * cancelled, as it reads the plan until it stops; the dialog shows its failure, not the workbench.
	 *
	 * @throws InvocationTargetException with the cause of a failure
	 * @throws InterruptedException      when the job was cancelled
	 */
	static void runJob(Job job, IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		job.setSystem(true);
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.schedule();
		try {
			job.join(0, monitor);
		} catch (OperationCanceledException e) {
			job.cancel();
			job.join();
		} catch (InterruptedException e) {
			job.cancel();
			throw e;
		} finally {
			monitor.done();
		}
		IStatus status = job.getResult();
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new InterruptedException();
		}
		if (status.getSeverity() == IStatus.ERROR) {
			throw new InvocationTargetException(
					status.getException() != null ? status.getException() : new CoreException(status));
		}
	}
}
