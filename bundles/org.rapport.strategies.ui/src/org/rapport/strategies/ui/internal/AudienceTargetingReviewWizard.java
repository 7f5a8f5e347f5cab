/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Audience;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review of audience targeting: give each audience a communication strategy (a channel, a key message, the
 * value offered), and name the audiences each goal needs.
 */
public class AudienceTargetingReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		ReviewActions actions = Reviews.actions(context);
		return FindingsPage.withFindings(new AudiencesPage(context, actions), new GoalsPage(context, actions));
	}

	static final class AudiencesPage extends FindingsPage {
		private Button communicate;
		private Text keyMessage;
		private Text value;

		AudiencesPage(ReviewContext context, ReviewActions actions) {
			super("audiences", Messages.Audiences_title, Messages.Audiences_description, context, actions, //$NON-NLS-1$
					s -> s instanceof Audience || s instanceof CommunicationStrategy || s instanceof NetworkingPlan);
		}

		@Override
		protected EObject target(EObject subject) {
			// findings about an incomplete strategy are acted on through its audience
			return subject instanceof CommunicationStrategy ? subject.eContainer() : subject;
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.Audiences_channel);
			ComboViewer channel = Fields.combo(parent, Channel.VALUES, RapportLabels::literal, 2);
			Fields.label(parent, Messages.Audiences_keyMessage);
			keyMessage = Fields.text(parent, Messages.Audiences_keyMessageHint, 2);
			Fields.label(parent, Messages.Audiences_value);
			value = Fields.text(parent, Messages.Audiences_valueHint, 1);
			communicate = Fields.button(parent, Messages.Audiences_communicate, () -> apply(Audience.class,
					a -> actions.communicate(a, Fields.selection(channel), keyMessage.getText(), value.getText())));
		}

		@Override
		protected void selectionChanged() {
			communicate.setEnabled(!selected(Audience.class).isEmpty());
		}
	}

	static final class GoalsPage extends FindingsPage {
		private Button assign;
		private CheckboxTableViewer audiences;

		GoalsPage(ReviewContext context, ReviewActions actions) {
			super("goals", Messages.Audiences_goalsTitle, Messages.Audiences_goalsDescription, context, actions, //$NON-NLS-1$
					NetworkingGoal.class::isInstance);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
			Fields.label(parent, Messages.Audiences_needed);
			Fields.label(parent, ""); //$NON-NLS-1$
			audiences = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.V_SCROLL);
			audiences.setContentProvider(ArrayContentProvider.getInstance());
			audiences.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return RapportLabels.text(element);
				}
			});
			audiences.setInput(List.copyOf(context.getPlan().getAudiences()));
			audiences.addCheckStateListener(e -> selectionChanged());
			GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(audiences.getControl());
			assign = Fields.button(parent, Messages.Audiences_assign, () -> apply(NetworkingGoal.class,
					g -> actions.assignAudiences(g, checked())));
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(assign);
		}

		private List<Audience> checked() {
			List<Audience> checked = new ArrayList<>();
			for (Object element : audiences.getCheckedElements()) {
				checked.add((Audience) element);
			}
			return checked;
		}

		@Override
		protected void selectionChanged() {
			assign.setEnabled(!selected(NetworkingGoal.class).isEmpty() && audiences.getCheckedElements().length > 0);
		}
	}
}
