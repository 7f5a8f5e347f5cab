/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The review wizards' strings (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.strategies.ui.internal.messages"; //$NON-NLS-1$

	public static String List_separator;
	public static String Page_columnFinding;
	public static String Page_columnDone;
	public static String Page_actions;
	public static String Page_tooltip;
	public static String Page_incomplete;
	public static String Page_unchanged;
	public static String Page_unchangedOne;
	public static String Command_reschedule;
	public static String Command_markDone;
	public static String Command_planFollowUp;
	public static String Command_nextAttempt;
	public static String Command_thank;
	public static String Command_linkAspiration;
	public static String Command_setTarget;
	public static String Command_setDueDate;
	public static String Command_activate;
	public static String Command_communicate;
	public static String Command_assignAudiences;
	public static String Command_followUpPeopleMet;
	public static String Command_opportunityStatus;
	public static String Command_learn;
	public static String Command_linkSkill;
	public static String Command_sharedInterest;
	public static String Command_sharedValue;
	public static String Decision_reschedule;
	public static String Decision_markDone;
	public static String Decision_planFollowUp;
	public static String Decision_nextAttempt;
	public static String Decision_thank;
	public static String Decision_planToGive;
	public static String Decision_linkAspiration;
	public static String Decision_setTarget;
	public static String Decision_setDueDate;
	public static String Decision_activate;
	public static String Decision_communicate;
	public static String Decision_assignAudiences;
	public static String Decision_followUpPeopleMet;
	public static String Decision_opportunityStatus;
	public static String Decision_learnFromFeedback;
	public static String Decision_planLearning;
	public static String Decision_linkSkill;
	public static String Decision_sharedInterest;
	public static String Decision_sharedValue;
	public static String Reason_give;
	public static String Reason_metAt;
	public static String FollowUpTrust_followUpsTitle;
	public static String FollowUpTrust_followUpsDescription;
	public static String FollowUpTrust_rescheduleTo;
	public static String FollowUpTrust_reschedule;
	public static String FollowUpTrust_doneLabel;
	public static String FollowUpTrust_markDone;
	public static String FollowUpTrust_nextAttemptOn;
	public static String FollowUpTrust_nextAttempt;
	public static String FollowUpTrust_contactsTitle;
	public static String FollowUpTrust_contactsDescription;
	public static String FollowUpTrust_followUpOn;
	public static String FollowUpTrust_reasonHint;
	public static String FollowUpTrust_reasonDefault;
	public static String FollowUpTrust_planFollowUp;
	public static String Reciprocity_thanksTitle;
	public static String Reciprocity_thanksDescription;
	public static String Reciprocity_channel;
	public static String Reciprocity_message;
	public static String Reciprocity_messageHint;
	public static String Reciprocity_thank;
	public static String Reciprocity_giveTitle;
	public static String Reciprocity_giveDescription;
	public static String Reciprocity_giveBy;
	public static String Reciprocity_give;
	public static String Goals_title;
	public static String Goals_description;
	public static String Goals_aspiration;
	public static String Goals_link;
	public static String Goals_metric;
	public static String Goals_metricHint;
	public static String Goals_target;
	public static String Goals_setTarget;
	public static String Goals_dueDate;
	public static String Goals_setDueDate;
	public static String Goals_statusLabel;
	public static String Goals_activate;
	public static String Audiences_title;
	public static String Audiences_description;
	public static String Audiences_channel;
	public static String Audiences_keyMessage;
	public static String Audiences_keyMessageHint;
	public static String Audiences_value;
	public static String Audiences_valueHint;
	public static String Audiences_communicate;
	public static String Audiences_goalsTitle;
	public static String Audiences_goalsDescription;
	public static String Audiences_needed;
	public static String Audiences_assign;
	public static String Opportunities_title;
	public static String Opportunities_description;
	public static String Opportunities_followUpBy;
	public static String Opportunities_followUp;
	public static String Opportunities_statusLabel;
	public static String Opportunities_attended;
	public static String Opportunities_declined;
	public static String Learning_feedbackTitle;
	public static String Learning_feedbackDescription;
	public static String Learning_skillsTitle;
	public static String Learning_skillsDescription;
	public static String Learning_activityTitle;
	public static String Learning_activityTitleHint;
	public static String Learning_titleFromTopic;
	public static String Learning_titleFromSkill;
	public static String Learning_kind;
	public static String Learning_skill;
	public static String Learning_noSkill;
	public static String Learning_learn;
	public static String Learning_plan;
	public static String Learning_linkTo;
	public static String Learning_link;
	public static String Authenticity_title;
	public static String Authenticity_description;
	public static String Authenticity_interest;
	public static String Authenticity_interestHint;
	public static String Authenticity_addInterest;
	public static String Authenticity_value;
	public static String Authenticity_valueHint;
	public static String Authenticity_addValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
