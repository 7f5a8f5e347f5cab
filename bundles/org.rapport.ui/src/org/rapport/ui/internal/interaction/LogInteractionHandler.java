/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interaction;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.handlers.SelectedContacts;

/**
 * Edit &gt; Log Interaction... (Ctrl+Alt+L) for the plan in the active editor, with the people selected in the
 * active part ticked: contacts in the Contacts view or on the editor's Contacts page, the people of the follow-ups
 * and rows selected in the Agenda, of interactions, exchanges and timeline entries.
 */
public class LogInteractionHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.rapport.ui.logInteraction"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof PlanEditor planEditor && planEditor.getPlan() != null) {
			LogInteraction.open(HandlerUtil.getActiveShell(event), planEditor,
					SelectedContacts.involvedIn(HandlerUtil.getCurrentSelection(event)));
		}
		return null;
	}
}
