/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.validation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.PlanReview;
import org.rapport.model.Profile;
import org.rapport.model.ReviewFinding;
import org.rapport.model.Skill;
import org.rapport.model.StrategyScore;
import org.rapport.model.derived.PlanClock;

/**
 * How plan objects, dates and numbers are named in messages written for a person: {@code the goal "Speak at a
 * conference"}, {@code Maria Chen}, {@code the follow-up with Maria Chen ("Send the article")}, {@code 3 Mar 2026}.
 * Labels start in lower case (they are used inside sentences); {@link #capitalize(String)} makes a sentence start.
 */
public final class PlanLabels {

	/** Dates in messages: {@code 3 Mar 2026}. */
	public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** Free texts quoted in a label are cut to this many characters. */
	static final int MAX_QUOTED_LENGTH = 60;

	private PlanLabels() {
	}

	/** The label of any plan object; never {@code null}. */
	public static String label(EObject object) {
		if (object == null) {
			return "";
		}
		if (object instanceof Contact contact) {
			return contact(contact);
		}
		if (object instanceof NetworkingGoal goal) {
			return named(goal.getTitle(), Messages.Label_Goal, Messages.Label_GoalUntitled);
		}
		if (object instanceof CareerAspiration aspiration) {
			return named(aspiration.getTitle(), Messages.Label_Aspiration, Messages.Label_AspirationUntitled);
		}
		if (object instanceof Audience audience) {
			return named(audience.getName(), Messages.Label_Audience, Messages.Label_AudienceUnnamed);
		}
		if (object instanceof Opportunity opportunity) {
			return named(opportunity.getName(), Messages.Label_Opportunity, Messages.Label_OpportunityUnnamed);
		}
		if (object instanceof Skill skill) {
			return named(skill.getName(), Messages.Label_Skill, Messages.Label_SkillUnnamed);
		}
		if (object instanceof LearningActivity activity) {
			return named(activity.getTitle(), Messages.Label_Activity, Messages.Label_ActivityUntitled);
		}
		if (object instanceof NetworkingPlan plan) {
			return named(plan.getName(), Messages.Label_Plan, Messages.Label_PlanUnnamed);
		}
		if (object instanceof FollowUp followUp) {
			return followUp(followUp);
		}
		if (object instanceof Interaction interaction) {
			return interaction(interaction);
		}
		if (object instanceof Exchange exchange) {
			return exchange(exchange);
		}
		if (object instanceof Gratitude gratitude) {
			return gratitude(gratitude);
		}
		if (object instanceof Feedback feedback) {
			StringBuilder label = new StringBuilder(Messages.Label_Feedback);
			if (feedback.getFrom() != null) {
				label.append(Messages.bind(Messages.Label_FeedbackFrom, contact(feedback.getFrom())));
			}
			appendQuoted(label, feedback.getTopic());
			appendDate(label, Messages.Label_On, feedback.getDate());
			return label.toString();
		}
		if (object instanceof PlanReview review) {
			return review(review);
		}
		if (object instanceof StrategyScore score) {
			String strategy = !isBlank(score.getStrategyName()) ? score.getStrategyName().strip()
					: isBlank(score.getStrategyId()) ? "?" : score.getStrategyId().strip();
			EObject container = score.eContainer();
			String review = container instanceof PlanReview r ? review(r) : Messages.Label_ReviewUndated;
			return Messages.bind(Messages.Label_Score, strategy, review);
		}
		if (object instanceof ReviewFinding finding) {
			EObject container = finding.eContainer();
			return Messages.bind(Messages.Label_Finding,
					container instanceof PlanReview r ? review(r) : Messages.Label_ReviewUndated);
		}
		if (object instanceof CommunicationStrategy) {
			EObject container = object.eContainer();
			return Messages.bind(Messages.Label_Communication,
					container == null ? Messages.Label_AudienceUnnamed : label(container));
		}
		if (object instanceof Profile profile) {
			return named(profile.getName(), "{0}", Messages.Label_ProfileUnnamed);
		}
		return Messages.bind(Messages.Label_Other, object.eClass().getName());
	}

	/** A contact's full name, or {@code an unnamed contact (jan@example.com)}. */
	public static String contact(Contact contact) {
		String name = fullName(contact);
		if (!name.isEmpty()) {
			return Messages.bind(Messages.Label_Contact, name);
		}
		String detail = contactDetail(contact);
		return detail == null ? Messages.Label_ContactUnnamed : Messages.bind(Messages.Label_ContactUnnamedWith, detail);
	}

	/** Something that tells an unnamed contact apart: an email, phone, profile URL or organization; or {@code null}. */
	static String contactDetail(Contact contact) {
		for (List<String> values : List.of(ContactInfo.emails(contact), ContactInfo.phones(contact), ContactInfo.urls(contact))) {
			for (String value : values) {
				if (!isBlank(value)) {
					return value.strip();
				}
			}
		}
		return isBlank(contact.getOrganization()) ? null : contact.getOrganization().strip();
	}

