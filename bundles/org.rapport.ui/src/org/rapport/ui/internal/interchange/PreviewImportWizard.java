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
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
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
abstract class PreviewImportWizard extends Wizard implements IImportWizard, IPageChangingListener {

	protected OpenPlans plans;
	protected IWorkbenchWindow window;
	private WizardDialog listeningTo;

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

	/** The page the user chooses what to import on. */
	protected abstract IWizardPage sourcePage();

	/** The page that shows what Finish would do. */
	protected abstract IWizardPage previewPage();

	/**
	 * Computes the preview from the source page's choices, in the dialog's progress area, and gives it to the preview
	 * page.
	 *
	 * @return whether there is a preview to show; if not, the source page says why
	 */
	protected abstract boolean computePreview();

	@Override
	public void setContainer(IWizardContainer container) {
		super.setContainer(container);
		// the preview is computed when the user leaves the first page: the dialog tells us before it turns the page
		if (container instanceof WizardDialog dialog && dialog != listeningTo) {
			if (listeningTo != null) {
				listeningTo.removePageChangingListener(this);
			}
			dialog.addPageChangingListener(this);
			listeningTo = dialog;
		}
	}

	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == sourcePage() && event.getTargetPage() == previewPage()) {
			event.doit = computePreview();
		}
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage() && previewPage().isPageComplete();
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

	@Override
	public void dispose() {
		if (listeningTo != null) {
			listeningTo.removePageChangingListener(this);
			listeningTo = null;
		}
		super.dispose();
	}
}
