/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.derived.PlanClock;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review of proactive opportunities: follow up with the people met at an event, and settle events that
 * are still marked planned after their date.
 */
public class ProactiveOpportunitiesReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		return FindingsPage.withFindings(new EventsPage(context, Reviews.actions(context)));
	}

	static final class EventsPage extends FindingsPage {
		private Button followUp;
		private Button attended;
		private Button declined;

		EventsPage(ReviewContext context, ReviewActions actions) {
			super("events", Messages.Opportunities_title, Messages.Opportunities_description, context, actions, //$NON-NLS-1$
					s -> s instanceof Opportunity || s instanceof NetworkingPlan);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
			Fields.label(parent, Messages.Opportunities_followUpBy);
			DateTime due = Fields.date(parent, actions.today().plusDays(1));
			Fields.label(parent, ""); //$NON-NLS-1$
			followUp = Fields.button(parent, Messages.Opportunities_followUp, () -> apply(Opportunity.class,
					o -> actions.followUpPeopleMet(o, ReviewActions.peopleMet(context.getPlan(), o), Fields.dateOf(due))));

			Fields.label(parent, Messages.Opportunities_statusLabel);
			Fields.label(parent, ""); //$NON-NLS-1$
			attended = Fields.button(parent, Messages.Opportunities_attended,
					() -> apply(Opportunity.class, o -> actions.setStatus(o, OpportunityStatus.ATTENDED)));
			declined = Fields.button(parent, Messages.Opportunities_declined,
					() -> apply(Opportunity.class, o -> actions.setStatus(o, OpportunityStatus.DECLINED)));
		}

		@Override
		protected void selectionChanged() {
			List<Opportunity> selected = selected(Opportunity.class);
			followUp.setEnabled(selected.stream().anyMatch(o -> !ReviewActions.peopleMet(context.getPlan(), o).isEmpty()));
			boolean stale = selected.stream().anyMatch(EventsPage::isStale);
			attended.setEnabled(stale);
			declined.setEnabled(stale);
		}

		/** Still in the pipeline although its day has passed. */
		private static boolean isStale(Opportunity o) {
			LocalDate day = PlanClock.toLocalDate(o.getDate());
			OpportunityStatus s = o.getStatus();
			return day != null && day.isBefore(PlanClock.today()) && (s == OpportunityStatus.IDENTIFIED
					|| s == OpportunityStatus.PLANNED || s == OpportunityStatus.REGISTERED);
		}
	}
}
