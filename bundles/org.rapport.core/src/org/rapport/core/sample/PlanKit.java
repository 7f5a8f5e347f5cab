/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.rapport.core.internal.sample.SamplePools;
import org.rapport.model.EntryType;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.ActivityStatus;
import org.rapport.model.Audience;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.RapportFactory;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;

/**
 * Small helpers that create model objects in a plan with dates relative to "today". Interactions are
 * collected first and attached in date order by {@link #finish()}, so the plan reads chronologically and
 * every contact's (transient) interaction list is in the same order a reloaded file would give.
 */
final class PlanKit {

	final RapportFactory factory = RapportFactory.eINSTANCE;
	final NetworkingPlan plan;
	final LocalDate today;

	private final List<PendingInteraction> pending = new ArrayList<>();

	private record PendingInteraction(Interaction interaction, List<Contact> contacts, int order) {
	}

	PlanKit(NetworkingPlan plan, LocalDate today) {
		this.plan = plan;
		this.today = today;
	}

	/** The model date of the day {@code offset} days from today (negative: in the past). */
	Date day(int offset) {
		return PlanClock.toDate(today.plusDays(offset));
	}

	int offsetOf(Date date) {
		return (int) java.time.temporal.ChronoUnit.DAYS.between(today, PlanClock.toLocalDate(date));
	}

	Contact contact(String first, String last, String organization, String position, String location, Tier tier,
			Audience... audiences) {
		Contact c = factory.createContact();
		c.setFirstName(first);
		c.setLastName(last);
		c.setOrganization(organization);
		c.setPosition(position);
		ContactInfo.addLocation(c, location);
		c.setTier(tier);
		for (Audience audience : audiences) {
			c.getAudiences().add(audience);
		}
		plan.getContacts().add(c);
		return c;
	}

	/** Adds a work e-mail, a phone and a LinkedIn URL derived from the contact's name and organization. */
	void reachable(Contact c, String phone) {
		ContactInfo.typed(ContactInfo.addEmail(c, SamplePools.slug(c.getFirstName()).replace("-", "") + "."
				+ SamplePools.slug(c.getLastName()).replace("-", "") + "@" + SamplePools.domain(c.getOrganization())),
				EntryType.WORK, true);
		if (phone != null) {
			ContactInfo.typed(ContactInfo.addPhone(c, phone), EntryType.MOBILE, true);
		}
		ContactInfo.addUrl(c, "https://www.linkedin.com/in/" + SamplePools.slug(c.getFirstName(), c.getLastName()));
	}

	void interests(Contact c, List<String> interests, List<String> values) {
		c.getSharedInterests().addAll(interests);
		c.getSharedValues().addAll(values);
	}

	Interaction interaction(int offset, Channel channel, Initiator initiator, String summary, String outcome,
			Opportunity at, Contact... with) {
		Interaction i = factory.createInteraction();
		i.setDate(day(offset));
		i.setChannel(channel);
		i.setInitiatedBy(initiator);
		i.setSummary(summary);
		i.setOutcome(outcome);
		i.setOpportunity(at);
		pending.add(new PendingInteraction(i, Arrays.asList(with), pending.size()));
		return i;
	}

	FollowUp followUp(Contact c, int dueOffset, String reason, FollowUpStatus status, int attempt, int maxAttempts,
			FollowUpOrigin origin) {
		FollowUp f = factory.createFollowUp();
		f.setContact(c);
		f.setDueDate(day(dueOffset));
		f.setReason(reason);
		f.setStatus(status);
		f.setAttempt(attempt);
		f.setMaxAttempts(maxAttempts);
		f.setOrigin(origin);
		plan.getFollowUps().add(f);
		return f;
	}

	FollowUp done(FollowUp f, int completedOffset) {
		f.setCompletedOn(day(completedOffset));
		return f;
	}

	Exchange exchange(Contact c, ExchangeDirection direction, ExchangeKind kind, int offset, String description) {
		Exchange e = factory.createExchange();
		e.setContact(c);
		e.setDirection(direction);
		e.setKind(kind);
		e.setDate(day(offset));
		e.setDescription(description);
		plan.getExchanges().add(e);
		return e;
	}

	Gratitude thank(Contact c, Exchange exchange, int offset, Channel channel, String message) {
		Gratitude g = factory.createGratitude();
		g.setContact(c);
		g.setDate(day(offset));
		g.setChannel(channel);
		g.setMessage(message);
		plan.getGratitudes().add(g);
		if (exchange != null) {
			exchange.setThanks(g);
		}
		return g;
	}

	LearningActivity learning(String title, LearningKind kind, ActivityStatus status, Integer startOffset,
			Integer completedOffset, String notes) {
		LearningActivity a = factory.createLearningActivity();
		a.setTitle(title);
		a.setKind(kind);
		a.setStatus(status);
		if (startOffset != null) {
			a.setStartDate(day(startOffset));
		}
		if (completedOffset != null) {
			a.setCompletedDate(day(completedOffset));
		}
		a.setNotes(notes);
		plan.getLearningActivities().add(a);
		return a;
	}

	/** Attaches the collected interactions to the plan in date order (ties keep creation order). */
	void finish() {
		pending.sort(Comparator.comparing((PendingInteraction p) -> p.interaction().getDate())
				.thenComparingInt(PendingInteraction::order));
		EList<Interaction> interactions = plan.getInteractions();
		for (PendingInteraction p : pending) {
			((InternalEList<Interaction>) interactions).addUnique(p.interaction());
			p.interaction().getContacts().addAll(p.contacts());
		}
		pending.clear();
	}
}
