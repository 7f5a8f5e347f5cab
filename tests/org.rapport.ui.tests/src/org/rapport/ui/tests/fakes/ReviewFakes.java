/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.fakes;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * Review wizards for the UI tests (PlanReviewTest), contributed in this bundle's plugin.xml: one that works as a
 * review wizard should, and ones that fail in the ways a careless contribution can. Nested classes, so that
 * plugin.xml names them with {@code $}, as the extension registry allows.
 */
public final class ReviewFakes {

	/** The widget id of the working page's button. */
	public static final String CADENCE_BUTTON = "fake.review.cadence";
	/** The widget id of the button that changes the plan around the review context, straight on the stack. */
	public static final String OUTSIDE_BUTTON = "fake.review.outside";
	/** What that button appends to the plan's name. */
	public static final String OUTSIDE_SUFFIX = " (renamed outside the review)";
	/** The name of the working page. */
	public static final String CADENCE_PAGE = "fake.review.cadencePage";
	public static final String THROWING_MESSAGE = "the fake review wizard always fails";
	public static final String BROKEN_PAGE_MESSAGE = "the fake page cannot create its controls";

	private ReviewFakes() {
	}

	/** The review cadence the working page sets: 14 days, or 21 when the plan already has 14. */
	public static int newCadence(NetworkingPlan plan) {
		return plan.getReviewCadenceDays() == 14 ? 21 : 14;
	}

	/** The decision the working page records for that cadence. */
	public static String decision(int cadence) {
		return "Review the plan every " + cadence + " days";
	}

	/** A review wizard whose one page changes the plan through the context (one undoable step) on a click. */
	public static final class CadenceReview implements IReviewWizard {
		@Override
		public List<IWizardPage> createPages(ReviewContext context) {
			return List.of(new CadencePage(context));
		}
	}

	static final class CadencePage extends WizardPage {
		private final ReviewContext context;

		CadencePage(ReviewContext context) {
			super(CADENCE_PAGE);
			this.context = context;
			setTitle("Fake: review cadence");
			setDescription("Executes one command through the review context and records a decision.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(1, false));
			new Label(composite, SWT.NONE).setText(context.getStrategy().getName() + ": "
					+ context.getFindings().size() + " findings");
			int cadence = newCadence(context.getPlan());
			Button button = new Button(composite, SWT.PUSH);
			button.setText("Review every " + cadence + " days");
			button.setData("org.rapport.ui.id", CADENCE_BUTTON);
			button.addListener(SWT.Selection, e -> {
				Command set = SetCommand.create(context.getEditingDomain(), context.getPlan(),
						RapportPackage.Literals.NETWORKING_PLAN__REVIEW_CADENCE_DAYS, Integer.valueOf(cadence));
				if (context.execute(set)) {
					context.addDecision(decision(cadence));
					button.setEnabled(false);
				}
			});
			// a page that breaks the contract: its change is not the review's, so Cancel cannot undo past it
			Button outside = new Button(composite, SWT.PUSH);
			outside.setText("Rename the plan around the review");
			outside.setData("org.rapport.ui.id", OUTSIDE_BUTTON);
			outside.addListener(SWT.Selection, e -> {
				NetworkingPlan plan = context.getPlan();
				context.getEditingDomain().getCommandStack().execute(SetCommand.create(context.getEditingDomain(),
						plan, RapportPackage.Literals.NETWORKING_PLAN__NAME, plan.getName() + OUTSIDE_SUFFIX));
				outside.setEnabled(false);
			});
			setControl(composite);
		}
	}

	/** A review wizard whose {@code createPages} throws. */
	public static final class ThrowingReview implements IReviewWizard {
		@Override
		public List<IWizardPage> createPages(ReviewContext context) {
			throw new IllegalStateException(THROWING_MESSAGE);
		}
	}

	/** A review wizard whose page throws while creating its controls. */
	public static final class BrokenPageReview implements IReviewWizard {
		@Override
		public List<IWizardPage> createPages(ReviewContext context) {
			return List.of(new WizardPage("fake.review.brokenPage") {
				@Override
				public void createControl(Composite parent) {
					throw new UnsupportedOperationException(BROKEN_PAGE_MESSAGE);
				}
			});
		}
	}
}
