/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.model.PlanReview;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;

/**
 * The review's first page: while the strategies score the plan (the dialog's progress bar shows which), it
 * says so; then it shows the plan's health and every strategy's score, and offers the quick path (only the
 * strategies with findings and the pages with something to decide) or the full review; Next starts the walk.
 */
final class ScoringPage extends WizardPage {

	private Label overall;
	private Label result;
	private ScoreTable scores;
	private Button quick;
	private Button full;
	private java.util.function.Consumer<Boolean> pathChosen = q -> {
	};

	ScoringPage() {
		super(ReviewIds.PAGE_SCORING);
		setTitle(Messages.PlanReview_scoringTitle);
		setDescription(Messages.PlanReview_scoringDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));

		overall = new Label(composite, SWT.NONE);
		overall.setFont(JFaceResources.getHeaderFont());
		overall.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		result = new Label(composite, SWT.WRAP);
		result.setData(UiIds.KEY, ReviewIds.SCORING_RESULT);
		result.setText(Messages.PlanReview_scoringRunning);
		GridData resultData = new GridData(SWT.FILL, SWT.TOP, true, false);
		resultData.widthHint = 500;
		result.setLayoutData(resultData);

		scores = new ScoreTable(composite, SWT.NONE, ReviewIds.SCORING_SCORES);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 180;
		scores.getTable().setLayoutData(tableData);
		scores.getTable().setVisible(false);

		quick = new Button(composite, SWT.RADIO);
		quick.setData(UiIds.KEY, ReviewIds.SCORING_QUICK);
		quick.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		full = new Button(composite, SWT.RADIO);
		full.setData(UiIds.KEY, ReviewIds.SCORING_FULL);
		full.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		quick.setVisible(false);
		full.setVisible(false);
		quick.addListener(SWT.Selection, e -> {
			if (quick.getSelection()) {
				pathChosen.accept(Boolean.TRUE);
			}
		});
		full.addListener(SWT.Selection, e -> {
			if (full.getSelection()) {
				pathChosen.accept(Boolean.FALSE);
			}
		});

		Dialog.applyDialogFont(composite);
		overall.setFont(JFaceResources.getHeaderFont());
		setControl(composite);
	}

	/** Shows the plan's health after scoring: the overall value and each strategy's score. */
	void showResult(PlanReview draft, int strategies, int failed, int findings) {
		overall.setText(NLS.bind(Messages.PlanReview_overall, ReviewFormat.score(draft.getOverallScore())));
		StringBuilder text = new StringBuilder(NLS.bind(Messages.PlanReview_scored,
				new Object[] { Integer.valueOf(strategies), Integer.valueOf(findings) }));
		if (failed > 0) {
			text.append(' ').append(NLS.bind(Messages.PlanReview_scoredFailed, Integer.valueOf(failed)));
		}
		text.append(' ').append(Messages.PlanReview_scoredNext);
		result.setText(text.toString());
		scores.setReview(draft);
		scores.getTable().setVisible(true);
		setDescription(Messages.PlanReview_scoredDescription);
		setPageComplete(true);
		((Composite) getControl()).layout(true, true);
	}

	/**
	 * Offers the two paths, the quick one chosen; {@code chosen} is told {@code true} for the quick path, {@code false}
	 * for the full review.
	 */
	void showChoice(int quickPages, int fullPages, java.util.function.Consumer<Boolean> chosen) {
		pathChosen = chosen;
		quick.setText(NLS.bind(quickPages == 1 ? Messages.PlanReview_quickOne : Messages.PlanReview_quick,
				Integer.valueOf(quickPages)));
		full.setText(NLS.bind(Messages.PlanReview_full, Integer.valueOf(fullPages)));
		quick.setSelection(true);
		full.setSelection(false);
		quick.setVisible(true);
		full.setVisible(true);
		((Composite) getControl()).layout(true, true);
	}

	/** Says why there is nothing to review (scoring was cancelled or failed); the review can only be closed. */
	void showProblem(String problem) {
		result.setText(problem);
		setErrorMessage(problem);
		((Composite) getControl()).layout(true, true);
	}
}
