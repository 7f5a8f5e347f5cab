/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.strategies.AudienceTargetingStrategy;
import org.rapport.strategies.AuthenticityStrategy;
import org.rapport.strategies.FollowUpTrustStrategy;
import org.rapport.strategies.GoalAlignmentStrategy;
import org.rapport.strategies.LearningStrategy;
import org.rapport.strategies.ProactiveOpportunitiesStrategy;
import org.rapport.strategies.ReciprocityStrategy;

/** Every built-in strategy on the realistic sample plan: a score in range, some findings, deterministic. */
class SamplePlanScoringTest {

	static Stream<Arguments> strategies() {
		return Stream.of(new GoalAlignmentStrategy(), new AudienceTargetingStrategy(),
				new ProactiveOpportunitiesStrategy(), new FollowUpTrustStrategy(), new LearningStrategy(),
				new ReciprocityStrategy(), new AuthenticityStrategy())
				.map(s -> Arguments.of(s.getClass().getSimpleName(), s));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("strategies")
	void scoresTheSamplePlan(String name, IStrategy strategy) {
		NetworkingPlan plan = SamplePlan.create(Plans.TODAY);
		NetworkingPlan before = EcoreUtil.copy(plan);
		StrategyResult result = Plans.score(strategy, plan);
		System.out.println(name + ": " + Plans.describe(result));

		assertTrue(result.getScore() > 0 && result.getScore() < 100, name + " " + result.getScore());
		assertFalse(result.getFindings().isEmpty());
		assertTrue(result.getFindings().size() <= 21);
		for (Finding f : result.getFindings()) {
			EObject subject = f.getSubject();
			assertTrue(subject == null || EcoreUtil.isAncestor(plan, subject), () -> "subject outside plan: " + f);
		}
		assertTrue(EcoreUtil.equals(before, plan), "the strategy modified the plan");

		// deterministic: the same plan scores the same, with the same findings in the same order
		StrategyResult again = strategy.score(SamplePlan.create(Plans.TODAY), Plans.CONTEXT);
		assertEquals(result.getScore(), again.getScore());
		assertEquals(messages(result), messages(again));
	}

	@Test
	void scoresDependOnTheContextNotOnTheSystemClock() {
		Clock saved = PlanClock.get();
		try {
			List<String> before = scoreAll();
			PlanClock.set(Clock.fixed(Instant.parse("2031-01-01T12:00:00Z"), saved.getZone()));
			assertEquals(before, scoreAll());
		} finally {
			PlanClock.set(saved);
		}
	}

	private static List<String> scoreAll() {
		NetworkingPlan plan = SamplePlan.create(Plans.TODAY);
		return strategies().map(a -> (IStrategy) a.get()[1]).map(s -> s.score(plan, Plans.CONTEXT))
				.map(r -> r.getScore() + " " + messages(r)).toList();
	}

	private static List<String> messages(StrategyResult result) {
		return result.getFindings().stream().map(Finding::toString).toList();
	}
}
