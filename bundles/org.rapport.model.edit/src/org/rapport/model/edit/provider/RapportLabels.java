/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.edit.provider;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
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
import org.rapport.model.provider.RapportEditPlugin;

/**
 * The labels people read for the plan's objects: "Maria Chen (Acme)", "Follow up with Maria Chen by 3 Mar 2026",
 * "12 Feb 2026 · email · Maria Chen, Jan Novak". Plain Java, usable headless (reports, the CLI) and by the item
 * providers of {@link RapportPresentationAdapterFactory}.
 */
public final class RapportLabels {

	private RapportLabels() {
	}

	/** The readable label of a model object, or {@code String.valueOf(object)} for anything else. */
	public static String text(Object object) {
		if (object instanceof Contact c) {
			return contact(c);
		}
		if (object instanceof FollowUp f) {
			return followUp(f);
		}
		if (object instanceof Interaction i) {
			return interaction(i);
		}
		if (object instanceof Exchange e) {
			return exchange(e);
		}
		if (object instanceof Gratitude g) {
			return NLS.bind(Messages.Label_gratitude, contactName(g.getContact()), orDash(date(g.getDate())));
		}
		if (object instanceof NetworkingPlan p) {
			return orUntitled(p.getName());
		}
		if (object instanceof Profile p) {
			String name = orUntitled(p.getName());
			return blank(p.getHeadline()) ? name : NLS.bind(Messages.Label_profile, name, p.getHeadline().strip());
		}
		if (object instanceof CareerAspiration a) {
			return orUntitled(a.getTitle());
		}
		if (object instanceof NetworkingGoal g) {
			return orUntitled(g.getTitle());
		}
		if (object instanceof Audience a) {
			return orUntitled(a.getName());
		}
		if (object instanceof CommunicationStrategy s) {
			return communication(s);
		}
		if (object instanceof Opportunity o) {
			return opportunity(o);
		}
		if (object instanceof Skill s) {
			return NLS.bind(Messages.Label_skill,
					new Object[] { orUntitled(s.getName()), s.getCurrentLevel(), s.getTargetLevel() });
		}
		if (object instanceof LearningActivity a) {
			return orUntitled(a.getTitle());
		}
		if (object instanceof Feedback f) {
			String from = contactName(f.getFrom());
			return blank(f.getTopic()) ? NLS.bind(Messages.Label_feedbackNoTopic, from)
					: NLS.bind(Messages.Label_feedback, from, f.getTopic().strip());
		}
		if (object instanceof PlanReview r) {
			String when = orDash(date(r.getDate()));
			return r.getScores().isEmpty() && r.getOverallScore() == 0 ? NLS.bind(Messages.Label_review, when)
					: NLS.bind(Messages.Label_reviewScored, when, number(r.getOverallScore()));
		}
		if (object instanceof StrategyScore s) {
			String name = orUntitled(blank(s.getStrategyName()) ? s.getStrategyId() : s.getStrategyName());
			return blank(s.getFailureReason()) ? NLS.bind(Messages.Label_score, name, number(s.getValue()))
					: NLS.bind(Messages.Label_scoreFailed, name);
		}
		if (object instanceof ReviewFinding f) {
			return f.getSeverity() == null ? orUntitled(f.getMessage())
					: NLS.bind(Messages.Label_finding, literal(f.getSeverity()), orUntitled(f.getMessage()));
		}
		if (object instanceof Enumerator e) {
			return literal(e);
		}
		if (object instanceof Date d) {
			return date(d);
		}
		return object == null ? "" : String.valueOf(object); //$NON-NLS-1$
	}

	/** "Maria Chen (Acme)", or the name alone when there is no organization. */
	public static String contact(Contact contact) {
		String name = contactName(contact);
		String organization = contact.getOrganization();
		return blank(organization) ? name : NLS.bind(Messages.Label_contactWithOrganization, name, organization.strip());
	}

	/** The person's full name, or a placeholder when they have none yet. */
	public static String contactName(Contact contact) {
		if (contact == null) {
			return Messages.Label_unnamedContact;
		}
		String name = contact.getFullName();
		return blank(name) ? Messages.Label_unnamedContact : name;
	}

	public static String followUp(FollowUp followUp) {
		String due = date(followUp.getDueDate());
		if (followUp.getContact() == null) {
			return NLS.bind(Messages.Label_followUpNoContact, null, orDash(due));
		}
		String name = contactName(followUp.getContact());
		return due.isEmpty() ? NLS.bind(Messages.Label_followUpNoDate, name) : NLS.bind(Messages.Label_followUp, name, due);
	}

	public static String interaction(Interaction interaction) {
		List<String> parts = new ArrayList<>();
		String when = date(interaction.getDate());
		if (!when.isEmpty()) {
			parts.add(when);
		}
		if (interaction.getChannel() != null) {
			parts.add(literal(interaction.getChannel()));
		}
		List<String> names = new ArrayList<>();
		for (Contact contact : interaction.getContacts()) {
			names.add(contactName(contact));
		}
		if (!names.isEmpty()) {
			parts.add(String.join(", ", names)); //$NON-NLS-1$
		}
		if (parts.isEmpty()) {
			return orUntitled(interaction.getSummary());
		}
		return String.join(Messages.Label_separator, parts);
	}

