/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.ActivityStatus;
import org.rapport.model.Feedback;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Skill;
import org.rapport.strategies.internal.Dates;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Scorecard;

/**
 * Book strategy 5 (invest in ongoing learning and skill development) with the attitude "open to learning
 * and feedback".
 * <p>
 * With no skill, learning activity or feedback in the plan the score is 0. Otherwise
 * {@code score = 100 * (2T + 3G + 3F + 2O) / 10} where
 * <ul>
 * <li>T (tied): share of the learning activities not dropped that are linked to a goal or a skill (1 with
 * none);</li>
 * <li>G (gaps worked on): share of the skills with a gap (target level above current level) that a
 * current learning activity works on: planned, in progress, or done in the last 180 days (1 with no
 * gap);</li>
 * <li>F (feedback acted on): share of the feedback that led to at least one action (1 with none);</li>
 * <li>O (openness): 1 when some feedback is dated within the last 180 days, else 0.</li>
 * </ul>
 */
public class LearningStrategy implements IStrategy {

	public static final double W_TIED = 2;
	public static final double W_GAPS = 3;
	public static final double W_FEEDBACK = 3;
	public static final double W_OPENNESS = 2;

	/** How long a finished activity still counts for a skill, and how recent feedback must be. */
	public static final int RECENT_DAYS = 180;
	/** Feedback younger than this that has no action yet is a note, older a warning. */
	public static final int FRESH_FEEDBACK_DAYS = 14;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		LocalDate today = context.today();
		LocalDate recent = today.minusDays(RECENT_DAYS);
		FindingCollector findings = new FindingCollector();
		if (plan.getSkills().isEmpty() && plan.getLearningActivities().isEmpty() && plan.getFeedback().isEmpty()) {
			findings.add(Severity.WARNING, plan, 0, Messages.Learning_nothing, Messages.Learning_nothing_action);
			return new StrategyResult(0, findings.build());
		}

		int activities = 0;
		int tied = 0;
		for (LearningActivity a : plan.getLearningActivities()) {
			if (a.getStatus() == ActivityStatus.DROPPED) {
				continue;
			}
			activities++;
			if (!a.getGoals().isEmpty() || !a.getSkills().isEmpty()) {
				tied++;
			} else {
				findings.add(Severity.INFO, a, 0, NLS.bind(Messages.Learning_untied, Labels.activity(a)),
						Messages.Learning_untied_action);
			}
		}

		int gaps = 0;
		int worked = 0;
		for (Skill s : plan.getSkills()) {
			if (s.getTargetLevel() <= s.getCurrentLevel()) {
				continue;
			}
			gaps++;
			if (isWorkedOn(plan, s, recent)) {
				worked++;
			} else {
				findings.add(Severity.WARNING, s, s.getTargetLevel() - s.getCurrentLevel(),
						NLS.bind(Messages.Learning_gap, new Object[] { Labels.skill(s),
								Integer.toString(s.getCurrentLevel()), Integer.toString(s.getTargetLevel()) }),
						Messages.Learning_gap_action);
			}
		}

		int acted = 0;
		boolean recentFeedback = false;
		for (Feedback f : plan.getFeedback()) {
			LocalDate day = Dates.day(f.getDate());
			if (day != null && !day.isBefore(recent) && !day.isAfter(today)) {
				recentFeedback = true;
			}
			if (!f.getActions().isEmpty()) {
				acted++;
				continue;
			}
			boolean fresh = day != null && Dates.between(day, today) < FRESH_FEEDBACK_DAYS;
			String topic = Labels.isBlank(f.getTopic()) ? Messages.Learning_noTopic : f.getTopic().strip();
			String message = f.getFrom() == null
					? NLS.bind(Messages.Learning_feedbackIgnoredAnonymous, topic, context.formatDate(day))
					: NLS.bind(Messages.Learning_feedbackIgnored,
							new Object[] { Labels.contact(f.getFrom()), topic, context.formatDate(day) });
			findings.add(fresh ? Severity.INFO : Severity.WARNING, f, day == null ? 0 : -Dates.between(day, today),
					message, Messages.Learning_feedbackIgnored_action);
		}
		if (!recentFeedback) {
			findings.add(Severity.WARNING, plan, 0, NLS.bind(Messages.Learning_noRecentFeedback, RECENT_DAYS),
					Messages.Learning_noRecentFeedback_action);
		}

		Scorecard card = new Scorecard()
				.part("tied", W_TIED, Scorecard.share(tied, activities)) //$NON-NLS-1$
				.part("gaps", W_GAPS, Scorecard.share(worked, gaps)) //$NON-NLS-1$
				.part("feedback", W_FEEDBACK, Scorecard.share(acted, plan.getFeedback().size())) //$NON-NLS-1$
				.part("openness", W_OPENNESS, recentFeedback ? 1 : 0); //$NON-NLS-1$
		return new StrategyResult(card.score(), findings.build());
	}

	static boolean isWorkedOn(NetworkingPlan plan, Skill s, LocalDate recent) {
		for (LearningActivity a : plan.getLearningActivities()) {
			if (!a.getSkills().contains(s)) {
				continue;
			}
			switch (a.getStatus()) {
			case PLANNED, IN_PROGRESS:
				return true;
			case DONE:
				LocalDate done = Dates.day(a.getCompletedDate());
				if (done != null && !done.isBefore(recent)) {
					return true;
				}
				break;
			default:
				break;
			}
		}
		return false;
	}
}
