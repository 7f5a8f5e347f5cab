/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.CareerAspiration;
import org.rapport.model.GoalStatus;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review of goal alignment: tie each goal to the aspiration it serves, make it measurable and dated, and
 * activate the goals that matter now.
 */
public class GoalAlignmentReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		return FindingsPage.withFindings(new GoalsPage(context, Reviews.actions(context)));
	}

	static final class GoalsPage extends FindingsPage {
		private Button link;
		private Button target;
		private Button date;
		private Button activate;
		private Text metric;
		private ComboViewer aspiration;

		GoalsPage(ReviewContext context, ReviewActions actions) {
			super("goals", Messages.Goals_title, Messages.Goals_description, context, actions, //$NON-NLS-1$
					s -> s instanceof NetworkingGoal || s instanceof CareerAspiration || s instanceof NetworkingPlan);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
			List<CareerAspiration> aspirations = context.getPlan().getAspirations();
			Fields.label(parent, Messages.Goals_aspiration);
			aspiration = Fields.combo(parent, List.copyOf(aspirations), RapportLabels::text, 3);
			link = Fields.button(parent, Messages.Goals_link,
					() -> apply(NetworkingGoal.class, g -> actions.linkAspiration(g, Fields.selection(aspiration))));

			Fields.label(parent, Messages.Goals_metric);
			metric = Fields.text(parent, Messages.Goals_metricHint, 1);
			metric.addListener(SWT.Modify, e -> selectionChanged());
			Fields.label(parent, Messages.Goals_target);
			Spinner value = new Spinner(parent, SWT.BORDER);
			value.setValues(1, 1, 100000, 0, 1, 10);
			target = Fields.button(parent, Messages.Goals_setTarget, () -> apply(NetworkingGoal.class,
					g -> actions.setTarget(g, metric.getText(), value.getSelection())));

			Fields.label(parent, Messages.Goals_dueDate);
			DateTime due = Fields.date(parent, actions.today().plusDays(90));
			Fields.label(parent, ""); //$NON-NLS-1$
			Fields.label(parent, ""); //$NON-NLS-1$
			date = Fields.button(parent, Messages.Goals_setDueDate,
					() -> apply(NetworkingGoal.class, g -> actions.setDueDate(g, Fields.dateOf(due))));

			Fields.label(parent, Messages.Goals_statusLabel);
			Fields.label(parent, ""); //$NON-NLS-1$
			Fields.label(parent, ""); //$NON-NLS-1$
			Fields.label(parent, ""); //$NON-NLS-1$
			activate = Fields.button(parent, Messages.Goals_activate, () -> apply(NetworkingGoal.class, actions::activate));
		}

		@Override
		protected void selectionChanged() {
			List<NetworkingGoal> goals = selected(NetworkingGoal.class);
			boolean any = !goals.isEmpty();
			link.setEnabled(any && Fields.selection(aspiration) != null);
			target.setEnabled(any && Fields.filled(metric));
			date.setEnabled(any);
			activate.setEnabled(goals.stream().anyMatch(g -> g.getStatus() != GoalStatus.ACTIVE));
			NetworkingGoal goal = first(NetworkingGoal.class);
			if (goal != null && !Fields.filled(metric) && goal.getMetric() != null) {
				metric.setText(goal.getMetric());
			}
		}
	}
}
