/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.model.tests.Fixtures.codes;
import static org.rapport.model.tests.Fixtures.describe;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.RapportPackage;
import org.rapport.model.validation.Messages;
import org.rapport.model.validation.PlanLabels;
import org.rapport.model.validation.PlanValidation;
import org.rapport.model.validation.PlanValidator;

/** The entry point, the registries, the basic EObjectValidator checks, the codes and the messages. */
class PlanValidationTest extends AbstractRuleTest {

	@Test
	void cleanPlanHasNoProblems() {
		Diagnostic result = PlanValidation.validate(p.plan);
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> describe(result));
		assertTrue(PlanValidation.problems(result).isEmpty(), () -> describe(result));
		assertSame(p.plan, result.getData().get(0), "the result is about the plan");
	}

	@Test
	void validateAloneChecksTheObjectButNotWhatItContains() {
		p.plan.setReviewCadenceDays(0); // a rule about the plan itself
		p.followUp.setContact(null); // a rule about something the plan contains
		Diagnostic alone = PlanValidation.validateAlone(p.plan);
		assertEquals(Set.of(PlanValidator.PLAN_REVIEW_CADENCE_TOO_SHORT), codes(alone));
		assertSame(p.plan, alone.getData().get(0), "the result is about the plan");
		assertEquals(Set.of(PlanValidator.PLAN_REVIEW_CADENCE_TOO_SHORT, PlanValidator.FOLLOW_UP_WITHOUT_CONTACT),
				codes(PlanValidation.validate(p.plan)), "validate walks the contents");
		assertEquals(Set.of(PlanValidator.FOLLOW_UP_WITHOUT_CONTACT), codes(PlanValidation.validateAlone(p.followUp)));
	}

	@Test
	void resultIsAsSevereAsTheWorstProblemAndListsThemAll() {
		p.goal.getAspirations().clear(); // warning
		p.followUp.setContact(null); // error
		p.interaction.setDate(null); // error
		Diagnostic result = PlanValidation.validate(p.plan);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(Set.of(PlanValidator.GOAL_NOT_ALIGNED, PlanValidator.FOLLOW_UP_WITHOUT_CONTACT,
				PlanValidator.INTERACTION_WITHOUT_DATE), codes(result));
		List<Diagnostic> problems = PlanValidation.problems(result);
		assertEquals(3, problems.size());
		assertEquals(Diagnostic.ERROR, problems.get(0).getSeverity(), "most severe first");
		assertEquals(Diagnostic.WARNING, problems.get(2).getSeverity());
	}

	@Test
	void onlyWarningsGiveAWarning() {
		p.goal.setMetric(null);
		assertEquals(Diagnostic.WARNING, PlanValidation.validate(p.plan).getSeverity());
	}

	@Test
	void aSingleObjectCanBeValidated() {
		p.goal.getAspirations().clear();
		p.followUp.setContact(null);
		Diagnostic result = PlanValidation.validate(p.goal);
		assertEquals(Set.of(PlanValidator.GOAL_NOT_ALIGNED), codes(result), "only the goal and its contents");
	}

	@Test
	void validatorWithoutDiagnosticsAnswersTrueOrFalse() {
		Map<Object, Object> context = new HashMap<>();
		assertTrue(PlanValidator.INSTANCE.validate(p.goal, null, context));
		p.goal.setTargetValue(-1);
		assertFalse(PlanValidator.INSTANCE.validate(p.goal, null, context));
		assertTrue(PlanValidator.INSTANCE.validate(p.maria, null, context));
		p.maria.setIntroducedBy(p.maria);
		assertFalse(PlanValidator.INSTANCE.validate(p.maria, null, context));
	}

	@Test
	void validationDoesNotTouchTheGlobalRegistry() {
		Object before = EValidator.Registry.INSTANCE.get(RapportPackage.eINSTANCE);
		p.goal.getAspirations().clear();
		assertEquals(Set.of(PlanValidator.GOAL_NOT_ALIGNED), codes(PlanValidation.validate(p.plan)));
		assertSame(before, EValidator.Registry.INSTANCE.get(RapportPackage.eINSTANCE));
		assertNotEquals(PlanValidator.INSTANCE, before, "nobody registered our validator globally behind our back");
	}

	@Test
	void registerPutsTheValidatorInAGivenRegistry() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		PlanValidation.register(registry);
		assertSame(PlanValidator.INSTANCE, registry.getEValidator(RapportPackage.eINSTANCE));
		p.goal.getAspirations().clear();
		Diagnostic result = new Diagnostician(registry).validate(p.plan);
		assertEquals(Set.of(PlanValidator.GOAL_NOT_ALIGNED), codes(result));
	}

	@Test
	void createRegistryHoldsOnlyOurValidator() {
		EValidator.Registry registry = PlanValidation.createRegistry();
		assertSame(PlanValidator.INSTANCE, registry.getEValidator(RapportPackage.eINSTANCE));
		assertEquals(1, registry.size());
		assertFalse(registry == EValidator.Registry.INSTANCE);
	}

	@Test
	void basicEObjectValidatorChecksStillRun() {
		Resource resource = newResource();
		resource.getContents().add(p.plan);
		Contact stranger = Fixtures.contact("Dana", "Stranger"); // in no resource: a dangling reference
		p.interaction.getContacts().add(stranger);

		Diagnostic result = PlanValidation.validate(p.plan);
		List<Diagnostic> basic = new ArrayList<>();
		for (Diagnostic problem : PlanValidation.problems(result)) {
			if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())) {
				basic.add(problem);
			}
		}
		assertEquals(1, basic.size(), () -> describe(result));
		Diagnostic dangling = basic.get(0);
		assertEquals(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED, dangling.getCode());
		assertEquals(Diagnostic.ERROR, dangling.getSeverity());
		assertSame(p.interaction, dangling.getData().get(0));
		assertTrue(dangling.getMessage().contains("Dana Stranger"),
				() -> "objects are named as in our messages: " + dangling.getMessage());
		assertTrue(codes(result).isEmpty(), () -> describe(result));
	}

	private static Resource newResource() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		return resourceSet.createResource(URI.createURI("memory:/test.rapport"));
	}

	@Test
	void codesAreDistinct() throws IllegalAccessException {
		Set<Integer> codes = new HashSet<>();
		int count = 0;
		for (Field field : PlanValidator.class.getDeclaredFields()) { // not EObjectValidator's inherited codes
			int modifiers = field.getModifiers();
			if (field.getType() == int.class && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
					&& Modifier.isFinal(modifiers)
					&& !field.getName().contains("SKILL_LEVEL")) {
				count++;
				assertTrue(codes.add(field.getInt(null)), () -> "duplicate code " + field.getName());
			}
		}
		assertEquals(28, count, "the number of rule codes (update when adding a rule)");
		for (int code : codes) {
			assertTrue(code > 100, "codes stay clear of EObjectValidator's small codes (and of 0, OK's code)");
		}
		assertEquals("org.rapport.model", PlanValidator.DIAGNOSTIC_SOURCE);
	}

	@Test
	void everyMessageHasATemplateAndEveryTemplateAField() {
		assertEquals(List.of(), Messages.missingKeys());
		ResourceBundle bundle = ResourceBundle.getBundle("org.rapport.model.validation.messages");
		Set<String> fields = new HashSet<>();
		for (Field field : Messages.class.getFields()) {
			if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
				fields.add(field.getName());
			}
		}
		List<String> unused = new ArrayList<>();
		for (String key : Collections.list(bundle.getKeys())) {
			if (!fields.contains(key)) {
				unused.add(key);
			}
		}
		assertEquals(List.of(), unused, "templates without a field");
		assertEquals(", ", Messages.Label_ListSeparator);
		assertEquals(" and ", Messages.Label_ListLast);
	}

	@Test
	void datesAndNumbersInMessages() {
		assertEquals("3 Mar 2026", PlanLabels.date(java.time.LocalDate.of(2026, 3, 3)));
		assertEquals("3 Mar 2026", PlanLabels.date(Fixtures.day(java.time.LocalDate.of(2026, 3, 3))));
		assertEquals("", PlanLabels.date((java.util.Date) null));
		assertEquals("12", PlanLabels.number(12.0));
		assertEquals("-2.5", PlanLabels.number(-2.5));
		assertEquals("1234.75", PlanLabels.number(1234.75));
	}

	@Test
	void longTextsAreShortenedInLabels() {
		NetworkingGoal goal = Fixtures.goal("x".repeat(200), 1, 2);
		String label = PlanLabels.label(goal);
		assertTrue(label.length() < 100, label);
		assertTrue(label.endsWith("\u2026\""), label);
	}
}
