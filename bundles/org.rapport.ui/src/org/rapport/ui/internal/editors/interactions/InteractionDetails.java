/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.interactions;

import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** An interaction: when, how, who started it, with whom, what was said and came of it, and at which opportunity. */
final class InteractionDetails extends ElementDetailsPage {

	InteractionDetails(PlanEditor editor) {
		super(editor, Messages.InteractionDetails_title, InteractionIds.INTERACTION_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.date(Messages.InteractionDetails_date, p.getInteraction_Date(), InteractionIds.INTERACTION_DATE);
		fields.choice(Messages.InteractionDetails_channel, p.getInteraction_Channel(), InteractionIds.INTERACTION_CHANNEL);
		fields.choice(Messages.InteractionDetails_initiatedBy, p.getInteraction_InitiatedBy(),
				InteractionIds.INTERACTION_INITIATED_BY);
		fields.references(Messages.InteractionDetails_contacts, p.getInteraction_Contacts(),
				InteractionIds.INTERACTION_CONTACTS, () -> getEditor().getPlan().getContacts(), getEditor()::select);
		fields.text(Messages.InteractionDetails_summary, p.getInteraction_Summary(), InteractionIds.INTERACTION_SUMMARY);
		fields.multiLineText(Messages.InteractionDetails_outcome, p.getInteraction_Outcome(),
				InteractionIds.INTERACTION_OUTCOME, 3);
		fields.reference(Messages.InteractionDetails_opportunity, p.getInteraction_Opportunity(),
				InteractionIds.INTERACTION_OPPORTUNITY, () -> getEditor().getPlan().getOpportunities());
	}
}
