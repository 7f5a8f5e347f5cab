/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.InterchangeJobs;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Images;
import org.rapport.ui.internal.outcome.OutcomeMessages;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.internal.outcome.Summaries;

/**
 * File &gt; Import &gt; Rapport &gt; Contacts: reads a vCard, LinkedIn or Google Contacts file, shows what
 * importing it into an open plan would do, and applies it as one command on the plan editor's command stack.
 * <p>
 * The file is read and compared with the plan by the core's preview job when the user goes to the preview page;
 * the job's progress and Cancel are in the wizard's own progress area. The wizard is modal, so the plan does
 * not change while the job reads it; nothing changes at all until Finish.
 * </p>
 */
public class ImportContactsWizard extends Wizard implements IImportWizard, IPageChangingListener {

	private static final String SETTINGS_SECTION = "ImportContactsWizard"; //$NON-NLS-1$

	private OpenPlans plans;
	private IWorkbenchWindow window;
	private ImportSourcePage sourcePage;
	private ImportPreviewPage previewPage;
	private WizardDialog listeningTo;
	/** What the preview on the preview page was computed from, so that going back and forth does not read again. */
	private Source previewed;

	private record Source(Path file, FileTime modified, ContactFormat format, PlanEditor editor) {
	}

	public ImportContactsWizard() {
		setWindowTitle(Messages.Import_windowTitle);
		setNeedsProgressMonitor(true);
		setDefaultPageImageDescriptor(Images.descriptor(InterchangeIds.IMPORT_BANNER));
		setDialogSettings(InterchangeIds.dialogSettings(SETTINGS_SECTION));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		plans = OpenPlans.of(workbench);
		window = workbench.getActiveWorkbenchWindow();
	}

	@Override
	public void addPages() {
		sourcePage = new ImportSourcePage(plans, getDialogSettings());
		previewPage = new ImportPreviewPage();
		addPage(sourcePage);
		addPage(previewPage);
	}

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
		if (event.getCurrentPage() == sourcePage && event.getTargetPage() == previewPage) {
			event.doit = computePreview();
		}
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	/**
	 * Reads the file and compares it with the plan, in the dialog's progress area.
	 *
	 * @return whether there is a preview to show; if not, the first page says why
	 */
	private boolean computePreview() {
		Path file = sourcePage.getFile();
		ContactFormat format = sourcePage.getFormat();
		PlanEditor editor = sourcePage.getEditor();
		if (file == null || editor == null || editor.getPlan() == null) {
			return false;
		}
		Source source = new Source(file, modified(file), format, editor);
		if (source.equals(previewed) && previewPage.getSelection() != null) {
			return true;
		}
		previewed = null;
		previewPage.clear();
		NetworkingPlan plan = editor.getPlan();
		AtomicReference<ImportPreview> result = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> read(file, format, plan, monitor, result));
		} catch (InvocationTargetException e) {
			sourcePage.showProblem(problem(file, e.getCause()), IMessageProvider.ERROR);
			return false;
		} catch (InterruptedException e) {
			sourcePage.showProblem(Messages.Import_cancelled, IMessageProvider.WARNING);
			return false;
		}
		sourcePage.showProblem(null, IMessageProvider.NONE);
		previewPage.setPreview(result.get());
		previewed = source;
		return true;
	}

	/**
	 * Runs the core's preview job and waits for it, in the dialog's operation thread: the job reports its progress
	 * to the dialog's progress area, and the dialog's stop button cancels it. The job is waited for even when
	 * cancelled, as it reads the plan until it stops.
	 *
	 * @throws InvocationTargetException with the cause of a failure
	 * @throws InterruptedException      when the reading was cancelled
	 */
	private static void read(Path file, ContactFormat format, NetworkingPlan plan, IProgressMonitor monitor,
			AtomicReference<ImportPreview> result) throws InvocationTargetException, InterruptedException {
		// the job's progress is shown under this task, which names the file
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Import_reading, file.getFileName()), 1);
		Job job = InterchangeJobs.preview(file, format, plan, progress.newChild(1), result::set);
		// the dialog shows the progress and the failure: not the workbench's progress area, nor its error dialog
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
			throw new InvocationTargetException(status.getException() != null ? status.getException() : new CoreException(status));
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}

	/** The message for the page: the core's own for a file it cannot use, which names the file. */
	private static String problem(Path file, Throwable cause) {
		if (cause instanceof InterchangeException e) {
			return e.getLine() > 0 ? NLS.bind(Messages.Import_failedAtLine, e.getMessage(), e.getLine()) : e.getMessage();
		}
		if (cause instanceof IOException e) {
			return NLS.bind(Messages.Import_ioFailed, file, FilePaths.reason(e));
		}
		// a bug of ours: the jobs framework logged the job's failure with its stack; the user gets words and a plan
		// that did not change
		return NLS.bind(Messages.Import_internalError, file, cause);
	}

	@Override
	public boolean performFinish() {
		ImportPreview preview = previewPage.currentPreview();
		PlanEditor editor = previewed == null ? null : previewed.editor();
		if (preview == null || editor == null) {
			return false;
		}
		if (editor.getPlan() != preview.getPlan() || editor.getEditingDomain() == null) {
			previewPage.setErrorMessage(NLS.bind(Messages.Preview_planClosed, previewed.editor().getFile()));
			return false;
		}
		Command command = preview.createCommand(editor.getEditingDomain());
		if (!command.canExecute()) {
			return false;
		}
		editor.getEditingDomain().getCommandStack().execute(command);
		sourcePage.saveSettings();
		ImportSelection selection = previewPage.getSelection();
		String done = Summaries.imported(preview, selection == null ? 0 : selection.skippedCount());
		// once the wizard has closed: a popup shown over a modal dialog could not be clicked
		getShell().getDisplay().asyncExec(() -> Outcomes.announce(window, OutcomeMessages.Import_title, done, null));
		return true;
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
