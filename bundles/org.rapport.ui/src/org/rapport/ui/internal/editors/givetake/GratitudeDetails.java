/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.Exchange;
import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** A thank-you note: to whom, when, how, what it said, and the exchange it thanks for. */
final class GratitudeDetails extends ElementDetailsPage {

	GratitudeDetails(PlanEditor editor) {
		super(editor, Messages.GratitudeDetails_title, GiveTakeIds.GRATITUDE_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.chosenReference(Messages.GratitudeDetails_contact, p.getGratitude_Contact(), GiveTakeIds.GRATITUDE_CONTACT,
				() -> getEditor().getPlan().getContacts());
		fields.date(Messages.GratitudeDetails_date, p.getGratitude_Date(), GiveTakeIds.GRATITUDE_DATE);
		fields.choice(Messages.GratitudeDetails_channel, p.getGratitude_Channel(), GiveTakeIds.GRATITUDE_CHANNEL);
		fields.multiLineText(Messages.GratitudeDetails_message, p.getGratitude_Message(), GiveTakeIds.GRATITUDE_MESSAGE, 4);
		fields.reference(Messages.GratitudeDetails_exchange, p.getGratitude_Exchange(), GiveTakeIds.GRATITUDE_EXCHANGE,
				this::exchangesOwedThanks);
	}

	/** Exchanges received and not thanked for yet (the note's own exchange stays listed by the field). */
	private List<Exchange> exchangesOwedThanks() {
		List<Exchange> owed = new ArrayList<>();
		for (Exchange exchange : getEditor().getPlan().getExchanges()) {
			if (GiveTake.owesThanks(exchange)) {
				owed.add(exchange);
			}
		}
		return owed;
	}
}
