/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import java.util.ArrayList;
import org.eclipse.emf.common.util.TreeIterator;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;

/**
 * Deletes a contact from its plan with every reference to it, as EMF's {@code DeleteCommand} does, but without
 * needing item providers (the command line has none): the sub-commands are built when it executes, against the plan
 * as it is then; undo and redo replay them.
 */
public final class DeleteContactCommand extends CompoundCommand {

	private final EditingDomain domain;
	private final NetworkingPlan plan;
	private final Contact contact;

	public DeleteContactCommand(EditingDomain domain, NetworkingPlan plan, Contact contact) {
		this.domain = domain;
		this.plan = plan;
		this.contact = contact;
	}

	@Override
	protected boolean prepare() {
		return contact.eContainer() == plan;
	}

	@Override
	public void execute() {
		List<Runnable> steps = new ArrayList<>();
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject owner = it.next();
			if (owner == contact) {
				it.prune();
				continue;
			}
			for (EReference reference : owner.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
						|| !reference.getEReferenceType().isInstance(contact)) {
					continue;
				}
				Object value = owner.eGet(reference);
				if (reference.isMany() ? ((List<?>) value).contains(contact) : value == contact) {
					steps.add(() -> appendAndExecute(reference.isMany() ? new RemoveCommand(domain, owner, reference, contact)
							: new SetCommand(domain, owner, reference, null)));
				}
			}
		}
		steps.forEach(Runnable::run);
		appendAndExecute(new RemoveCommand(domain, plan, RapportPackage.Literals.NETWORKING_PLAN__CONTACTS, contact));
	}
}
