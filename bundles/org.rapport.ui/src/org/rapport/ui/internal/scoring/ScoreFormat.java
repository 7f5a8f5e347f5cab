/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;
import org.rapport.core.strategies.HealthRating;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.Severity;
import org.rapport.ui.charts.ColorBands;
import org.rapport.ui.internal.Messages;

/** How scores read in the workbench: rounded numbers, and a word for the plan's health by colour band. */
public final class ScoreFormat {

	private ScoreFormat() {
	}

	/** A score as a whole number ("72"), or a dash when there is none. */
	public static String score(double score) {
		return Double.isNaN(score) ? Messages.Scorecard_noValue : Long.toString(Math.round(score));
	}

	/** The word for a health, as core rates it (the command line says the same). */
	public static String word(HealthRating rating) {
		return rating.getWord().getLabel();
	}

	/**
	 * The colour of a health's word and number: the band of its word ({@link ColorBands#SCORES}), so that a Fair
	 * held back by overdue follow-ups is not shown green; {@code null} without a rating.
	 */
	public static RGB color(HealthRating rating) {
		return switch (rating.getWord()) {
		case NEEDS_WORK -> ColorBands.SCORES.colorOf(0);
		case FAIR -> ColorBands.SCORES.colorOf(HealthRating.FAIR_FROM);
		case GOOD -> ColorBands.SCORES.colorOf(HealthRating.GOOD_FROM);
		default -> null;
		};
	}

	/** The word's tooltip: why it is what it is, then how words are given. */
	public static String wordToolTip(HealthRating rating) {
		String reason = rating.getReason();
		return reason.isEmpty() ? Messages.Scorecard_wordToolTip : reason + "\n" + Messages.Scorecard_wordToolTip; //$NON-NLS-1$
	}

	/** The text after a strategy's bar: its score, or "failed". */
	public static String barText(StrategyOutcome outcome) {
		return outcome.isFailed() ? Messages.Scorecard_failed : score(outcome.getScore());
	}

	/** The tooltip of a strategy's bar: its score and weight and what it looks at, or why it failed. */
	public static String barToolTip(StrategyOutcome outcome, double weight) {
		StrategyDescriptor strategy = outcome.getStrategy();
		String description = strategy.getDescription() == null ? "" : "\n" + strategy.getDescription(); //$NON-NLS-1$ //$NON-NLS-2$
		if (outcome.isFailed()) {
			return outcome.getFailure() + description;
		}
		return NLS.bind(Messages.Scorecard_barToolTip, new Object[] { strategy.getName(), score(outcome.getScore()),
				weight(weight), Integer.toString(outcome.getFindings().size()) }) + description;
	}

	/** A weight as people write it: "1", "1.5", "0.25" (no trailing zeros, a dot whatever the locale). */
	public static String weight(double weight) {
		if (weight == Math.rint(weight) && Math.abs(weight) < 1e12) {
			return Long.toString((long) weight);
		}
		return java.math.BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
	}

	public static String severity(FindingRow row) {
		if (row.failure()) {
			return Messages.Scorecard_severityFailed;
		}
		return row.severity() == Severity.ERROR ? Messages.Scorecard_severityError
				: row.severity() == Severity.WARNING ? Messages.Scorecard_severityWarning : Messages.Scorecard_severityInfo;
	}
}
