/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.recent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.handlers.OpenPlanHandler;

/**
 * File &gt; 1 plan, 2 plan, ...: the plans opened last, most recent first. Choosing one opens it, or brings its
 * editor to the front; a plan whose file is gone is reported and taken off the list.
 */
public class RecentPlansMenu extends CompoundContributionItem implements IWorkbenchContribution {

	private IWorkbenchWindow window;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		window = serviceLocator.getService(IWorkbenchWindow.class);
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		String userHome = System.getProperty("user.home"); //$NON-NLS-1$
		Path home = userHome == null ? null : Path.of(userHome);
		int position = 0;
		for (Path file : RecentPlansStore.files()) {
			position++;
			Action action = new Action(RecentPlanLabels.menuText(position, file, home)) {
				@Override
				public void run() {
					open(file);
				}
			};
			action.setToolTipText(file.toString());
			items.add(new ActionContributionItem(action));
		}
		return items.toArray(IContributionItem[]::new);
	}

	private void open(Path file) {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		if (!Files.isRegularFile(file) && PlanEditors.find(page, file) == null) {
			RecentPlansStore.remove(file);
			MessageDialog.openError(window.getShell(), Messages.RecentPlans_missingTitle,
					NLS.bind(Messages.RecentPlans_missing, file.getFileName(), file.getParent()));
			return;
		}
		OpenPlanHandler.open(page, file, window.getShell());
	}
}
