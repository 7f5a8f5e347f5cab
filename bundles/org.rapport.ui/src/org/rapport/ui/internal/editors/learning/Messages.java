/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.learning;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.learning.messages"; //$NON-NLS-1$

	public static String LearningPage_feedbackEmpty;
	public static String LearningPage_activitiesEmpty;
	public static String LearningPage_skillsEmpty;
	public static String LearningPage_tab;
	public static String LearningPage_title;
	public static String LearningPage_skills;
	public static String LearningPage_skillsDescription;
	public static String LearningPage_activities;
	public static String LearningPage_activitiesDescription;
	public static String LearningPage_feedback;
	public static String LearningPage_feedbackDescription;
	public static String LearningPage_columnName;
	public static String LearningPage_columnLevel;
	public static String LearningPage_level;
	public static String LearningPage_columnGap;
	public static String LearningPage_columnTitle;
	public static String LearningPage_columnKind;
	public static String LearningPage_columnStatus;
	public static String LearningPage_columnStarted;
	public static String LearningPage_columnCompleted;
	public static String LearningPage_columnDate;
	public static String LearningPage_columnFrom;
	public static String LearningPage_columnTopic;
	public static String LearningPage_columnActions;
	public static String LearningPage_newSkill;
	public static String LearningPage_newActivity;
	public static String LearningPage_newFeedback;
	public static String Details_notes;
	public static String Details_goals;
	public static String SkillDetails_title;
	public static String SkillDetails_name;
	public static String SkillDetails_current;
	public static String SkillDetails_target;
	public static String SkillDetails_activities;
	public static String SkillDetails_none;
	public static String SkillDetails_activityCount;
	public static String ActivityDetails_title;
	public static String ActivityDetails_titleField;
	public static String ActivityDetails_kind;
	public static String ActivityDetails_status;
	public static String ActivityDetails_start;
	public static String ActivityDetails_completed;
	public static String ActivityDetails_skills;
	public static String ActivityDetails_promptedBy;
	public static String FeedbackDetails_title;
	public static String FeedbackDetails_from;
	public static String FeedbackDetails_date;
	public static String FeedbackDetails_topic;
	public static String FeedbackDetails_content;
	public static String FeedbackDetails_actions;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
