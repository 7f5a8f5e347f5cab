/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;

/**
 * What a review wizard works with: the plan, the editing domain whose command stack records every change,
 * the strategy under review and its outcome (score and findings, whose subjects are objects of this plan).
 * Decisions the user takes in a page are collected here and recorded in the plan review.
 */
public final class ReviewContext {

	private final NetworkingPlan plan;
	private final EditingDomain editingDomain;
	private final StrategyOutcome outcome;
	private final List<Command> executed = new ArrayList<>();
	private final List<String> decisions = new ArrayList<>();

	public ReviewContext(NetworkingPlan plan, EditingDomain editingDomain, StrategyOutcome outcome) {
		this.plan = Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		this.editingDomain = Objects.requireNonNull(editingDomain, "editingDomain"); //$NON-NLS-1$
		this.outcome = Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
	}

	public NetworkingPlan getPlan() {
		return plan;
	}

	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	public StrategyDescriptor getStrategy() {
		return outcome.getStrategy();
	}

	public StrategyOutcome getOutcome() {
		return outcome;
	}

	public List<Finding> getFindings() {
		return outcome.getFindings();
	}

	/**
	 * Runs a change to the plan as one undoable step on the plan's command stack.
	 *
	 * @return whether the command could be executed
	 */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		editingDomain.getCommandStack().execute(command);
		executed.add(command);
		return true;
	}

	/** The commands this review executed, oldest first. */
	public List<Command> getExecutedCommands() {
		return Collections.unmodifiableList(executed);
	}

	/** Records a decision the user took, e.g. "Reschedule the follow-up with Ben to 3 Dec". */
	public void addDecision(String decision) {
		if (decision != null && !decision.isBlank()) {
			decisions.add(decision.strip());
		}
	}

	public List<String> getDecisions() {
		return Collections.unmodifiableList(decisions);
	}
}
