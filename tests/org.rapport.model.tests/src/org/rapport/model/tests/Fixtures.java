/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.GoalStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportFactory;
import org.rapport.model.Skill;
import org.rapport.model.StrategyScore;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.validation.PlanValidation;
import org.rapport.model.validation.PlanValidator;

/** Shared test data: a fixed "today", date helpers, a plan that passes every rule, and diagnostic assertions. */
final class Fixtures {

	/** "Today" in every test: Tuesday 10 March 2026, in a zone with daylight saving and a non-zero offset. */
	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
	static final ZoneId ZONE = ZoneId.of("Europe/Prague");

	static final RapportFactory F = RapportFactory.eINSTANCE;

	private Fixtures() {
	}

	/** Fixes {@link PlanClock} at noon of {@link #TODAY}; undo with {@code PlanClock.set(null)}. */
	static void fixClock() {
		PlanClock.set(Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE));
	}

	static Date day(LocalDate day) {
		return PlanClock.toDate(day);
	}

	static Date daysFromToday(int days) {
		return day(TODAY.plusDays(days));
	}

	/** A contact with a name and an email. */
	static Contact contact(String first, String last) {
		Contact contact = F.createContact();
		contact.setFirstName(first);
		contact.setLastName(last);
		ContactInfo.addEmail(contact, (first + '.' + last).toLowerCase().replace(' ', '-') + "@example.com");
		return contact;
	}

	static Interaction interaction(Date date, Contact... contacts) {
		Interaction interaction = F.createInteraction();
		interaction.setDate(date);
		interaction.setChannel(Channel.VIDEO_CALL);
		interaction.setSummary("Catch-up");
		interaction.getContacts().addAll(List.of(contacts));
		return interaction;
	}

	static FollowUp followUp(Contact contact, String reason, Date due) {
		FollowUp followUp = F.createFollowUp();
		followUp.setContact(contact);
		followUp.setReason(reason);
		followUp.setDueDate(due);
		followUp.setStatus(FollowUpStatus.OPEN);
		return followUp;
	}

	static Exchange exchange(Contact contact, ExchangeDirection direction) {
		Exchange exchange = F.createExchange();
		exchange.setContact(contact);
		exchange.setDirection(direction);
		exchange.setKind(ExchangeKind.ADVICE);
		exchange.setDate(daysFromToday(-3));
		return exchange;
	}

	static NetworkingGoal goal(String title, double current, double target) {
		NetworkingGoal goal = F.createNetworkingGoal();
		goal.setTitle(title);
		goal.setMetric("informational interviews held");
		goal.setCurrentValue(current);
		goal.setTargetValue(target);
		goal.setStatus(GoalStatus.ACTIVE);
		goal.setDueDate(daysFromToday(60));
		return goal;
	}

	/** The objects of {@link #cleanPlan()}, for tests to break one thing at a time. */
	static final class Plan {
		NetworkingPlan plan;
		CareerAspiration aspiration;
		NetworkingGoal goal;
		Audience audience;
		Contact maria;
		Contact jan;
		Interaction interaction;
		FollowUp followUp;
		Exchange exchange;
		Gratitude gratitude;
		Skill skill;
		PlanReview review;
		StrategyScore score;
	}

	/** A small plan that breaks no rule (see {@code PlanValidationTest#cleanPlanHasNoProblems}). */
	static Plan cleanPlan() {
		Plan p = new Plan();
		p.plan = F.createNetworkingPlan();
		p.plan.setName("Move into product management");
		p.plan.setHorizonStart(day(LocalDate.of(2026, 1, 1)));
		p.plan.setHorizonEnd(day(LocalDate.of(2026, 12, 31)));
		p.plan.setReviewCadenceDays(30);

		p.aspiration = F.createCareerAspiration();
		p.aspiration.setTitle("Lead a product team");
		p.plan.getAspirations().add(p.aspiration);

		p.goal = goal("Speak at a conference", 1, 3);
		p.goal.getAspirations().add(p.aspiration);
		p.plan.getGoals().add(p.goal);

		p.audience = F.createAudience();
		p.audience.setName("Product leaders");
		CommunicationStrategy communication = F.createCommunicationStrategy();
		communication.getChannels().add(Channel.LINKEDIN);
		communication.getKeyMessages().add("I turn research into roadmaps");
		p.audience.setCommunication(communication);
		p.plan.getAudiences().add(p.audience);

		p.maria = contact("Maria", "Chen");
		p.jan = contact("Jan", "Novak");
		p.jan.setIntroducedBy(p.maria);
		p.maria.getAudiences().add(p.audience);
		p.plan.getContacts().addAll(List.of(p.maria, p.jan));

		p.interaction = interaction(daysFromToday(-5), p.maria);
		p.plan.getInteractions().add(p.interaction);

		p.followUp = followUp(p.maria, "Send the article", daysFromToday(2));
		p.followUp.setAttempt(1);
		p.followUp.setMaxAttempts(3);
		p.plan.getFollowUps().add(p.followUp);

		p.exchange = exchange(p.jan, ExchangeDirection.RECEIVED);
		p.plan.getExchanges().add(p.exchange);

		p.gratitude = F.createGratitude();
		p.gratitude.setContact(p.jan);
		p.gratitude.setDate(daysFromToday(-2));
		p.gratitude.setMessage("Thanks for the CV advice");
		p.gratitude.setChannel(Channel.EMAIL);
		p.exchange.setThanks(p.gratitude);
		p.plan.getGratitudes().add(p.gratitude);

		p.skill = F.createSkill();
		p.skill.setName("Public speaking");
		p.skill.setCurrentLevel(2);
		p.skill.setTargetLevel(4);
		p.plan.getSkills().add(p.skill);

		p.review = F.createPlanReview();
		p.review.setDate(day(LocalDate.of(2026, 2, 1)));
		p.review.setOverallScore(64);
		p.score = F.createStrategyScore();
		p.score.setStrategyId("org.rapport.strategies.followUp");
		p.score.setStrategyName("Consistent follow-up");
		p.score.setValue(64);
		p.review.getScores().add(p.score);
		p.plan.getReviews().add(p.review);
		return p;
	}

	// --- diagnostics ---------------------------------------------------------------------------

	/** The leaf diagnostics of our validator (source org.rapport.model) in a validation result. */
	static List<Diagnostic> ours(Diagnostic result) {
		List<Diagnostic> ours = new ArrayList<>();
		for (Diagnostic problem : PlanValidation.problems(result)) {
			if (PlanValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())) {
				ours.add(problem);
			}
		}
		return ours;
	}

	/** The codes of our diagnostics. */
	static Set<Integer> codes(Diagnostic result) {
		Set<Integer> codes = new TreeSet<>();
		for (Diagnostic problem : ours(result)) {
			codes.add(problem.getCode());
		}
		return codes;
	}

	/** The only diagnostic with this code; fails when there is none or several. */
	static Diagnostic single(Diagnostic result, int code) {
		Diagnostic found = null;
		for (Diagnostic problem : ours(result)) {
			if (problem.getCode() == code) {
				if (found != null) {
					fail("more than one diagnostic with code " + code + ": " + describe(result));
				}
				found = problem;
			}
		}
		if (found == null) {
			fail("no diagnostic with code " + code + ": " + describe(result));
		}
		return found;
	}

	/**
	 * Validates the plan and checks that the rule with {@code code} (and no other of our rules) reports one
	 * problem, with this severity, about this object and feature, and a message containing the fragments.
	 */
	static Diagnostic assertOnly(NetworkingPlan plan, int code, int severity, EObject object,
			EStructuralFeature feature, String... messageFragments) {
		Diagnostic result = PlanValidation.validate(plan);
		assertEquals(Set.of(code), codes(result), () -> "codes of " + describe(result));
		Diagnostic problem = single(result, code);
		assertProblem(problem, code, severity, object, feature, messageFragments);
		assertTrue(result.getSeverity() >= severity, "the overall result is at least as severe as the problem");
		return problem;
	}

	static void assertProblem(Diagnostic problem, int code, int severity, EObject object, EStructuralFeature feature,
			String... messageFragments) {
		assertEquals(PlanValidator.DIAGNOSTIC_SOURCE, problem.getSource());
		assertEquals(code, problem.getCode());
		assertEquals(severity, problem.getSeverity(), () -> "severity of " + problem.getMessage());
		assertFalse(problem.getData().isEmpty(), "data holds the offending object");
		assertSame(object, problem.getData().get(0), "the offending object comes first in the data");
		if (feature != null) {
			assertTrue(problem.getData().size() >= 2, "data holds the feature");
			assertSame(feature, problem.getData().get(1), "the feature comes second in the data");
		}
		String message = problem.getMessage();
		assertNotNull(message);
		assertFalse(message.contains("!"), () -> "no missing message key in: " + message);
		assertFalse(message.contains("{") || message.contains("}"), () -> "no unfilled placeholder in: " + message);
		assertTrue(Character.isUpperCase(message.codePointAt(0)), () -> "a sentence: " + message);
		for (String fragment : messageFragments) {
			assertTrue(message.contains(fragment), () -> "\"" + message + "\" should contain \"" + fragment + '"');
		}
	}

	/** Validates the plan and checks that the rule with {@code code} reports nothing. */
	static void assertNone(NetworkingPlan plan, int code) {
		Diagnostic result = PlanValidation.validate(plan);
		assertFalse(codes(result).contains(code), () -> "unexpected code " + code + ": " + describe(result));
	}

	static String describe(Diagnostic result) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic problem : PlanValidation.problems(result)) {
			text.append("\n  [").append(problem.getSource()).append(' ').append(problem.getCode()).append("] ")
					.append(problem.getMessage());
		}
		return text.length() == 0 ? "(no problems)" : text.toString();
	}
}
