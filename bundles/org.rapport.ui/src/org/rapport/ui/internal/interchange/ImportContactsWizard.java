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

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.InterchangeJobs;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditor;
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
public class ImportContactsWizard extends PreviewImportWizard {

	private static final String SETTINGS_SECTION = "ImportContactsWizard"; //$NON-NLS-1$

	private ImportSourcePage sourcePage;
	private ImportPreviewPage previewPage;
	/** What the preview on the preview page was computed from, so that going back and forth does not read again. */
	private Source previewed;

	private record Source(Path file, FileTime modified, ContactFormat format, PlanEditor editor) {
	}

	public ImportContactsWizard() {
		super(Messages.Import_windowTitle, SETTINGS_SECTION);
	}

	@Override
	public void addPages() {
		sourcePage = new ImportSourcePage(plans, getDialogSettings());
		previewPage = new ImportPreviewPage();
		addPage(sourcePage);
		addPage(previewPage);
	}

	@Override
	protected ImportSourcePage sourcePage() {
		return sourcePage;
	}

	@Override
	protected ImportPreviewPage previewPage() {
		return previewPage;
	}

	/** Reads the file and compares it with the plan, in the dialog's progress area. */
	@Override
	protected boolean computePreview() {
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

	/** Runs the core's preview job and waits for it in the dialog's operation thread. */
	private static void read(Path file, ContactFormat format, NetworkingPlan plan, IProgressMonitor monitor,
			AtomicReference<ImportPreview> result) throws InvocationTargetException, InterruptedException {
		// the job's progress is shown under this task, which names the file
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Import_reading, file.getFileName()), 1);
		runJob(InterchangeJobs.preview(file, format, plan, progress.newChild(1), result::set), monitor);
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
}
