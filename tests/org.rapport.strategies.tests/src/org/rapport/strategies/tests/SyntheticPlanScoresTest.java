/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;
import org.rapport.strategies.AudienceTargetingStrategy;
import org.rapport.strategies.AuthenticityStrategy;
import org.rapport.strategies.FollowUpTrustStrategy;
import org.rapport.strategies.GoalAlignmentStrategy;
import org.rapport.strategies.LearningStrategy;
import org.rapport.strategies.ProactiveOpportunitiesStrategy;
import org.rapport.strategies.ReciprocityStrategy;
import org.rapport.tests.support.SyntheticPlans;

/**
 * Every built-in strategy on the 10,000-contact synthetic plan: the scores are pinned to those the strategies gave
 * before they were made linear (issue 17), and two runs give the same score and the same findings.
 */
class SyntheticPlanScoresTest {

	private static NetworkingPlan plan;

	@BeforeAll
	static void generate() {
		plan = SyntheticPlans.generate(10_000, 42, Plans.TODAY);
	}

	static Stream<Arguments> strategies() {
		// scores and finding counts measured on this plan with the strategies as they were before issue 17
		return Stream.of(Arguments.of(new GoalAlignmentStrategy(), 84.716265854896, 4),
				Arguments.of(new AudienceTargetingStrategy(), 100.0, 2),
				Arguments.of(new ProactiveOpportunitiesStrategy(), 52.1032849761198, 21),
				Arguments.of(new FollowUpTrustStrategy(), 72.87914556880078, 21),
				Arguments.of(new LearningStrategy(), 90.0, 1),
				Arguments.of(new ReciprocityStrategy(), 64.19393213789495, 21),
				Arguments.of(new AuthenticityStrategy(), 75.42392558359104, 21));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("strategies")
	void sameScoreAsBeforeAndOnEveryRun(IStrategy strategy, double expected, int findings) {
		StrategyResult first = Plans.score(strategy, plan);
		StrategyResult second = Plans.score(strategy, plan);

		assertEquals(expected, first.getScore(), 0);
		assertEquals(findings, first.getFindings().size());
		assertEquals(first.getScore(), second.getScore(), 0);
		assertEquals(describe(first), describe(second));
	}

	private static List<String> describe(StrategyResult result) {
		List<String> lines = new ArrayList<>();
		for (Finding f : result.getFindings()) {
			lines.add(f.getSeverity() + " " + f.getMessage() + " / " + f.getSuggestedAction() + " @ " + f.getSubject());
		}
		return lines;
	}
}
