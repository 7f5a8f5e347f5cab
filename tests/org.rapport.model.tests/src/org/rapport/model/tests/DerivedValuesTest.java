/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.model.tests.Fixtures.F;
import static org.rapport.model.tests.Fixtures.TODAY;
import static org.rapport.model.tests.Fixtures.contact;
import static org.rapport.model.tests.Fixtures.day;
import static org.rapport.model.tests.Fixtures.daysFromToday;
import static org.rapport.model.tests.Fixtures.exchange;
import static org.rapport.model.tests.Fixtures.followUp;
import static org.rapport.model.tests.Fixtures.goal;
import static org.rapport.model.tests.Fixtures.interaction;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.model.Contact;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.GoalStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.ContactDerivations;
import org.rapport.model.derived.FollowUpDerivations;
import org.rapport.model.derived.GoalDerivations;
import org.rapport.model.derived.PlanClock;

/** The derived values, through the generated getters (which delegate to org.rapport.model.derived) and directly. */
class DerivedValuesTest {

	private static final double EPSILON = 1e-9;

	@BeforeEach
	void fixClock() {
		Fixtures.fixClock();
	}

	@AfterEach
	void restoreClock() {
		PlanClock.set(null);
	}

	// --- PlanClock ------------------------------------------------------------------------------

	@Test
	void planClockIsFixedAndRestorable() {
		assertEquals(TODAY, PlanClock.today());
		assertEquals(TODAY, PlanClock.toLocalDate(day(TODAY)), "toDate and toLocalDate round-trip");
		assertNull(PlanClock.toLocalDate(null));
		assertNull(PlanClock.toDate(null));
		PlanClock.set(null);
		assertEquals(Clock.systemDefaultZone().getZone(), PlanClock.get().getZone());
		assertEquals(java.time.LocalDate.now(ZoneId.systemDefault()), PlanClock.today());
	}

	// --- fullName -------------------------------------------------------------------------------

	@Test
	void fullNameJoinsFirstAndLastName() {
		Contact contact = contact("Maria", "Chen");
		assertEquals("Maria Chen", contact.getFullName());
		assertEquals("Maria Chen", ContactDerivations.fullName(contact));
	}

	@Test
	void fullNameWithOnlyOneNameAndStrayBlanks() {
		Contact contact = F.createContact();
		assertEquals("", contact.getFullName(), "no name at all gives an empty name, not null");
		contact.setFirstName("  Maria ");
		assertEquals("Maria", contact.getFullName());
		contact.setFirstName(null);
		contact.setLastName(" Chen");
		assertEquals("Chen", contact.getFullName());
		contact.setFirstName("   ");
		assertEquals("Chen", contact.getFullName());
	}

	@Test
	void fullNameIsDerivedAndNotStored() {
		assertTrue(RapportPackage.Literals.CONTACT__FULL_NAME.isDerived());
		assertFalse(RapportPackage.Literals.CONTACT__FULL_NAME.isChangeable());
		assertTrue(RapportPackage.Literals.CONTACT__FULL_NAME.isTransient());
		Contact contact = contact("Maria", "Chen");
		assertEquals("Maria Chen", contact.eGet(RapportPackage.Literals.CONTACT__FULL_NAME));
		contact.setLastName("Chen-Li");
		assertEquals("Maria Chen-Li", contact.eGet(RapportPackage.Literals.CONTACT__FULL_NAME), "follows the data");
	}

	// --- lastContact and daysSinceContact -------------------------------------------------------

	@Test
	void lastContactIsTheLatestInteractionDate() {
		Contact maria = contact("Maria", "Chen");
		interaction(daysFromToday(-30), maria);
		Interaction latest = interaction(daysFromToday(-4), maria);
		interaction(daysFromToday(-12), maria);
		interaction(null, maria); // undated interactions are ignored
		assertEquals(latest.getDate(), maria.getLastContact());
		assertEquals(latest.getDate(), ContactDerivations.lastContact(maria));
	}

	@Test
	void lastContactIsNullWithoutInteraction() {
		Contact maria = contact("Maria", "Chen");
		assertNull(maria.getLastContact());
		interaction(null, maria);
		assertNull(maria.getLastContact(), "an undated interaction is no known contact");
	}

	@Test
	void daysSinceContactCountsWholeDaysToToday() {
		Contact maria = contact("Maria", "Chen");
		interaction(daysFromToday(-10), maria);
		assertEquals(10, maria.getDaysSinceContact());
		interaction(day(TODAY), maria);
		assertEquals(0, maria.getDaysSinceContact(), "in touch today");
		assertEquals(0, ContactDerivations.daysSinceContact(maria));
	}

	@Test
	void daysSinceContactIsMinusOneWithoutInteraction() {
		Contact maria = contact("Maria", "Chen");
		assertEquals(-1, maria.getDaysSinceContact());
		assertEquals(-1, ContactDerivations.daysSinceContact(maria));
	}

	@Test
	void daysSinceContactFollowsTheClock() {
		Contact maria = contact("Maria", "Chen");
		interaction(daysFromToday(-10), maria);
		PlanClock.set(Clock.fixed(TODAY.plusDays(5).atStartOfDay(Fixtures.ZONE).toInstant(), Fixtures.ZONE));
		assertEquals(15, maria.getDaysSinceContact());
	}

	// --- overdue follow-ups ---------------------------------------------------------------------

	@Test
	void followUpDueYesterdayIsOverdue() {
		FollowUp followUp = followUp(contact("Maria", "Chen"), "Send the article", daysFromToday(-1));
		assertTrue(followUp.isOverdue());
		assertTrue(FollowUpDerivations.overdue(followUp));
	}

