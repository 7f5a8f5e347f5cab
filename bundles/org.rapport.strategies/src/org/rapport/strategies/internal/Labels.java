/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.internal;

import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.ExchangeKind;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.Opportunity;
import org.rapport.model.Skill;
import org.rapport.model.Tier;

/** How model objects are named in findings, with a readable fallback when a name is missing. */
public final class Labels {

	private Labels() {
	}

	public static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String or(String s, String fallback) {
		return isBlank(s) ? fallback : s.strip();
	}

	public static String contact(Contact c) {
		if (c == null) {
			return Messages.Label_unknownContact;
		}
		return or(c.getFullName(), Messages.Label_unnamedContact);
	}

	public static String goal(NetworkingGoal g) {
		return or(g.getTitle(), Messages.Label_untitledGoal);
	}

	public static String aspiration(CareerAspiration a) {
		return or(a.getTitle(), Messages.Label_untitledAspiration);
	}

	public static String audience(Audience a) {
		return or(a.getName(), Messages.Label_unnamedAudience);
	}

	public static String opportunity(Opportunity o) {
		return or(o.getName(), Messages.Label_unnamedOpportunity);
	}

	public static String skill(Skill s) {
		return or(s.getName(), Messages.Label_unnamedSkill);
	}

	public static String activity(LearningActivity a) {
		return or(a.getTitle(), Messages.Label_untitledActivity);
	}

	public static String tier(Tier t) {
		return t == null ? Tier.B.getLiteral() : t.getLiteral();
	}

	public static String percent(double ratio) {
		return Long.toString(Math.round(Scorecard.clamp(ratio) * 100));
	}

	/** A number without a useless ".0". */
	public static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(Math.round(value * 100) / 100.0);
	}

	public static String exchangeKind(ExchangeKind kind) {
		if (kind == null) {
			return Messages.Kind_help;
		}
		return switch (kind) {
		case REFERRAL -> Messages.Kind_referral;
		case INTRODUCTION -> Messages.Kind_introduction;
		case ADVICE -> Messages.Kind_advice;
		case SUPPORT -> Messages.Kind_support;
		case ENDORSEMENT -> Messages.Kind_endorsement;
		case RESOURCE -> Messages.Kind_resource;
		};
	}
}
