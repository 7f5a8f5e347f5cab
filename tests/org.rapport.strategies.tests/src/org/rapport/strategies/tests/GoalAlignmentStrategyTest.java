/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.rapport.strategies.tests.Plans.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.CareerAspiration;
import org.rapport.model.GoalStatus;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.strategies.GoalAlignmentStrategy;

/** Goal alignment: score = 100 * (2A + 2M + 1D + 2P + 1E + 1C) / 9. */
class GoalAlignmentStrategyTest {

	private static final double TOTAL = 9;
	private final GoalAlignmentStrategy strategy = new GoalAlignmentStrategy();
	private NetworkingPlan plan;
	private CareerAspiration manager;
	private NetworkingGoal interviews;

	/** One aspiration, one active goal tied to it, halfway to its target with half its time gone. */
	@BeforeEach
	void healthyPlan() {
		plan = plan();
		plan.setHorizonStart(day(-100));
		manager = aspiration(plan, "Engineering manager");
		interviews = measurable(goal(plan, "Informational interviews", GoalStatus.ACTIVE), "interviews held", 5, 10,
				100);
		interviews.getAspirations().add(manager);
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void noGoalsScores0() {
		plan.getGoals().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "no networking goals");
	}

	@Test
	void abandonedGoalsDoNotCount() {
		interviews.setStatus(GoalStatus.ABANDONED);
		assertScore(0, score(strategy, plan));
	}

	@Test
	void goalWithoutAspirationLowersAlignment() {
		NetworkingGoal followers = measurable(goal(plan, "Reach 2,000 followers", GoalStatus.ACTIVE), "followers",
				1000, 2000, 100);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_ALIGNED, 0.5, TOTAL), result); // A = 1/2
		finding(result, followers, Severity.WARNING, "Reach 2,000 followers", "not tied");

		followers.getAspirations().add(manager);
		result = score(strategy, plan);
		assertScore(100, result);
		assertNoFinding(result, followers, "not tied");
	}

	@ParameterizedTest
	@ValueSource(strings = { "no metric", "zero target" })
	void goalWithoutMeasurableTargetLowersMeasurability(String variant) {
		if (variant.equals("no metric")) {
			interviews.setMetric(" ");
		} else {
			interviews.setTargetValue(0);
		}
		StrategyResult result = score(strategy, plan);
		// M = 0; the goal leaves the pace average, which is then 1 (no goal to pace)
		assertScore(minus(GoalAlignmentStrategy.W_MEASURABLE, 1, TOTAL), result);
		finding(result, interviews, Severity.WARNING, "Informational interviews", "no measurable target");
	}

	@Test
	void goalWithoutDueDateLowersDating() {
		interviews.setDueDate(null);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_DATED, 1, TOTAL), result);
		finding(result, interviews, Severity.INFO, "Informational interviews", "no due date");
	}

	@Test
	void goalBehindScheduleLowersPace() {
		interviews.setCurrentValue(2); // 20% done with 50% of the time gone: pace 0.4
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_PACE, 0.6, TOTAL), result);
		finding(result, interviews, Severity.WARNING, "Informational interviews", "behind schedule", "20%", "50%");

		interviews.setCurrentValue(4); // pace 0.8: lower score, but not reported
		result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_PACE, 0.2, TOTAL), result);
		assertNoFinding(result, interviews, "behind schedule");
	}

	@Test
	void goalPastItsDueDateIsAnError() {
		interviews.setDueDate(day(-1)); // all the time gone, progress 0.5: pace 0.5
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_PACE, 0.5, TOTAL), result);
		finding(result, interviews, Severity.WARNING, "Informational interviews", "was due on 2025-06-15", "50%",
				"5 of 10 interviews held");
	}

	@Test
	void withoutHorizonStartAGoalIsJudgedAtItsDueDate() {
		plan.setHorizonStart(null);
		interviews.setCurrentValue(0);
		assertScore(100, score(strategy, plan)); // not due yet: elapsed 0, pace 1
		interviews.setDueDate(day(0));
		assertScore(minus(GoalAlignmentStrategy.W_PACE, 1, TOTAL), score(strategy, plan)); // due today, at 0
	}

	@Test
	void achievedGoalStillCountsButIsNotActive() {
		interviews.setCurrentValue(0);
		interviews.setStatus(GoalStatus.ACHIEVED);
		// no active goal left: E = 0, and nothing to pace
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_ACTIVE, 1, TOTAL), result);
	}

	@Test
	void noActiveGoalIsAnError() {
		interviews.setStatus(GoalStatus.PROPOSED);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_ACTIVE, 1, TOTAL), result);
		finding(result, plan, Severity.WARNING, "None of your goals is active");
	}

	@Test
	void aspirationWithoutGoalLowersCoverage() {
		CareerAspiration speaker = aspiration(plan, "Conference speaker");
		StrategyResult result = score(strategy, plan);
		assertScore(minus(GoalAlignmentStrategy.W_COVERAGE, 0.5, TOTAL), result);
		finding(result, speaker, Severity.INFO, "Conference speaker");
	}
}