	@Test
	void followUpDueTodayIsNotOverdue() {
		FollowUp followUp = followUp(contact("Maria", "Chen"), "Send the article", day(TODAY));
		assertFalse(followUp.isOverdue());
		followUp.setDueDate(daysFromToday(1));
		assertFalse(followUp.isOverdue(), "due tomorrow");
	}

	@Test
	void followUpWithoutDueDateIsNotOverdue() {
		assertFalse(followUp(contact("Maria", "Chen"), "Send the article", null).isOverdue());
	}

	@Test
	void onlyOpenFollowUpsAreOverdue() {
		FollowUp followUp = followUp(contact("Maria", "Chen"), "Send the article", daysFromToday(-7));
		for (FollowUpStatus status : FollowUpStatus.values()) {
			followUp.setStatus(status);
			assertEquals(status == FollowUpStatus.OPEN, followUp.isOverdue(), status.getLiteral());
		}
	}

	@Test
	void newFollowUpIsOpen() {
		assertEquals(FollowUpStatus.OPEN, F.createFollowUp().getStatus());
		assertEquals(1, F.createFollowUp().getAttempt());
		assertEquals(1, F.createFollowUp().getMaxAttempts());
	}

	@Test
	void overdueFollowUpsOfAContact() {
		Contact maria = contact("Maria", "Chen");
		FollowUp late = followUp(maria, "Send the article", daysFromToday(-3));
		FollowUp veryLate = followUp(maria, "Ask about the meetup", daysFromToday(-20));
		followUp(maria, "Due today", day(TODAY));
		followUp(maria, "Later", daysFromToday(4));
		FollowUp done = followUp(maria, "Done already", daysFromToday(-9));
		done.setStatus(FollowUpStatus.DONE);
		followUp(contact("Jan", "Novak"), "Someone else's", daysFromToday(-3));

		EList<FollowUp> overdue = maria.getOverdueFollowUps();
		assertEquals(List.of(late, veryLate), List.copyOf(overdue));
		assertEquals(List.of(late, veryLate), List.copyOf(ContactDerivations.overdueFollowUps(maria)));
		assertThrows(UnsupportedOperationException.class, () -> overdue.add(done), "a derived list is read-only");
	}

	@Test
	void noOverdueFollowUps() {
		Contact maria = contact("Maria", "Chen");
		assertTrue(maria.getOverdueFollowUps().isEmpty());
		followUp(maria, "Later", daysFromToday(4));
		assertTrue(maria.getOverdueFollowUps().isEmpty());
	}

	// --- give and take --------------------------------------------------------------------------

	@Test
	void giveTakeBalanceIsGivenMinusReceived() {
		Contact maria = contact("Maria", "Chen");
		assertEquals(0, maria.getGiveTakeBalance());
		exchange(maria, ExchangeDirection.GIVEN);
		exchange(maria, ExchangeDirection.GIVEN);
		exchange(maria, ExchangeDirection.RECEIVED);
		assertEquals(1, maria.getGiveTakeBalance());
		exchange(maria, ExchangeDirection.RECEIVED);
		exchange(maria, ExchangeDirection.RECEIVED);
		assertEquals(-1, maria.getGiveTakeBalance());
		assertEquals(-1, ContactDerivations.giveTakeBalance(maria));
	}

	@Test
	void giveTakeBalanceFollowsChanges() {
		Contact maria = contact("Maria", "Chen");
		Contact jan = contact("Jan", "Novak");
		var given = exchange(maria, ExchangeDirection.GIVEN);
		assertEquals(1, maria.getGiveTakeBalance());
		given.setDirection(ExchangeDirection.RECEIVED);
		assertEquals(-1, maria.getGiveTakeBalance());
		given.setContact(jan);
		assertEquals(0, maria.getGiveTakeBalance());
		assertEquals(-1, jan.getGiveTakeBalance());
	}

	// --- goal progress --------------------------------------------------------------------------

	@Test
	void progressIsCurrentOverTarget() {
		NetworkingGoal goal = goal("Hold informational interviews", 3, 10);
		assertEquals(0.3, goal.getProgress(), EPSILON);
		assertEquals(0.3, GoalDerivations.progress(goal), EPSILON);
		goal.setCurrentValue(0);
		assertEquals(0.0, goal.getProgress(), EPSILON);
		goal.setCurrentValue(10);
		assertEquals(1.0, goal.getProgress(), EPSILON);
	}

	@Test
	void progressIsCappedAtOne() {
		NetworkingGoal goal = goal("Hold informational interviews", 15, 10);
		assertEquals(1.0, goal.getProgress(), EPSILON);
	}

	@Test
	void progressWithoutPositiveTargetIsZero() {
		NetworkingGoal goal = goal("Hold informational interviews", 5, 0);
		assertEquals(0.0, goal.getProgress(), EPSILON, "zero target");
		goal.setTargetValue(-4);
		assertEquals(0.0, goal.getProgress(), EPSILON, "negative target");
		goal.setTargetValue(Double.NaN);
		assertEquals(0.0, goal.getProgress(), EPSILON, "no number");
	}

	@Test
	void progressWithNegativeCurrentIsZero() {
		assertEquals(0.0, goal("Hold informational interviews", -2, 10).getProgress(), EPSILON);
	}

	@Test
	void achievedGoalIsComplete() {
		NetworkingGoal goal = goal("Hold informational interviews", 2, 10);
		goal.setStatus(GoalStatus.ACHIEVED);
		assertEquals(1.0, goal.getProgress(), EPSILON);
		goal.setTargetValue(0);
		goal.setCurrentValue(0);
		assertEquals(1.0, goal.getProgress(), EPSILON, "achieved wins over a missing target");
		goal.setStatus(GoalStatus.ABANDONED);
		assertEquals(0.0, goal.getProgress(), EPSILON);
	}
}
