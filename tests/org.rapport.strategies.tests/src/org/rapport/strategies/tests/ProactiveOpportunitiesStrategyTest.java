/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.strategies.tests.Plans.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityKind;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.ProactiveOpportunitiesStrategy;

/** Proactive opportunities: score = 100 * (2U + 1M + 3F) / 6. */
class ProactiveOpportunitiesStrategyTest {

	private static final double TOTAL = 6;
	private final ProactiveOpportunitiesStrategy strategy = new ProactiveOpportunitiesStrategy();
	private NetworkingPlan plan;
	private Opportunity meetup;
	private Opportunity webinar;
	private Opportunity community;
	private Opportunity summit;
	private Contact kenji;
	private Contact amara;
	private Interaction amaraFollowUp;

	/**
	 * Three upcoming opportunities (online and offline), and a summit ten days ago where Kenji and Amara
	 * were met and both got a note within two days.
	 */
	@BeforeEach
	void healthyPlan() {
		plan = plan();
		meetup = opportunity(plan, "Platform meetup", false, 10, OpportunityStatus.REGISTERED);
		webinar = opportunity(plan, "EM webinar", true, 20, OpportunityStatus.PLANNED);
		community = opportunity(plan, "Climate forum", true, null, OpportunityStatus.IDENTIFIED);
		summit = opportunity(plan, "DevEx Summit", false, -10, OpportunityStatus.ATTENDED);
		kenji = contact(plan, "Kenji", "Watanabe", Tier.B);
		amara = contact(plan, "Amara", "Nwosu", Tier.B);
		summit.getContactsMet().add(kenji);
		summit.getContactsMet().add(amara);
		interaction(plan, -10, Initiator.MUTUAL, summit, kenji, amara); // the meeting
		interaction(plan, -9, Initiator.ME, summit, kenji);
		amaraFollowUp = interaction(plan, -8, Initiator.ME, null, amara);
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void noOpportunityScores0() {
		plan.getOpportunities().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "no opportunities");
	}

	@Test
	void thinPipelineLowersPipeline() {
		community.setStatus(OpportunityStatus.DECLINED);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_PIPELINE, 1.0 / 3, TOTAL), result);
		finding(result, plan, Severity.INFO, "Only 2 upcoming");
	}

	@Test
	void emptyPipelineIsAWarning() {
		meetup.setDate(day(-400)); // long past and out of the mix, like the two others below
		webinar.setStatus(OpportunityStatus.DECLINED);
		community.setStatus(OpportunityStatus.DECLINED);
		StrategyResult result = score(strategy, plan);
		// U = 0, and only the (offline) summit is left in the mix: M = 0.5
		assertScore(100 - 100 * (2 * 1 + 1 * 0.5) / TOTAL, result);
		finding(result, plan, Severity.WARNING, "no upcoming opportunities");
		finding(result, meetup, Severity.INFO, "Platform meetup", "still marked registered");
	}

	@Test
	void pastOpportunityStillPlannedIsReported() {
		Opportunity mixer = opportunity(plan, "Climate mixer", false, -5, OpportunityStatus.PLANNED);
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		finding(result, mixer, Severity.INFO, "Climate mixer", "2025-06-11", "still marked planned");
	}

	@Test
	void onlyOneKindHalvesTheMix() {
		webinar.setOnline(false);
		community.setOnline(false);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_MIX, 0.5, TOTAL), result);
		finding(result, plan, Severity.INFO, "offline");
	}

	@Test
	void personMetButNotFollowedUpWithin48Hours() {
		plan.getInteractions().remove(amaraFollowUp);
		amaraFollowUp.getContacts().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_FOLLOW_THROUGH, 0.5, TOTAL), result);
		finding(result, summit, Severity.WARNING, "DevEx Summit", "1 of the 2", "Amara Nwosu");
	}

	@Test
	void noteThreeDaysLaterIsTooLate() {
		amaraFollowUp.setDate(day(-7));
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_FOLLOW_THROUGH, 0.5, TOTAL), result);
		finding(result, summit, Severity.WARNING, "Amara Nwosu");
	}

	@Test
	void theMeetingItselfIsNotAFollowUp() {
		amaraFollowUp.setDate(day(-10));
		amaraFollowUp.setOpportunity(summit);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_FOLLOW_THROUGH, 0.5, TOTAL), result);

		amaraFollowUp.setOpportunity(null); // an e-mail the same evening is one
		assertScore(100, score(strategy, plan));
	}

	@Test
	void doneFollowUpInTheWindowCounts() {
		plan.getInteractions().remove(amaraFollowUp);
		amaraFollowUp.getContacts().clear();
		followUp(plan, amara, -9, "Thank Amara", FollowUpStatus.DONE, 1, 1).setCompletedOn(day(-9));
		assertScore(100, score(strategy, plan));
	}

	@Test
	void contactsMetThereCountEvenIfNotListedOnTheEvent() {
		Contact henrik = contact(plan, "Henrik", "Solberg", Tier.B);
		henrik.setMetAt(summit);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_FOLLOW_THROUGH, 1.0 / 3, TOTAL), result);
		finding(result, summit, Severity.WARNING, "2 of the 3", "Henrik Solberg");
	}

	@Test
	void ongoingCommunityIsNotJudgedOn48Hours() {
		Opportunity guild = opportunity(plan, "DevEx Guild", true, -30, OpportunityStatus.ATTENDED);
		guild.setKind(OpportunityKind.ONLINE_COMMUNITY);
		Contact mei = contact(plan, "Mei", "Kim", Tier.B);
		guild.getContactsMet().add(mei);
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFinding(result, guild);

		guild.setKind(OpportunityKind.WEBINAR); // a one-off event is
		result = score(strategy, plan);
		assertScore(minus(ProactiveOpportunitiesStrategy.W_FOLLOW_THROUGH, 0.5, TOTAL), result);
		finding(result, guild, Severity.WARNING, "did not follow up within 48 hours with Mei Kim");
	}

	@Test
	void openWindowIsANoteNotAPenalty() {
		Opportunity mixer = opportunity(plan, "Climate mixer", false, -1, OpportunityStatus.ATTENDED);
		Contact lena = contact(plan, "Lena", "Fischer", Tier.B);
		mixer.getContactsMet().add(lena);
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		finding(result, mixer, Severity.INFO, "Lena Fischer", "Climate mixer", "by 2025-06-17");

		mixer.setDate(day(-3)); // the window has closed
		result = score(strategy, plan);
		// F = mean(1, 0) = 0.5
		assertScore(minus(ProactiveOpportunitiesStrategy.W_FOLLOW_THROUGH, 0.5, TOTAL), result);
		assertTrue(result.getScore() < 100);
	}
}
