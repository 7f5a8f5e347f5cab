/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.model.tests.Fixtures.assertNone;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.tests.Fixtures.day;
import static org.rapport.model.tests.Fixtures.daysFromToday;
import static org.rapport.model.validation.PlanValidator.GOAL_NEGATIVE_CURRENT;
import static org.rapport.model.validation.PlanValidator.GOAL_NEGATIVE_TARGET;
import static org.rapport.model.validation.PlanValidator.GOAL_NOT_ALIGNED;
import static org.rapport.model.validation.PlanValidator.GOAL_PAST_DUE;
import static org.rapport.model.validation.PlanValidator.GOAL_WITHOUT_METRIC;
import static org.rapport.model.validation.PlanValidator.GOAL_WITHOUT_TARGET;

import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.rapport.model.GoalStatus;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.validation.PlanValidation;

class GoalRulesTest extends AbstractRuleTest {

	@Test
	void goalWithoutAspirationIsReported() {
		p.goal.getAspirations().clear();
		Diagnostic problem = assertOnly(p.plan, GOAL_NOT_ALIGNED, Diagnostic.WARNING, p.goal,
				Literals.NETWORKING_GOAL__ASPIRATIONS);
		assertEquals("The goal \"Speak at a conference\" is not aligned with any career aspiration. "
				+ "Link it to the aspiration it serves.", problem.getMessage());
	}

	@Test
	void alignedGoalIsNotReported() {
		assertNone(p.plan, GOAL_NOT_ALIGNED);
	}

	@Test
	void abandonedGoalNeedNotBeAlignedOrMeasurable() {
		p.goal.setStatus(GoalStatus.ABANDONED);
		p.goal.getAspirations().clear();
		p.goal.setMetric(null);
		p.goal.setTargetValue(0);
		assertEquals(Set.of(), Fixtures.codes(PlanValidation.validate(p.plan)));
	}

	@Test
	void untitledGoalIsStillNamed() {
		p.goal.setTitle("  ");
		p.goal.getAspirations().clear();
		assertOnly(p.plan, GOAL_NOT_ALIGNED, Diagnostic.WARNING, p.goal, Literals.NETWORKING_GOAL__ASPIRATIONS,
				"An untitled goal is not aligned");
	}

	@Test
	void goalWithoutMetricIsReported() {
		p.goal.setMetric("");
		assertOnly(p.plan, GOAL_WITHOUT_METRIC, Diagnostic.WARNING, p.goal, Literals.NETWORKING_GOAL__METRIC,
				"The goal \"Speak at a conference\" has no metric.");
	}

	@Test
	void goalWithMetricIsNotReported() {
		assertNone(p.plan, GOAL_WITHOUT_METRIC);
	}

	@Test
	void goalWithZeroTargetIsReported() {
		p.goal.setTargetValue(0);
		assertOnly(p.plan, GOAL_WITHOUT_TARGET, Diagnostic.WARNING, p.goal, Literals.NETWORKING_GOAL__TARGET_VALUE,
				"The goal \"Speak at a conference\" has no target above zero.");
	}

	@Test
	void goalWithPositiveTargetIsNotReported() {
		p.goal.setTargetValue(0.5);
		assertNone(p.plan, GOAL_WITHOUT_TARGET);
	}

	@Test
	void negativeTargetIsAnError() {
		p.goal.setTargetValue(-3);
		assertOnly(p.plan, GOAL_NEGATIVE_TARGET, Diagnostic.ERROR, p.goal, Literals.NETWORKING_GOAL__TARGET_VALUE,
				"The goal \"Speak at a conference\"", "negative target (-3)");
	}

	@Test
	void zeroTargetIsNotNegative() {
		p.goal.setTargetValue(0);
		assertNone(p.plan, GOAL_NEGATIVE_TARGET);
	}

	@Test
	void negativeCurrentValueIsAnError() {
		p.goal.setCurrentValue(-1.5);
		assertOnly(p.plan, GOAL_NEGATIVE_CURRENT, Diagnostic.ERROR, p.goal, Literals.NETWORKING_GOAL__CURRENT_VALUE,
				"The goal \"Speak at a conference\"", "negative current value (-1.5)");
	}

	@Test
	void zeroCurrentValueIsFine() {
		p.goal.setCurrentValue(0);
		assertNone(p.plan, GOAL_NEGATIVE_CURRENT);
	}

	@Test
	void activeGoalPastItsDueDateIsReported() {
		p.goal.setDueDate(day(java.time.LocalDate.of(2026, 3, 3)));
		assertOnly(p.plan, GOAL_PAST_DUE, Diagnostic.WARNING, p.goal, Literals.NETWORKING_GOAL__DUE_DATE,
				"The goal \"Speak at a conference\" was due on 3 Mar 2026 and is still active.");
	}

	@Test
	void goalDueTodayOrLaterIsNotPastDue() {
		p.goal.setDueDate(daysFromToday(0));
		assertNone(p.plan, GOAL_PAST_DUE);
		p.goal.setDueDate(null);
		assertNone(p.plan, GOAL_PAST_DUE);
	}

	@Test
	void goalThatIsNotActiveIsNotPastDue() {
		p.goal.setDueDate(daysFromToday(-30));
		for (GoalStatus status : new GoalStatus[] { GoalStatus.PROPOSED, GoalStatus.ACHIEVED, GoalStatus.ABANDONED }) {
			p.goal.setStatus(status);
			assertNone(p.plan, GOAL_PAST_DUE);
		}
	}
}
