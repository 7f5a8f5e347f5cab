/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.GettingStarted;
import org.rapport.core.strategies.HealthRating;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.Strategies;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;

/** The health rules with the seven built-in strategies, through the registry, as the workbench and the CLI score. */
class PlanHealthRulesTest {

	@Test
	void anEmptyPlanYieldsTheFirstStepsAndNoErrors() {
		NetworkingPlan plan = Plans.plan();
		PlanHealth health = Strategies.getRegistry().scoreAll(plan, Plans.CONTEXT);
		for (StrategyOutcome outcome : health.getOutcomes()) {
			assertFalse(outcome.isFailed(), outcome::getFailure);
			for (Finding finding : outcome.getFindings()) {
				assertNotEquals(Severity.ERROR, finding.getSeverity(),
						() -> outcome.getStrategy().getName() + ": an empty plan is new, not wrong: " + finding);
			}
		}
		HealthRating rating = HealthRating.of(plan, health.getOverall(), Plans.TODAY);
		assertEquals(HealthRating.Word.GETTING_STARTED, rating.getWord(), "a checklist, not \"0 Needs work\"");
		assertTrue(GettingStarted.isGettingStarted(plan));
		assertEquals(5, GettingStarted.steps().size());
		assertTrue(GettingStarted.steps().stream().noneMatch(step -> step.isDone(plan)));
	}

	@Test
	void theSamplePlanRatesGoodOnlyWhileFewOfItsFollowUpsAreOverdue() {
		NetworkingPlan plan = SamplePlan.create(Plans.TODAY);
		for (FollowUp followUp : plan.getFollowUps()) {
			if (org.rapport.core.followup.FollowUps.isOverdue(followUp, Plans.TODAY)) {
				followUp.setDueDate(Plans.day(3));
			}
		}
		PlanHealth health = Strategies.getRegistry().scoreAll(plan, Plans.CONTEXT);
		HealthRating onTime = HealthRating.of(plan, health.getOverall(), Plans.TODAY);
		assertEquals(0, onTime.getOverdueFollowUps());
		assertFalse(onTime.isCappedByOverdue());

		// ten of them a day to a few weeks late: the score barely moves, the word cannot stay Good
		int late = 0;
		for (FollowUp followUp : plan.getFollowUps()) {
			if (followUp.getStatus() == FollowUpStatus.OPEN && late < 10) {
				followUp.setDueDate(Plans.day(-1 - 2 * late));
				late++;
			}
		}
		PlanHealth lateHealth = Strategies.getRegistry().scoreAll(plan, Plans.CONTEXT);
		HealthRating rating = HealthRating.of(plan, lateHealth.getOverall(), Plans.TODAY);
		assertEquals(10, rating.getOverdueFollowUps());
		assertTrue(rating.getOpenFollowUps() <= 40, "ten of a small number: " + rating);
		assertNotEquals(HealthRating.Word.GOOD, rating.getWord(), rating::toString);
	}
}
