/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.lang.reflect.InvocationTargetException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;
import org.rapport.core.internal.capture.CalendarEvent;
import org.rapport.core.internal.capture.CalendarSource;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureRow;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Images;
import org.rapport.ui.internal.outcome.OutcomeMessages;
import org.rapport.ui.internal.outcome.Outcomes;

/**
 * File &gt; Import &gt; Rapport &gt; Meetings: reads an iCalendar file or a CalDAV calendar, shows which of its events
 * would be logged as meetings with contacts (new, already logged, skipped and why), and logs them as one command on
 * the plan editor's command stack. The calendar is read and matched in a job whose progress and Cancel are the
 * wizard's own; the wizard is modal, so the plan does not change while the job reads it; nothing changes until
 * Finish.
 */
public class CaptureMeetingsWizard extends Wizard implements IImportWizard, IPageChangingListener {

	private static final String SETTINGS_SECTION = "CaptureMeetingsWizard"; //$NON-NLS-1$
	private static final String SETTING_SOURCE = "source"; //$NON-NLS-1$

	private OpenPlans plans;
	private IWorkbenchWindow window;
	private SourcePage sourcePage;
	private PreviewPage previewPage;
	private WizardDialog listeningTo;
	private PlanEditor previewedEditor;

	public CaptureMeetingsWizard() {
		setWindowTitle(Messages.Capture_windowTitle);
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
		sourcePage = new SourcePage(plans, getDialogSettings());
		previewPage = new PreviewPage();
		addPage(sourcePage);
		addPage(previewPage);
	}

