/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.Gratitude;
import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** An exchange: given or received, what, with whom, when, and the thank-you note that answered it. */
final class ExchangeDetails extends ElementDetailsPage {

	ExchangeDetails(PlanEditor editor) {
		super(editor, Messages.ExchangeDetails_title, GiveTakeIds.EXCHANGE_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.choice(Messages.ExchangeDetails_direction, p.getExchange_Direction(), GiveTakeIds.EXCHANGE_DIRECTION);
		fields.choice(Messages.ExchangeDetails_kind, p.getExchange_Kind(), GiveTakeIds.EXCHANGE_KIND);
		fields.chosenReference(Messages.ExchangeDetails_contact, p.getExchange_Contact(), GiveTakeIds.EXCHANGE_CONTACT,
				() -> getEditor().getPlan().getContacts());
		fields.date(Messages.ExchangeDetails_date, p.getExchange_Date(), GiveTakeIds.EXCHANGE_DATE);
		fields.multiLineText(Messages.ExchangeDetails_description, p.getExchange_Description(),
				GiveTakeIds.EXCHANGE_DESCRIPTION, 3);
		fields.reference(Messages.ExchangeDetails_thanks, p.getExchange_Thanks(), GiveTakeIds.EXCHANGE_THANKS,
				this::unlinkedNotes);
	}

	/** Thank-you notes not linked to an exchange yet (linking one elsewhere would take it from there). */
	private List<Gratitude> unlinkedNotes() {
		List<Gratitude> notes = new ArrayList<>();
		for (Gratitude gratitude : getEditor().getPlan().getGratitudes()) {
			if (gratitude.getExchange() == null) {
				notes.add(gratitude);
			}
		}
		return notes;
	}
}
