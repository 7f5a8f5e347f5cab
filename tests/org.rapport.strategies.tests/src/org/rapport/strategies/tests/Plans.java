/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.GoalStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.RapportFactory;
import org.rapport.model.Severity;
import org.rapport.model.Skill;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;

/** Builders for small crafted plans, all dated relative to a fixed {@link #TODAY}, and assertions. */
final class Plans {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
	static final ScoringContext CONTEXT = new ScoringContext(TODAY, () -> false);
	static final double EPSILON = 1e-9;

	private static final RapportFactory F = RapportFactory.eINSTANCE;

	private Plans() {
	}

	static Date day(int offset) {
		return PlanClock.toDate(TODAY.plusDays(offset));
	}

	static NetworkingPlan plan() {
		NetworkingPlan plan = F.createNetworkingPlan();
		plan.setName("Test plan");
		return plan;
	}

	static CareerAspiration aspiration(NetworkingPlan plan, String title) {
		CareerAspiration a = F.createCareerAspiration();
		a.setTitle(title);
		plan.getAspirations().add(a);
		return a;
	}

	static NetworkingGoal goal(NetworkingPlan plan, String title, GoalStatus status) {
		NetworkingGoal g = F.createNetworkingGoal();
		g.setTitle(title);
		g.setStatus(status);
		plan.getGoals().add(g);
		return g;
	}

	static NetworkingGoal measurable(NetworkingGoal g, String metric, double current, double target, Integer dueOffset) {
		g.setMetric(metric);
		g.setCurrentValue(current);
		g.setTargetValue(target);
		g.setDueDate(dueOffset == null ? null : day(dueOffset));
		return g;
	}

	static Audience audience(NetworkingPlan plan, String name) {
		Audience a = F.createAudience();
		a.setName(name);
		plan.getAudiences().add(a);
		return a;
	}

	static CommunicationStrategy communication(Audience a, Channel channel, String keyMessage, String value) {
		CommunicationStrategy cs = F.createCommunicationStrategy();
		if (channel != null) {
			cs.getChannels().add(channel);
		}
		if (keyMessage != null) {
			cs.getKeyMessages().add(keyMessage);
		}
		cs.setValueOffered(value);
		a.setCommunication(cs);
		return cs;
	}

	static Contact contact(NetworkingPlan plan, String first, String last, Tier tier) {
		Contact c = F.createContact();
		c.setFirstName(first);
		c.setLastName(last);
		c.setTier(tier);
		plan.getContacts().add(c);
		return c;
	}

	static Interaction interaction(NetworkingPlan plan, int offset, Initiator by, Opportunity at, Contact... with) {
		Interaction i = F.createInteraction();
		i.setDate(day(offset));
		i.setChannel(Channel.EMAIL);
		i.setInitiatedBy(by);
		i.setOpportunity(at);
		plan.getInteractions().add(i);
		i.getContacts().addAll(List.of(with));
		return i;
	}

	static FollowUp followUp(NetworkingPlan plan, Contact c, int dueOffset, String reason, FollowUpStatus status,
			int attempt, int maxAttempts) {
		FollowUp f = F.createFollowUp();
		f.setContact(c);
		f.setDueDate(day(dueOffset));
		f.setReason(reason);
		f.setStatus(status);
		f.setAttempt(attempt);
		f.setMaxAttempts(maxAttempts);
		plan.getFollowUps().add(f);
		return f;
	}

	static Opportunity opportunity(NetworkingPlan plan, String name, boolean online, Integer offset,
			OpportunityStatus status) {
		Opportunity o = F.createOpportunity();
		o.setName(name);
		o.setOnline(online);
		o.setDate(offset == null ? null : day(offset));
		o.setStatus(status);
		plan.getOpportunities().add(o);
		return o;
	}

	static Exchange exchange(NetworkingPlan plan, Contact c, ExchangeDirection direction, ExchangeKind kind,
			int offset, String description) {
		Exchange e = F.createExchange();
		e.setContact(c);
		e.setDirection(direction);
		e.setKind(kind);
		e.setDate(day(offset));
		e.setDescription(description);
		plan.getExchanges().add(e);
		return e;
	}

