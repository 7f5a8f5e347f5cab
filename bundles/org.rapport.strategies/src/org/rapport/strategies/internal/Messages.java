/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the built-in strategies ({@code messages.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.strategies.internal.messages"; //$NON-NLS-1$

	public static String Summary_more;
	public static String Summary_more_action;
	public static String Label_unknownContact;
	public static String Label_unnamedContact;
	public static String Label_untitledGoal;
	public static String Label_untitledAspiration;
	public static String Label_unnamedAudience;
	public static String Label_unnamedOpportunity;
	public static String Label_unnamedSkill;
	public static String Label_untitledActivity;
	public static String Kind_help;
	public static String Kind_referral;
	public static String Kind_introduction;
	public static String Kind_advice;
	public static String Kind_support;
	public static String Kind_endorsement;
	public static String Kind_resource;
	public static String Goals_none;
	public static String Goals_none_action;
	public static String Goals_unaligned;
	public static String Goals_unaligned_action;
	public static String Goals_unmeasurable;
	public static String Goals_unmeasurable_action;
	public static String Goals_undated;
	public static String Goals_undated_action;
	public static String Goals_values;
	public static String Goals_overdue;
	public static String Goals_overdue_action;
	public static String Goals_behind;
	public static String Goals_behind_action;
	public static String Goals_noneActive;
	public static String Goals_noneActive_action;
	public static String Goals_aspirationUnserved;
	public static String Goals_aspirationUnserved_action;
	public static String Audiences_none;
	public static String Audiences_none_action;
	public static String Audiences_goalUntargeted;
	public static String Audiences_goalUntargeted_action;
	public static String Audiences_noCommunication;
	public static String Audiences_noCommunication_action;
	public static String Audiences_incompleteCommunication;
	public static String Audiences_incompleteCommunication_action;
	public static String Audiences_missingChannels;
	public static String Audiences_missingMessages;
	public static String Audiences_missingValue;
	public static String Audiences_listSeparator;
	public static String Audiences_empty;
	public static String Audiences_empty_action;
	public static String Audiences_few;
	public static String Audiences_fewOne;
	public static String Audiences_few_action;
	public static String Audiences_unused;
	public static String Audiences_unused_action;
	public static String Opportunities_none;
	public static String Opportunities_none_action;
	public static String Opportunities_noPipeline;
	public static String Opportunities_noPipeline_action;
	public static String Opportunities_thinPipeline;
	public static String Opportunities_thinPipelineOne;
	public static String Opportunities_noRecent;
	public static String Opportunities_onlyOnline;
	public static String Opportunities_onlyOnline_action;
	public static String Opportunities_onlyOffline;
	public static String Opportunities_onlyOffline_action;
	public static String Opportunities_stale;
	public static String Opportunities_stale_action;
	public static String Opportunities_notFollowedUp;
	public static String Opportunities_notFollowedUpOne;
	public static String Opportunities_notFollowedUp_action;
	public static String Opportunities_followUpDue;
	public static String Opportunities_followUpDue_action;
	public static String Opportunities_nameSeparator;
	public static String FollowUp_noContacts;
	public static String FollowUp_noContacts_action;
	public static String FollowUp_lapsed;
	public static String FollowUp_lapsedOwn;
	public static String FollowUp_lapsed_action;
	public static String FollowUp_never;
	// {0} how many contacts are prospects (not met yet)
	public static String FollowUp_prospects;
	public static String FollowUp_prospects_action;
	public static String FollowUp_never_action;
	public static String FollowUp_planned_action;
	public static String FollowUp_overdue;
	public static String FollowUp_overdueYesterday;
	public static String FollowUp_overdue_action;
	public static String FollowUp_abandoned;
	public static String FollowUp_abandoned_action;
	public static String FollowUp_noReason;
	public static String Learning_nothing;
	public static String Learning_nothing_action;
	public static String Learning_untied;
	public static String Learning_untied_action;
	public static String Learning_gap;
	public static String Learning_gap_action;
	public static String Learning_feedbackIgnored;
	public static String Learning_feedbackIgnoredAnonymous;
	public static String Learning_feedbackIgnored_action;
	public static String Learning_noTopic;
	public static String Learning_noRecentFeedback;
	public static String Learning_noRecentFeedback_action;
	public static String Reciprocity_none;
	public static String Reciprocity_none_action;
	public static String Reciprocity_unthanked;
	public static String Reciprocity_unthankedUndated;
	public static String Reciprocity_unthanked_action;
	public static String Reciprocity_kindAndDescription;
	public static String Reciprocity_taker;
	public static String Reciprocity_takerOnce;
	public static String Reciprocity_taker_action;
	public static String Reciprocity_listSeparator;
	public static String Reciprocity_imbalance;
	public static String Reciprocity_imbalance_action;
	public static String Authenticity_noKeyPeople;
	public static String Authenticity_noKeyPeople_action;
	public static String Authenticity_nothing;
	public static String Authenticity_nothing_action;
	public static String Authenticity_noInterests;
	public static String Authenticity_noInterests_action;
	public static String Authenticity_noValues;
	public static String Authenticity_noValues_action;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
