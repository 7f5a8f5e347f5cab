/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.Strategies;
import org.rapport.model.NetworkingPlan;
import org.rapport.strategies.AudienceTargetingStrategy;
import org.rapport.strategies.AuthenticityStrategy;
import org.rapport.strategies.FollowUpTrustStrategy;
import org.rapport.strategies.GoalAlignmentStrategy;
import org.rapport.strategies.LearningStrategy;
import org.rapport.strategies.ProactiveOpportunitiesStrategy;
import org.rapport.strategies.ReciprocityStrategy;
import org.rapport.strategies.StrategyIds;

/** The built-in strategies through the real registry, as the workbench and the CLI use them. */
class RegistryScoringTest {

	private static final Map<String, IStrategy> DIRECT = Map.of(StrategyIds.GOAL_ALIGNMENT,
			new GoalAlignmentStrategy(), StrategyIds.AUDIENCE_TARGETING, new AudienceTargetingStrategy(),
			StrategyIds.PROACTIVE_OPPORTUNITIES, new ProactiveOpportunitiesStrategy(), StrategyIds.FOLLOW_UP_TRUST,
			new FollowUpTrustStrategy(), StrategyIds.LEARNING, new LearningStrategy(), StrategyIds.RECIPROCITY,
			new ReciprocityStrategy(), StrategyIds.AUTHENTICITY, new AuthenticityStrategy());

	@Test
	void registryScoresTheSamplePlanWithEveryBuiltInStrategy() {
		IStrategyRegistry registry = Strategies.getRegistry();
		NetworkingPlan plan = SamplePlan.create(Plans.TODAY);
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		PlanHealth health = snapshot.mapBack(registry.scoreAll(snapshot.getPlan(), Plans.CONTEXT));

		double weighted = 0;
		double weights = 0;
		for (String id : StrategyIds.ALL) {
			StrategyDescriptor descriptor = registry.getStrategy(id);
			assertNotNull(descriptor, id);
			assertEquals("org.rapport.strategies", descriptor.getContributor());
			assertEquals(1.0, descriptor.getDefaultWeight());
			assertFalse(descriptor.getAffectedBy().isEmpty(), id + " affectedBy");
			StrategyOutcome outcome = health.getOutcome(id);
			assertNotNull(outcome, id);
			assertFalse(outcome.isFailed(), () -> id + ": " + outcome.getFailure());
			assertTrue(outcome.getScore() >= 0 && outcome.getScore() <= 100, id);
			assertFalse(outcome.getFindings().isEmpty(), id);
			// scoring the registry's snapshot gives what scoring the plan itself gives
			assertEquals(DIRECT.get(id).score(plan, Plans.CONTEXT).getScore(), outcome.getScore(), 1e-9, id);
			for (Finding f : outcome.getFindings()) {
				assertTrue(f.getSubject() == null || EcoreUtil.isAncestor(plan, f.getSubject()),
						() -> id + ": finding not mapped back to the plan: " + f);
			}
			weighted += registry.getWeight(descriptor) * outcome.getScore();
			weights += registry.getWeight(descriptor);
		}
		if (health.getOutcomes().size() == StrategyIds.ALL.size()) {
			// only the built-in strategies are installed: the health is their weighted mean
			assertEquals(weighted / weights, health.getOverall(), 1e-9);
		}
	}
}
