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
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.ReciprocityStrategy;

/** Reciprocity and gratitude: score = 100 * (2B + 2C + 3T) / 7. */
class ReciprocityStrategyTest {

	private static final double TOTAL = 7;
	private final ReciprocityStrategy strategy = new ReciprocityStrategy();
	private NetworkingPlan plan;
	private Contact tom;
	private Exchange advice;

	/** Tom gave advice (thanked); you gave Tom two things back. */
	@BeforeEach
	void healthyPlan() {
		plan = plan();
		tom = contact(plan, "Tom", "Becker", Tier.A);
		advice = exchange(plan, tom, ExchangeDirection.RECEIVED, ExchangeKind.ADVICE, -20, "Career advice");
		thank(plan, advice, -19);
		exchange(plan, tom, ExchangeDirection.GIVEN, ExchangeKind.RESOURCE, -10, "Our team charter");
		exchange(plan, tom, ExchangeDirection.GIVEN, ExchangeKind.INTRODUCTION, -5, "Introduced him to Lena");
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void emptyLedgerScores0() {
		plan.getExchanges().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "ledger is empty");
	}

	@Test
	void unthankedHelpLowersThanked() {
		advice.setThanks(null);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ReciprocityStrategy.W_THANKED, 1, TOTAL), result);
		finding(result, advice, Severity.WARNING, "You have not thanked Tom Becker for the advice", "Career advice",
				"2025-05-27");

		advice.setDate(day(-3)); // recent: a note
		finding(score(strategy, plan), advice, Severity.INFO, "Tom Becker");
	}

	@Test
	void contactYouOnlyTakeFromLowersTwoWay() {
		Contact ana = contact(plan, "Ana", "Lima", Tier.B);
		Exchange endorsement = exchange(plan, ana, ExchangeDirection.RECEIVED, ExchangeKind.ENDORSEMENT, -30,
				"Recommendation");
		thank(plan, endorsement, -29);
		StrategyResult result = score(strategy, plan);
		// given 2, received 2: B stays 1; one taker of two partners: C = 0.5
		assertScore(minus(ReciprocityStrategy.W_TWO_WAY, 0.5, TOTAL), result);
		finding(result, ana, Severity.WARNING, "received help from Ana Lima once", "endorsement",
				"given nothing back");

		exchange(plan, ana, ExchangeDirection.GIVEN, ExchangeKind.SUPPORT, -2, "Reviewed her talk");
		result = score(strategy, plan);
		assertScore(100, result);
		assertNoFinding(result, ana, "given nothing back");
	}

	@Test
	void receivingMoreThanGivingLowersBalance() {
		thank(plan, exchange(plan, tom, ExchangeDirection.RECEIVED, ExchangeKind.REFERRAL, -15, "Referral"), -14);
		thank(plan, exchange(plan, tom, ExchangeDirection.RECEIVED, ExchangeKind.SUPPORT, -12, "Ticket"), -11);
		StrategyResult result = score(strategy, plan);
		// given 2, received 3: B = 2/3
		assertScore(minus(ReciprocityStrategy.W_BALANCE, 1.0 / 3, TOTAL), result);
		finding(result, plan, Severity.INFO, "received 3, given 2");
	}
}
