/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.model.tests.Fixtures.assertNone;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.tests.Fixtures.assertProblem;
import static org.rapport.model.validation.PlanValidator.AUDIENCE_WITHOUT_STRATEGY;
import static org.rapport.model.validation.PlanValidator.SKILL_CURRENT_LEVEL_OUT_OF_RANGE;
import static org.rapport.model.validation.PlanValidator.SKILL_TARGET_BELOW_CURRENT;
import static org.rapport.model.validation.PlanValidator.SKILL_TARGET_LEVEL_OUT_OF_RANGE;

import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.validation.PlanValidation;

class AudienceAndSkillRulesTest extends AbstractRuleTest {

	@Test
	void audienceWithoutCommunicationStrategyIsReported() {
		p.audience.setCommunication(null);
		assertOnly(p.plan, AUDIENCE_WITHOUT_STRATEGY, Diagnostic.WARNING, p.audience,
				Literals.AUDIENCE__COMMUNICATION, "The audience \"Product leaders\" has no communication strategy.",
				"Decide how you will reach them");
	}

	@Test
	void audienceWithCommunicationStrategyIsFine() {
		assertNone(p.plan, AUDIENCE_WITHOUT_STRATEGY);
	}

	@Test
	void currentLevelOutsideOneToFiveIsAnError() {
		p.skill.setCurrentLevel(0);
		assertOnly(p.plan, SKILL_CURRENT_LEVEL_OUT_OF_RANGE, Diagnostic.ERROR, p.skill, Literals.SKILL__CURRENT_LEVEL,
				"The skill \"Public speaking\" has a current level of 0.", "from 1 (novice) to 5 (expert)");
	}

	@Test
	void targetLevelOutsideOneToFiveIsAnError() {
		p.skill.setTargetLevel(6);
		assertOnly(p.plan, SKILL_TARGET_LEVEL_OUT_OF_RANGE, Diagnostic.ERROR, p.skill, Literals.SKILL__TARGET_LEVEL,
				"The skill \"Public speaking\" has a target level of 6.");
	}

	@Test
	void newSkillWithoutLevelsReportsBoth() {
		p.skill.setCurrentLevel(0);
		p.skill.setTargetLevel(0);
		Diagnostic result = PlanValidation.validate(p.plan);
		assertEquals(Set.of(SKILL_CURRENT_LEVEL_OUT_OF_RANGE, SKILL_TARGET_LEVEL_OUT_OF_RANGE), Fixtures.codes(result));
		assertProblem(Fixtures.single(result, SKILL_TARGET_LEVEL_OUT_OF_RANGE), SKILL_TARGET_LEVEL_OUT_OF_RANGE,
				Diagnostic.ERROR, p.skill, Literals.SKILL__TARGET_LEVEL, "Public speaking");
	}

	@Test
	void levelsAtTheBoundsAreFine() {
		p.skill.setCurrentLevel(1);
		p.skill.setTargetLevel(5);
		assertNone(p.plan, SKILL_CURRENT_LEVEL_OUT_OF_RANGE);
		assertNone(p.plan, SKILL_TARGET_LEVEL_OUT_OF_RANGE);
	}

	@Test
	void targetBelowCurrentIsReported() {
		p.skill.setCurrentLevel(4);
		p.skill.setTargetLevel(2);
		assertOnly(p.plan, SKILL_TARGET_BELOW_CURRENT, Diagnostic.WARNING, p.skill, Literals.SKILL__TARGET_LEVEL,
				"The skill \"Public speaking\" has a target level (2) below its current level (4).");
	}

	@Test
	void targetEqualToCurrentIsFine() {
		p.skill.setCurrentLevel(4);
		p.skill.setTargetLevel(4);
		assertNone(p.plan, SKILL_TARGET_BELOW_CURRENT);
	}
}
