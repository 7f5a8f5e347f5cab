package org.rapport.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.rapport.model.Contact;

/** The contacts a command acts on: those selected in the Contacts view or on the plan editor's Contacts page. */
public final class SelectedContacts {

	private SelectedContacts() {
	}

	/** The distinct contacts of the selection, in selection order; empty for any other selection. */
	public static List<Contact> of(ISelection selection) {
		List<Contact> contacts = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof Contact contact && !contacts.contains(contact)) {
					contacts.add(contact);
				}
			}
		}
		return contacts;
	}
}
