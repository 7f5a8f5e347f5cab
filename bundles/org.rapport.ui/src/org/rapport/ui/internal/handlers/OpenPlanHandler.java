/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.DialogSettings;
import org.rapport.ui.internal.Messages;

/** File &gt; Open Plan...: picks plan files and opens them; a file that cannot be loaded is reported, not opened. */
public class OpenPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI | SWT.SHEET);
		dialog.setText(Messages.OpenPlan_title);
		dialog.setFilterExtensions(new String[] { "*." + PlanStore.FILE_EXTENSION, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Dialog_planFiles, Messages.Dialog_allFiles });
		dialog.setFilterPath(DialogSettings.lastFolder());
		if (dialog.open() == null) {
			return null;
		}
		DialogSettings.setLastFolder(dialog.getFilterPath());
		IWorkbenchPage page = window.getActivePage();
		for (String name : dialog.getFileNames()) {
			open(page, Path.of(dialog.getFilterPath(), name), window.getShell());
		}
		return null;
	}

	/**
	 * Opens a plan file; when it cannot be loaded, says why (file, line, column) in an error dialog.
	 *
	 * @return whether the plan is open in an editor
	 */
	public static boolean open(IWorkbenchPage page, Path file, Shell shell) {
		try {
			if (PlanEditors.find(page, file) != null) {
				PlanEditors.open(page, file);
				return true;
			}
			NetworkingPlan plan = new PlanStore().load(file, PlanStore.createResourceSet());
			PlanEditors.open(page, file, plan);
			return true;
		} catch (PlanLoadException e) {
			MessageDialog.openError(shell, Messages.OpenPlan_failedTitle, e.getMessage());
		} catch (PartInitException e) {
			ILog.of(OpenPlanHandler.class).error(e.getMessage(), e);
			MessageDialog.openError(shell, Messages.OpenPlan_failedTitle, NLS.bind(Messages.OpenPlan_editorFailed, file,
					e.getMessage()));
		}
		return false;
	}
}