	static String fullName(Contact contact) {
		String first = contact.getFirstName() == null ? "" : contact.getFirstName().strip();
		String last = contact.getLastName() == null ? "" : contact.getLastName().strip();
		if (first.isEmpty()) {
			return last;
		}
		return last.isEmpty() ? first : first + ' ' + last;
	}

	static String followUp(FollowUp followUp) {
		String reason = quotable(followUp.getReason());
		Contact contact = followUp.getContact();
		if (contact != null) {
			StringBuilder label = new StringBuilder(Messages.bind(Messages.Label_FollowUpWith, contact(contact)));
			appendQuoted(label, followUp.getReason());
			return label.toString();
		}
		if (reason != null) {
			return Messages.bind(Messages.Label_FollowUpQuoted, reason);
		}
		StringBuilder label = new StringBuilder(Messages.Label_FollowUp);
		appendDate(label, Messages.Label_FollowUpDue, followUp.getDueDate());
		return label.toString();
	}

	static String interaction(Interaction interaction) {
		StringBuilder label = new StringBuilder(Messages.Label_Interaction);
		List<String> names = new ArrayList<>();
		for (Contact contact : interaction.getContacts()) {
			names.add(contact(contact));
		}
		if (!names.isEmpty()) {
			label.append(Messages.bind(Messages.Label_InteractionWith, list(names)));
		}
		appendQuoted(label, interaction.getSummary());
		appendDate(label, Messages.Label_On, interaction.getDate());
		return label.toString();
	}

	static String exchange(Exchange exchange) {
		String kind = exchange.getKind() == null ? Messages.Label_ExchangeKindUnknown : exchange.getKind().getLiteral();
		boolean received = exchange.getDirection() == ExchangeDirection.RECEIVED;
		StringBuilder label = new StringBuilder(
				Messages.bind(received ? Messages.Label_ExchangeReceived : Messages.Label_ExchangeGiven, kind));
		if (exchange.getContact() != null) {
			label.append(Messages.bind(received ? Messages.Label_ExchangeFrom : Messages.Label_ExchangeTo,
					contact(exchange.getContact())));
		}
		appendDate(label, Messages.Label_On, exchange.getDate());
		appendQuoted(label, exchange.getDescription());
		return label.toString();
	}

	static String gratitude(Gratitude gratitude) {
		StringBuilder label = new StringBuilder(Messages.Label_Gratitude);
		if (gratitude.getContact() != null) {
			label.append(Messages.bind(Messages.Label_GratitudeTo, contact(gratitude.getContact())));
		}
		appendDate(label, Messages.Label_On, gratitude.getDate());
		appendQuoted(label, gratitude.getMessage());
		return label.toString();
	}

	static String review(PlanReview review) {
		return review.getDate() == null ? Messages.Label_ReviewUndated
				: Messages.bind(Messages.Label_Review, date(review.getDate()));
	}

	/** {@code 3 Mar 2026}, in the zone of the {@link PlanClock}; empty for {@code null}. */
	public static String date(Date date) {
		LocalDate day = PlanClock.toLocalDate(date);
		return day == null ? "" : DATE_FORMAT.format(day);
	}

	/** {@code 3 Mar 2026}; empty for {@code null}. */
	public static String date(LocalDate day) {
		return day == null ? "" : DATE_FORMAT.format(day);
	}

	/** A number as a person writes it: {@code 12}, {@code -2.5}, {@code 1234.75}. */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		return format.format(value);
	}

	/** Upper-cases the first letter, to start a sentence with a label. */
	public static String capitalize(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		int first = text.codePointAt(0);
		return new StringBuilder(text.length()).appendCodePoint(Character.toUpperCase(first))
				.append(text, Character.charCount(first), text.length()).toString();
	}

	static String list(Collection<String> items) {
		List<String> list = new ArrayList<>(items);
		if (list.size() <= 1) {
			return list.isEmpty() ? "" : list.get(0);
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				text.append(i == list.size() - 1 ? Messages.Label_ListLast : Messages.Label_ListSeparator);
			}
			text.append(list.get(i));
		}
		return text.toString();
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String named(String name, String template, String fallback) {
		return isBlank(name) ? fallback : Messages.bind(template, quotable(name));
	}

	/** A free text ready to quote: stripped, on one line, cut to {@link #MAX_QUOTED_LENGTH}; {@code null} if blank. */
	static String quotable(String text) {
		if (isBlank(text)) {
			return null;
		}
		String oneLine = text.strip().replaceAll("\\s+", " ");
		if (oneLine.length() > MAX_QUOTED_LENGTH) {
			oneLine = oneLine.substring(0, MAX_QUOTED_LENGTH - 1).stripTrailing() + '\u2026';
		}
		return oneLine;
	}

	private static void appendQuoted(StringBuilder label, String text) {
		String quoted = quotable(text);
		if (quoted != null) {
			label.append(Messages.bind(Messages.Label_Quoted, quoted));
		}
	}

	private static void appendDate(StringBuilder label, String template, Date date) {
		if (date != null) {
			label.append(Messages.bind(template, date(date)));
		}
	}
}
