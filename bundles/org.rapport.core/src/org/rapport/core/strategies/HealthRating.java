/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.Relationships;
import org.rapport.core.internal.strategies.Messages;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;

/**
 * The word for a plan's health ("Good", "Fair", "Needs work"), the one rule the Scorecard and {@code rapport score}
 * both ask:
 * <ol>
 * <li>a plan that is {@linkplain GettingStarted#isGettingStarted getting started} is not rated:
 * {@link Word#GETTING_STARTED};</li>
 * <li>with no overall score (no strategy counted): {@link Word#NONE};</li>
 * <li>otherwise by the overall score: Good from {@value #GOOD_FROM}, Fair from {@value #FAIR_FROM}, Needs work
 * below;</li>
 * <li>but never Good while at least a quarter ({@value #OVERDUE_SHARE_LIMIT}) of the open follow-ups with a due
 * date (those of archived contacts left out, as the scoring does) are overdue: then Fair. The score averages many
 * things; a pile of broken promises must not hide behind good goals and audiences.</li>
 * </ol>
 */
public final class HealthRating {

	/** The overall score from which the health is Good (unless too many follow-ups are overdue). */
	public static final double GOOD_FROM = 75;
	/** The overall score from which the health is Fair. */
	public static final double FAIR_FROM = 50;
	/** The share of the open follow-ups overdue at which the health cannot be Good. */
	public static final double OVERDUE_SHARE_LIMIT = 0.25;

	/** The words, from the worst to the best. */
	public enum Word {
		NONE, GETTING_STARTED, NEEDS_WORK, FAIR, GOOD;

		/** The word as people read it. */
		public String getLabel() {
			return switch (this) {
			case NONE -> Messages.Health_none;
			case GETTING_STARTED -> Messages.Health_gettingStarted;
			case NEEDS_WORK -> Messages.Health_needsWork;
			case FAIR -> Messages.Health_fair;
			case GOOD -> Messages.Health_good;
			};
		}
	}

	private final Word word;
	private final double overall;
	private final int open;
	private final int overdue;
	private final boolean cappedByOverdue;

	private HealthRating(Word word, double overall, int open, int overdue, boolean cappedByOverdue) {
		this.word = word;
		this.overall = overall;
		this.open = open;
		this.overdue = overdue;
		this.cappedByOverdue = cappedByOverdue;
	}

	/**
	 * Rates a plan.
	 *
	 * @param plan    the plan that was scored (or a snapshot of it)
	 * @param overall its overall score ({@link PlanHealth#getOverall()}), NaN when there is none
	 * @param today   the day the scores were computed for
	 */
	public static HealthRating of(NetworkingPlan plan, double overall, LocalDate today) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Objects.requireNonNull(today, "today"); //$NON-NLS-1$
		int open = 0;
		int overdue = 0;
		for (FollowUp followUp : plan.getFollowUps()) {
			if (FollowUps.isOpen(followUp) && Relationships.counts(followUp)) {
				open++;
				if (FollowUps.isOverdue(followUp, today)) {
					overdue++;
				}
			}
		}
		if (GettingStarted.isGettingStarted(plan)) {
			return new HealthRating(Word.GETTING_STARTED, overall, open, overdue, false);
		}
		if (Double.isNaN(overall)) {
			return new HealthRating(Word.NONE, overall, open, overdue, false);
		}
		Word byScore = overall >= GOOD_FROM ? Word.GOOD : overall >= FAIR_FROM ? Word.FAIR : Word.NEEDS_WORK;
		boolean tooManyOverdue = open > 0 && overdue >= OVERDUE_SHARE_LIMIT * open;
		if (byScore == Word.GOOD && tooManyOverdue) {
			return new HealthRating(Word.FAIR, overall, open, overdue, true);
		}
		return new HealthRating(byScore, overall, open, overdue, false);
	}

	public Word getWord() {
		return word;
	}

	/** The overall score rated, NaN when there is none. */
	public double getOverall() {
		return overall;
	}

	/** The open follow-ups with a due date that count. */
	public int getOpenFollowUps() {
		return open;
	}

	/** How many of them are overdue. */
	public int getOverdueFollowUps() {
		return overdue;
	}

	/** Whether the score alone would read Good, but too many follow-ups are overdue. */
	public boolean isCappedByOverdue() {
		return cappedByOverdue;
	}

	/**
	 * Why the word is what it is, in a sentence for a person ("10 of 12 open follow-ups are overdue: …"), or ""
	 * when the score says it all.
	 */
	public String getReason() {
		if (word == Word.GETTING_STARTED) {
			return Messages.Health_gettingStartedReason;
		}
		if (cappedByOverdue) {
			return NLS.bind(Messages.Health_cappedByOverdue, Integer.toString(overdue), Integer.toString(open));
		}
		return ""; //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return word + " " + overall + " (" + overdue + " of " + open + " overdue)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
