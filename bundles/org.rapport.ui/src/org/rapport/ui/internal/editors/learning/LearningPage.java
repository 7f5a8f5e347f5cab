/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.learning;

import java.util.Comparator;
import java.util.Date;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.Feedback;
import org.rapport.model.LearningActivity;
import org.rapport.model.RapportPackage;
import org.rapport.model.Skill;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;

/**
 * Learning and feedback: the skills being built (current and target level), the learning activities that build
 * them, and the feedback received with the activities it prompted, one list above the other.
 */
public final class LearningPage extends MasterDetailsFormPage {

	public static final String ID = "learning"; //$NON-NLS-1$

	private static final Comparator<Date> DATES = Comparator.nullsLast(Date::compareTo);

	public LearningPage(PlanEditor editor) {
		super(editor, ID, Messages.LearningPage_tab, RapportPackage.Literals.SKILL,
				RapportPackage.Literals.LEARNING_ACTIVITY, RapportPackage.Literals.FEEDBACK);
	}

	@Override
	protected String getHeading() {
		return Messages.LearningPage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		RapportPackage p = RapportPackage.eINSTANCE;
		addList(new ElementListPart<>(this, parent, toolkit, Messages.LearningPage_skills,
				Messages.LearningPage_skillsDescription, p.getNetworkingPlan_Skills(), Skill.class, LearningIds.SKILLS)
				.emptyHint(Messages.LearningPage_skillsEmpty)
				.column(ElementColumn.of(Messages.LearningPage_columnName, 140, Skill::getName))
				.column(ElementColumn.of(Messages.LearningPage_columnLevel, 65, LearningPage::level,
						Comparator.comparingInt(Skill::getCurrentLevel), false))
				.column(ElementColumn.of(Messages.LearningPage_columnGap, 45, s -> gapText(s),
						Comparator.comparingInt(LearningPage::gap), true))
				.initializer(s -> {
					s.setName(Messages.LearningPage_newSkill);
					s.setCurrentLevel(1);
					s.setTargetLevel(2);
				}));
		addList(new ElementListPart<>(this, parent, toolkit, Messages.LearningPage_activities,
				Messages.LearningPage_activitiesDescription, p.getNetworkingPlan_LearningActivities(),
				LearningActivity.class, LearningIds.ACTIVITIES)
				.emptyHint(Messages.LearningPage_activitiesEmpty)
				.column(ElementColumn.of(Messages.LearningPage_columnTitle, 170, LearningActivity::getTitle))
				.column(ElementColumn.of(Messages.LearningPage_columnStatus, 80,
						a -> RapportLabels.literal(a.getStatus()), Comparator.comparing(LearningActivity::getStatus),
						false))
				.column(ElementColumn.of(Messages.LearningPage_columnKind, 75, a -> RapportLabels.literal(a.getKind()),
						Comparator.comparing(LearningActivity::getKind), false))
				.column(ElementColumn.of(Messages.LearningPage_columnStarted, 85,
						a -> RapportLabels.date(a.getStartDate()),
						Comparator.comparing(LearningActivity::getStartDate, DATES), false))
				.column(ElementColumn.of(Messages.LearningPage_columnCompleted, 85,
						a -> RapportLabels.date(a.getCompletedDate()),
						Comparator.comparing(LearningActivity::getCompletedDate, DATES), false))
				.initializer(a -> {
					a.setTitle(Messages.LearningPage_newActivity);
					a.setStartDate(PlanClock.toDate(PlanClock.today()));
				}));
		addList(new ElementListPart<>(this, parent, toolkit, Messages.LearningPage_feedback,
				Messages.LearningPage_feedbackDescription, p.getNetworkingPlan_Feedback(), Feedback.class,
				LearningIds.FEEDBACK)
				.emptyHint(Messages.LearningPage_feedbackEmpty)
				.column(ElementColumn.of(Messages.LearningPage_columnTopic, 130, Feedback::getTopic))
				.column(ElementColumn.of(Messages.LearningPage_columnFrom, 120,
						f -> f.getFrom() == null ? "" : RapportLabels.contactName(f.getFrom()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.LearningPage_columnDate, 85, f -> RapportLabels.date(f.getDate()),
						Comparator.comparing(Feedback::getDate, DATES), false))
				.column(ElementColumn.of(Messages.LearningPage_columnActions, 60,
						f -> String.valueOf(f.getActions().size()), Comparator.comparingInt(f -> f.getActions().size()),
						true))
				.initializer(f -> {
					f.setTopic(Messages.LearningPage_newFeedback);
					f.setDate(PlanClock.toDate(PlanClock.today()));
				}));
		if (parent instanceof SashForm sash) {
			// activities are the longest list
			sash.setWeights(30, 40, 30);
		}
	}

	@Override
	protected void createDetails() {
		RapportPackage p = RapportPackage.eINSTANCE;
		registerDetails(p.getSkill(), new SkillDetails(getEditor()));
		registerDetails(p.getLearningActivity(), new ActivityDetails(getEditor()));
		registerDetails(p.getFeedback(), new FeedbackDetails(getEditor()));
	}

	static String level(Skill skill) {
		return NLS.bind(Messages.LearningPage_level, skill.getCurrentLevel(), skill.getTargetLevel());
	}

	static int gap(Skill skill) {
		return skill.getTargetLevel() - skill.getCurrentLevel();
	}

	private static String gapText(Skill skill) {
		int gap = gap(skill);
		return gap > 0 ? "+" + gap : String.valueOf(gap); //$NON-NLS-1$
	}
}
