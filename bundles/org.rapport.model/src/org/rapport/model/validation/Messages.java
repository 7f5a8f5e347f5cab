/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message templates of the plan validator, loaded from {@code messages.properties} next to this class.
 * <p>
 * Works like {@code org.eclipse.osgi.util.NLS} (one public static field per key, filled in when the class
 * is loaded) but only needs {@link ResourceBundle} and {@link MessageFormat}, so the model bundle keeps
 * running in plain Java without the Eclipse runtime. A key missing from the properties leaves its field as
 * {@code "!Key!"}, which {@link #missingKeys()} reports.
 */
public final class Messages {

	private static final String BUNDLE_NAME = "org.rapport.model.validation.messages";

	// CHECKSTYLE:OFF fields named after their keys, as with NLS
	public static String Label_Plan;
	public static String Label_PlanUnnamed;
	public static String Label_Aspiration;
	public static String Label_AspirationUntitled;
	public static String Label_Goal;
	public static String Label_GoalUntitled;
	public static String Label_Audience;
	public static String Label_AudienceUnnamed;
	public static String Label_Contact;
	public static String Label_ContactUnnamed;
	public static String Label_ContactUnnamedWith;
	public static String Label_Opportunity;
	public static String Label_OpportunityUnnamed;
	public static String Label_Interaction;
	public static String Label_InteractionWith;
	public static String Label_Quoted;
	public static String Label_On;
	public static String Label_FollowUpWith;
	public static String Label_FollowUpQuoted;
	public static String Label_FollowUp;
	public static String Label_FollowUpDue;
	public static String Label_ExchangeGiven;
	public static String Label_ExchangeReceived;
	public static String Label_ExchangeTo;
	public static String Label_ExchangeFrom;
	public static String Label_ExchangeKindUnknown;
	public static String Label_Gratitude;
	public static String Label_GratitudeTo;
	public static String Label_Skill;
	public static String Label_SkillUnnamed;
	public static String Label_Activity;
	public static String Label_ActivityUntitled;
	public static String Label_Feedback;
	public static String Label_FeedbackFrom;
	public static String Label_Review;
	public static String Label_ReviewUndated;
	public static String Label_Score;
	public static String Label_Profile;
	public static String Label_ProfileUnnamed;
	public static String Label_Communication;
	public static String Label_Finding;
	public static String Label_Other;
	public static String Label_ListSeparator;
	public static String Label_ListLast;

	public static String GoalNotAligned;
	public static String GoalWithoutMetric;
	public static String GoalWithoutTarget;
	public static String GoalPastDue;
	public static String GoalNegativeTarget;
	public static String GoalNegativeCurrent;

	public static String FollowUpOverdue;
	public static String FollowUpWithoutContact;
	public static String FollowUpAttemptBelowOne;
	public static String FollowUpAttemptBeyondMax;

	public static String ContactWithoutName;
	public static String ContactWithoutNameOrDetails;
	public static String ContactUnreachable;
	public static String ContactMalformedEmail;
	public static String ContactIntroducedBySelf;

	public static String InteractionWithoutContacts;
	public static String InteractionWithoutDate;
	public static String ExchangeWithoutContact;
	public static String GratitudeWithoutContact;

	public static String AudienceWithoutStrategy;
	public static String SkillCurrentLevelOutOfRange;
	public static String SkillTargetLevelOutOfRange;
	public static String SkillTargetBelowCurrent;

	public static String ReviewWithoutScores;
	public static String ReviewOverallScoreOutOfRange;
	public static String StrategyScoreOutOfRange;

	public static String PlanHorizonEndBeforeStart;
	public static String PlanReviewCadenceTooShort;
	public static String ReferenceOutsidePlan;
	// CHECKSTYLE:ON

	private static final java.util.List<String> MISSING = new java.util.ArrayList<>();

	static {
		load();
	}

	private Messages() {
	}

	/** Fills a template: {@link MessageFormat} with English number and date conventions. */
	public static String bind(String template, Object... arguments) {
		return new MessageFormat(template, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
	}

	/** Keys declared here that the properties file does not define (empty when all is well). */
	public static java.util.List<String> missingKeys() {
		return java.util.Collections.unmodifiableList(MISSING);
	}

	private static void load() {
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), Messages.class.getClassLoader());
		} catch (MissingResourceException e) {
			bundle = null;
		}
		for (Field field : Messages.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (field.getType() != String.class || !Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers)
					|| Modifier.isFinal(modifiers)) {
				continue;
			}
			String key = field.getName();
			String value;
			if (bundle != null && bundle.containsKey(key)) {
				value = bundle.getString(key);
			} else {
				MISSING.add(key);
				value = '!' + key + '!';
			}
			try {
				field.set(null, value);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
