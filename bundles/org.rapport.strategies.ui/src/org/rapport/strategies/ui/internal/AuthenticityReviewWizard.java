/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/** Review of authenticity: note the interests and values shared with the people who matter most. */
public class AuthenticityReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		return FindingsPage.withFindings(new SharedGroundPage(context, Reviews.actions(context)));
	}

	static final class SharedGroundPage extends FindingsPage {
		private Button interestButton;
		private Button valueButton;
		private Text interest;
		private Text value;

		SharedGroundPage(ReviewContext context, ReviewActions actions) {
			super("sharedGround", Messages.Authenticity_title, Messages.Authenticity_description, context, actions, //$NON-NLS-1$
					s -> s instanceof Contact || s instanceof NetworkingPlan);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.Authenticity_interest);
			interest = Fields.text(parent, Messages.Authenticity_interestHint, 1);
			interest.addListener(SWT.Modify, e -> selectionChanged());
			interestButton = Fields.button(parent, Messages.Authenticity_addInterest,
					() -> apply(Contact.class, c -> actions.addSharedInterest(c, interest.getText())));
			Fields.label(parent, Messages.Authenticity_value);
			value = Fields.text(parent, Messages.Authenticity_valueHint, 1);
			value.addListener(SWT.Modify, e -> selectionChanged());
			valueButton = Fields.button(parent, Messages.Authenticity_addValue,
					() -> apply(Contact.class, c -> actions.addSharedValue(c, value.getText())));
		}

		@Override
		protected void selectionChanged() {
			boolean any = !selected(Contact.class).isEmpty();
			interestButton.setEnabled(any && Fields.filled(interest));
			valueButton.setEnabled(any && Fields.filled(value));
		}
	}
}
