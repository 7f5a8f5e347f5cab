/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.interchange.importer.MergeContactsCommand;
import org.rapport.model.Contact;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.handlers.SelectedContacts;
import org.rapport.ui.internal.outcome.OutcomeMessages;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.internal.outcome.Summaries;

/**
 * Edit &gt; Merge Contacts... for two or more contacts selected in the Contacts view or the plan editor's
 * Contacts page: asks which one to keep, then merges the others into it with the core's
 * {@link MergeContactsCommand} on the plan's command stack (one undo brings them all back). The command is
 * enabled by the selection (plugin.xml); the plan and its editing domain are found from the contacts.
 */
public class MergeContactsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Contact> contacts = SelectedContacts.of(HandlerUtil.getCurrentSelection(event));
		if (contacts.size() < 2) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		EditingDomain domain = SelectedContacts.domainOf(contacts);
		if (domain == null) {
			MessageDialog.openError(shell, Messages.Merge_title, Messages.Merge_notOnePlan);
			return null;
		}
		MergeContactsDialog dialog = new MergeContactsDialog(shell, contacts);
		if (dialog.open() != Window.OK) {
			return null;
		}
		MergeContactsCommand command = new MergeContactsCommand(domain, dialog.getSurvivor(), contacts);
		if (!command.canExecute()) {
			MessageDialog.openError(shell, Messages.Merge_title, Messages.Merge_notMergeable);
			return null;
		}
		domain.getCommandStack().execute(command);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof PlanEditor editor && editor.getEditingDomain() == domain) {
			editor.showContact(dialog.getSurvivor());
		}
		Outcomes.announce(HandlerUtil.getActiveWorkbenchWindow(event), OutcomeMessages.Merge_title,
				Summaries.merged(command), null);
		return null;
	}
}
