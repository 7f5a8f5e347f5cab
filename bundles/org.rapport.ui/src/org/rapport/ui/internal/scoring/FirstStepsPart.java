/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.rapport.core.strategies.GettingStarted;
import org.rapport.core.strategies.GettingStarted.Step;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Images;
import org.rapport.ui.internal.Messages;

/**
 * The Scorecard of a plan that is getting started ({@link GettingStarted}): the first steps, each ticked when done,
 * each open one with a link that does it. Scores and findings would only list what a new plan does not have yet.
 */
public final class FirstStepsPart {

	/** The link that adds a contact; the contacts step's second link imports them. */
	public static final String HREF_ADD = "add"; //$NON-NLS-1$
	public static final String HREF_IMPORT = "import"; //$NON-NLS-1$

	private static final String DONE_IMAGE = "icons/agenda_done.png"; //$NON-NLS-1$
	private static final String OPEN_IMAGE = "icons/step_open.png"; //$NON-NLS-1$

	private record Row(Label icon, Label title, Link action) {
	}

	private final Composite control;
	private final Label progress;
	private final Map<Step, Row> rows = new EnumMap<>(Step.class);

	/** @param actions told which step's link was followed, and which of its links ({@link #HREF_ADD}, …) */
	public FirstStepsPart(Composite parent, LocalResourceManager resources, BiConsumer<Step, String> actions) {
		control = new Composite(parent, SWT.NONE);
		control.setData(UiIds.KEY, UiIds.SCORECARD_FIRST_STEPS);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 10;
		layout.marginHeight = 8;
		layout.verticalSpacing = 2;
		control.setLayout(layout);

		Label heading = new Label(control, SWT.NONE);
		heading.setText(Messages.Scorecard_firstStepsTitle);
		heading.setFont(resources.create(FontDescriptor.createFrom(parent.getFont()).increaseHeight(3).setStyle(SWT.BOLD)));
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		progress = new Label(control, SWT.WRAP);
		GridData progressData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		progressData.widthHint = 200;
		progressData.verticalIndent = 2;
		progress.setLayoutData(progressData);

		Font bold = resources.create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.BOLD));
		for (Step step : GettingStarted.steps()) {
			// a row of its own per step, so that hiding a done step's link leaves the other rows as they are
			Composite row = new Composite(control, SWT.NONE);
			GridLayout rowLayout = new GridLayout(2, false);
			rowLayout.marginWidth = 0;
			rowLayout.marginHeight = 0;
			rowLayout.verticalSpacing = 2;
			row.setLayout(rowLayout);
			GridData rowData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
			rowData.verticalIndent = 10;
			row.setLayoutData(rowData);

			Label icon = new Label(row, SWT.NONE);
			icon.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false, 1, 3));
			Label title = new Label(row, SWT.WRAP);
			title.setData(UiIds.KEY, UiIds.SCORECARD_FIRST_STEPS + '.' + step.name());
			title.setFont(bold);
			title.setText(step.getLabel());
			GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false);
			titleData.widthHint = 200;
			title.setLayoutData(titleData);
			Label description = new Label(row, SWT.WRAP);
			description.setText(step.getDescription());
			GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
			descriptionData.widthHint = 200;
			description.setLayoutData(descriptionData);
			Link action = new Link(row, SWT.WRAP);
			action.setData(UiIds.KEY, UiIds.SCORECARD_FIRST_STEPS + '.' + step.name() + ".action"); //$NON-NLS-1$
			action.setText(actionText(step));
			GridData actionData = new GridData(SWT.FILL, SWT.TOP, true, false);
			actionData.widthHint = 200;
			action.setLayoutData(actionData);
			action.addListener(SWT.Selection, e -> actions.accept(step, e.text));
			rows.put(step, new Row(icon, title, action));
		}
	}

	private static String actionText(Step step) {
		return switch (step) {
		case ASPIRATION -> Messages.Scorecard_stepAspiration;
		case GOAL -> Messages.Scorecard_stepGoal;
		case CONTACTS -> Messages.Scorecard_stepContacts;
		case AUDIENCE -> Messages.Scorecard_stepAudience;
		case FOLLOW_UP -> Messages.Scorecard_stepFollowUp;
		};
	}

	public Composite getControl() {
		return control;
	}

	/** Ticks the steps the plan has done; only the open ones keep their link. */
	public void update(NetworkingPlan plan) {
		int done = GettingStarted.done(plan);
		progress.setText(NLS.bind(Messages.Scorecard_firstStepsProgress, new Object[] { Integer.toString(done),
				Integer.toString(GettingStarted.steps().size()), Integer.toString(GettingStarted.STEPS_TO_SCORE) }));
		for (Map.Entry<Step, Row> entry : rows.entrySet()) {
			boolean isDone = entry.getKey().isDone(plan);
			Row row = entry.getValue();
			row.icon().setImage(Images.get(isDone ? DONE_IMAGE : OPEN_IMAGE));
			row.icon().setToolTipText(isDone ? Messages.Scorecard_stepDone : Messages.Scorecard_stepOpen);
			row.title().setToolTipText(isDone ? Messages.Scorecard_stepDone : Messages.Scorecard_stepOpen);
			row.action().setVisible(!isDone);
			((GridData) row.action().getLayoutData()).exclude = isDone;
		}
		control.layout(true, true);
	}

	/** Whether the step shows as done (for tests and the accessible name). */
	public boolean isTicked(Step step) {
		return !rows.get(step).action().getVisible();
	}
}
