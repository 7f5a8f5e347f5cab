/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.learning;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.ActivityStatus;
import org.rapport.model.LearningActivity;
import org.rapport.model.RapportPackage;
import org.rapport.model.Skill;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/** A skill: its level now and the level aimed at (1 to 5), the goals it serves, and the activities building it. */
final class SkillDetails extends ElementDetailsPage {

	SkillDetails(PlanEditor editor) {
		super(editor, Messages.SkillDetails_title, LearningIds.SKILL_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.text(Messages.SkillDetails_name, p.getSkill_Name(), LearningIds.SKILL_NAME);
		fields.number(Messages.SkillDetails_current, p.getSkill_CurrentLevel(), LearningIds.SKILL_CURRENT);
		fields.number(Messages.SkillDetails_target, p.getSkill_TargetLevel(), LearningIds.SKILL_TARGET);
		fields.derived(Messages.SkillDetails_activities, LearningIds.SKILL_ACTIVITIES,
				s -> activitiesText(activities((Skill) s)));
		fields.references(Messages.Details_goals, p.getSkill_Goals(), LearningIds.SKILL_GOALS,
				() -> getEditor().getPlan().getGoals(), getEditor()::select);
		fields.multiLineText(Messages.Details_notes, p.getSkill_Notes(), LearningIds.SKILL_NOTES, 3);
	}

	private List<LearningActivity> activities(Skill skill) {
		return getEditor().getPlan().getLearningActivities().stream().filter(a -> a.getSkills().contains(skill))
				.toList();
	}

	static String activitiesText(List<LearningActivity> activities) {
		if (activities.isEmpty()) {
			return Messages.SkillDetails_none;
		}
		long done = activities.stream().filter(a -> a.getStatus() == ActivityStatus.DONE).count();
		return NLS.bind(Messages.SkillDetails_activityCount, activities.size(), done);
	}
}
