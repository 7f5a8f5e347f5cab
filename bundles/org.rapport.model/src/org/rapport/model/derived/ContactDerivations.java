/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.derived;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.FollowUp;
import org.rapport.model.Interaction;
import org.rapport.model.contacts.ContactInfo;

/** Values of a contact computed from the plan's data (called by the generated derived getters). */
public final class ContactDerivations {

	private ContactDerivations() {
	}

	/** First, middle and last name, with single spaces (prefix, suffix and nickname are left out). */
	public static String fullName(Contact contact) {
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { contact.getFirstName(), contact.getMiddleName(), contact.getLastName() }) {
			String p = trim(part);
			if (!p.isEmpty()) {
				if (name.length() > 0) {
					name.append(' ');
				}
				name.append(p);
			}
		}
		return name.toString();
	}

	public static String preferredEmail(Contact contact) {
		return ContactInfo.preferredEmail(contact);
	}

	public static String preferredPhone(Contact contact) {
		return ContactInfo.preferredPhone(contact);
	}

	public static String displayLocation(Contact contact) {
		return ContactInfo.location(contact);
	}

	/** The date of the latest interaction with the contact, or {@code null} when there is none. */
	public static Date lastContact(Contact contact) {
		Date last = null;
		for (Interaction interaction : contact.getInteractions()) {
			Date date = interaction.getDate();
			if (date != null && (last == null || date.after(last))) {
				last = date;
			}
		}
		return last;
	}

	/** Whole days from the last interaction to today, or -1 when there has been none. */
	public static int daysSinceContact(Contact contact) {
		Date last = lastContact(contact);
		if (last == null) {
			return -1;
		}
		return (int) ChronoUnit.DAYS.between(PlanClock.toLocalDate(last), PlanClock.today());
	}

	public static EList<FollowUp> overdueFollowUps(Contact contact) {
		List<FollowUp> overdue = new ArrayList<>();
		for (FollowUp followUp : contact.getFollowUps()) {
			if (FollowUpDerivations.overdue(followUp)) {
				overdue.add(followUp);
			}
		}
		return ECollections.unmodifiableEList(new BasicEList<>(overdue));
	}

	/** Exchanges given to the contact minus exchanges received from them. */
	public static int giveTakeBalance(Contact contact) {
		int balance = 0;
		for (Exchange exchange : contact.getExchanges()) {
			balance += exchange.getDirection() == ExchangeDirection.GIVEN ? 1 : -1;
		}
		return balance;
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}
