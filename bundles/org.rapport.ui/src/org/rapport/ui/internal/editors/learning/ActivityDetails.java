/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.learning;

import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/**
 * A learning activity: what and how, its progress and dates, the skills and goals it serves, and the feedback that
 * prompted it (the other side of a feedback's actions).
 */
final class ActivityDetails extends ElementDetailsPage {

	ActivityDetails(PlanEditor editor) {
		super(editor, Messages.ActivityDetails_title, LearningIds.ACTIVITY_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.ActivityDetails_titleField, p.getLearningActivity_Title(), LearningIds.ACTIVITY_TITLE);
		fields.choice(Messages.ActivityDetails_kind, p.getLearningActivity_Kind(), LearningIds.ACTIVITY_KIND);
		fields.choice(Messages.ActivityDetails_status, p.getLearningActivity_Status(), LearningIds.ACTIVITY_STATUS);
		fields.date(Messages.ActivityDetails_start, p.getLearningActivity_StartDate(), LearningIds.ACTIVITY_START);
		fields.date(Messages.ActivityDetails_completed, p.getLearningActivity_CompletedDate(),
				LearningIds.ACTIVITY_COMPLETED);
		fields.references(Messages.ActivityDetails_skills, p.getLearningActivity_Skills(), LearningIds.ACTIVITY_SKILLS,
				() -> getEditor().getPlan().getSkills(), getEditor()::select);
		fields.references(Messages.Details_goals, p.getLearningActivity_Goals(), LearningIds.ACTIVITY_GOALS,
				() -> getEditor().getPlan().getGoals(), getEditor()::select);
		fields.references(Messages.ActivityDetails_promptedBy, p.getLearningActivity_PromptedBy(),
				LearningIds.ACTIVITY_PROMPTED_BY, () -> getEditor().getPlan().getFeedback(), getEditor()::select);
		fields.multiLineText(Messages.Details_notes, p.getLearningActivity_Notes(), LearningIds.ACTIVITY_NOTES, 3);
	}
}
