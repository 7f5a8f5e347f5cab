/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.rapport.core.followup.Agenda.LosingTouch;
import org.rapport.core.followup.Agenda.Occasion;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.FollowUp;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;

/**
 * The contacts a command acts on: those selected in the Contacts view or on the plan editor's Contacts page, and
 * the people of what is selected elsewhere (a follow-up or a "losing touch" row in the Agenda, an interaction, an
 * exchange or a thank-you note on the editor's pages or in a contact's timeline).
 */
public final class SelectedContacts {

	private SelectedContacts() {
	}

	/** The distinct contacts of the selection, in selection order; empty for any other selection. */
	public static List<Contact> of(ISelection selection) {
		return collect(selection, false);
	}

	/** The distinct contacts selected, and the people of the follow-ups, interactions and exchanges selected. */
	public static List<Contact> involvedIn(ISelection selection) {
		return collect(selection, true);
	}

	/** The editing domain of the plan that holds all the contacts, or {@code null} when there is no such one. */
	public static EditingDomain domainOf(List<Contact> contacts) {
		NetworkingPlan plan = contacts.get(0).eContainer() instanceof NetworkingPlan p ? p : null;
		for (Contact contact : contacts) {
			if (plan == null || contact.eContainer() != plan) {
				return null;
			}
		}
		return AdapterFactoryEditingDomain.getEditingDomainFor(plan);
	}

	private static List<Contact> collect(ISelection selection, boolean involved) {
		List<Contact> contacts = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				List<Contact> people = involved ? peopleOf(element)
						: element instanceof Contact contact ? List.of(contact) : List.of();
				for (Contact contact : people) {
					if (!contacts.contains(contact)) {
						contacts.add(contact);
					}
				}
			}
		}
		return contacts;
	}

	private static List<Contact> peopleOf(Object element) {
		Contact one = null;
		if (element instanceof Contact contact) {
			one = contact;
		} else if (element instanceof FollowUp followUp) {
			one = followUp.getContact();
		} else if (element instanceof LosingTouch losing) {
			one = losing.contact();
		} else if (element instanceof Occasion occasion) {
			one = occasion.contact();
		} else if (element instanceof Exchange exchange) {
			one = exchange.getContact();
		} else if (element instanceof Gratitude gratitude) {
			one = gratitude.getContact();
		} else if (element instanceof Interaction interaction) {
			return interaction.getContacts();
		}
		return one == null ? List.of() : List.of(one);
	}
}
