/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.GoalStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportPackage;
import org.rapport.model.Skill;
import org.rapport.model.StrategyScore;
import org.rapport.model.derived.PlanClock;

/**
 * Validates the rules of a networking plan that a person can break while editing it, on top of
 * {@link EObjectValidator}'s basic checks (multiplicities, data values, dangling references...).
 * <p>
 * Every diagnostic it adds has the source {@link #DIAGNOSTIC_SOURCE}, one of the codes below, a message
 * written for the plan's owner that names the object and says what to do, and as data the offending object
 * followed, where one is concerned, by the {@link EStructuralFeature} to fix (and for an email, the bad value).
 * "Today" is {@link PlanClock#today()}.
 * <p>
 * Not registered anywhere by itself: use {@link PlanValidation}.
 */
public class PlanValidator extends EObjectValidator {

	public static final PlanValidator INSTANCE = new PlanValidator();

	/** The source of this validator's diagnostics (the basic checks keep {@link EObjectValidator#DIAGNOSTIC_SOURCE}). */
	public static final String DIAGNOSTIC_SOURCE = "org.rapport.model";

	// Goals
	/** Warning: the goal is aligned with no career aspiration. Feature: NetworkingGoal.aspirations. */
	public static final int GOAL_NOT_ALIGNED = 101;
	/** Warning: the goal has no metric. Feature: NetworkingGoal.metric. */
	public static final int GOAL_WITHOUT_METRIC = 102;
	/** Warning: the goal's target is zero (not above zero). Feature: NetworkingGoal.targetValue. */
	public static final int GOAL_WITHOUT_TARGET = 103;
	/** Warning: an active goal's due date has passed. Feature: NetworkingGoal.dueDate. */
	public static final int GOAL_PAST_DUE = 104;
	/** Error: the goal's target is negative. Feature: NetworkingGoal.targetValue. */
	public static final int GOAL_NEGATIVE_TARGET = 105;
	/** Error: the goal's current value is negative. Feature: NetworkingGoal.currentValue. */
	public static final int GOAL_NEGATIVE_CURRENT = 106;

	// Follow-ups
	/** Warning: an open follow-up's due date has passed. Feature: FollowUp.dueDate. */
	public static final int FOLLOW_UP_OVERDUE = 201;
	/** Error: the follow-up has no contact. Feature: FollowUp.contact. */
	public static final int FOLLOW_UP_WITHOUT_CONTACT = 202;
	/** Error: the follow-up's attempt is below 1. Feature: FollowUp.attempt. */
	public static final int FOLLOW_UP_ATTEMPT_BELOW_ONE = 203;
	/** Error: the follow-up's attempt is above its maximum number of attempts. Feature: FollowUp.maxAttempts. */
	public static final int FOLLOW_UP_ATTEMPT_BEYOND_MAX = 204;

	// Contacts
	/** Error: the contact has neither a first nor a last name. Feature: Contact.firstName. */
	public static final int CONTACT_WITHOUT_NAME = 301;
	/** Warning: the contact has no email, phone or profile URL. Feature: Contact.emails. */
	public static final int CONTACT_UNREACHABLE = 302;
	/** Warning: one of the contact's email addresses is malformed (one diagnostic per address; data[2] is it). */
	public static final int CONTACT_MALFORMED_EMAIL = 303;
	/** Error: the contact is recorded as introduced by themself. Feature: Contact.introducedBy. */
	public static final int CONTACT_INTRODUCED_BY_SELF = 304;

	// Interactions, exchanges, gratitude
	/** Error: the interaction is with no contact. Feature: Interaction.contacts. */
	public static final int INTERACTION_WITHOUT_CONTACTS = 401;
	/** Error: the interaction has no date. Feature: Interaction.date. */
	public static final int INTERACTION_WITHOUT_DATE = 402;
	/** Error: the exchange has no contact. Feature: Exchange.contact. */
	public static final int EXCHANGE_WITHOUT_CONTACT = 403;
	/** Error: the thank-you note has no contact. Feature: Gratitude.contact. */
	public static final int GRATITUDE_WITHOUT_CONTACT = 404;

	// Audiences, skills
	/** Warning: the audience has no communication strategy. Feature: Audience.communication. */
	public static final int AUDIENCE_WITHOUT_STRATEGY = 501;
	/** Error: the skill's current level is outside 1..5. Feature: Skill.currentLevel. */
	public static final int SKILL_CURRENT_LEVEL_OUT_OF_RANGE = 502;
	/** Error: the skill's target level is outside 1..5. Feature: Skill.targetLevel. */
	public static final int SKILL_TARGET_LEVEL_OUT_OF_RANGE = 503;
	/** Warning: the skill's target level is below its current level (both in range). Feature: Skill.targetLevel. */
	public static final int SKILL_TARGET_BELOW_CURRENT = 504;

