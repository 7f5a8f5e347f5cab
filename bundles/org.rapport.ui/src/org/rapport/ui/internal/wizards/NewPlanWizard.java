/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Profile;
import org.rapport.model.RapportFactory;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.DialogSettings;
import org.rapport.ui.internal.Images;
import org.rapport.ui.internal.Messages;

/** Creates a plan file (name, owner, a one-year horizon from today) and opens it. */
public class NewPlanWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NewPlanPage page;

	public NewPlanWizard() {
		setWindowTitle(Messages.NewPlan_windowTitle);
		setNeedsProgressMonitor(false);
		setDefaultPageImageDescriptor(Images.descriptor(Images.NEW_PLAN));
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		page = new NewPlanPage(DialogSettings.lastFolder());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.getFile();
		try {
			Files.createDirectories(file.getParent());
			if (Files.exists(file)) {
				page.setErrorMessage(NLS.bind(Messages.NewPlan_fileExists, file.getFileName()));
				return false;
			}
			new PlanStore().save(createPlan(page.getPlanName(), page.getOwnerName()), file);
		} catch (IOException | PlanSaveException e) {
			MessageDialog.openError(getShell(), Messages.NewPlan_failedTitle, e.getMessage());
			return false;
		}
		DialogSettings.setLastFolder(file.getParent().toString());
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			try {
				PlanEditors.open(window.getActivePage(), file);
			} catch (PartInitException e) {
				ILog.of(NewPlanWizard.class).error(e.getMessage(), e);
			}
		}
		return true;
	}

	/** A new plan: its name, its owner, and a horizon of one year from today. */
	static NetworkingPlan createPlan(String name, String ownerName) {
		RapportFactory factory = RapportFactory.eINSTANCE;
		NetworkingPlan plan = factory.createNetworkingPlan();
		plan.setName(name);
		Profile owner = factory.createProfile();
		owner.setName(ownerName);
		plan.setOwner(owner);
		LocalDate today = PlanClock.today();
		plan.setHorizonStart(PlanClock.toDate(today));
		plan.setHorizonEnd(PlanClock.toDate(today.plusYears(1)));
		return plan;
	}
}
