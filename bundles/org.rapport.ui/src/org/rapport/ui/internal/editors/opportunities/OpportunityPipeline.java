/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.opportunities;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.RapportPackage;

/**
 * The stages an opportunity goes through: identified, planned, registered, attended, followed up. Declined is off
 * the pipeline (it has no next stage, and neither has followed up, the last).
 */
public final class OpportunityPipeline {

	/** The stages in the order the page shows them: the pipeline, then declined. */
	public static final List<OpportunityStatus> STAGES = List.of(OpportunityStatus.IDENTIFIED, OpportunityStatus.PLANNED,
			OpportunityStatus.REGISTERED, OpportunityStatus.ATTENDED, OpportunityStatus.FOLLOWED_UP,
			OpportunityStatus.DECLINED);

	private OpportunityPipeline() {
	}

	/** The stage after this one, or {@code null} for followed up and declined. */
	public static OpportunityStatus next(OpportunityStatus stage) {
		if (stage == null) {
			return OpportunityStatus.IDENTIFIED;
		}
		return switch (stage) {
		case IDENTIFIED -> OpportunityStatus.PLANNED;
		case PLANNED -> OpportunityStatus.REGISTERED;
		case REGISTERED -> OpportunityStatus.ATTENDED;
		case ATTENDED -> OpportunityStatus.FOLLOWED_UP;
		case FOLLOWED_UP, DECLINED -> null;
		};
	}

	/** Whether every one of the opportunities (at least one) can move on. */
	public static boolean canMove(Collection<? extends Opportunity> opportunities) {
		return !opportunities.isEmpty() && opportunities.stream().allMatch(o -> next(o.getStatus()) != null);
	}

	/** Moves each opportunity to its next stage, as one command (unexecutable when one of them cannot move). */
	public static Command moveToNextStage(EditingDomain domain, Collection<? extends Opportunity> opportunities) {
		if (!canMove(opportunities)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand move = new CompoundCommand(Messages.Pipeline_moveToNextStage);
		for (Opportunity opportunity : opportunities) {
			move.append(SetCommand.create(domain, opportunity, RapportPackage.Literals.OPPORTUNITY__STATUS,
					next(opportunity.getStatus())));
		}
		return move;
	}
}
