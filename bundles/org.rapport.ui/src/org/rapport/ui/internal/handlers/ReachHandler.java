/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.model.Contact;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.interaction.Reach;

/**
 * Email... (one draft to every selected contact with an email), Call and Open Profile (the first selected contact's
 * phone or web profile) with the desktop's handlers. The command's id says which.
 */
public class ReachHandler extends AbstractHandler {

	public static final String EMAIL = "org.rapport.ui.emailContacts"; //$NON-NLS-1$
	public static final String CALL = "org.rapport.ui.callContact"; //$NON-NLS-1$
	public static final String PROFILE = "org.rapport.ui.openProfile"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		List<Contact> contacts = SelectedContacts.of(HandlerUtil.getCurrentSelection(event));
		if (contacts.isEmpty()) {
			return null;
		}
		String id = event.getCommand().getId();
		String uri;
		String missing;
		if (EMAIL.equals(id)) {
			uri = Reach.mailto(Reach.emails(contacts));
			missing = Messages.Reach_noEmail;
		} else if (CALL.equals(id)) {
			uri = Reach.tel(contacts.get(0));
			missing = Messages.Reach_noPhone;
		} else {
			uri = Reach.profile(contacts.get(0));
			missing = Messages.Reach_noProfile;
		}
		if (uri == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Reach_title, missing);
		} else if (!Reach.open(uri)) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Reach_title,
					org.eclipse.osgi.util.NLS.bind(Messages.Reach_noHandler, uri));
		}
		return null;
	}
}
