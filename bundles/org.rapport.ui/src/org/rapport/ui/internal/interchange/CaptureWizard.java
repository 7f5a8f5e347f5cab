/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureRow;
import org.rapport.core.internal.capture.Captured;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.outcome.OutcomeMessages;
import org.rapport.ui.internal.outcome.Outcomes;

/**
 * Capture into an open plan (File &gt; Import &gt; Rapport &gt; Meetings or Mail): the source is read and matched
 * with the plan in a job when the user leaves the source page; the preview page lists each event or message as new,
 * already logged or skipped and why; Finish logs the new ones as one command on the plan editor's command stack.
 * A failure (a file that is not a calendar, a wrong password, a server that cannot be reached) is said on the source
 * page, and nothing changes.
 */
abstract class CaptureWizard extends PreviewImportWizard {

	/** What a capture wizard says on its preview page. */
	record Texts(String previewDescription, String column, String nothingNew, String cancelled) {
	}

	/** Reads the events or messages, in the job. */
	interface Reader {
		List<? extends Captured> read(IProgressMonitor monitor) throws CaptureException;
	}

	private final Texts texts;
	private PreviewPage previewPage;
	private PlanEditor previewedEditor;

	protected CaptureWizard(String title, String settingsSection, Texts texts) {
		super(title, settingsSection);
		this.texts = texts;
	}

	/** The source page; {@link #addPages()} adds it before the preview page. */
	protected abstract WizardPage createSourcePage();

	/** The plan chosen on the source page, or {@code null}. */
	protected abstract PlanEditor chosenEditor();

	/** The calendar or the mail server, as the preview and the command's label name it. */
	protected abstract String sourceLabel();

	/** What reads the source as the page says, or {@code null} (with the page saying why) when it cannot yet. */
	protected abstract Reader reader();

	/** What is before this day is left out ({@code null}: nothing). */
	protected LocalDate since() {
		return null;
	}

	/** Called once the source was read: a wizard keeps what worked (settings, a password to remember). */
	protected abstract void sourceRead();

	@Override
	public void addPages() {
		addPage(createSourcePage());
		previewPage = new PreviewPage(texts);
		addPage(previewPage);
	}

	@Override
	protected WizardPage sourcePage() {
		return (WizardPage) getPages()[0];
	}

	@Override
	protected WizardPage previewPage() {
		return previewPage;
	}

	@Override
	protected boolean computePreview() {
		PlanEditor editor = chosenEditor();
		Reader reader = reader();
		if (reader == null || editor == null || editor.getPlan() == null) {
			return false;
		}
		String source = sourceLabel();
		NetworkingPlan plan = editor.getPlan();
		LocalDate since = since();
		AtomicReference<CapturePreview> result = new AtomicReference<>();
		AtomicReference<CaptureException> failure = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Capture_reading, source), 1);
				IProgressMonitor jobMonitor = progress.newChild(1);
				runJob(Job.create(NLS.bind(Messages.Capture_reading, source), m -> {
					SubMonitor sub = SubMonitor.convert(jobMonitor, 10);
					try {
						List<? extends Captured> items = reader.read(sub.split(7));
						result.set(CapturePreview.compute(plan, items, source, PlanClock.today(), since,
								CapturePreferences.myAddresses(), sub.split(3)));
						return Status.OK_STATUS;
					} catch (CaptureException e) {
						// the person's doing or the server's, said on the page: not an error for the log
						failure.set(e);
						return Status.OK_STATUS;
					} catch (OperationCanceledException e) {
						return Status.CANCEL_STATUS;
					}
				}), monitor);
				if (failure.get() != null) {
					throw new InvocationTargetException(failure.get());
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			sourcePage().setMessage(cause instanceof CaptureException ? cause.getMessage()
					: NLS.bind(Messages.Capture_internalError, source, cause), IMessageProvider.ERROR);
			return false;
		} catch (InterruptedException e) {
			sourcePage().setMessage(texts.cancelled(), IMessageProvider.WARNING);
			return false;
		}
		sourcePage().setMessage(null);
		previewedEditor = editor;
		previewPage.setPreview(result.get(), source, editor);
		sourceRead();
		return true;
	}

	@Override
	public boolean performFinish() {
		CapturePreview preview = previewPage.preview;
		if (preview == null || previewedEditor == null) {
			return false;
		}
		if (previewedEditor.getPlan() != preview.getPlan() || previewedEditor.getEditingDomain() == null) {
			previewPage.setErrorMessage(NLS.bind(Messages.Preview_planClosed, previewedEditor.getFile()));
			return false;
		}
		Command command = preview.createCommand(previewedEditor.getEditingDomain());
		if (!command.canExecute()) {
			return false;
		}
		previewedEditor.getEditingDomain().getCommandStack().execute(command);
		String done = preview.getSummary();
		// once the wizard has closed: a popup shown over a modal dialog could not be clicked
		getShell().getDisplay().asyncExec(() -> Outcomes.announce(window, OutcomeMessages.Capture_title, done, null));
		return true;
	}

	/** Every event or message: what Finish does with it. */
	private static final class PreviewPage extends WizardPage {

		private final Texts texts;
		CapturePreview preview;
		private Label summary;
		private Table table;

		PreviewPage(Texts texts) {
			super("preview"); //$NON-NLS-1$
			this.texts = texts;
			setTitle(Messages.Capture_previewTitle);
			setDescription(texts.previewDescription());
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(composite);
			summary = new Label(composite, SWT.WRAP);
			summary.setData(UiIds.KEY, InterchangeIds.CAPTURE_SUMMARY);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
			table = new Table(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
			table.setData(UiIds.KEY, InterchangeIds.CAPTURE_TABLE);
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			for (String title : new String[] { Messages.Capture_columnStatus, texts.column() }) {
				new TableColumn(table, SWT.LEFT).setText(title);
			}
			table.getColumn(0).setWidth(120);
			table.getColumn(1).setWidth(560);
			// a mailbox has tens of thousands of messages: only the rows in view are made
			table.addListener(SWT.SetData, e -> {
				TableItem item = (TableItem) e.item;
				CaptureRow row = preview.getRows().get(table.indexOf(item));
				item.setText(new String[] { status(row), row.getMessage() });
			});
			GridDataFactory.fillDefaults().grab(true, true).hint(680, 260).applyTo(table);
			setControl(composite);
		}

		void setPreview(CapturePreview preview, String source, PlanEditor editor) {
			this.preview = preview;
			table.clearAll();
			table.setItemCount(preview.getRows().size());
			summary.setText(NLS.bind(Messages.Capture_summary,
					new Object[] { source, OpenPlans.label(editor), preview.getSummary() }));
			summary.getParent().layout();
			setPageComplete(preview.hasChanges());
			setMessage(preview.hasChanges() ? null : texts.nothingNew(), INFORMATION);
		}

		private static String status(CaptureRow row) {
			return switch (row.getStatus()) {
			case NEW -> Messages.Capture_statusNew;
			case LOGGED -> Messages.Capture_statusLogged;
			case SKIPPED -> Messages.Capture_statusSkipped;
			};
		}
	}
}
