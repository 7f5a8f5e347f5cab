/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.Severity;

/**
 * One row of the Scorecard's findings: a finding of a strategy, or the failure of a strategy that could not
 * score the plan (listed with the findings so that it is not missed, and sorted before them).
 *
 * @param strategy the strategy that found it, or that failed
 * @param severity the finding's severity; {@link Severity#ERROR} for a failure
 * @param message  the finding's message, or the reason of the failure
 * @param action   the suggested action, or {@code null}
 * @param subject  the plan's object the finding is about, or {@code null} (a failure, a plan-wide finding)
 * @param failure  whether the row is a failure of the strategy rather than a finding
 * @param order    the row's place in the strategies' own order, for sorting ties
 */
public record FindingRow(StrategyDescriptor strategy, Severity severity, String message, String action,
		EObject subject, boolean failure, int order) {

	/** The rows of a health: failures first, then each strategy's findings in the order it gave them. */
	public static List<FindingRow> rowsOf(PlanHealth health) {
		List<FindingRow> rows = new ArrayList<>();
		if (health == null) {
			return rows;
		}
		for (StrategyOutcome outcome : health.getOutcomes()) {
			if (outcome.isFailed()) {
				rows.add(new FindingRow(outcome.getStrategy(), Severity.ERROR, outcome.getFailure(), null, null, true,
						rows.size()));
			}
		}
		for (StrategyOutcome outcome : health.getOutcomes()) {
			for (Finding finding : outcome.getFindings()) {
				rows.add(new FindingRow(outcome.getStrategy(), finding.getSeverity(), finding.getMessage(),
						finding.getSuggestedAction(), finding.getSubject(), false, rows.size()));
			}
		}
		return rows;
	}

	/** How urgent the row is: failures, then errors, warnings, notes (lower first). */
	public int rank() {
		if (failure) {
			return 0;
		}
		return switch (severity) {
		case ERROR -> 1;
		case WARNING -> 2;
		default -> 3;
		};
	}
}
