/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.opportunities;

import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** An opportunity: what and where it is, its stage, what it serves, whom you met there, and what it cost. */
final class OpportunityDetails extends ElementDetailsPage {

	OpportunityDetails(PlanEditor editor) {
		super(editor, Messages.Details_title, OpportunityIds.DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.Details_name, p.getOpportunity_Name(), OpportunityIds.NAME);
		fields.choice(Messages.Details_kind, p.getOpportunity_Kind(), OpportunityIds.KIND);
		fields.choice(Messages.Details_status, p.getOpportunity_Status(), OpportunityIds.STATUS);
		fields.check(Messages.Details_online, p.getOpportunity_Online(), OpportunityIds.ONLINE);
		fields.date(Messages.Details_date, p.getOpportunity_Date(), OpportunityIds.DATE);
		fields.text(Messages.Details_place, p.getOpportunity_Place(), OpportunityIds.PLACE);
		fields.text(Messages.Details_url, p.getOpportunity_Url(), OpportunityIds.URL);
		fields.number(Messages.Details_effort, p.getOpportunity_EffortHours(), OpportunityIds.EFFORT);
		fields.references(Messages.Details_goals, p.getOpportunity_Goals(), OpportunityIds.GOALS,
				() -> getEditor().getPlan().getGoals(), getEditor()::select);
		fields.references(Messages.Details_audiences, p.getOpportunity_Audiences(), OpportunityIds.AUDIENCES,
				() -> getEditor().getPlan().getAudiences(), getEditor()::select);
		fields.references(Messages.Details_contactsMet, p.getOpportunity_ContactsMet(), OpportunityIds.CONTACTS_MET,
				() -> getEditor().getPlan().getContacts(), getEditor()::select);
		fields.multiLineText(Messages.Details_notes, p.getOpportunity_Notes(), OpportunityIds.NOTES, 4);
	}
}
