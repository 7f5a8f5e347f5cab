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

/** Edit &gt; Undo for a plan: "Undo Set Last Name". */
public class UndoAction extends CommandStackAction {

	public UndoAction() {
		setId(ActionFactory.UNDO.getId());
		setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
		if (PlatformUI.isWorkbenchRunning()) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
			setDisabledImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO_DISABLED));
		}
	}

	@Override
	protected void run(CommandStack stack) {
		if (stack.canUndo()) {
			stack.undo();
		}
	}

	@Override
	protected void update() {
		CommandStack stack = getEditingDomain() == null ? null : getEditingDomain().getCommandStack();
		Command command = stack == null ? null : stack.getUndoCommand();
		setEnabled(stack != null && stack.canUndo());
		if (command == null) {
			setText(Messages.Action_undo);
			setToolTipText(null);
		} else {
			String label = CommandLabels.label(command, adapterFactory());
			setText(NLS.bind(Messages.Action_undoCommand, label));
			setToolTipText(NLS.bind(Messages.Action_undoTooltip, label));
		}
	}
}
