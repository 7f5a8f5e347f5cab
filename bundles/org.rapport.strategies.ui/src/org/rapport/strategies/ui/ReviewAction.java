/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;

/**
 * One thing the user can do about a finding: the command that changes the plan, and the decision it
 * stands for, in words, as the plan review records it ("Rescheduled the follow-up with Ben Ito to
 * 2026-12-03.").
 *
 * @param command  the change, executed as one undoable step through
 *                 {@link org.rapport.ui.review.ReviewContext#execute}; it cannot execute when the action
 *                 would change nothing (the interest is already noted, the goal already linked)
 * @param decision what the review records once the command has run
 */
public record ReviewAction(Command command, String decision) {

	public ReviewAction {
		Objects.requireNonNull(command, "command"); //$NON-NLS-1$
		Objects.requireNonNull(decision, "decision"); //$NON-NLS-1$
	}

	/** Whether running it would change the plan. */
	public boolean canExecute() {
		return command.canExecute();
	}
}
