/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.CareerAspiration;
import org.rapport.model.GoalStatus;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.strategies.internal.Dates;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Scorecard;

/**
 * Book strategy 1: identify networking goals and objectives aligned with career aspirations.
 * <p>
 * The goals scored are those not abandoned. With none, the score is 0. Otherwise
 * {@code score = 100 * (2A + 2M + 1D + 2P + 1E + 1C) / 9} where
 * <ul>
 * <li>A (aligned): share of the goals linked to at least one career aspiration;</li>
 * <li>M (measurable): share with a metric and a target value above 0;</li>
 * <li>D (dated): share with a due date;</li>
 * <li>P (pace): mean pace of the active, measurable, dated goals (1 when there are none), where
 * {@code pace = min(1, progress / elapsed)}, progress is {@link NetworkingGoal#getProgress()} and elapsed the
 * share of the time from the plan's horizon start to the due date that has passed (without a horizon start
 * before the due date: 0 before the due date, 1 from it); pace is 1 while elapsed is 0;</li>
 * <li>E (active): 1 when at least one goal is active, else 0;</li>
 * <li>C (coverage): share of the career aspirations served by at least one scored goal (1 with none).</li>
 * </ul>
 */
public class GoalAlignmentStrategy implements IStrategy {

	public static final double W_ALIGNED = 2;
	public static final double W_MEASURABLE = 2;
	public static final double W_DATED = 1;
	public static final double W_PACE = 2;
	public static final double W_ACTIVE = 1;
	public static final double W_COVERAGE = 1;

	/** A goal whose pace is below this is reported as behind schedule. */
	public static final double BEHIND_PACE = 0.75;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		LocalDate today = context.today();
		FindingCollector findings = new FindingCollector();

		List<NetworkingGoal> goals = new ArrayList<>();
		for (NetworkingGoal g : plan.getGoals()) {
			if (g.getStatus() != GoalStatus.ABANDONED) {
				goals.add(g);
			}
		}
		if (goals.isEmpty()) {
			findings.add(Severity.WARNING, plan, 0, Messages.Goals_none, Messages.Goals_none_action);
			return new StrategyResult(0, findings.build());
		}

		int aligned = 0;
		int measurable = 0;
		int dated = 0;
		boolean anyActive = false;
		double paceSum = 0;
		int paced = 0;
		LocalDate start = Dates.day(plan.getHorizonStart());
		for (NetworkingGoal g : goals) {
			String name = Labels.goal(g);
			double relevance = g.getPriority().getValue();
			boolean active = g.getStatus() == GoalStatus.ACTIVE;
			anyActive |= active;
			if (!g.getAspirations().isEmpty()) {
				aligned++;
			} else {
				findings.add(Severity.WARNING, g, relevance, NLS.bind(Messages.Goals_unaligned, name),
						Messages.Goals_unaligned_action);
			}
			boolean isMeasurable = isMeasurable(g);
			if (isMeasurable) {
				measurable++;
			} else {
				findings.add(Severity.WARNING, g, relevance, NLS.bind(Messages.Goals_unmeasurable, name),
						Messages.Goals_unmeasurable_action);
			}
			LocalDate due = Dates.day(g.getDueDate());
			if (due != null) {
				dated++;
			} else {
				findings.add(Severity.INFO, g, relevance, NLS.bind(Messages.Goals_undated, name),
						Messages.Goals_undated_action);
			}
			if (active && isMeasurable && due != null) {
				double progress = g.getProgress();
				double elapsed = elapsed(start, due, today);
				double pace = pace(progress, elapsed);
				paceSum += pace;
				paced++;
				String values = NLS.bind(Messages.Goals_values, new Object[] { Labels.number(g.getCurrentValue()),
						Labels.number(g.getTargetValue()), g.getMetric().strip() });
				if (today.isAfter(due) && progress < 1) {
					findings.add(Severity.WARNING, g, relevance + 10,
							NLS.bind(Messages.Goals_overdue,
									new Object[] { name, context.formatDate(due), Labels.percent(progress), values }),
							Messages.Goals_overdue_action);
				} else if (pace < BEHIND_PACE) {
					findings.add(Severity.WARNING, g, relevance + 10 * (1 - pace),
							NLS.bind(Messages.Goals_behind, new Object[] { name, Labels.percent(progress),
									Labels.percent(elapsed), context.formatDate(due), values }),
							Messages.Goals_behind_action);
				}
			}
		}
		if (!anyActive) {
			findings.add(Severity.WARNING, plan, 0, Messages.Goals_noneActive, Messages.Goals_noneActive_action);
		}

		int served = 0;
		for (CareerAspiration a : plan.getAspirations()) {
			boolean isServed = false;
			for (NetworkingGoal g : a.getGoals()) {
				isServed |= goals.contains(g);
			}
			if (isServed) {
				served++;
			} else {
				findings.add(Severity.INFO, a, 0, NLS.bind(Messages.Goals_aspirationUnserved, Labels.aspiration(a)),
						Messages.Goals_aspirationUnserved_action);
			}
		}

		Scorecard card = new Scorecard()
				.part("aligned", W_ALIGNED, Scorecard.share(aligned, goals.size())) //$NON-NLS-1$
				.part("measurable", W_MEASURABLE, Scorecard.share(measurable, goals.size())) //$NON-NLS-1$
				.part("dated", W_DATED, Scorecard.share(dated, goals.size())) //$NON-NLS-1$
				.part("pace", W_PACE, paced == 0 ? 1 : paceSum / paced) //$NON-NLS-1$
				.part("active", W_ACTIVE, anyActive ? 1 : 0) //$NON-NLS-1$
				.part("coverage", W_COVERAGE, Scorecard.share(served, plan.getAspirations().size())); //$NON-NLS-1$
		return new StrategyResult(card.score(), findings.build());
	}

	static boolean isMeasurable(NetworkingGoal g) {
		return !Labels.isBlank(g.getMetric()) && g.getTargetValue() > 0;
	}

	/** Share of the time from start to due that has passed by today, 0..1. */
	static double elapsed(LocalDate start, LocalDate due, LocalDate today) {
		if (start == null || !start.isBefore(due)) {
			return today.isBefore(due) ? 0 : 1;
		}
		double total = Dates.between(start, due);
		return Scorecard.clamp(Dates.between(start, today) / total);
	}

	static double pace(double progress, double elapsed) {
		return elapsed <= 0 ? 1 : Math.min(1, progress / elapsed);
	}
}
