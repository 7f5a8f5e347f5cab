/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.Skill;

/**
 * What "find anything" finds in a plan and by which words: the workbench's Quick Access (Ctrl+3) lists these elements
 * and matches what is typed against their keywords. Headless, so that the rule is the same wherever it is asked.
 * <p>
 * A contact is found by every name (first, last, full), email, phone, organization, position and tag; a goal or an
 * aspiration by its title (a goal also by its metric); an audience by its name, description and tags; an opportunity by
 * its name and place; a skill by its name.
 * </p>
 */
public final class PlanSearch {

	private static final String SEPARATOR = " \u00b7 "; //$NON-NLS-1$

	private PlanSearch() {
	}

	/** The elements that can be found, in the order they are listed: contacts, goals, audiences, and so on. */
	public static List<EObject> searchable(NetworkingPlan plan) {
		List<EObject> elements = new ArrayList<>();
		elements.addAll(plan.getContacts());
		elements.addAll(plan.getAspirations());
		elements.addAll(plan.getGoals());
		elements.addAll(plan.getAudiences());
		elements.addAll(plan.getOpportunities());
		elements.addAll(plan.getSkills());
		return elements;
	}

	/** The words an element is found by, each value once, joined with " · "; "" for anything else. */
	public static String keywords(EObject element) {
		List<String> words = new ArrayList<>();
		if (element instanceof Contact c) {
			add(words, c.getFirstName());
			add(words, c.getLastName());
			add(words, c.getFullName());
			add(words, c.getNickname());
			ContactInfo.emails(c).forEach(email -> add(words, email));
			ContactInfo.phones(c).forEach(phone -> add(words, phone));
			add(words, c.getOrganization());
			add(words, c.getOrganizationUnit());
			add(words, c.getPosition());
			c.getTags().forEach(tag -> add(words, tag));
		} else if (element instanceof NetworkingGoal g) {
			add(words, g.getTitle());
			add(words, g.getMetric());
		} else if (element instanceof CareerAspiration a) {
			add(words, a.getTitle());
		} else if (element instanceof Audience a) {
			add(words, a.getName());
			add(words, a.getDescription());
			a.getTags().forEach(tag -> add(words, tag));
		} else if (element instanceof Opportunity o) {
			add(words, o.getName());
			add(words, o.getPlace());
		} else if (element instanceof Skill s) {
			add(words, s.getName());
		}
		return String.join(SEPARATOR, words);
	}

	/**
	 * The first of the element's keywords that contains the query (ignoring case), or {@code null} when none does: what
	 * a result should show next to the element's name, so that a contact found by their email says so.
	 */
	public static String matchingKeyword(EObject element, String query) {
		String wanted = normalize(query);
		if (wanted.isEmpty()) {
			return null;
		}
		for (String word : keywords(element).split(SEPARATOR)) {
			if (normalize(word).contains(wanted)) {
				return word;
			}
		}
		return null;
	}

	/** Whether every word of the query occurs in the element's keywords, ignoring case; an empty query matches all. */
	public static boolean matches(EObject element, String query) {
		String text = normalize(keywords(element));
		for (String word : normalize(query).split("\\s+")) { //$NON-NLS-1$
			if (!word.isEmpty() && !text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** The elements of the plan the query finds, in {@link #searchable} order. */
	public static List<EObject> find(NetworkingPlan plan, String query) {
		List<EObject> found = new ArrayList<>();
		for (EObject element : searchable(plan)) {
			if (matches(element, query)) {
				found.add(element);
			}
		}
		return found;
	}

	private static void add(List<String> words, String value) {
		if (value != null && !value.isBlank() && !words.contains(value.strip())) {
			words.add(value.strip());
		}
	}

	private static String normalize(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
