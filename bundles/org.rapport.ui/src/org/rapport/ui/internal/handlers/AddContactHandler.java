/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;

/**
 * Edit &gt; Add Contact (Ctrl+Shift+N): adds an empty contact to the plan in the active editor as one undoable
 * command, shows it on the Contacts page and puts the cursor in its first name, wherever the user was.
 */
public class AddContactHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) || editor.getPlan() == null) {
			return null;
		}
		editor.commitPendingEdits();
		NetworkingPlan plan = editor.getPlan();
		EditingDomain domain = editor.getEditingDomain();
		Contact contact = RapportFactory.eINSTANCE.createContact();
		Command add = AddCommand.create(domain, plan, RapportPackage.Literals.NETWORKING_PLAN__CONTACTS, contact);
		if (!add.canExecute()) {
			return null;
		}
		domain.getCommandStack().execute(add);
		// after the pages' own refresh, which the change queues on the UI thread: only then do they list the contact
		Display.getCurrent().asyncExec(() -> {
			if (editor.getPlan() != null && editor.getPlan().getContacts().contains(contact)) {
				editor.showContact(contact);
				focusFirstName(editor);
			}
		});
		return null;
	}

	/** The details show the new contact now: typing goes to its first name, as after the page's Add button. */
	private static void focusFirstName(PlanEditor editor) {
		IFormPage page = editor.getActivePageInstance();
		Control control = page == null ? null : page.getPartControl();
		Text field = control == null ? null : find(control, UiIds.CONTACT_FIRST_NAME);
		if (field != null && field.isVisible() && field.isEnabled()) {
			field.setFocus();
		}
	}

	private static Text find(Control control, String id) {
		if (control instanceof Text text && id.equals(text.getData(UiIds.KEY))) {
			return text;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = find(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
