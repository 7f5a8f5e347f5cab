/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.model.Contact;
import org.rapport.model.RelationshipStatus;

/**
 * Set Status &gt; Active, Prospect, Dormant or Archived for every contact selected in the Contacts view or on the
 * plan editor's Contacts page: one command on the plan's stack, so one undo restores them all.
 */
public class SetStatusHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.rapport.ui.setRelationshipStatus"; //$NON-NLS-1$
	public static final String PARAMETER = "org.rapport.ui.setRelationshipStatus.status"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		RelationshipStatus status = RelationshipStatus.get(String.valueOf(event.getParameter(PARAMETER)));
		List<Contact> contacts = SelectedContacts.of(HandlerUtil.getCurrentSelection(event));
		if (status == null || contacts.isEmpty()) {
			return null;
		}
		EditingDomain domain = SelectedContacts.domainOf(contacts);
		if (domain != null) {
			Command command = FollowUpCommands.setStatus(domain, contacts, status);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
		return null;
	}
}