	// Reviews
	/** Warning: the review has no strategy scores. Feature: PlanReview.scores. */
	public static final int REVIEW_WITHOUT_SCORES = 601;
	/** Error: a strategy score's value is outside 0..100 (or not a number). Feature: StrategyScore.value. */
	public static final int STRATEGY_SCORE_OUT_OF_RANGE = 602;
	/** Error: the review's overall score is outside 0..100 (or not a number). Feature: PlanReview.overallScore. */
	public static final int REVIEW_OVERALL_SCORE_OUT_OF_RANGE = 603;

	// Plan
	/** Error: the plan's horizon ends before it starts. Feature: NetworkingPlan.horizonEnd. */
	public static final int PLAN_HORIZON_END_BEFORE_START = 701;
	/** Error: the plan's review cadence is below one day. Feature: NetworkingPlan.reviewCadenceDays. */
	public static final int PLAN_REVIEW_CADENCE_TOO_SHORT = 702;

	// References
	/**
	 * Error: the object refers to something outside the plan (another file, a network address); the reference is
	 * kept but never followed. Feature: the reference; data[2] is the URI, as a string.
	 */
	public static final int REFERENCE_OUTSIDE_PLAN = 801;

	/** Skill levels go from 1 (novice) to 5 (expert). */
	public static final int MIN_SKILL_LEVEL = 1;
	public static final int MAX_SKILL_LEVEL = 5;

	/**
	 * A plausible address: no spaces, one {@code @}, a local part, and a domain of at least two non-empty labels
	 * (deliberately lenient: international addresses pass).
	 */
	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

	public PlanValidator() {
	}

