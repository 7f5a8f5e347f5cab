/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.strategies.tests.Plans.*;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.FollowUpTrustStrategy;

/** Follow-up and trust: score = 100 * (3K + 3O + 2P) / 8. */
class FollowUpTrustStrategyTest {

	private static final double TOTAL = 8;
	private final FollowUpTrustStrategy strategy = new FollowUpTrustStrategy();
	private NetworkingPlan plan;
	private Contact maria;
	private Interaction lastTalk;

	/** Maria Chen, tier A, last talked to ten days ago. */
	@BeforeEach
	void healthyPlan() {
		plan = plan();
		maria = contact(plan, "Maria", "Chen", Tier.A);
		lastTalk = interaction(plan, -10, Initiator.ME, null, maria);
	}

	@Test
	void healthyPlanScores100WithoutFindings() {
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);
	}

	@Test
	void noContactScores0() {
		plan.getContacts().clear();
		StrategyResult result = score(strategy, plan);
		assertScore(0, result);
		finding(result, plan, Severity.WARNING, "no contacts");
	}

	@ParameterizedTest
	@CsvSource({ "30, 1.0", "45, 0.5", "59, 0.0333333333333333", "60, 0", "96, 0" })
	void cadenceKeptDecaysLinearlyToTwiceTheCadence(int daysAgo, double kept) {
		lastTalk.setDate(day(-daysAgo));
		StrategyResult result = score(strategy, plan);
		assertEquals(minus(FollowUpTrustStrategy.W_CADENCE, 1 - kept, TOTAL), result.getScore(), 1e-6);
	}

	@Test
	void lapsedTierAContactIsNamedWithHerCadence() {
		lastTalk.setDate(day(-45));
		StrategyResult result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.5, TOTAL), result);
		Finding f = finding(result, maria, Severity.WARNING,
				"You have not been in touch with Maria Chen for 45 days; the cadence for tier A is every 30 days.");
		assertTrue(f.getSuggestedAction().contains("Maria Chen"));

		lastTalk.setDate(day(-96)); // beyond twice the cadence: still a warning (nothing is wrong with the data)
		result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 1, TOTAL), result);
		finding(result, maria, Severity.WARNING, "Maria Chen for 96 days");
	}

	@Test
	void ownCadenceOverridesTheTier() {
		lastTalk.setDate(day(-96));
		maria.setCadenceDays(120);
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertNoFindings(result);

		maria.setCadenceDays(60);
		result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.6, TOTAL), result); // 1 - 36/60 = 0.4
		finding(result, maria, Severity.WARNING, "your cadence with them is every 60 days");
	}

	@Test
	void theCadenceComesFromTheScoringContextsSettings() {
		lastTalk.setDate(day(-25)); // tier A: within 30 days
		assertScore(100, score(strategy, plan));
		FollowUpSettings strict = FollowUpSettings.defaults().withTierA(10);
		StrategyResult result = strategy.score(plan, new ScoringContext(Plans.TODAY, strict, () -> false));
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 1, TOTAL), result); // 25 days of 10: max(0, 1 - 15/10) = 0
		finding(result, maria, Severity.WARNING, "tier A");
	}

	@Test
	void theAgendasLosingTouchListAndTheFindingsFollowTheTierACadencePreferenceTogether() throws Exception {
		Contact ann = contact(plan, "Ann", "Lee", Tier.A);
		interaction(plan, -12, Initiator.ME, null, ann);
		lastTalk.setDate(day(-20));
		Contact bea = contact(plan, "Bea", "Ray", Tier.B);
		interaction(plan, -100, Initiator.ME, null, bea);
		org.osgi.service.prefs.Preferences node = FollowUpPreferences.node();
		try {
			assertEquals(java.util.Set.of(bea), losingTouch(), "the defaults: only Bea is past her 90 days");
			assertEquals(losingTouch(), lapsed());
			node.putInt(FollowUpPreferences.CADENCE_A, 10);
			assertEquals(java.util.Set.of(ann, maria, bea), losingTouch(), "tier A every 10 days");
			assertEquals(losingTouch(), lapsed(), "the strategy agrees with the agenda");
		} finally {
			node.remove(FollowUpPreferences.CADENCE_A);
		}
		assertEquals(java.util.Set.of(bea), lapsed());
	}

	private java.util.Set<Contact> losingTouch() {
		return Agenda.compute(plan, Plans.TODAY, FollowUpPreferences.current()).losingTouch().stream()
				.map(Agenda.LosingTouch::contact).collect(java.util.stream.Collectors.toSet());
	}

	private java.util.Set<Contact> lapsed() {
		StrategyResult result = strategy.score(plan,
				new ScoringContext(Plans.TODAY, FollowUpPreferences.current(), () -> false));
		return result.getFindings().stream().filter(f -> f.getMessage().contains("have not been in touch"))
				.map(f -> (Contact) f.getSubject()).collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void prospectsAreSummedUpInOneNoteAndArchivedContactsAreLeftOut() {
		interaction(plan, -5, Initiator.ME, null, maria);
		for (int i = 0; i < 500; i++) {
			contact(plan, "Prospect", Integer.toString(i), Tier.B).setStatus(RelationshipStatus.PROSPECT);
		}
		Contact archived = contact(plan, "Old", "Friend", Tier.A);
		archived.setStatus(RelationshipStatus.ARCHIVED);
		followUp(plan, archived, -40, "Call", FollowUpStatus.OPEN, 1, 1);
		Contact dormant = contact(plan, "Resting", "Friend", Tier.A);
		dormant.setStatus(RelationshipStatus.DORMANT);
		interaction(plan, -400, Initiator.ME, null, dormant);
		StrategyResult result = score(strategy, plan);
		assertScore(100, result);
		assertEquals(1, result.getFindings().size(), "one note for the prospects: " + result.getFindings());
		Finding note = result.getFindings().get(0);
		assertEquals(Severity.INFO, note.getSeverity());
		assertTrue(note.getMessage().startsWith("500 people"), note.getMessage());
	}

	@Test
	void plannedFollowUpSoftensTheFinding() {
		lastTalk.setDate(day(-45));
		followUp(plan, maria, 3, "Coffee with Maria", FollowUpStatus.OPEN, 1, 1);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.5, TOTAL), result); // the score still counts it
		Finding f = finding(result, maria, Severity.INFO, "Maria Chen for 45 days");
		assertTrue(f.getSuggestedAction().contains("2025-06-19"));
	}

	@Test
	void followUpPlannedFarOffDoesNotSoftenTheFinding() {
		lastTalk.setDate(day(-45));
		followUp(plan, maria, FollowUpTrustStrategy.PLANNED_SOON_DAYS + 1, "Coffee with Maria",
				FollowUpStatus.OPEN, 1, 1);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.5, TOTAL), result);
		finding(result, maria, Severity.WARNING, "Maria Chen for 45 days");
	}

	@Test
	void neverContactedCountsAsZeroWeightedByTier() {
		Contact bob = contact(plan, "Bob", "Stone", Tier.B);
		StrategyResult result = score(strategy, plan);
		// K = (3 * 1 + 2 * 0) / (3 + 2) = 0.6
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.4, TOTAL), result);
		finding(result, bob, Severity.INFO, "no recorded interaction with Bob Stone (tier B)");

		bob.setTier(Tier.C); // K = 3 / 4
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.25, TOTAL), score(strategy, plan));
	}

	@Test
	void futureInteractionIsNotContact() {
		Contact bob = contact(plan, "Bob", "Stone", Tier.A);
		interaction(plan, 5, Initiator.ME, null, bob);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_CADENCE, 0.5, TOTAL), result);
		finding(result, bob, Severity.WARNING, "no recorded interaction with Bob Stone (tier A)");
	}

	@Test
	void overdueFollowUpLowersOnTimeByHowLateItIs() {
		FollowUp f = followUp(plan, maria, -5, "Send Maria the slides", FollowUpStatus.OPEN, 1, 1);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_ON_TIME, 5 / 60.0, TOTAL), result);
		finding(result, f, Severity.WARNING, "Maria Chen", "2025-06-11", "5 days ago", "Send Maria the slides");

		followUp(plan, maria, 0, "Call Maria", FollowUpStatus.OPEN, 1, 1); // due today: not overdue
		assertScore(minus(FollowUpTrustStrategy.W_ON_TIME, 5 / 60.0 / 2, TOTAL), score(strategy, plan));

		f.setDueDate(day(-1));
		finding(score(strategy, plan), f, Severity.WARNING, "was due yesterday, 2025-06-15");

		f.setDueDate(day(-90)); // from two months late a follow-up weighs fully
		assertScore(minus(FollowUpTrustStrategy.W_ON_TIME, 1 / 2.0, TOTAL), score(strategy, plan));

		f.setStatus(FollowUpStatus.DONE);
		assertScore(100, score(strategy, plan));
	}

	@Test
	void anOverdueFollowUpIsAWarningWhoseWeightGrowsWithLateness() {
		FollowUp f = followUp(plan, maria, -1, "Send Maria the slides", FollowUpStatus.OPEN, 1, 1);
		double previous = 100;
		for (int late : new int[] { 1, 7, 30, 59, 200 }) {
			f.setDueDate(day(-late));
			StrategyResult result = score(strategy, plan);
			finding(result, f, Severity.WARNING, "Send Maria the slides");
			assertTrue(result.getFindings().stream().noneMatch(x -> x.getSeverity() == Severity.ERROR),
					() -> late + " days late: " + describe(result));
			assertTrue(result.getScore() < previous, late + " days late costs more than fewer: " + result.getScore());
			previous = result.getScore();
		}
		assertEquals(1 / 60.0, FollowUpTrustStrategy.lateness(1), 1e-9, "a day late weighs little");
		assertEquals(0.5, FollowUpTrustStrategy.lateness(30), 1e-9);
		assertEquals(1, FollowUpTrustStrategy.lateness(90), 1e-9, "months late weigh fully");

		// the later one is listed first
		Contact bob = contact(plan, "Bob", "Stone", Tier.A);
		interaction(plan, -3, Initiator.ME, null, bob);
		FollowUp recent = followUp(plan, bob, -2, "Thank Bob", FollowUpStatus.OPEN, 1, 1);
		f.setDueDate(day(-120));
		List<Finding> findings = score(strategy, plan).getFindings();
		assertEquals(f, findings.get(0).getSubject(), () -> findings.toString());
		assertEquals(recent, findings.get(1).getSubject(), () -> findings.toString());
	}

	@Test
	void datesInFindingsAreWrittenAsTheScoringContextSays() {
		followUp(plan, maria, -5, "Send Maria the slides", FollowUpStatus.OPEN, 1, 1);
		StrategyResult iso = score(strategy, plan);
		assertTrue(iso.getFindings().get(0).getMessage().contains("2025-06-11"), describe(iso));
		StrategyResult local = strategy.score(plan, new ScoringContext(Plans.TODAY, FollowUpSettings.defaults(),
				() -> false, day -> java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK).format(day)));
		assertTrue(local.getFindings().get(0).getMessage().contains("11 June 2025"), describe(local));
	}

	@Test
	void sequenceAbandonedAfterOneTryLowersPersistence() {
		FollowUp first = followUp(plan, maria, -30, "Ask Maria about the platform team", FollowUpStatus.SKIPPED, 1, 3);
		StrategyResult result = score(strategy, plan);
		assertScore(minus(FollowUpTrustStrategy.W_PERSISTENCE, 1, TOTAL), result);
		Finding f = finding(result, first, Severity.WARNING, "You stopped after attempt 1 of 3 with Maria Chen",
				"Ask Maria about the platform team", "2025-05-17");
		assertTrue(f.getSuggestedAction().contains("attempt 2"));

		FollowUp second = followUp(plan, maria, 5, "Second try", FollowUpStatus.OPEN, 2, 3);
		result = score(strategy, plan);
		assertScore(100, result);
		assertNoFinding(result, first, "stopped");

		second.setStatus(FollowUpStatus.CANCELLED); // deliberately ended: not counted
		assertScore(100, score(strategy, plan));
	}

	@Test
	void replyEndsASequence() {
		followUp(plan, maria, -30, "Ask Maria", FollowUpStatus.DONE, 1, 3).setCompletedOn(day(-30));
		assertScore(minus(FollowUpTrustStrategy.W_PERSISTENCE, 1, TOTAL), score(strategy, plan));
		interaction(plan, -20, Initiator.THEM, null, maria);
		assertScore(100, score(strategy, plan));
	}

	@Test
	void recentAttemptIsStillWaitingForAReply() {
		FollowUp f = followUp(plan, maria, -5, "Ask Maria", FollowUpStatus.DONE, 1, 3);
		f.setCompletedOn(day(-5));
		assertScore(100, score(strategy, plan));
		f.setCompletedOn(day(-FollowUpTrustStrategy.REPLY_WAIT_DAYS));
		assertScore(minus(FollowUpTrustStrategy.W_PERSISTENCE, 1, TOTAL), score(strategy, plan));
	}

	@Test
	void finalAttemptIsNotAbandonment() {
		followUp(plan, maria, -60, "First", FollowUpStatus.DONE, 1, 2).setCompletedOn(day(-60));
		followUp(plan, maria, -30, "Last", FollowUpStatus.DONE, 2, 2).setCompletedOn(day(-30));
		assertScore(100, score(strategy, plan));
	}

	@Test
	void findingsAreCappedAndSummarized() {
		for (int i = 0; i < 30; i++) {
			contact(plan, "Person", Integer.toString(i), Tier.A);
		}
		StrategyResult result = score(strategy, plan);
		List<Finding> findings = result.getFindings();
		assertEquals(21, findings.size());
		Finding summary = findings.get(20);
		assertEquals(Severity.INFO, summary.getSeverity());
		assertNull(summary.getSubject());
		assertEquals("Findings not listed here: 10 (errors: 0, warnings: 10, notes: 0).", summary.getMessage());
	}
}
