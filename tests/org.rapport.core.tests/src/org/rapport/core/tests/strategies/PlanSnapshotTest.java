/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.tests.strategies.fakes.GoodStrategy;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/** Scoring a copy while the plan is edited, and finding the way back to the plan's objects. */
class PlanSnapshotTest {

	private static final URI PLAN_URI = URI.createFileURI("/plans/test.rapport");

	private NetworkingPlan plan;
	private XMLResource resource;

	@BeforeEach
	void planInAResource() {
		StrategyTesting.setTimeLimit(StrategyTesting.LONG_LIMIT_MILLIS);
		plan = StrategyTesting.plan();
		resource = new XMIResourceImpl(PLAN_URI);
		resource.getContents().add(plan);
		resource.setID(plan, "plan-1");
		resource.setID(plan.getContacts().get(0), "contact-ada");
	}

	@AfterEach
	void restore() throws Exception {
		StrategyTesting.clearPreferences();
	}

	@Test
	void copiesThePlanWithItsUriAndIds() {
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		NetworkingPlan copy = snapshot.getPlan();

		assertNotSame(plan, copy);
		assertSame(plan, snapshot.getOriginal());
		assertEquals(2, copy.getContacts().size());
		assertNotSame(plan.getContacts().get(0), copy.getContacts().get(0));
		assertEquals("Ada", copy.getContacts().get(0).getFirstName());
		assertEquals(PLAN_URI, copy.eResource().getURI());
		assertEquals("contact-ada", ((XMLResource) copy.eResource()).getID(copy.getContacts().get(0)));
		assertSame(plan.eResource(), resource, "the plan stays where it was");
	}

	@Test
	void isNotAffectedByEditsOfThePlan() {
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		plan.getContacts().get(0).setFirstName("Augusta");
		plan.getContacts().remove(1);

		assertEquals("Ada", snapshot.getPlan().getContacts().get(0).getFirstName());
		assertEquals(2, snapshot.getPlan().getContacts().size());
	}

	@Test
	void mapsFindingsAboutTheCopyBackToThePlan() {
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		// a good and a failed outcome, as scoreAll makes them (without waiting for the sleeping fake)
		IStrategyRegistry registry = Strategies.getRegistry();
		PlanHealth scored = new PlanHealth(Stream.of(StrategyTesting.GOOD, StrategyTesting.THROWS)
				.map(id -> registry.score(registry.getStrategy(id), snapshot.getPlan(), ScoringContext.forToday()))
				.toList(), registry::getWeight);
		Contact copiedAda = snapshot.getPlan().getContacts().get(0);
		assertSame(copiedAda, scored.getOutcome(StrategyTesting.GOOD).getFindings().get(0).getSubject(),
				"the strategy saw the copy");

		PlanHealth mapped = snapshot.mapBack(scored);

		StrategyOutcome good = mapped.getOutcome(StrategyTesting.GOOD);
		Finding finding = good.getFindings().get(0);
		assertSame(plan.getContacts().get(0), finding.getSubject());
		assertEquals(GoodStrategy.MESSAGE, finding.getMessage());
		assertEquals(GoodStrategy.SCORE, good.getScore());
		assertEquals(scored.getOverall(), mapped.getOverall());
		assertEquals(scored.getOutcomes().size(), mapped.getOutcomes().size());
		StrategyOutcome failed = mapped.getOutcome(StrategyTesting.THROWS);
		assertTrue(failed.isFailed());
		assertEquals(scored.getOutcome(StrategyTesting.THROWS).getFailure(), failed.getFailure());
	}

	@Test
	void leavesOtherSubjectsAsTheyAre() {
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		Contact stranger = StrategyTesting.plan().getContacts().get(0);
		Finding aboutStranger = Finding.info(stranger, "Someone else", null);
		Finding aboutThePlan = Finding.info(null, "The plan as a whole", null);
		Finding aboutTheOriginal = Finding.info(plan, "Already the plan's own", null);

		assertSame(aboutStranger, snapshot.mapBack(aboutStranger));
		assertSame(aboutThePlan, snapshot.mapBack(aboutThePlan));
		assertNull(snapshot.mapBack(aboutThePlan).getSubject());
		assertSame(aboutTheOriginal, snapshot.mapBack(aboutTheOriginal));
		assertSame(plan, snapshot.toOriginal(snapshot.getPlan()));
	}

	@Test
	void copiesAPlanThatIsInNoResource() {
		NetworkingPlan loose = StrategyTesting.plan();
		PlanSnapshot snapshot = PlanSnapshot.of(loose);
		assertNull(loose.eResource());
		assertNull(snapshot.getPlan().eResource().getURI());
		Finding finding = Finding.warning(snapshot.getPlan().getContacts().get(1), "m", null);
		assertSame(loose.getContacts().get(1), snapshot.mapBack(finding).getSubject());
	}
}