	/**
	 * EObjectValidator's basic checks (unresolved proxies, multiplicities, data values, dangling references...),
	 * then the plan rules. {@link #getEPackage()} is deliberately left to EObjectValidator, so that the basic checks
	 * and the data type checks of the enums run unchanged for our classes.
	 */
	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = super.validate(eClass, eObject, diagnostics, context);
		if (eObject.eIsProxy() || (!result && diagnostics == null)) {
			return result;
		}
		return validateRules(eObject, diagnostics) && result;
	}

	/**
	 * Instead of EMF's check, which resolves every proxy (and so would load whatever a reference names, from a
	 * file or from the network), reports each reference that points outside the object's resource, without
	 * following it. A proxy into the object's own resource is resolved in memory.
	 */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (EReference reference : eObject.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !eObject.eIsSet(reference)) {
				continue;
			}
			Object value = eObject.eGet(reference, false);
			Iterable<?> targets = value instanceof InternalEList<?> list ? list.basicList()
					: value instanceof Collection<?> collection ? collection : java.util.Collections.singletonList(value);
			for (Object target : targets) {
				if (target instanceof InternalEObject proxy && proxy.eIsProxy() && isOutside(eObject, proxy)) {
					if (diagnostics == null) {
						return false;
					}
					result = false;
					String uri = String.valueOf(proxy.eProxyURI());
					String message = PlanLabels.capitalize(Messages.bind(Messages.ReferenceOutsidePlan,
							new Object[] { PlanLabels.label(eObject), reference.getName(), uri }));
					add(diagnostics, Diagnostic.ERROR, REFERENCE_OUTSIDE_PLAN, message,
							new Object[] { eObject, reference, uri });
				}
			}
		}
		return result;
	}

	/** Whether a proxy names another resource (or is not found in the object's own one). */
	private static boolean isOutside(EObject owner, InternalEObject proxy) {
		Resource resource = owner.eResource();
		URI uri = proxy.eProxyURI();
		if (resource == null || uri == null || resource.getURI() == null || !uri.trimFragment().equals(resource.getURI())) {
			return true;
		}
		return resource.getEObject(uri.fragment()) == null;
	}

	/** The plan rules for one object; {@code false} when one is broken (with {@code diagnostics == null}, at the first one). */
	protected boolean validateRules(EObject object, DiagnosticChain diagnostics) {
		if (object instanceof NetworkingGoal goal) {
			return validateGoal(goal, diagnostics);
		}
		if (object instanceof FollowUp followUp) {
			return validateFollowUp(followUp, diagnostics);
		}
		if (object instanceof Contact contact) {
			return validateContact(contact, diagnostics);
		}
		if (object instanceof Interaction interaction) {
			return validateInteraction(interaction, diagnostics);
		}
		if (object instanceof Exchange exchange) {
			return exchange.getContact() != null || report(diagnostics, Diagnostic.ERROR, EXCHANGE_WITHOUT_CONTACT,
					Messages.ExchangeWithoutContact, exchange, RapportPackage.Literals.EXCHANGE__CONTACT);
		}
		if (object instanceof Gratitude gratitude) {
			return gratitude.getContact() != null || report(diagnostics, Diagnostic.ERROR, GRATITUDE_WITHOUT_CONTACT,
					Messages.GratitudeWithoutContact, gratitude, RapportPackage.Literals.GRATITUDE__CONTACT);
		}
		if (object instanceof Audience audience) {
			return audience.getCommunication() != null || report(diagnostics, Diagnostic.WARNING,
					AUDIENCE_WITHOUT_STRATEGY, Messages.AudienceWithoutStrategy, audience,
					RapportPackage.Literals.AUDIENCE__COMMUNICATION);
		}
		if (object instanceof Skill skill) {
			return validateSkill(skill, diagnostics);
		}
		if (object instanceof PlanReview review) {
			return validateReview(review, diagnostics);
		}
		if (object instanceof StrategyScore score) {
			return isScore(score.getValue()) || report(diagnostics, Diagnostic.ERROR, STRATEGY_SCORE_OUT_OF_RANGE,
					Messages.StrategyScoreOutOfRange, score, RapportPackage.Literals.STRATEGY_SCORE__VALUE,
					PlanLabels.number(score.getValue()));
		}
		if (object instanceof NetworkingPlan plan) {
			return validatePlan(plan, diagnostics);
		}
		return true;
	}

	protected boolean validateGoal(NetworkingGoal goal, DiagnosticChain diagnostics) {
		boolean result = true;
		boolean abandoned = goal.getStatus() == GoalStatus.ABANDONED;
		if (!abandoned && goal.getAspirations().isEmpty()) {
			result = report(diagnostics, Diagnostic.WARNING, GOAL_NOT_ALIGNED, Messages.GoalNotAligned, goal,
					RapportPackage.Literals.NETWORKING_GOAL__ASPIRATIONS);
			if (diagnostics == null) {
				return false;
			}
		}
		if (!abandoned && PlanLabels.isBlank(goal.getMetric())) {
			result = report(diagnostics, Diagnostic.WARNING, GOAL_WITHOUT_METRIC, Messages.GoalWithoutMetric, goal,
					RapportPackage.Literals.NETWORKING_GOAL__METRIC);
			if (diagnostics == null) {
				return false;
			}
		}
		double target = goal.getTargetValue();
		if (target < 0) {
			result = report(diagnostics, Diagnostic.ERROR, GOAL_NEGATIVE_TARGET, Messages.GoalNegativeTarget, goal,
					RapportPackage.Literals.NETWORKING_GOAL__TARGET_VALUE, PlanLabels.number(target));
		} else if (!abandoned && !(target > 0)) { // zero or NaN
			result = report(diagnostics, Diagnostic.WARNING, GOAL_WITHOUT_TARGET, Messages.GoalWithoutTarget, goal,
					RapportPackage.Literals.NETWORKING_GOAL__TARGET_VALUE);
		}
		if (!result && diagnostics == null) {
			return false;
		}
		if (goal.getCurrentValue() < 0) {
			result = report(diagnostics, Diagnostic.ERROR, GOAL_NEGATIVE_CURRENT, Messages.GoalNegativeCurrent, goal,
					RapportPackage.Literals.NETWORKING_GOAL__CURRENT_VALUE, PlanLabels.number(goal.getCurrentValue()));
			if (diagnostics == null) {
				return false;
			}
		}
		LocalDate due = PlanClock.toLocalDate(goal.getDueDate());
		if (goal.getStatus() == GoalStatus.ACTIVE && due != null && due.isBefore(PlanClock.today())) {
			result = report(diagnostics, Diagnostic.WARNING, GOAL_PAST_DUE, Messages.GoalPastDue, goal,
					RapportPackage.Literals.NETWORKING_GOAL__DUE_DATE, PlanLabels.date(due));
		}
		return result;
	}

	protected boolean validateFollowUp(FollowUp followUp, DiagnosticChain diagnostics) {
		boolean result = true;
		if (followUp.getContact() == null) {
			result = report(diagnostics, Diagnostic.ERROR, FOLLOW_UP_WITHOUT_CONTACT, Messages.FollowUpWithoutContact,
					followUp, RapportPackage.Literals.FOLLOW_UP__CONTACT);
			if (diagnostics == null) {
				return false;
			}
		}
		int attempt = followUp.getAttempt();
		int maxAttempts = followUp.getMaxAttempts();
		if (attempt < 1) {
			result = report(diagnostics, Diagnostic.ERROR, FOLLOW_UP_ATTEMPT_BELOW_ONE, Messages.FollowUpAttemptBelowOne,
					followUp, RapportPackage.Literals.FOLLOW_UP__ATTEMPT, Integer.toString(attempt));
		} else if (attempt > maxAttempts) {
			result = report(diagnostics, Diagnostic.ERROR, FOLLOW_UP_ATTEMPT_BEYOND_MAX,
					Messages.FollowUpAttemptBeyondMax, followUp, RapportPackage.Literals.FOLLOW_UP__MAX_ATTEMPTS,
					Integer.toString(attempt), Integer.toString(maxAttempts));
		}
		if (!result && diagnostics == null) {
			return false;
		}
		LocalDate due = PlanClock.toLocalDate(followUp.getDueDate());
		if (org.rapport.model.derived.FollowUpDerivations.overdue(followUp)) {
			result = report(diagnostics, Diagnostic.WARNING, FOLLOW_UP_OVERDUE, Messages.FollowUpOverdue, followUp,
					RapportPackage.Literals.FOLLOW_UP__DUE_DATE, PlanLabels.date(due));
		}
		return result;
	}

	protected boolean validateContact(Contact contact, DiagnosticChain diagnostics) {
		boolean result = true;
		if (PlanLabels.fullName(contact).isEmpty()) {
			String detail = PlanLabels.contactDetail(contact);
			String message = detail == null ? Messages.ContactWithoutNameOrDetails
					: Messages.bind(Messages.ContactWithoutName, detail);
			result = add(diagnostics, Diagnostic.ERROR, CONTACT_WITHOUT_NAME, message,
					new Object[] { contact, RapportPackage.Literals.CONTACT__FIRST_NAME });
			if (diagnostics == null) {
				return false;
			}
		}
		boolean reachable = hasText(ContactInfo.emails(contact)) || hasText(ContactInfo.phones(contact))
				|| hasText(ContactInfo.urls(contact));
		if (!reachable) {
			result = report(diagnostics, Diagnostic.WARNING, CONTACT_UNREACHABLE, Messages.ContactUnreachable, contact,
					RapportPackage.Literals.CONTACT__EMAIL_ADDRESSES);
			if (diagnostics == null) {
				return false;
			}
		}
		for (String email : ContactInfo.emails(contact)) {
			if (!PlanLabels.isBlank(email) && !isPlausibleEmail(email)) {
				String message = Messages.bind(Messages.ContactMalformedEmail, PlanLabels.contact(contact), email.strip());
				result = add(diagnostics, Diagnostic.WARNING, CONTACT_MALFORMED_EMAIL, message,
						new Object[] { contact, RapportPackage.Literals.CONTACT__EMAIL_ADDRESSES, email });
				if (diagnostics == null) {
					return false;
				}
			}
		}
		if (contact.getIntroducedBy() == contact) {
			result = report(diagnostics, Diagnostic.ERROR, CONTACT_INTRODUCED_BY_SELF, Messages.ContactIntroducedBySelf,
					contact, RapportPackage.Literals.CONTACT__INTRODUCED_BY);
		}
		return result;
	}

	protected boolean validateInteraction(Interaction interaction, DiagnosticChain diagnostics) {
		boolean result = true;
		if (interaction.getContacts().isEmpty()) {
			result = report(diagnostics, Diagnostic.ERROR, INTERACTION_WITHOUT_CONTACTS,
					Messages.InteractionWithoutContacts, interaction, RapportPackage.Literals.INTERACTION__CONTACTS);
			if (diagnostics == null) {
				return false;
			}
		}
		if (interaction.getDate() == null) {
			result = report(diagnostics, Diagnostic.ERROR, INTERACTION_WITHOUT_DATE, Messages.InteractionWithoutDate,
					interaction, RapportPackage.Literals.INTERACTION__DATE);
		}
		return result;
	}

	protected boolean validateSkill(Skill skill, DiagnosticChain diagnostics) {
		boolean result = true;
		int current = skill.getCurrentLevel();
		int target = skill.getTargetLevel();
		boolean currentOk = isSkillLevel(current);
		boolean targetOk = isSkillLevel(target);
		if (!currentOk) {
			result = report(diagnostics, Diagnostic.ERROR, SKILL_CURRENT_LEVEL_OUT_OF_RANGE,
					Messages.SkillCurrentLevelOutOfRange, skill, RapportPackage.Literals.SKILL__CURRENT_LEVEL,
					Integer.toString(current));
			if (diagnostics == null) {
				return false;
			}
		}
		if (!targetOk) {
			result = report(diagnostics, Diagnostic.ERROR, SKILL_TARGET_LEVEL_OUT_OF_RANGE,
					Messages.SkillTargetLevelOutOfRange, skill, RapportPackage.Literals.SKILL__TARGET_LEVEL,
					Integer.toString(target));
			if (diagnostics == null) {
				return false;
			}
		}
		if (currentOk && targetOk && target < current) {
			result = report(diagnostics, Diagnostic.WARNING, SKILL_TARGET_BELOW_CURRENT,
					Messages.SkillTargetBelowCurrent, skill, RapportPackage.Literals.SKILL__TARGET_LEVEL,
					Integer.toString(current), Integer.toString(target));
		}
		return result;
	}

	protected boolean validateReview(PlanReview review, DiagnosticChain diagnostics) {
		boolean result = true;
		if (review.getScores().isEmpty()) {
			result = report(diagnostics, Diagnostic.WARNING, REVIEW_WITHOUT_SCORES, Messages.ReviewWithoutScores,
					review, RapportPackage.Literals.PLAN_REVIEW__SCORES);
			if (diagnostics == null) {
				return false;
			}
		}
		if (!isScore(review.getOverallScore())) {
			String message = Messages.bind(Messages.ReviewOverallScoreOutOfRange, PlanLabels.label(review),
					PlanLabels.number(review.getOverallScore()));
			result = add(diagnostics, Diagnostic.ERROR, REVIEW_OVERALL_SCORE_OUT_OF_RANGE, message,
					new Object[] { review, RapportPackage.Literals.PLAN_REVIEW__OVERALL_SCORE });
		}
		return result;
	}

	protected boolean validatePlan(NetworkingPlan plan, DiagnosticChain diagnostics) {
		boolean result = true;
		Date start = plan.getHorizonStart();
		Date end = plan.getHorizonEnd();
		if (start != null && end != null && end.before(start)) {
			result = report(diagnostics, Diagnostic.ERROR, PLAN_HORIZON_END_BEFORE_START,
					Messages.PlanHorizonEndBeforeStart, plan, RapportPackage.Literals.NETWORKING_PLAN__HORIZON_END,
					PlanLabels.date(start), PlanLabels.date(end));
			if (diagnostics == null) {
				return false;
			}
		}
		if (plan.getReviewCadenceDays() < 1) {
			result = report(diagnostics, Diagnostic.ERROR, PLAN_REVIEW_CADENCE_TOO_SHORT,
					Messages.PlanReviewCadenceTooShort, plan, RapportPackage.Literals.NETWORKING_PLAN__REVIEW_CADENCE_DAYS,
					Integer.toString(plan.getReviewCadenceDays()));
		}
		return result;
	}

	/** Whether the text looks like an email address (lenient; blank is not checked here). */
	public static boolean isPlausibleEmail(String email) {
		return email != null && EMAIL.matcher(email.strip()).matches();
	}

	private static boolean isSkillLevel(int level) {
		return level >= MIN_SKILL_LEVEL && level <= MAX_SKILL_LEVEL;
	}

	private static boolean isScore(double value) {
		return value >= 0 && value <= 100; // false for NaN
	}

	private static boolean hasText(Iterable<String> values) {
		for (String value : values) {
			if (!PlanLabels.isBlank(value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds a diagnostic whose message is {@code template} bound to the label of {@code object} followed by
	 * {@code arguments}, as a sentence (first letter upper case); always returns {@code false} (the rule is broken).
	 */
	private static boolean report(DiagnosticChain diagnostics, int severity, int code, String template,
			EObject object, EStructuralFeature feature, Object... arguments) {
		if (diagnostics == null) {
			return false;
		}
		Object[] all = new Object[arguments.length + 1];
		all[0] = PlanLabels.label(object);
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		String message = PlanLabels.capitalize(Messages.bind(template, all));
		return add(diagnostics, severity, code, message, new Object[] { object, feature });
	}

	private static boolean add(DiagnosticChain diagnostics, int severity, int code, String message, Object[] data) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, data));
		}
		return false;
	}
}
