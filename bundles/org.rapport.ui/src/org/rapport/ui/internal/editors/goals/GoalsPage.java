/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.goals;

import java.util.Comparator;
import java.util.Date;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.CareerAspiration;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;

/**
 * Goals and aspirations: the career aspirations and the networking goals that serve them, each list with its
 * details; the alignment links (a goal's aspirations, an aspiration's goals) are edited on either side.
 */
public final class GoalsPage extends MasterDetailsFormPage {

	public static final String ID = "goals"; //$NON-NLS-1$

	public GoalsPage(PlanEditor editor) {
		super(editor, ID, Messages.GoalsPage_tab, RapportPackage.Literals.CAREER_ASPIRATION,
				RapportPackage.Literals.NETWORKING_GOAL);
	}

	@Override
	protected String getHeading() {
		return Messages.GoalsPage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		RapportPackage p = RapportPackage.eINSTANCE;
		addList(new ElementListPart<>(this, parent, toolkit, Messages.GoalsPage_aspirations,
				Messages.GoalsPage_aspirationsDescription, p.getNetworkingPlan_Aspirations(), CareerAspiration.class,
				GoalIds.ASPIRATIONS)
				.emptyHint(Messages.GoalsPage_aspirationsEmpty)
				.column(ElementColumn.of(Messages.GoalsPage_columnTitle, 200, CareerAspiration::getTitle))
				.column(ElementColumn.of(Messages.GoalsPage_columnHorizon, 90, a -> RapportLabels.date(a.getHorizon()),
						Comparator.comparing(CareerAspiration::getHorizon, Comparator.nullsLast(Date::compareTo)), false))
				.column(ElementColumn.of(Messages.GoalsPage_columnGoals, 60, a -> String.valueOf(a.getGoals().size()),
						Comparator.comparingInt(a -> a.getGoals().size()), true))
				.initializer(a -> a.setTitle(Messages.GoalsPage_newAspiration)));
		addList(new ElementListPart<>(this, parent, toolkit, Messages.GoalsPage_goals,
				Messages.GoalsPage_goalsDescription, p.getNetworkingPlan_Goals(), NetworkingGoal.class, GoalIds.GOALS)
				.emptyHint(Messages.GoalsPage_goalsEmpty)
				.withFilter(Messages.GoalsPage_filterHint)
				.column(ElementColumn.of(Messages.GoalsPage_columnTitle, 200, NetworkingGoal::getTitle))
				.column(ElementColumn.of(Messages.GoalsPage_columnStatus, 80, g -> RapportLabels.literal(g.getStatus()),
						Comparator.comparing(NetworkingGoal::getStatus), false))
				.column(ElementColumn.of(Messages.GoalsPage_columnPriority, 70,
						g -> RapportLabels.literal(g.getPriority()), Comparator.comparing(NetworkingGoal::getPriority), false))
				.column(ElementColumn.of(Messages.GoalsPage_columnProgress, 70, GoalDetails::progressText,
						Comparator.comparingDouble(NetworkingGoal::getProgress), true))
				.column(ElementColumn.of(Messages.GoalsPage_columnDue, 90, g -> RapportLabels.date(g.getDueDate()),
						Comparator.comparing(NetworkingGoal::getDueDate, Comparator.nullsLast(Date::compareTo)), false))
				.initializer(g -> g.setTitle(Messages.GoalsPage_newGoal)));
	}

	@Override
	protected void createDetails() {
		RapportPackage p = RapportPackage.eINSTANCE;
		registerDetails(p.getCareerAspiration(), new AspirationDetails(getEditor()));
		registerDetails(p.getNetworkingGoal(), new GoalDetails(getEditor()));
	}
}
