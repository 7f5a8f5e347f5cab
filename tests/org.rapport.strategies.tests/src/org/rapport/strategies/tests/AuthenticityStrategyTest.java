/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.rapport.strategies.tests.Plans.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.AuthenticityStrategy;

/** Authenticity: score = 100 * (2 meanA + 1 meanB) / 3, k = (interests + values) / 2 per contact. */
class AuthenticityStrategyTest {

	private static final double TOTAL = 3;
	private final AuthenticityStrategy strategy = new AuthenticityStrategy();
	private NetworkingPlan plan;
	private Contact maria;
	private Contact bob;

	@BeforeEach
	void healthyPlan() {
		plan = plan();
		maria = contact(plan, "Maria", "Chen", Tier.A);
		maria.getSharedInterests().add("trail running");
		maria.getSharedValues().add("generosity with time");
		bob = contact(plan, "Bob", "Stone", Tier.B);
		bob.getSharedInterests().add("jazz");
		bob.getSharedValues().add("craftsmanship");
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void noKeyPeopleScores0() {
		maria.setTier(Tier.C);
		bob.setTier(Tier.C);
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "tier A or B");
	}

	@Test
	void tierAContactWithoutSharedValuesCostsHalf() {
		maria.getSharedValues().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AuthenticityStrategy.W_TIER_A, 0.5, TOTAL), result);
		finding(result, maria, Severity.INFO, "Maria Chen (tier A)", "no shared values");
	}

	@Test
	void tierAContactWithoutSharedInterestsCostsHalf() {
		maria.getSharedInterests().set(0, " ");
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AuthenticityStrategy.W_TIER_A, 0.5, TOTAL), result);
		finding(result, maria, Severity.INFO, "Maria Chen (tier A)", "no shared interests");
	}

	@Test
	void tierAContactWithNothingSharedIsAWarning() {
		maria.getSharedValues().clear();
		maria.getSharedInterests().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AuthenticityStrategy.W_TIER_A, 1, TOTAL), result);
		finding(result, maria, Severity.WARNING, "any shared interests or values with Maria Chen (tier A)");
	}

	@Test
	void tierBContactWithNothingSharedIsANote() {
		bob.getSharedValues().clear();
		bob.getSharedInterests().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AuthenticityStrategy.W_TIER_B, 1, TOTAL), result);
		finding(result, bob, Severity.INFO, "Bob Stone (tier B)");
	}

	@Test
	void tierWithoutContactsDropsOut() {
		bob.setTier(Tier.C);
		bob.getSharedInterests().clear();
		assertScore(100, score(strategy, plan)); // tier C is not scored; tier B has nobody
		maria.getSharedValues().clear();
		assertScore(50, score(strategy, plan)); // only tier A: its mean, 0.5
	}
}
