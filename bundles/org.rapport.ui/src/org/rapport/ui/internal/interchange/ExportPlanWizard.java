package org.rapport.ui.internal.interchange;

import java.nio.file.Files;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Images;

/**
 * File &gt; Export &gt; Rapport &gt; Plan: writes an open plan as XMI (with its model), its contacts as vCard
 * or Google Contacts CSV, or its follow-ups and events as iCalendar.
 * <p>
 * Finish asks before replacing a file, takes a snapshot of the plan and hands the writing to an
 * {@link ExportJob}, so the user goes on working while it runs and may cancel it.
 * </p>
 */
public class ExportPlanWizard extends Wizard implements IExportWizard {

	private static final String SETTINGS_SECTION = "ExportPlanWizard"; //$NON-NLS-1$

	private OpenPlans plans;
	private ExportPage page;

	public ExportPlanWizard() {
		setWindowTitle(Messages.Export_windowTitle);
		setDefaultPageImageDescriptor(Images.descriptor(InterchangeIds.EXPORT_BANNER));
		setDialogSettings(InterchangeIds.dialogSettings(SETTINGS_SECTION));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		plans = OpenPlans.of(workbench);
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
		new ExportJob(request, PlanSnapshot.of(editor.getPlan()).getPlan()).schedule();
		page.saveSettings();
		return true;
	}
}