	public static String exchange(Exchange exchange) {
		String what = exchange.getKind() == null ? orUntitled(exchange.getDescription()) : literal(exchange.getKind());
		boolean received = exchange.getDirection() == ExchangeDirection.RECEIVED;
		if (exchange.getContact() == null) {
			return NLS.bind(received ? Messages.Label_exchangeReceivedNoContact : Messages.Label_exchangeGivenNoContact, what);
		}
		return NLS.bind(received ? Messages.Label_exchangeReceived : Messages.Label_exchangeGiven, what,
				contactName(exchange.getContact()));
	}

	private static String opportunity(Opportunity opportunity) {
		String name = orUntitled(opportunity.getName());
		List<String> details = new ArrayList<>();
		if (opportunity.getKind() != null) {
			details.add(literal(opportunity.getKind()));
		}
		String when = date(opportunity.getDate());
		if (!when.isEmpty()) {
			details.add(when);
		}
		return details.isEmpty() ? name : NLS.bind(Messages.Label_opportunity, name, String.join(", ", details)); //$NON-NLS-1$
	}

	private static String communication(CommunicationStrategy strategy) {
		if (!blank(strategy.getTone())) {
			return NLS.bind(Messages.Label_communicationStrategy, strategy.getTone().strip());
		}
		List<String> channels = new ArrayList<>();
		strategy.getChannels().forEach(c -> channels.add(literal(c)));
		EObject container = strategy.eContainer();
		String about = channels.isEmpty() ? (container instanceof Audience a ? orUntitled(a.getName()) : Messages.Label_unnamed)
				: String.join(", ", channels); //$NON-NLS-1$
		return NLS.bind(Messages.Label_communicationStrategy, about);
	}

	/**
	 * A calendar day in the user's locale's own medium format ("Dec 7, 2026" in the United States, "7 Dec 2026" in
	 * Britain, "07.12.2026" in Germany), or "" for {@code null}: the one way Rapport shows a date. Files and the
	 * command line keep ISO (2026-12-07).
	 */
	public static String date(Date date) {
		return date == null ? "" : date(PlanClock.toLocalDate(date)); //$NON-NLS-1$
	}

	/** A calendar day in the user's locale's medium format, or "" for {@code null}. */
	public static String date(LocalDate day) {
		if (day == null) {
			return ""; //$NON-NLS-1$
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(dateLocale()).format(day);
	}

	/**
	 * Reads a day as a user types it: ISO ({@code 2026-12-07}), the locale's short format ({@code 12/7/26} or
	 * {@code 12/7/2026} in the United States) or its medium format, the one {@link #date} shows. A day that does not
	 * exist (February 30) is refused.
	 *
	 * @throws DateTimeParseException when the text is none of these
	 */
	public static LocalDate parseDate(String text) {
		String typed = text.strip();
		try {
			return LocalDate.parse(typed);
		} catch (DateTimeParseException iso) {
			Locale locale = dateLocale();
			for (FormatStyle style : new FormatStyle[] { FormatStyle.SHORT, FormatStyle.MEDIUM }) {
				String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
						IsoChronology.INSTANCE, locale).replace('y', 'u')
						// one or two digits for the day and the month, as people type them ("7.12.2026")
						.replaceAll("(?<!d)dd(?!d)", "d").replaceAll("(?<!M)MM(?!M)", "M"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List<String> patterns = new ArrayList<>(List.of(pattern));
				if (pattern.contains("uu") && !pattern.contains("uuu")) { //$NON-NLS-1$ //$NON-NLS-2$
					patterns.add(pattern.replace("uu", "uuuu")); // a four-digit year typed in the short format //$NON-NLS-1$ //$NON-NLS-2$
				}
				for (String candidate : patterns) {
					try {
						DateTimeFormatter format = new DateTimeFormatterBuilder().parseCaseInsensitive()
								.appendPattern(candidate).toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
						return LocalDate.parse(typed, format);
					} catch (DateTimeParseException | IllegalArgumentException e) {
						// try the next format
					}
				}
			}
			throw iso;
		}
	}

	/** The locale whose formats dates are shown and read in. */
	private static Locale dateLocale() {
		return Locale.getDefault(Locale.Category.FORMAT);
	}

	/** The generator's display string of an enum literal, spaced for reading ("video call"). */
	public static String literal(Enumerator literal) {
		String key = literal instanceof EEnumLiteral l ? l.getEEnum().getName() + '_' + l.getName()
				: literal.getClass().getSimpleName() + '_' + literal.getName();
		String text;
		try {
			text = RapportEditPlugin.INSTANCE.getString("_UI_" + key + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (RuntimeException e) {
			text = literal.getLiteral();
		}
		return text.replace('-', ' ').replace('_', ' ');
	}

	private static String number(double value) {
		return new DecimalFormat("0").format(value); //$NON-NLS-1$
	}

	private static String orUntitled(String s) {
		return blank(s) ? Messages.Label_unnamed : s.strip();
	}

	private static String orDash(String s) {
		return s.isEmpty() ? "\u2013" : s; //$NON-NLS-1$
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
