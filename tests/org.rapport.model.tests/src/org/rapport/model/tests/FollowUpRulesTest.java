/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.model.tests.Fixtures.assertNone;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.tests.Fixtures.day;
import static org.rapport.model.tests.Fixtures.daysFromToday;
import static org.rapport.model.validation.PlanValidator.FOLLOW_UP_ATTEMPT_BELOW_ONE;
import static org.rapport.model.validation.PlanValidator.FOLLOW_UP_ATTEMPT_BEYOND_MAX;
import static org.rapport.model.validation.PlanValidator.FOLLOW_UP_OVERDUE;
import static org.rapport.model.validation.PlanValidator.FOLLOW_UP_WITHOUT_CONTACT;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.RapportPackage.Literals;

class FollowUpRulesTest extends AbstractRuleTest {

	@Test
	void openFollowUpDueInThePastIsReported() {
		p.followUp.setDueDate(day(LocalDate.of(2026, 3, 3)));
		Diagnostic problem = assertOnly(p.plan, FOLLOW_UP_OVERDUE, Diagnostic.WARNING, p.followUp,
				Literals.FOLLOW_UP__DUE_DATE);
		assertTrue(problem.getMessage().startsWith(
				"The follow-up with Maria Chen (\"Send the article\") was due on 3 Mar 2026 and is still open."),
				problem.getMessage());
	}

	@Test
	void followUpDueTodayIsNotOverdue() {
		p.followUp.setDueDate(daysFromToday(0));
		assertNone(p.plan, FOLLOW_UP_OVERDUE);
	}

	@Test
	void closedFollowUpDueInThePastIsNotReported() {
		p.followUp.setDueDate(daysFromToday(-10));
		for (FollowUpStatus status : new FollowUpStatus[] { FollowUpStatus.DONE, FollowUpStatus.SKIPPED,
				FollowUpStatus.CANCELLED }) {
			p.followUp.setStatus(status);
			assertNone(p.plan, FOLLOW_UP_OVERDUE);
		}
	}

	@Test
	void followUpWithoutContactIsAnError() {
		p.followUp.setContact(null);
		assertOnly(p.plan, FOLLOW_UP_WITHOUT_CONTACT, Diagnostic.ERROR, p.followUp, Literals.FOLLOW_UP__CONTACT,
				"The follow-up \"Send the article\" is not with anyone.", "Choose the contact");
	}

	@Test
	void followUpWithoutContactOrReasonIsNamedByItsDueDate() {
		p.followUp.setContact(null);
		p.followUp.setReason(null);
		p.followUp.setDueDate(day(LocalDate.of(2026, 4, 1)));
		assertOnly(p.plan, FOLLOW_UP_WITHOUT_CONTACT, Diagnostic.ERROR, p.followUp, Literals.FOLLOW_UP__CONTACT,
				"A follow-up due on 1 Apr 2026 is not with anyone.");
	}

	@Test
	void followUpWithContactIsFine() {
		assertNone(p.plan, FOLLOW_UP_WITHOUT_CONTACT);
	}

	@Test
	void attemptBelowOneIsAnError() {
		p.followUp.setAttempt(0);
		assertOnly(p.plan, FOLLOW_UP_ATTEMPT_BELOW_ONE, Diagnostic.ERROR, p.followUp, Literals.FOLLOW_UP__ATTEMPT,
				"The follow-up with Maria Chen (\"Send the article\") is numbered attempt 0.");
	}

	@Test
	void attemptBeyondMaximumIsAnError() {
		p.followUp.setAttempt(4);
		p.followUp.setMaxAttempts(3);
		assertOnly(p.plan, FOLLOW_UP_ATTEMPT_BEYOND_MAX, Diagnostic.ERROR, p.followUp,
				Literals.FOLLOW_UP__MAX_ATTEMPTS, "The follow-up with Maria Chen", "is attempt 4 of only 3.");
	}

	@Test
	void attemptsWithinRangeAreFine() {
		p.followUp.setAttempt(3);
		p.followUp.setMaxAttempts(3);
		assertNone(p.plan, FOLLOW_UP_ATTEMPT_BEYOND_MAX);
		assertNone(p.plan, FOLLOW_UP_ATTEMPT_BELOW_ONE);
		p.followUp.setAttempt(1);
		assertNone(p.plan, FOLLOW_UP_ATTEMPT_BEYOND_MAX);
		assertNone(p.plan, FOLLOW_UP_ATTEMPT_BELOW_ONE);
	}
}
