/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rapport.model.derived.PlanClock;

/** Rule tests start from a plan that breaks no rule, with "today" fixed, and break one thing. */
abstract class AbstractRuleTest {

	protected Fixtures.Plan p;

	@BeforeEach
	void setUpPlan() {
		Fixtures.fixClock();
		p = Fixtures.cleanPlan();
	}

	@AfterEach
	void restoreClock() {
		PlanClock.set(null);
	}
}
