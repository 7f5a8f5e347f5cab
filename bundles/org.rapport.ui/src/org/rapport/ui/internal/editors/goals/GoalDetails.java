/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.goals;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** A networking goal: its measure (metric, target, current value, progress), timing, and alignment. */
final class GoalDetails extends ElementDetailsPage {

	GoalDetails(PlanEditor editor) {
		super(editor, Messages.GoalDetails_title, GoalIds.GOAL_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.Details_title, p.getNetworkingGoal_Title(), GoalIds.GOAL_TITLE);
		fields.multiLineText(Messages.Details_description, p.getNetworkingGoal_Description(), GoalIds.GOAL_DESCRIPTION, 3);
		fields.choice(Messages.GoalDetails_status, p.getNetworkingGoal_Status(), GoalIds.GOAL_STATUS);
		fields.choice(Messages.GoalDetails_priority, p.getNetworkingGoal_Priority(), GoalIds.GOAL_PRIORITY);
		fields.text(Messages.GoalDetails_metric, p.getNetworkingGoal_Metric(), GoalIds.GOAL_METRIC);
		fields.number(Messages.GoalDetails_target, p.getNetworkingGoal_TargetValue(), GoalIds.GOAL_TARGET);
		fields.number(Messages.GoalDetails_current, p.getNetworkingGoal_CurrentValue(), GoalIds.GOAL_CURRENT);
		fields.derived(Messages.GoalDetails_progress, GoalIds.GOAL_PROGRESS, g -> progressText((NetworkingGoal) g));
		fields.date(Messages.GoalDetails_due, p.getNetworkingGoal_DueDate(), GoalIds.GOAL_DUE);
		fields.references(Messages.GoalDetails_aspirations, p.getNetworkingGoal_Aspirations(), GoalIds.GOAL_ASPIRATIONS,
				() -> getEditor().getPlan().getAspirations(), getEditor()::select);
		fields.references(Messages.GoalDetails_audiences, p.getNetworkingGoal_Audiences(), GoalIds.GOAL_AUDIENCES,
				() -> getEditor().getPlan().getAudiences(), getEditor()::select);
	}

	static String progressText(NetworkingGoal goal) {
		return NLS.bind(Messages.GoalDetails_percent, Math.round(goal.getProgress() * 100));
	}
}
