/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.rapport.strategies.tests.Plans.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.ActivityStatus;
import org.rapport.model.Contact;
import org.rapport.model.Feedback;
import org.rapport.model.GoalStatus;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Skill;
import org.rapport.model.Tier;
import org.rapport.strategies.LearningStrategy;

/** Learning: score = 100 * (2T + 3G + 3F + 2O) / 10. */
class LearningStrategyTest {

	private static final double TOTAL = 10;
	private final LearningStrategy strategy = new LearningStrategy();
	private NetworkingPlan plan;
	private Skill speaking;
	private LearningActivity workshop;
	private Contact priya;
	private Feedback dryRun;

	/** A skill with a gap, an activity working on it, and recent feedback that prompted the activity. */
	@BeforeEach
	void healthyPlan() {
		plan = plan();
		NetworkingGoal talks = goal(plan, "Give two talks", GoalStatus.ACTIVE);
		speaking = skill(plan, "Public speaking", 2, 4);
		workshop = activity(plan, "Speaker workshop", ActivityStatus.IN_PROGRESS);
		workshop.getSkills().add(speaking);
		workshop.getGoals().add(talks);
		priya = contact(plan, "Priya", "Nair", Tier.A);
		dryRun = feedback(plan, priya, -30, "Meetup talk dry run", workshop);
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void nothingToLearnScores0() {
		plan.getSkills().clear();
		plan.getLearningActivities().clear();
		plan.getFeedback().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "no skills, learning activities or feedback");
	}

	@Test
	void activityTiedToNothingLowersTied() {
		LearningActivity book = activity(plan, "A book on something", ActivityStatus.PLANNED);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(LearningStrategy.W_TIED, 0.5, TOTAL), result);
		finding(result, book, Severity.INFO, "A book on something", "not linked");

		book.setStatus(ActivityStatus.DROPPED); // dropped activities do not count
		assertScore(100, score(strategy, plan));
	}

	@Test
	void skillGapWithoutCurrentActivityLowersGaps() {
		workshop.setStatus(ActivityStatus.DONE);
		workshop.setCompletedDate(day(-200));
		StrategyResult result = score(strategy, plan);
		assertScore(minus(LearningStrategy.W_GAPS, 1, TOTAL), result);
		finding(result, speaking, Severity.WARNING, "Public speaking", "level 2 of your target 4");

		workshop.setCompletedDate(day(-100)); // finished recently: still counts
		assertScore(100, score(strategy, plan));
	}

	@Test
	void skillAtItsTargetNeedsNoActivity() {
		Skill architecture = skill(plan, "Platform architecture", 5, 5);
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFinding(result, architecture);

		architecture.setCurrentLevel(4); // now a gap with nothing working on it: G = 1/2
		result = score(strategy, plan);
		assertScore(minus(LearningStrategy.W_GAPS, 0.5, TOTAL), result);
		finding(result, architecture, Severity.WARNING, "Platform architecture");
	}

	@Test
	void feedbackWithoutActionLowersActedOn() {
		Feedback emApplications = feedback(plan, priya, -20, "EM applications");
		StrategyResult result = score(strategy, plan);
		assertScore(minus(LearningStrategy.W_FEEDBACK, 0.5, TOTAL), result);
		finding(result, emApplications, Severity.WARNING, "Feedback from Priya Nair", "EM applications",
				"2025-05-27");

		emApplications.setDate(day(-3)); // fresh: a note
		finding(score(strategy, plan), emApplications, Severity.INFO, "Feedback from Priya Nair");

		emApplications.getActions().add(workshop);
		assertScore(100, score(strategy, plan));
	}

	@Test
	void noRecentFeedbackLowersOpenness() {
		dryRun.setDate(day(-181));
		StrategyResult result = score(strategy, plan);
		assertScore(minus(LearningStrategy.W_OPENNESS, 1, TOTAL), result);
		finding(result, plan, Severity.WARNING, "last 180 days");

		dryRun.setDate(day(-180));
		assertScore(100, score(strategy, plan));
	}
}
