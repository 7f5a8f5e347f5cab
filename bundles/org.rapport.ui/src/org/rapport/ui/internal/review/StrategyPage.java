/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.Severity;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;

/**
 * The first page of one strategy's part of the review: its score (or why it could not score), its findings,
 * and what comes next: the pages of the strategy's review wizards, or a note for each one that could not be
 * shown.
 */
final class StrategyPage extends WizardPage {

	private final StrategyOutcome outcome;
	private final double weight;
	private final AdapterFactory adapterFactory;
	private final List<String> following = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();

	StrategyPage(StrategyOutcome outcome, double weight, AdapterFactory adapterFactory) {
		super(ReviewIds.PAGE_STRATEGY_PREFIX + outcome.getStrategy().getId());
		this.outcome = outcome;
		this.weight = weight;
		this.adapterFactory = adapterFactory;
		StrategyDescriptor strategy = outcome.getStrategy();
		setTitle(strategy.getName());
		if (outcome.isFailed()) {
			setDescription(Messages.PlanReview_strategyFailedDescription);
		} else {
			int count = outcome.getFindings().size();
			setDescription(NLS.bind(count == 1 ? Messages.PlanReview_strategyDescriptionOne
					: Messages.PlanReview_strategyDescription, ReviewFormat.score(outcome.getScore()),
					Integer.valueOf(count)));
		}
	}

	/** Announces the pages of a review wizard that follow this one. Call before the control is created. */
	void addFollowing(String reviewWizardName) {
		following.add(reviewWizardName);
	}

	/** Notes a review wizard whose pages cannot be shown (the reason names it and its plugin). */
	void addProblem(String problem) {
		problems.add(problem);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));

		Label score = new Label(composite, SWT.NONE);
		score.setData(UiIds.KEY, ReviewIds.STRATEGY_SCORE);
		score.setText(outcome.isFailed() ? Messages.PlanReview_notScored
				: NLS.bind(Messages.PlanReview_score, ReviewFormat.score(outcome.getScore()),
						ReviewFormat.weight(weight)));

		String description = outcome.getStrategy().getDescription();
		if (description != null) {
			wrapping(composite, description);
		}
		if (outcome.isFailed()) {
			Composite failure = note(composite, ReviewFormat.severityImage(Severity.ERROR), outcome.getFailure());
			failure.getChildren()[1].setData(UiIds.KEY, ReviewIds.STRATEGY_FAILURE);
		} else {
			ReviewFindingsTable findings = new ReviewFindingsTable(composite, SWT.NONE, ReviewIds.STRATEGY_FINDINGS, adapterFactory,
					null);
			findings.setFindings(outcome.getFindings());
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 160;
			data.widthHint = 560;
			findings.getTable().setLayoutData(data);
		}

		Composite notes = new Composite(composite, SWT.NONE);
		notes.setData(UiIds.KEY, ReviewIds.STRATEGY_NOTES);
		GridLayout notesLayout = new GridLayout(1, false);
		notesLayout.marginWidth = 0;
		notes.setLayout(notesLayout);
		notes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Image info = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
		for (String name : following) {
			note(notes, info, NLS.bind(Messages.PlanReview_following, name));
		}
		if (following.isEmpty() && problems.isEmpty()) {
			note(notes, info, outcome.isFailed() ? Messages.PlanReview_noReviewFailed : Messages.PlanReview_noReviewWizard);
		}
		Image warning = ReviewFormat.severityImage(Severity.WARNING);
		for (String problem : problems) {
			note(notes, warning, problem);
		}

		Dialog.applyDialogFont(composite);
		score.setFont(JFaceResources.getHeaderFont());
		setControl(composite);
	}

	private static Label wrapping(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 500;
		label.setLayoutData(data);
		return label;
	}

	/** An icon and a wrapping text beside it. */
	private static Composite note(Composite parent, Image image, String text) {
		Composite note = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		note.setLayout(layout);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label icon = new Label(note, SWT.NONE);
		icon.setImage(image);
		icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		wrapping(note, text);
		return note;
	}
}
