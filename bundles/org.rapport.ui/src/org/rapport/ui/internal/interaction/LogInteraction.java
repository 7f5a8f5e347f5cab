/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interaction;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditor;

/** Opens the Log Interaction dialog for a plan editor and runs what was entered on its command stack. */
public final class LogInteraction {

	private LogInteraction() {
	}

	/**
	 * @param preselected the contacts ticked when the dialog opens (those selected where it was asked for)
	 * @return whether an interaction was logged
	 */
	public static boolean open(Shell shell, PlanEditor editor, Collection<Contact> preselected) {
		NetworkingPlan plan = editor == null ? null : editor.getPlan();
		if (plan == null) {
			return false;
		}
		LogInteractionDialog dialog = new LogInteractionDialog(shell, plan, PlanClock.today(),
				FollowUpPreferences.current(), preselected);
		if (dialog.open() != Window.OK || dialog.getRequest() == null) {
			return false;
		}
		Command command = FollowUpCommands.logInteraction(editor.getEditingDomain(), plan, dialog.getRequest());
		editor.getEditingDomain().getCommandStack().execute(command);
		return true;
	}
}
