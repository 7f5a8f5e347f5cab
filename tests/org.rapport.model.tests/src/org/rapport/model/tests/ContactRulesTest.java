/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.model.tests.Fixtures.assertNone;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.tests.Fixtures.assertProblem;
import static org.rapport.model.tests.Fixtures.ours;
import static org.rapport.model.validation.PlanValidator.CONTACT_INTRODUCED_BY_SELF;
import static org.rapport.model.validation.PlanValidator.CONTACT_MALFORMED_EMAIL;
import static org.rapport.model.validation.PlanValidator.CONTACT_UNREACHABLE;
import static org.rapport.model.validation.PlanValidator.CONTACT_WITHOUT_NAME;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.validation.PlanValidation;
import org.rapport.model.validation.PlanValidator;

class ContactRulesTest extends AbstractRuleTest {

	@Test
	void contactWithoutNameIsAnErrorNamedByEmail() {
		p.jan.setFirstName(null);
		p.jan.setLastName(" ");
		assertOnly(p.plan, CONTACT_WITHOUT_NAME, Diagnostic.ERROR, p.jan, Literals.CONTACT__FIRST_NAME,
				"A contact (jan.novak@example.com) has no name.", "Enter their first or last name.");
	}

	@Test
	void contactWithoutNameOrDetails() {
		p.jan.setFirstName(null);
		p.jan.setLastName(null);
		p.jan.getEmailAddresses().clear();
		Diagnostic result = PlanValidation.validate(p.plan);
		assertEquals(Set.of(CONTACT_WITHOUT_NAME, CONTACT_UNREACHABLE), Fixtures.codes(result));
		assertProblem(Fixtures.single(result, CONTACT_WITHOUT_NAME), CONTACT_WITHOUT_NAME, Diagnostic.ERROR, p.jan,
				Literals.CONTACT__FIRST_NAME, "A contact has no name and no details");
		assertProblem(Fixtures.single(result, CONTACT_UNREACHABLE), CONTACT_UNREACHABLE, Diagnostic.WARNING, p.jan,
				Literals.CONTACT__EMAIL_ADDRESSES, "There is no way to reach an unnamed contact");
	}

	@Test
	void contactWithOnlyALastNameHasAName() {
		p.jan.setFirstName("");
		assertNone(p.plan, CONTACT_WITHOUT_NAME);
	}

	@Test
	void contactWithNoWayToReachThemIsReported() {
		p.jan.getEmailAddresses().clear();
		Diagnostic problem = assertOnly(p.plan, CONTACT_UNREACHABLE, Diagnostic.WARNING, p.jan,
				Literals.CONTACT__EMAIL_ADDRESSES);
		assertEquals("There is no way to reach Jan Novak: add an email address, a phone number or a profile URL.",
				problem.getMessage());
	}

	@Test
	void blankValuesDoNotMakeAContactReachable() {
		p.jan.getEmailAddresses().clear();
		ContactInfo.addEmail(p.jan, " ");
		ContactInfo.addPhone(p.jan, "");
		assertOnly(p.plan, CONTACT_UNREACHABLE, Diagnostic.WARNING, p.jan, Literals.CONTACT__EMAIL_ADDRESSES, "Jan Novak");
	}

	@Test
	void aPhoneOrAProfileUrlIsEnoughToReachSomeone() {
		p.jan.getEmailAddresses().clear();
		ContactInfo.addPhone(p.jan, "+420 777 123 456");
		assertNone(p.plan, CONTACT_UNREACHABLE);
		p.jan.getPhoneNumbers().clear();
		ContactInfo.addUrl(p.jan, "https://www.linkedin.com/in/jan-novak");
		assertNone(p.plan, CONTACT_UNREACHABLE);
	}

	@Test
	void malformedEmailIsReportedWithTheAddress() {
		ContactInfo.addEmail(p.maria, "maria.chen(at)example.com");
		Diagnostic problem = assertOnly(p.plan, CONTACT_MALFORMED_EMAIL, Diagnostic.WARNING, p.maria,
				Literals.CONTACT__EMAIL_ADDRESSES, "\"maria.chen(at)example.com\"", "Maria Chen");
		assertEquals("maria.chen(at)example.com", problem.getData().get(2), "the bad address is in the data");
	}

	@Test
	void eachMalformedEmailIsReported() {
		addEmails(p.maria, List.of("maria@", "maria chen@example.com", "maria@example"));
		List<Diagnostic> problems = ours(PlanValidation.validate(p.plan));
		assertEquals(3, problems.size(), () -> Fixtures.describe(PlanValidation.validate(p.plan)));
		for (Diagnostic problem : problems) {
			assertProblem(problem, CONTACT_MALFORMED_EMAIL, Diagnostic.WARNING, p.maria, Literals.CONTACT__EMAIL_ADDRESSES,
					"Maria Chen");
		}
	}

	@Test
	void wellFormedEmailsAreFine() {
		addEmails(p.maria, List.of("maria.chen+work@mail.example.co.uk", " m@example.org ",
				"\u00e9lodie@exampl\u00e9.fr"));
		assertNone(p.plan, CONTACT_MALFORMED_EMAIL);
	}

	@Test
	void emailPlausibility() {
		assertTrue(PlanValidator.isPlausibleEmail("maria@example.com"));
		assertFalse(PlanValidator.isPlausibleEmail("maria@example"));
		assertFalse(PlanValidator.isPlausibleEmail("@example.com"));
		assertFalse(PlanValidator.isPlausibleEmail("maria@@example.com"));
		assertFalse(PlanValidator.isPlausibleEmail("maria@example..com"));
		assertFalse(PlanValidator.isPlausibleEmail(null));
	}

	@Test
	void contactIntroducedByThemselfIsAnError() {
		p.jan.setIntroducedBy(p.jan);
		assertOnly(p.plan, CONTACT_INTRODUCED_BY_SELF, Diagnostic.ERROR, p.jan, Literals.CONTACT__INTRODUCED_BY,
				"Jan Novak is recorded as having introduced themself.");
	}

	@Test
	void contactIntroducedBySomeoneElseIsFine() {
		assertEquals(p.maria, p.jan.getIntroducedBy());
		assertNone(p.plan, CONTACT_INTRODUCED_BY_SELF);
	}

	private static void addEmails(org.rapport.model.Contact contact, List<String> addresses) {
		addresses.forEach(a -> ContactInfo.addEmail(contact, a));
	}
}
