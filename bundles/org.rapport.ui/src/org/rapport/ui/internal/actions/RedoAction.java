/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.rapport.ui.emf.CommandLabels;
import org.rapport.ui.internal.Messages;

/** Edit &gt; Redo for a plan: "Redo Set Last Name". */
public class RedoAction extends CommandStackAction {

	public RedoAction() {
		setId(ActionFactory.REDO.getId());
		setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		if (PlatformUI.isWorkbenchRunning()) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
			setDisabledImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO_DISABLED));
		}
	}

	@Override
	protected void run(CommandStack stack) {
		if (stack.canRedo()) {
			stack.redo();
		}
	}

	@Override
	protected void update() {
		CommandStack stack = getEditingDomain() == null ? null : getEditingDomain().getCommandStack();
		Command command = stack == null ? null : stack.getRedoCommand();
		setEnabled(stack != null && stack.canRedo());
		if (command == null) {
			setText(Messages.Action_redo);
			setToolTipText(null);
		} else {
			String label = CommandLabels.label(command, adapterFactory());
			setText(NLS.bind(Messages.Action_redoCommand, label));
			setToolTipText(NLS.bind(Messages.Action_redoTooltip, label));
		}
	}
}
