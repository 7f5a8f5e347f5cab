/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.audiences;

import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/**
 * An audience: who they are (criteria as comma lists), its members among the plan's contacts, and its
 * communication strategy, which typing into any of its fields creates when the audience has none.
 */
final class AudienceDetails extends ElementDetailsPage {

	AudienceDetails(PlanEditor editor) {
		super(editor, Messages.AudienceDetails_title, AudienceIds.DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.AudienceDetails_name, p.getAudience_Name(), AudienceIds.NAME);
		fields.multiLineText(Messages.AudienceDetails_description, p.getAudience_Description(),
				AudienceIds.DESCRIPTION, 3);
		fields.list(Messages.AudienceDetails_industries, p.getAudience_Industries(), AudienceIds.INDUSTRIES);
		fields.list(Messages.AudienceDetails_roles, p.getAudience_Roles(), AudienceIds.ROLES);
		fields.list(Messages.AudienceDetails_seniorities, p.getAudience_Seniorities(), AudienceIds.SENIORITIES);
		fields.list(Messages.AudienceDetails_locations, p.getAudience_Locations(), AudienceIds.LOCATIONS);
		fields.list(Messages.AudienceDetails_tags, p.getAudience_Tags(), AudienceIds.TAGS);
		fields.references(Messages.AudienceDetails_members, p.getAudience_Members(), AudienceIds.MEMBERS,
				() -> getEditor().getPlan().getContacts(), getEditor()::select);

		FieldBinder communication = fields.contained(Messages.Communication_title,
				Messages.Communication_description, Messages.Communication_missing, p.getAudience_Communication(),
				AudienceIds.COMMUNICATION);
		communication.literals(Messages.Communication_channels, p.getCommunicationStrategy_Channels(),
				AudienceIds.CHANNELS);
		communication.lines(Messages.Communication_keyMessages, p.getCommunicationStrategy_KeyMessages(),
				AudienceIds.KEY_MESSAGES, 3);
		communication.multiLineText(Messages.Communication_valueOffered, p.getCommunicationStrategy_ValueOffered(),
				AudienceIds.VALUE_OFFERED, 2);
		communication.text(Messages.Communication_tone, p.getCommunicationStrategy_Tone(), AudienceIds.TONE);
		communication.number(Messages.Communication_cadence, p.getCommunicationStrategy_CadenceDays(),
				AudienceIds.CADENCE);
	}
}
