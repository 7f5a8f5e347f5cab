/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review of reciprocity and gratitude: record the thank-you notes owed for help received, and plan to
 * give something back to the people the user has only received from.
 */
public class ReciprocityReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		ReviewActions actions = Reviews.actions(context);
		return FindingsPage.withFindings(new ThanksPage(context, actions), new GiveBackPage(context, actions));
	}

	static final class ThanksPage extends FindingsPage {
		private Button thank;

		ThanksPage(ReviewContext context, ReviewActions actions) {
			super("thanks", Messages.Reciprocity_thanksTitle, Messages.Reciprocity_thanksDescription, context, //$NON-NLS-1$
					actions, Exchange.class::isInstance);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.Reciprocity_channel);
			ComboViewer channel = Fields.combo(parent, Channel.VALUES, RapportLabels::literal, 2);
			Fields.label(parent, Messages.Reciprocity_message);
			Text message = Fields.text(parent, Messages.Reciprocity_messageHint, 1);
			thank = Fields.button(parent, Messages.Reciprocity_thank, () -> apply(Exchange.class,
					e -> actions.thank(e, Fields.selection(channel), message.getText())));
		}

		@Override
		protected void selectionChanged() {
			thank.setEnabled(selected(Exchange.class).stream().anyMatch(e -> e.getThanks() == null));
		}
	}

	static final class GiveBackPage extends FindingsPage {
		private Button give;

		GiveBackPage(ReviewContext context, ReviewActions actions) {
			super("giveBack", Messages.Reciprocity_giveTitle, Messages.Reciprocity_giveDescription, context, actions, //$NON-NLS-1$
					s -> s instanceof Contact || s instanceof NetworkingPlan);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.Reciprocity_giveBy);
			DateTime due = Fields.date(parent, actions.today().plusDays(7));
			give = Fields.button(parent, Messages.Reciprocity_give,
					() -> apply(Contact.class, c -> actions.planToGive(c, Fields.dateOf(due))));
		}

		@Override
		protected void selectionChanged() {
			give.setEnabled(!selected(Contact.class).isEmpty());
		}
	}
}
