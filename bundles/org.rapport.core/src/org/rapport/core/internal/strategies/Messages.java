/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible messages of the strategy registry. Templates are in {@code messages.properties}; unless said
 * otherwise {0} is the strategy's name (or its id, or its class, whichever the contribution gives) and {1}
 * the symbolic name of the plugin that contributed it.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.strategies.messages"; //$NON-NLS-1$

	// contributions the registry skips when it reads them; {2} the attribute or its value
	public static String Invalid_missingAttribute;
	public static String Invalid_unnamed;
	public static String Invalid_badWeight;
	// {2} the plugin that contributed the id first, {3} the id
	public static String Invalid_duplicateId;
	// a warning only: the strategy is kept; {2} the unknown names
	public static String Invalid_unknownModelClasses;

	// failed outcomes; {2} the detail
	// the job that copies a plan for background work (hidden from the Progress view)
	public static String PlanReplica_copying;

	public static String Failure_notCreated;
	public static String Failure_notAStrategy;
	public static String Failure_threw;
	public static String Failure_timeout;
	public static String Failure_stillBusy;
	public static String Failure_noResult;
	public static String Failure_notANumber;
	public static String Failure_outOfRange;
	public static String Failure_notInstalled;
	public static String Failure_canceled;

	// durations in Failure_timeout; {0} the number
	public static String Duration_second;
	public static String Duration_seconds;
	public static String Duration_milliseconds;

	// the health word and the first steps of a new plan
	public static String Health_none;
	public static String Health_gettingStarted;
	public static String Health_needsWork;
	public static String Health_fair;
	public static String Health_good;
	// {0} how many follow-ups are overdue, {1} how many are open
	public static String Health_cappedByOverdue;
	public static String Health_gettingStartedReason;
	public static String Step_aspiration;
	public static String Step_aspiration_description;
	public static String Step_goal;
	public static String Step_goal_description;
	public static String Step_contacts;
	public static String Step_contacts_description;
	public static String Step_audience;
	public static String Step_audience_description;
	public static String Step_followUp;
	public static String Step_followUp_description;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
