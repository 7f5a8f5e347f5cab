/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.goals;

/** The {@code UiIds.KEY} values of the Goals page's controls (tests find controls by them). */
public final class GoalIds {

	public static final String ASPIRATIONS = "goals.aspirations"; //$NON-NLS-1$
	public static final String GOALS = "goals.goals"; //$NON-NLS-1$
	public static final String ASPIRATION_DETAILS = "goals.aspiration.details"; //$NON-NLS-1$
	public static final String ASPIRATION_TITLE = "goals.aspiration.title"; //$NON-NLS-1$
	public static final String ASPIRATION_DESCRIPTION = "goals.aspiration.description"; //$NON-NLS-1$
	public static final String ASPIRATION_HORIZON = "goals.aspiration.horizon"; //$NON-NLS-1$
	public static final String ASPIRATION_GOALS = "goals.aspiration.goals"; //$NON-NLS-1$
	public static final String GOAL_DETAILS = "goals.goal.details"; //$NON-NLS-1$
	public static final String GOAL_TITLE = "goals.goal.title"; //$NON-NLS-1$
	public static final String GOAL_DESCRIPTION = "goals.goal.description"; //$NON-NLS-1$
	public static final String GOAL_ASPIRATIONS = "goals.goal.aspirations"; //$NON-NLS-1$
	public static final String GOAL_METRIC = "goals.goal.metric"; //$NON-NLS-1$
	public static final String GOAL_TARGET = "goals.goal.target"; //$NON-NLS-1$
	public static final String GOAL_CURRENT = "goals.goal.current"; //$NON-NLS-1$
	public static final String GOAL_PROGRESS = "goals.goal.progress"; //$NON-NLS-1$
	public static final String GOAL_DUE = "goals.goal.due"; //$NON-NLS-1$
	public static final String GOAL_PRIORITY = "goals.goal.priority"; //$NON-NLS-1$
	public static final String GOAL_STATUS = "goals.goal.status"; //$NON-NLS-1$
	public static final String GOAL_AUDIENCES = "goals.goal.audiences"; //$NON-NLS-1$

	private GoalIds() {
	}
}