	static Gratitude thank(NetworkingPlan plan, Exchange e, int offset) {
		Gratitude g = F.createGratitude();
		g.setContact(e.getContact());
		g.setDate(day(offset));
		g.setChannel(Channel.EMAIL);
		g.setMessage("Thank you!");
		plan.getGratitudes().add(g);
		e.setThanks(g);
		return g;
	}

	static Skill skill(NetworkingPlan plan, String name, int current, int target) {
		Skill s = F.createSkill();
		s.setName(name);
		s.setCurrentLevel(current);
		s.setTargetLevel(target);
		plan.getSkills().add(s);
		return s;
	}

	static LearningActivity activity(NetworkingPlan plan, String title, org.rapport.model.ActivityStatus status) {
		LearningActivity a = F.createLearningActivity();
		a.setTitle(title);
		a.setStatus(status);
		plan.getLearningActivities().add(a);
		return a;
	}

	static Feedback feedback(NetworkingPlan plan, Contact from, int offset, String topic,
			LearningActivity... actions) {
		Feedback f = F.createFeedback();
		f.setFrom(from);
		f.setDate(day(offset));
		f.setTopic(topic);
		f.setContent("Some advice.");
		f.getActions().addAll(List.of(actions));
		plan.getFeedback().add(f);
		return f;
	}

	// assertions

	static StrategyResult score(IStrategy strategy, NetworkingPlan plan) {
		StrategyResult result = strategy.score(plan, CONTEXT);
		double s = result.getScore();
		assertTrue(s >= 0 && s <= 100, "score out of range: " + s);
		for (Finding f : result.getFindings()) {
			assertFalse(f.getMessage().isBlank(), "blank message");
			assertFalse(f.getMessage().contains("{"), "unbound argument: " + f.getMessage());
			if (f.getSuggestedAction() != null) {
				assertFalse(f.getSuggestedAction().contains("{"), "unbound argument: " + f.getSuggestedAction());
			}
		}
		return result;
	}

	static void assertScore(double expected, StrategyResult result) {
		assertEquals(expected, result.getScore(), EPSILON, () -> "findings: " + describe(result));
	}

	/** The finding about {@code subject} whose message contains every fragment; fails when there is none. */
	static Finding finding(StrategyResult result, EObject subject, Severity severity, String... fragments) {
		for (Finding f : result.getFindings()) {
			if (f.getSubject() == subject && f.getSeverity() == severity && containsAll(f.getMessage(), fragments)) {
				assertTrue(f.getSuggestedAction() != null && !f.getSuggestedAction().isBlank(),
						"no suggested action: " + f);
				return f;
			}
		}
		fail("no " + severity + " finding about " + subject + " containing " + List.of(fragments) + " in "
				+ describe(result));
		return null;
	}

	static void assertNoFinding(StrategyResult result, EObject subject, String... fragments) {
		for (Finding f : result.getFindings()) {
			if (f.getSubject() == subject && containsAll(f.getMessage(), fragments)) {
				fail("unexpected finding: " + f);
			}
		}
	}

	static void assertNoFindings(StrategyResult result) {
		assertTrue(result.getFindings().isEmpty(), () -> "unexpected findings: " + describe(result));
	}

	private static boolean containsAll(String message, String... fragments) {
		for (String fragment : fragments) {
			if (!message.contains(fragment)) {
				return false;
			}
		}
		return true;
	}

	static String describe(StrategyResult result) {
		return result.getScore() + " " + result.getFindings().stream().map(Finding::toString)
				.collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
	}

	/** 100 minus the weighted loss: {@code 100 * weight * (1 - ratio) / totalWeight}. */
	static double minus(double weight, double ratioLost, double totalWeight) {
		return 100 - 100 * weight * ratioLost / totalWeight;
	}
}
