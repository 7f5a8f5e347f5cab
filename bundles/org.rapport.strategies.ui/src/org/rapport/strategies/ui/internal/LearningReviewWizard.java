/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Feedback;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Skill;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review of learning and skill development: turn feedback into a learning activity, plan learning for
 * skill gaps nobody works on, and link activities to the skill they build.
 */
public class LearningReviewWizard implements IReviewWizard {

	/** The "no skill" entry of the skill choice. */
	private static final Object NO_SKILL = new Object();

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		ReviewActions actions = Reviews.actions(context);
		return FindingsPage.withFindings(new FeedbackPage(context, actions), new SkillsPage(context, actions));
	}

	private static String skillLabel(Object element) {
		return element == NO_SKILL ? Messages.Learning_noSkill : RapportLabels.text(element);
	}

	static final class FeedbackPage extends FindingsPage {
		private Button learn;
		private Text title;

		FeedbackPage(ReviewContext context, ReviewActions actions) {
			super("feedback", Messages.Learning_feedbackTitle, Messages.Learning_feedbackDescription, context, //$NON-NLS-1$
					actions, s -> s instanceof Feedback || s instanceof NetworkingPlan);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.Learning_activityTitle);
			title = Fields.text(parent, Messages.Learning_activityTitleHint, 2);
			title.addListener(SWT.Modify, e -> updateButton());
			Fields.label(parent, Messages.Learning_kind);
			ComboViewer kind = Fields.combo(parent, LearningKind.VALUES, RapportLabels::literal, 2);
			Fields.label(parent, Messages.Learning_skill);
			List<Object> skills = new ArrayList<>();
			skills.add(NO_SKILL);
			skills.addAll(context.getPlan().getSkills());
			ComboViewer skill = Fields.combo(parent, skills, LearningReviewWizard::skillLabel, 1);
			learn = Fields.button(parent, Messages.Learning_learn, () -> apply(Feedback.class, f -> {
				Object chosen = Fields.selection(skill);
				return actions.learnFromFeedback(f, title.getText(), Fields.selection(kind),
						chosen instanceof Skill s ? s : null);
			}));
		}

		@Override
		protected void selectionChanged() {
			Feedback feedback = first(Feedback.class);
			if (feedback != null && title != null) {
				// a starting point the user edits: most feedback is about a topic
				title.setText(feedback.getTopic() == null || feedback.getTopic().isBlank() ? "" //$NON-NLS-1$
						: NLS.bind(Messages.Learning_titleFromTopic, feedback.getTopic().strip()));
			}
			updateButton();
		}

		private void updateButton() {
			learn.setEnabled(!selected(Feedback.class).isEmpty() && Fields.filled(title));
		}
	}

	static final class SkillsPage extends FindingsPage {
		private Button plan;
		private Button link;
		private Text title;

		SkillsPage(ReviewContext context, ReviewActions actions) {
			super("skills", Messages.Learning_skillsTitle, Messages.Learning_skillsDescription, context, actions, //$NON-NLS-1$
					s -> s instanceof Skill || s instanceof LearningActivity);
		}

		@Override
		protected void createActionArea(Composite parent) {
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
			Fields.label(parent, Messages.Learning_activityTitle);
			title = Fields.text(parent, Messages.Learning_activityTitleHint, 2);
			title.addListener(SWT.Modify, e -> updateButtons());
			Fields.label(parent, Messages.Learning_kind);
			ComboViewer kind = Fields.combo(parent, LearningKind.VALUES, RapportLabels::literal, 1);
			plan = Fields.button(parent, Messages.Learning_plan,
					() -> apply(Skill.class, s -> actions.planLearning(s, title.getText(), Fields.selection(kind))));
			Fields.label(parent, Messages.Learning_linkTo);
			ComboViewer skill = Fields.combo(parent, List.copyOf(context.getPlan().getSkills()), RapportLabels::text, 1);
			link = Fields.button(parent, Messages.Learning_link,
					() -> apply(LearningActivity.class, a -> actions.linkSkill(a, Fields.selection(skill))));
		}

		@Override
		protected void selectionChanged() {
			Skill skill = first(Skill.class);
			if (skill != null && title != null && skill.getName() != null) {
				title.setText(NLS.bind(Messages.Learning_titleFromSkill, skill.getName().strip()));
			}
			updateButtons();
		}

		private void updateButtons() {
			plan.setEnabled(!selected(Skill.class).isEmpty() && Fields.filled(title));
			link.setEnabled(!selected(LearningActivity.class).isEmpty() && !context.getPlan().getSkills().isEmpty());
		}
	}
}
