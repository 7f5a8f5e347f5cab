/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.learning;

import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** Feedback received: from whom (chosen among the plan's contacts), when, about what, and the actions it led to. */
final class FeedbackDetails extends ElementDetailsPage {

	FeedbackDetails(PlanEditor editor) {
		super(editor, Messages.FeedbackDetails_title, LearningIds.FEEDBACK_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.FeedbackDetails_topic, p.getFeedback_Topic(), LearningIds.FEEDBACK_TOPIC);
		fields.chosenReference(Messages.FeedbackDetails_from, p.getFeedback_From(), LearningIds.FEEDBACK_FROM,
				() -> getEditor().getPlan().getContacts());
		fields.date(Messages.FeedbackDetails_date, p.getFeedback_Date(), LearningIds.FEEDBACK_DATE);
		fields.multiLineText(Messages.FeedbackDetails_content, p.getFeedback_Content(), LearningIds.FEEDBACK_CONTENT,
				4);
		fields.references(Messages.FeedbackDetails_actions, p.getFeedback_Actions(), LearningIds.FEEDBACK_ACTIONS,
				() -> getEditor().getPlan().getLearningActivities(), getEditor()::select);
	}
}
