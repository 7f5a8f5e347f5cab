/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.actions.RedoAction;
import org.rapport.ui.internal.actions.UndoAction;

/**
 * Wires the workbench's Undo and Redo to the active plan editor's command stack, whichever page is showing. The
 * Delete handler is set by the page whose table has the focus, so Delete in a text field deletes text.
 */
public class PlanEditorContributor extends MultiPageEditorActionBarContributor {

	private final UndoAction undoAction = new UndoAction();
	private final RedoAction redoAction = new RedoAction();

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		shareGlobalActions(bars);
	}

	/** Registers Undo and Redo in other action bars too (the Properties view's page). */
	public void shareGlobalActions(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		bars.updateActionBars();
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		PlanEditor editor = part instanceof PlanEditor planEditor ? planEditor : null;
		EditingDomain domain = editor == null ? null : editor.getEditingDomain();
		Runnable commit = editor == null ? null : () -> editor.commitPendingEdits();
		undoAction.setEditingDomain(domain);
		undoAction.setBeforeRun(commit);
		redoAction.setEditingDomain(domain);
		redoAction.setBeforeRun(commit);
		super.setActiveEditor(part);
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		IActionBars bars = getActionBars();
		if (bars != null) {
			bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
			shareGlobalActions(bars);
		}
	}

	@Override
	public void dispose() {
		undoAction.dispose();
		redoAction.dispose();
		super.dispose();
	}
}
