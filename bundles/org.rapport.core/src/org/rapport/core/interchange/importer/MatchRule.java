/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import org.rapport.core.internal.interchange.Messages;

/**
 * How an imported record was recognized as a person already in the plan (or earlier in the same file).
 * The rules are tried in this order; the first that finds someone wins.
 */
public enum MatchRule {

	/**
	 * The card's {@code UID} is {@code urn:uuid:} plus the contact's id in the plan: a file Rapport itself
	 * exported from this plan. Strongest, so an exported and edited file finds its people again even when
	 * names and e-mail addresses changed.
	 */
	UID,

	/** An e-mail address in common, without regard to case. */
	EMAIL,

	/**
	 * A profile URL in common, compared without scheme (HTTP or HTTPS), host case, {@code www.} and trailing
	 * slash.
	 */
	PROFILE_URL,

	/**
	 * The same first and last name and the same organization (both may be empty), without regard to case,
	 * accents and spacing.
	 */
	NAME_AND_ORGANIZATION,

	/**
	 * The same first and last name and the same birthday (day and month; the year too when both have it), whatever
	 * the organization: people change jobs, not birthdays. A birthday also refuses a match by name and organization
	 * when both sides have one and they differ.
	 */
	NAME_AND_BIRTHDAY;

	/** The rule as shown in a preview row, with the value that matched, e.g. "e-mail jane@example.org". */
	public String describe(String value) {
		switch (this) {
		case UID:
			return Messages.bind(Messages.Rule_uid, value);
		case EMAIL:
			return Messages.bind(Messages.Rule_email, value);
		case PROFILE_URL:
			return Messages.bind(Messages.Rule_profileUrl, value);
		case NAME_AND_BIRTHDAY:
			return Messages.bind(Messages.Rule_nameAndBirthday, value);
		case NAME_AND_ORGANIZATION:
		default:
			return Messages.bind(Messages.Rule_nameAndOrganization, value);
		}
	}
}
