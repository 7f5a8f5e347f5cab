/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.rapport.model.tests.Fixtures.assertNone;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.tests.Fixtures.day;
import static org.rapport.model.validation.PlanValidator.PLAN_HORIZON_END_BEFORE_START;
import static org.rapport.model.validation.PlanValidator.PLAN_REVIEW_CADENCE_TOO_SHORT;
import static org.rapport.model.validation.PlanValidator.REVIEW_OVERALL_SCORE_OUT_OF_RANGE;
import static org.rapport.model.validation.PlanValidator.REVIEW_WITHOUT_SCORES;
import static org.rapport.model.validation.PlanValidator.STRATEGY_SCORE_OUT_OF_RANGE;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.rapport.model.RapportPackage.Literals;

class ReviewAndPlanRulesTest extends AbstractRuleTest {

	@Test
	void reviewWithoutScoresIsReported() {
		p.review.getScores().clear();
		assertOnly(p.plan, REVIEW_WITHOUT_SCORES, Diagnostic.WARNING, p.review, Literals.PLAN_REVIEW__SCORES,
				"The review of 1 Feb 2026 has no strategy scores.");
	}

	@Test
	void reviewWithScoresIsFine() {
		assertNone(p.plan, REVIEW_WITHOUT_SCORES);
	}

	@Test
	void scoreAboveHundredIsAnError() {
		p.score.setValue(120);
		assertOnly(p.plan, STRATEGY_SCORE_OUT_OF_RANGE, Diagnostic.ERROR, p.score, Literals.STRATEGY_SCORE__VALUE,
				"The score for \"Consistent follow-up\" in the review of 1 Feb 2026 is 120, outside 0 to 100.");
	}

	@Test
	void negativeScoreIsAnError() {
		p.score.setValue(-0.5);
		assertOnly(p.plan, STRATEGY_SCORE_OUT_OF_RANGE, Diagnostic.ERROR, p.score, Literals.STRATEGY_SCORE__VALUE,
				"is -0.5, outside 0 to 100");
	}

	@Test
	void scoresAtTheBoundsAreFine() {
		p.score.setValue(0);
		assertNone(p.plan, STRATEGY_SCORE_OUT_OF_RANGE);
		p.score.setValue(100);
		assertNone(p.plan, STRATEGY_SCORE_OUT_OF_RANGE);
	}

	@Test
	void overallScoreOutOfRangeIsAnError() {
		p.review.setOverallScore(101);
		assertOnly(p.plan, REVIEW_OVERALL_SCORE_OUT_OF_RANGE, Diagnostic.ERROR, p.review,
				Literals.PLAN_REVIEW__OVERALL_SCORE, "The overall score of the review of 1 Feb 2026 is 101");
	}

	@Test
	void overallScoreInRangeIsFine() {
		p.review.setOverallScore(100);
		assertNone(p.plan, REVIEW_OVERALL_SCORE_OUT_OF_RANGE);
	}

	@Test
	void horizonEndingBeforeItStartsIsAnError() {
		p.plan.setHorizonStart(day(LocalDate.of(2026, 6, 1)));
		p.plan.setHorizonEnd(day(LocalDate.of(2026, 5, 31)));
		assertOnly(p.plan, PLAN_HORIZON_END_BEFORE_START, Diagnostic.ERROR, p.plan,
				Literals.NETWORKING_PLAN__HORIZON_END,
				"The plan \"Move into product management\" ends on 31 May 2026, before it starts on 1 Jun 2026.");
	}

	@Test
	void horizonOfOneDayOrOpenEndedIsFine() {
		p.plan.setHorizonStart(day(LocalDate.of(2026, 6, 1)));
		p.plan.setHorizonEnd(day(LocalDate.of(2026, 6, 1)));
		assertNone(p.plan, PLAN_HORIZON_END_BEFORE_START);
		p.plan.setHorizonEnd(null);
		assertNone(p.plan, PLAN_HORIZON_END_BEFORE_START);
	}

	@Test
	void reviewCadenceBelowOneDayIsAnError() {
		p.plan.setReviewCadenceDays(0);
		assertOnly(p.plan, PLAN_REVIEW_CADENCE_TOO_SHORT, Diagnostic.ERROR, p.plan,
				Literals.NETWORKING_PLAN__REVIEW_CADENCE_DAYS,
				"The plan \"Move into product management\" is to be reviewed every 0 days.");
	}

	@Test
	void reviewCadenceOfOneDayOrMoreIsFine() {
		p.plan.setReviewCadenceDays(1);
		assertNone(p.plan, PLAN_REVIEW_CADENCE_TOO_SHORT);
	}

	@Test
	void defaultReviewCadenceIsFine() {
		org.junit.jupiter.api.Assertions.assertEquals(30, Fixtures.F.createNetworkingPlan().getReviewCadenceDays());
	}
}
