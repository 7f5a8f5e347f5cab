/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.rapport.model.tests.Fixtures.assertNone;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.tests.Fixtures.day;
import static org.rapport.model.validation.PlanValidator.EXCHANGE_WITHOUT_CONTACT;
import static org.rapport.model.validation.PlanValidator.GRATITUDE_WITHOUT_CONTACT;
import static org.rapport.model.validation.PlanValidator.INTERACTION_WITHOUT_CONTACTS;
import static org.rapport.model.validation.PlanValidator.INTERACTION_WITHOUT_DATE;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.rapport.model.RapportPackage.Literals;

/** Interactions, exchanges and thank-you notes must say who they are with. */
class RecordRulesTest extends AbstractRuleTest {

	@Test
	void interactionWithoutContactsIsAnError() {
		p.interaction.getContacts().clear();
		p.interaction.setDate(day(LocalDate.of(2026, 3, 5)));
		assertOnly(p.plan, INTERACTION_WITHOUT_CONTACTS, Diagnostic.ERROR, p.interaction,
				Literals.INTERACTION__CONTACTS, "The interaction (\"Catch-up\") on 5 Mar 2026 is not with anyone.",
				"Add the people");
	}

	@Test
	void interactionWithAContactIsFine() {
		assertNone(p.plan, INTERACTION_WITHOUT_CONTACTS);
	}

	@Test
	void interactionWithoutDateIsAnError() {
		p.interaction.getContacts().add(p.jan);
		p.interaction.setDate(null);
		assertOnly(p.plan, INTERACTION_WITHOUT_DATE, Diagnostic.ERROR, p.interaction, Literals.INTERACTION__DATE,
				"The interaction with Maria Chen and Jan Novak (\"Catch-up\") has no date.", "Enter when");
	}

	@Test
	void interactionWithDateIsFine() {
		assertNone(p.plan, INTERACTION_WITHOUT_DATE);
	}

	@Test
	void exchangeWithoutContactIsAnError() {
		p.exchange.setContact(null);
		p.exchange.setDescription("Feedback on my CV");
		p.exchange.setDate(day(LocalDate.of(2026, 3, 7)));
		assertOnly(p.plan, EXCHANGE_WITHOUT_CONTACT, Diagnostic.ERROR, p.exchange, Literals.EXCHANGE__CONTACT,
				"The advice you received on 7 Mar 2026 (\"Feedback on my CV\") is not linked to anyone.");
	}

	@Test
	void exchangeWithContactIsFine() {
		assertNone(p.plan, EXCHANGE_WITHOUT_CONTACT);
	}

	@Test
	void gratitudeWithoutContactIsAnError() {
		p.gratitude.setContact(null);
		p.gratitude.setDate(day(LocalDate.of(2026, 3, 8)));
		assertOnly(p.plan, GRATITUDE_WITHOUT_CONTACT, Diagnostic.ERROR, p.gratitude, Literals.GRATITUDE__CONTACT,
				"The thank-you note on 8 Mar 2026 (\"Thanks for the CV advice\") is not addressed to anyone.");
	}

	@Test
	void gratitudeWithContactIsFine() {
		assertNone(p.plan, GRATITUDE_WITHOUT_CONTACT);
	}
}
