/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.derived.PlanClock;

/**
 * A contact's whole story, newest first: interactions, follow-ups open and closed, exchanges given and received,
 * thank-you notes and the opportunities they are part of (met there or listed among the people met).
 */
public final class Timeline {

	/** What an entry of the timeline is. */
	public enum Kind {
		INTERACTION, FOLLOW_UP_OPEN, FOLLOW_UP_DONE, FOLLOW_UP_CLOSED, GIVEN, RECEIVED, THANKS, OPPORTUNITY
	}

	/** One entry: its day ({@code null} when the element has none), what it is, and the element itself. */
	public record Entry(LocalDate date, Kind kind, EObject element) {
	}

	// newest first; undated entries last, then in plan order (the sort is stable)
	private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::date,
			Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed();

	private Timeline() {
	}

	/** The contact's timeline in {@code plan}, newest first; empty for {@code null}. */
	public static List<Entry> of(NetworkingPlan plan, Contact contact) {
		List<Entry> entries = new ArrayList<>();
		if (contact == null) {
			return entries;
		}
		for (Interaction interaction : contact.getInteractions()) {
			entries.add(new Entry(day(interaction.getDate()), Kind.INTERACTION, interaction));
		}
		for (FollowUp followUp : contact.getFollowUps()) {
			FollowUpStatus status = followUp.getStatus();
			if (status == FollowUpStatus.OPEN) {
				entries.add(new Entry(day(followUp.getDueDate()), Kind.FOLLOW_UP_OPEN, followUp));
			} else {
				LocalDate closed = followUp.getCompletedOn() != null ? day(followUp.getCompletedOn()) : day(followUp.getDueDate());
				entries.add(new Entry(closed, status == FollowUpStatus.DONE ? Kind.FOLLOW_UP_DONE : Kind.FOLLOW_UP_CLOSED,
						followUp));
			}
		}
		for (Exchange exchange : contact.getExchanges()) {
			entries.add(new Entry(day(exchange.getDate()),
					exchange.getDirection() == ExchangeDirection.RECEIVED ? Kind.RECEIVED : Kind.GIVEN, exchange));
		}
		if (plan != null) {
			for (Gratitude gratitude : plan.getGratitudes()) {
				if (gratitude.getContact() == contact) {
					entries.add(new Entry(day(gratitude.getDate()), Kind.THANKS, gratitude));
				}
			}
			for (Opportunity opportunity : plan.getOpportunities()) {
				if (contact.getMetAt() == opportunity || opportunity.getContactsMet().contains(contact)) {
					entries.add(new Entry(day(opportunity.getDate()), Kind.OPPORTUNITY, opportunity));
				}
			}
		}
		entries.sort(NEWEST_FIRST);
		return entries;
	}

	private static LocalDate day(java.util.Date date) {
		return PlanClock.toLocalDate(date);
	}
}
