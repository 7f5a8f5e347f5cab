/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.learning;

/** The {@code UiIds.KEY} values of the Learning page's controls (tests find controls by them). */
public final class LearningIds {

	public static final String SKILLS = "learning.skills"; //$NON-NLS-1$
	public static final String ACTIVITIES = "learning.activities"; //$NON-NLS-1$
	public static final String FEEDBACK = "learning.feedback"; //$NON-NLS-1$

	public static final String SKILL_DETAILS = "learning.skill.details"; //$NON-NLS-1$
	public static final String SKILL_NAME = "learning.skill.name"; //$NON-NLS-1$
	public static final String SKILL_CURRENT = "learning.skill.current"; //$NON-NLS-1$
	public static final String SKILL_TARGET = "learning.skill.target"; //$NON-NLS-1$
	public static final String SKILL_GOALS = "learning.skill.goals"; //$NON-NLS-1$
	public static final String SKILL_ACTIVITIES = "learning.skill.activities"; //$NON-NLS-1$
	public static final String SKILL_NOTES = "learning.skill.notes"; //$NON-NLS-1$

	public static final String ACTIVITY_DETAILS = "learning.activity.details"; //$NON-NLS-1$
	public static final String ACTIVITY_TITLE = "learning.activity.title"; //$NON-NLS-1$
	public static final String ACTIVITY_KIND = "learning.activity.kind"; //$NON-NLS-1$
	public static final String ACTIVITY_STATUS = "learning.activity.status"; //$NON-NLS-1$
	public static final String ACTIVITY_START = "learning.activity.start"; //$NON-NLS-1$
	public static final String ACTIVITY_COMPLETED = "learning.activity.completed"; //$NON-NLS-1$
	public static final String ACTIVITY_SKILLS = "learning.activity.skills"; //$NON-NLS-1$
	public static final String ACTIVITY_GOALS = "learning.activity.goals"; //$NON-NLS-1$
	public static final String ACTIVITY_PROMPTED_BY = "learning.activity.promptedBy"; //$NON-NLS-1$
	public static final String ACTIVITY_NOTES = "learning.activity.notes"; //$NON-NLS-1$

	public static final String FEEDBACK_DETAILS = "learning.feedback.details"; //$NON-NLS-1$
	/** The read-only name of the person; Choose… and Clear are {@code FEEDBACK_FROM + ".choose"/".clear"}. */
	public static final String FEEDBACK_FROM = "learning.feedback.from"; //$NON-NLS-1$
	public static final String FEEDBACK_DATE = "learning.feedback.date"; //$NON-NLS-1$
	public static final String FEEDBACK_TOPIC = "learning.feedback.topic"; //$NON-NLS-1$
	public static final String FEEDBACK_CONTENT = "learning.feedback.content"; //$NON-NLS-1$
	public static final String FEEDBACK_ACTIONS = "learning.feedback.actions"; //$NON-NLS-1$

	private LearningIds() {
	}
}
