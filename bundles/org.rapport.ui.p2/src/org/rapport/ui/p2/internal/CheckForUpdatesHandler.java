/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.p2.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > Check for Updates: looks for newer versions of what is installed (Rapport itself and its plugins) on the
 * known sites, with progress and cancel, and opens p2's update wizard when there are some.
 */
public class CheckForUpdatesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		UpdateSite.addOnce(ui);
		UpdateOperation operation = ui.getUpdateOperation(null, null);
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> operation.resolveModal(monitor));
		} catch (InvocationTargetException e) {
			ILog.of(CheckForUpdatesHandler.class).error("Checking for updates failed", e.getCause()); //$NON-NLS-1$
			MessageDialog.openError(shell, Messages.Updates_title, NLS.bind(Messages.Updates_failed, e.getCause().getMessage()));
			return null;
		} catch (InterruptedException e) {
			return null; // cancelled
		}
		IStatus result = operation.getResolutionResult();
		if (result == null || result.getSeverity() == IStatus.CANCEL) {
			return null;
		}
		if (result.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			MessageDialog.openInformation(shell, Messages.Updates_title, Messages.Updates_none);
			return null;
		}
		if (ui.getPolicy().continueWorkingWithOperation(operation, shell)) {
			ui.openUpdateWizard(false, operation, null);
		}
		return null;
	}
}
