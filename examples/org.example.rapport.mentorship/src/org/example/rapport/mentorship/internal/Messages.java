/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.rapport.mentorship.internal;

import org.eclipse.osgi.util.NLS;

/** The plugin's strings (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.example.rapport.mentorship.internal.messages"; //$NON-NLS-1$

	public static String List_separator;
	public static String Label_unnamedSkill;
	public static String Coverage_nothing;
	public static String Coverage_nothing_action;
	public static String Coverage_noMentors;
	public static String Coverage_noMentors_action;
	public static String Coverage_skill;
	public static String Coverage_skill_askCandidates;
	public static String Coverage_skill_askMentors;
	public static String Coverage_skill_find;
	public static String Coverage_aspiration;
	public static String Coverage_aspiration_action;
	public static String Coverage_mentorNever;
	public static String Coverage_mentorQuiet;
	public static String Coverage_mentorQuiet_action;
	public static String Page_title;
	public static String Page_description;
	public static String Page_columnFinding;
	public static String Page_columnSuggestion;
	public static String Page_actions;
	public static String Page_person;
	public static String Page_due;
	public static String Page_ask;
	public static String Page_tag;
	public static String Page_reconnect;
	public static String Page_unchanged;
	public static String Command_planFollowUp;
	public static String Reason_ask;
	public static String Reason_reconnect;
	public static String Decision_ask;
	public static String Decision_tag;
	public static String Decision_reconnect;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