	@Override
	public void setContainer(IWizardContainer container) {
		super.setContainer(container);
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

	private boolean computePreview() {
		String source = sourcePage.getSource();
		PlanEditor editor = sourcePage.getEditor();
		if (source == null || editor == null || editor.getPlan() == null) {
			return false;
		}
		NetworkingPlan plan = editor.getPlan();
		AtomicReference<CapturePreview> result = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> read(source, plan, monitor, result));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			sourcePage.setMessage(cause instanceof CaptureException ? cause.getMessage()
					: NLS.bind(Messages.Capture_internalError, source, cause), IMessageProvider.ERROR);
			return false;
		} catch (InterruptedException e) {
			sourcePage.setMessage(Messages.Capture_cancelled, IMessageProvider.WARNING);
			return false;
		}
		sourcePage.setMessage(null);
		previewedEditor = editor;
		previewPage.setPreview(result.get(), source, editor);
		return true;
	}

	/**
	 * Reads and matches in a job, waited for in the dialog's operation thread: the job reports to the dialog's
	 * progress area and the dialog's stop button cancels it.
	 */
	private static void read(String source, NetworkingPlan plan, IProgressMonitor monitor,
			AtomicReference<CapturePreview> result) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Capture_reading, source), 1);
		IProgressMonitor jobMonitor = progress.newChild(1);
		AtomicReference<CaptureException> failure = new AtomicReference<>();
		Job job = Job.create(NLS.bind(Messages.Capture_reading, source), m -> {
			try {
				SubMonitor sub = SubMonitor.convert(jobMonitor, 2);
				List<CalendarEvent> events = new CalendarSource(ZoneId.systemDefault()).read(source);
				sub.worked(1);
				if (jobMonitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				result.set(CapturePreview.compute(plan, events, source, PlanClock.today(), null,
						CapturePreferences.myAddresses(), sub.newChild(1)));
				return Status.OK_STATUS;
			} catch (CaptureException e) {
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
					jobMonitor.setCanceled(true);
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
		if (status.getSeverity() == IStatus.CANCEL || result.get() == null && status.isOK()) {
			throw new InterruptedException();
		}
		if (status.getSeverity() == IStatus.ERROR) {
			throw new InvocationTargetException(status.getException());
		}
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
		sourcePage.saveSettings();
		String done = preview.getSummary();
		getShell().getDisplay().asyncExec(() -> Outcomes.announce(window, OutcomeMessages.Capture_title, done, null));
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

	/** The calendar (a file or a CalDAV URL) and the plan. */
	private static final class SourcePage extends WizardPage {

		private final OpenPlans plans;
		private final IDialogSettings settings;
		private Text sourceText;
		private Combo planCombo;

		SourcePage(OpenPlans plans, IDialogSettings settings) {
			super("source"); //$NON-NLS-1$
			this.plans = plans;
			this.settings = settings;
			setTitle(Messages.Capture_sourceTitle);
			setDescription(Messages.Capture_sourceDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
			new Label(composite, SWT.NONE).setText(Messages.Capture_source);
			sourceText = new Text(composite, SWT.BORDER | SWT.SINGLE);
			sourceText.setData(UiIds.KEY, InterchangeIds.CAPTURE_SOURCE);
			sourceText.setMessage(Messages.Capture_sourceHint);
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(sourceText);
			Button browse = new Button(composite, SWT.PUSH);
			browse.setText(Messages.File_browse);
			browse.addListener(SWT.Selection, e -> browse());
			new Label(composite, SWT.NONE).setText(Messages.Import_plan);
			planCombo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
			planCombo.setData(UiIds.KEY, InterchangeIds.CAPTURE_PLAN);
			planCombo.setItems(plans.labels());
			if (plans.preferred() != null) {
				planCombo.select(plans.editors().indexOf(plans.preferred()));
			}
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(planCombo);
			Label privacy = new Label(composite, SWT.WRAP);
			privacy.setText(Messages.Capture_privacy);
			GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(privacy);
			String last = settings.get(SETTING_SOURCE);
			if (last != null) {
				sourceText.setText(last);
			}
			sourceText.addListener(SWT.Modify, e -> validate());
			planCombo.addListener(SWT.Selection, e -> validate());
			validate();
			setControl(composite);
		}

		private void browse() {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(Messages.Capture_fileDialogTitle);
			dialog.setFilterExtensions(new String[] { "*.ics", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				sourceText.setText(chosen);
			}
		}

		private void validate() {
			String problem = plans.isEmpty() ? Messages.Capture_noPlan
					: getSource() == null ? Messages.Capture_chooseSource : getEditor() == null ? Messages.Capture_choosePlan : null;
			setMessage(problem == null ? null : problem, problem == null ? NONE : INFORMATION);
			setPageComplete(problem == null);
		}

		String getSource() {
			String text = sourceText == null ? "" : sourceText.getText().strip(); //$NON-NLS-1$
			return text.isEmpty() ? null : text;
		}

		PlanEditor getEditor() {
			int index = planCombo == null ? -1 : planCombo.getSelectionIndex();
			return index < 0 ? null : plans.editors().get(index);
		}

		void saveSettings() {
			if (getSource() != null) {
				settings.put(SETTING_SOURCE, getSource());
			}
		}
	}

	/** Every event: what Finish does with it. */
	private static final class PreviewPage extends WizardPage {

		CapturePreview preview;
		private Label summary;
		private Table table;

		PreviewPage() {
			super("preview"); //$NON-NLS-1$
			setTitle(Messages.Capture_previewTitle);
			setDescription(Messages.Capture_previewDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(composite);
			summary = new Label(composite, SWT.WRAP);
			summary.setData(UiIds.KEY, InterchangeIds.CAPTURE_SUMMARY);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
			table = new Table(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			table.setData(UiIds.KEY, InterchangeIds.CAPTURE_TABLE);
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			for (String title : new String[] { Messages.Capture_columnStatus, Messages.Capture_columnWhat }) {
				new TableColumn(table, SWT.LEFT).setText(title);
			}
			table.getColumn(0).setWidth(120);
			table.getColumn(1).setWidth(560);
			GridDataFactory.fillDefaults().grab(true, true).hint(680, 260).applyTo(table);
			setControl(composite);
		}

		void setPreview(CapturePreview preview, String source, PlanEditor editor) {
			this.preview = preview;
			table.removeAll();
			for (CaptureRow row : preview.getRows()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { status(row), row.getMessage() });
			}
			summary.setText(NLS.bind(Messages.Capture_summary,
					new Object[] { source, OpenPlans.label(editor), preview.getSummary() }));
			summary.getParent().layout();
			setPageComplete(preview.hasChanges());
			if (!preview.hasChanges()) {
				setMessage(Messages.Capture_nothingNew, INFORMATION);
			} else {
				setMessage(null);
			}
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
