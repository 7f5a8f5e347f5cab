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
import org.rapport.model.Audience;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.GoalStatus;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.AudienceTargetingStrategy;

/** Audience targeting: score = 100 * (2G + 3S + 2C) / 7. */
class AudienceTargetingStrategyTest {

	private static final double TOTAL = 7;
	private final AudienceTargetingStrategy strategy = new AudienceTargetingStrategy();
	private NetworkingPlan plan;
	private Audience leaders;
	private NetworkingGoal goal;

	/** One goal needing one audience with a complete communication strategy and three people in it. */
	@BeforeEach
	void healthyPlan() {
		plan = plan();
		leaders = audience(plan, "Engineering leaders");
		communication(leaders, Channel.EMAIL, "I turn platform work into team outcomes", "Platform migration lessons");
		for (String name : new String[] { "Rosa", "Tom", "Adaeze" }) {
			contact(plan, name, "Doe", Tier.B).getAudiences().add(leaders);
		}
		goal = goal(plan, "Informational interviews", GoalStatus.ACTIVE);
		goal.getAudiences().add(leaders);
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void noAudienceScores0() {
		plan.getAudiences().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "no target audiences");
	}

	@Test
	void goalWithoutAudienceLowersTargeting() {
		NetworkingGoal talks = goal(plan, "Give two talks", GoalStatus.PROPOSED);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AudienceTargetingStrategy.W_GOALS, 0.5, TOTAL), result);
		finding(result, talks, Severity.WARNING, "Give two talks", "audiences");

		talks.setStatus(GoalStatus.ACHIEVED); // only open goals count
		assertScore(100, score(strategy, plan));
	}

	@Test
	void audienceWithoutCommunicationStrategy() {
		leaders.setCommunication(null);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AudienceTargetingStrategy.W_COMMUNICATION, 1, TOTAL), result);
		finding(result, leaders, Severity.WARNING, "Engineering leaders", "no communication strategy");
	}

	@ParameterizedTest
	@ValueSource(strings = { "channels", "key messages", "value offered" })
	void eachMissingPartOfTheCommunicationStrategyCostsAThird(String part) {
		CommunicationStrategy cs = leaders.getCommunication();
		String expected;
		switch (part) {
		case "channels" -> {
			cs.getChannels().clear();
			expected = "which channels to use";
		}
		case "key messages" -> {
			cs.getKeyMessages().set(0, "  ");
			expected = "what your key messages are";
		}
		default -> {
			cs.setValueOffered(null);
			expected = "what value you offer them";
		}
		}
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AudienceTargetingStrategy.W_COMMUNICATION, 1.0 / 3, TOTAL), result);
		finding(result, cs, Severity.WARNING, "Engineering leaders", expected);
	}

	@Test
	void audienceWithFewPeopleLowersPopulation() {
		plan.getContacts().get(2).getAudiences().clear();
		plan.getContacts().get(1).getAudiences().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AudienceTargetingStrategy.W_POPULATED, 2.0 / 3, TOTAL), result);
		finding(result, leaders, Severity.INFO, "Engineering leaders", "only one contact");
	}

	@Test
	void emptyAudienceIsAWarning() {
		plan.getContacts().forEach(c -> c.getAudiences().clear());
		StrategyResult result = score(strategy, plan);
		assertScore(minus(AudienceTargetingStrategy.W_POPULATED, 1, TOTAL), result);
		finding(result, leaders, Severity.WARNING, "Nobody", "Engineering leaders");
	}

	@Test
	void audienceServingNoGoalIsReportedButNotScored() {
		Audience alumni = audience(plan, "University alumni");
		communication(alumni, Channel.LINKEDIN, "Still curious", "Mentoring");
		plan.getContacts().forEach(c -> c.getAudiences().add(alumni));
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		finding(result, alumni, Severity.INFO, "University alumni", "none of your open goals");
	}
}
