/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review of follow-up and trust: reschedule or close overdue follow-ups, plan the next attempt of a
 * sequence given up too early, and plan a follow-up with the people the user is losing touch with.
 */
public class FollowUpTrustReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		ReviewActions actions = Reviews.actions(context);
		return FindingsPage.withFindings(new FollowUpsPage(context, actions), new ContactsPage(context, actions));
	}

	static final class FollowUpsPage extends FindingsPage {
		private Button reschedule;
		private Button done;
		private Button nextAttempt;

		FollowUpsPage(ReviewContext context, ReviewActions actions) {
			super("followUps", Messages.FollowUpTrust_followUpsTitle, Messages.FollowUpTrust_followUpsDescription, //$NON-NLS-1$
					context, actions, FollowUp.class::isInstance);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.FollowUpTrust_rescheduleTo);
			DateTime rescheduleDate = Fields.date(parent, actions.today().plusDays(7));
			reschedule = Fields.button(parent, Messages.FollowUpTrust_reschedule,
					() -> apply(FollowUp.class, f -> actions.reschedule(f, Fields.dateOf(rescheduleDate))));

			Fields.label(parent, Messages.FollowUpTrust_doneLabel);
			Fields.label(parent, ""); //$NON-NLS-1$
			done = Fields.button(parent, Messages.FollowUpTrust_markDone, () -> apply(FollowUp.class, actions::markDone));

			Fields.label(parent, Messages.FollowUpTrust_nextAttemptOn);
			DateTime nextDate = Fields.date(parent, actions.today().plusDays(3));
			nextAttempt = Fields.button(parent, Messages.FollowUpTrust_nextAttempt,
					() -> apply(FollowUp.class, f -> actions.planNextAttempt(f, Fields.dateOf(nextDate))));
		}

		@Override
		protected void selectionChanged() {
			List<FollowUp> selected = selected(FollowUp.class);
			boolean open = selected.stream().anyMatch(f -> f.getStatus() == FollowUpStatus.OPEN);
			reschedule.setEnabled(open);
			done.setEnabled(open);
			// a sequence the user stopped: its last attempt is done or skipped
			nextAttempt.setEnabled(selected.stream().anyMatch(f -> f.getStatus() != FollowUpStatus.OPEN));
		}
	}

	static final class ContactsPage extends FindingsPage {
		private Button plan;

		ContactsPage(ReviewContext context, ReviewActions actions) {
			super("contacts", Messages.FollowUpTrust_contactsTitle, Messages.FollowUpTrust_contactsDescription, //$NON-NLS-1$
					context, actions, Contact.class::isInstance);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
			Fields.label(parent, Messages.FollowUpTrust_followUpOn);
			DateTime due = Fields.date(parent, actions.today().plusDays(3));
			Text reason = Fields.text(parent, Messages.FollowUpTrust_reasonHint, 1);
			reason.setText(Messages.FollowUpTrust_reasonDefault);
			plan = Fields.button(parent, Messages.FollowUpTrust_planFollowUp, () -> apply(Contact.class,
					c -> actions.planFollowUp(c, Fields.dateOf(due), reason.getText(), FollowUpOrigin.CADENCE, null)));
		}

		@Override
		protected void selectionChanged() {
			plan.setEnabled(!selected(Contact.class).isEmpty());
		}
	}
}
