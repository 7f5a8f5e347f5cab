/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.ui.internal.wizards.NewPlanWizard;

/** File &gt; New Plan...: runs the New Plan wizard. */
public class NewPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(window.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s
				: StructuredSelection.EMPTY);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
