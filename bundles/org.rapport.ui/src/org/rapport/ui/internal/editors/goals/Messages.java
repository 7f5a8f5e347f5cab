/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.goals;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.goals.messages"; //$NON-NLS-1$

	public static String GoalsPage_goalsEmpty;
	public static String GoalsPage_aspirationsEmpty;
	public static String GoalsPage_tab;
	public static String GoalsPage_title;
	public static String GoalsPage_aspirations;
	public static String GoalsPage_aspirationsDescription;
	public static String GoalsPage_goals;
	public static String GoalsPage_goalsDescription;
	public static String GoalsPage_filterHint;
	public static String GoalsPage_columnTitle;
	public static String GoalsPage_columnHorizon;
	public static String GoalsPage_columnGoals;
	public static String GoalsPage_columnStatus;
	public static String GoalsPage_columnPriority;
	public static String GoalsPage_columnProgress;
	public static String GoalsPage_columnDue;
	public static String GoalsPage_newAspiration;
	public static String GoalsPage_newGoal;
	public static String Details_title;
	public static String Details_description;
	public static String AspirationDetails_title;
	public static String AspirationDetails_horizon;
	public static String AspirationDetails_goals;
	public static String GoalDetails_title;
	public static String GoalDetails_status;
	public static String GoalDetails_priority;
	public static String GoalDetails_metric;
	public static String GoalDetails_target;
	public static String GoalDetails_current;
	public static String GoalDetails_progress;
	public static String GoalDetails_percent;
	public static String GoalDetails_due;
	public static String GoalDetails_aspirations;
	public static String GoalDetails_audiences;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
