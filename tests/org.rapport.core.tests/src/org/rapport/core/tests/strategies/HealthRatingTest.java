/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.strategies.GettingStarted;
import org.rapport.core.strategies.GettingStarted.Step;
import org.rapport.core.strategies.HealthRating;
import org.rapport.core.strategies.HealthRating.Word;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.derived.PlanClock;

/** The health word and the first steps: the one rule the Scorecard and {@code rapport score} ask. */
class HealthRatingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
	private static final RapportFactory F = RapportFactory.eINSTANCE;

	private NetworkingPlan plan;
	private Contact contact;

	/** A plan past its first steps: an aspiration, a goal and a contact. */
	@BeforeEach
	void planPastItsFirstSteps() {
		plan = F.createNetworkingPlan();
		plan.getAspirations().add(F.createCareerAspiration());
		plan.getGoals().add(F.createNetworkingGoal());
		contact = F.createContact();
		contact.setFirstName("Maria");
		plan.getContacts().add(contact);
	}

	private FollowUp followUp(Contact with, int dueOffset) {
		FollowUp f = F.createFollowUp();
		f.setContact(with);
		f.setStatus(FollowUpStatus.OPEN);
		f.setDueDate(PlanClock.toDate(TODAY.plusDays(dueOffset)));
		plan.getFollowUps().add(f);
		return f;
	}

	@Test
	void tenOverdueFollowUpsOfTwelveDoNotRateGood() {
		for (int i = 0; i < 10; i++) {
			followUp(contact, -1 - i);
		}
		followUp(contact, 3);
		followUp(contact, 10);
		HealthRating rating = HealthRating.of(plan, 82, TODAY);
		assertEquals(Word.FAIR, rating.getWord(), rating::toString);
		assertTrue(rating.isCappedByOverdue());
		assertEquals(12, rating.getOpenFollowUps());
		assertEquals(10, rating.getOverdueFollowUps());
		assertTrue(rating.getReason().startsWith("10 of your 12 open follow-ups are overdue"), rating.getReason());
		assertEquals("Fair", rating.getWord().getLabel());
	}

	@Test
	void fewerThanAQuarterOverdueLeavesTheScoreToDecide() {
		for (int i = 0; i < 12; i++) {
			followUp(contact, i < 2 ? -5 : 5);
		}
		HealthRating rating = HealthRating.of(plan, 82, TODAY);
		assertEquals(Word.GOOD, rating.getWord(), rating::toString);
		assertFalse(rating.isCappedByOverdue());
		assertEquals("", rating.getReason());

		plan.getFollowUps().get(2).setDueDate(PlanClock.toDate(TODAY.minusDays(1))); // 3 of 12: a quarter
		assertEquals(Word.FAIR, HealthRating.of(plan, 82, TODAY).getWord());
		assertEquals(Word.NEEDS_WORK, HealthRating.of(plan, 40, TODAY).getWord(), "the cap never raises a word");
	}

	@Test
	void doneFollowUpsAndThoseOfArchivedContactsDoNotCount() {
		for (int i = 0; i < 4; i++) {
			followUp(contact, -3).setStatus(FollowUpStatus.DONE);
		}
		Contact archived = F.createContact();
		archived.setStatus(RelationshipStatus.ARCHIVED);
		plan.getContacts().add(archived);
		for (int i = 0; i < 4; i++) {
			followUp(archived, -30);
		}
		followUp(contact, 2);
		HealthRating rating = HealthRating.of(plan, 90, TODAY);
		assertEquals(1, rating.getOpenFollowUps());
		assertEquals(0, rating.getOverdueFollowUps());
		assertEquals(Word.GOOD, rating.getWord());
	}

	@Test
	void theScoreBandsAreThoseOfTheColours() {
		assertEquals(Word.GOOD, HealthRating.of(plan, HealthRating.GOOD_FROM, TODAY).getWord());
		assertEquals(Word.FAIR, HealthRating.of(plan, 74.9, TODAY).getWord());
		assertEquals(Word.FAIR, HealthRating.of(plan, HealthRating.FAIR_FROM, TODAY).getWord());
		assertEquals(Word.NEEDS_WORK, HealthRating.of(plan, 49.9, TODAY).getWord());
		assertEquals(Word.NONE, HealthRating.of(plan, Double.NaN, TODAY).getWord());
	}

	@Test
	void anEmptyPlanIsGettingStartedUntilThreeStepsAreDone() {
		NetworkingPlan empty = F.createNetworkingPlan();
		assertTrue(GettingStarted.isGettingStarted(empty));
		assertEquals(0, GettingStarted.done(empty));
		for (Step step : GettingStarted.steps()) {
			assertFalse(step.isDone(empty), step.name());
			assertFalse(step.getLabel().isBlank(), step.name());
			assertFalse(step.getDescription().isBlank(), step.name());
		}
		assertEquals(Word.GETTING_STARTED, HealthRating.of(empty, 0, TODAY).getWord(), "not 0 Needs work");
		assertFalse(HealthRating.of(empty, 0, TODAY).getReason().isEmpty());

		empty.getAudiences().add(F.createAudience());
		empty.getFollowUps().add(F.createFollowUp());
		assertEquals(2, GettingStarted.done(empty));
		assertTrue(Step.AUDIENCE.isDone(empty));
		assertTrue(Step.FOLLOW_UP.isDone(empty));
		assertEquals(Word.GETTING_STARTED, HealthRating.of(empty, 30, TODAY).getWord());

		empty.getContacts().add(F.createContact());
		assertFalse(GettingStarted.isGettingStarted(empty), "three of five steps: scored");
		assertEquals(Word.NEEDS_WORK, HealthRating.of(empty, 30, TODAY).getWord());
	}
}
