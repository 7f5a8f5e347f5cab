/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.ui.editors.PlanEditor;

/**
 * File &gt; Sync...: syncs the active plan with its CardDAV/CalDAV account through the {@link SyncWizard}. The plan
 * must have been saved once, since the sync state is kept beside its file.
 */
public class SyncHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (!(editor instanceof PlanEditor planEditor) || planEditor.getPlan() == null) {
			return null;
		}
		if (planEditor.getFile() == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Sync_windowTitle, Messages.Sync_saveFirst);
			return null;
		}
		WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event),
				new SyncWizard(planEditor, HandlerUtil.getActiveWorkbenchWindow(event)));
		dialog.setPageSize(760, 380);
		dialog.open();
		return null;
	}
}
