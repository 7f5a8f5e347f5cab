/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.goals;

import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** A career aspiration: what it is, by when, and the goals that serve it. */
final class AspirationDetails extends ElementDetailsPage {

	AspirationDetails(PlanEditor editor) {
		super(editor, Messages.AspirationDetails_title, GoalIds.ASPIRATION_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.Details_title, p.getCareerAspiration_Title(), GoalIds.ASPIRATION_TITLE);
		fields.multiLineText(Messages.Details_description, p.getCareerAspiration_Description(),
				GoalIds.ASPIRATION_DESCRIPTION, 4);
		fields.date(Messages.AspirationDetails_horizon, p.getCareerAspiration_Horizon(), GoalIds.ASPIRATION_HORIZON);
		fields.references(Messages.AspirationDetails_goals, p.getCareerAspiration_Goals(), GoalIds.ASPIRATION_GOALS,
				() -> getEditor().getPlan().getGoals(), getEditor()::select);
	}
}
