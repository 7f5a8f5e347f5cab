/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.PlanReview;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.review.ReviewContext;

/**
 * The review's last page: every strategy's score, the plan's health, the user's notes, and the decisions, first
 * those the strategies' pages collected (through {@link ReviewContext#addDecision}), which the user can remove,
 * then any the user adds.
 */
final class SummaryPage extends WizardPage {

	private final PlanReview draft;
	private final List<ReviewContext> contexts;
	/** How many of each context's decisions were taken over, so that one the user removed does not come back. */
	private final Map<ReviewContext, Integer> imported = new IdentityHashMap<>();
	private final List<String> decisions = new ArrayList<>();
	private String notes = ""; //$NON-NLS-1$

	private Text notesText;
	private TableViewer decisionsViewer;
	private Text newDecision;
	private Button add;
	private Button remove;

	SummaryPage(PlanReview draft, List<ReviewContext> contexts) {
		super(ReviewIds.PAGE_SUMMARY);
		this.draft = draft;
		this.contexts = List.copyOf(contexts);
		setTitle(Messages.PlanReview_summaryTitle);
		setDescription(Messages.PlanReview_summaryDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(2, false));

		Label overall = new Label(composite, SWT.NONE);
		overall.setData(UiIds.KEY, ReviewIds.SUMMARY_OVERALL);
		overall.setText(NLS.bind(Messages.PlanReview_overall, ReviewFormat.score(draft.getOverallScore())));
		overall.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		ScoreTable scores = new ScoreTable(composite, SWT.NONE, ReviewIds.SUMMARY_SCORES);
		scores.setReview(draft);
		GridData scoresData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		scoresData.heightHint = 120;
		scores.getTable().setLayoutData(scoresData);

		Label notesLabel = new Label(composite, SWT.NONE);
		notesLabel.setText(Messages.PlanReview_notes);
		notesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		notesText = new Text(composite, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		notesText.setData(UiIds.KEY, ReviewIds.SUMMARY_NOTES);
		notesText.setText(notes);
		notesText.setMessage(Messages.PlanReview_notesHint);
		GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		notesData.heightHint = 60;
		notesData.widthHint = 500;
		notesText.setLayoutData(notesData);
		notesText.addModifyListener(e -> notes = notesText.getText());

		Label decisionsLabel = new Label(composite, SWT.NONE);
		decisionsLabel.setText(Messages.PlanReview_decisions);
		decisionsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		decisionsViewer = new TableViewer(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		decisionsViewer.getTable().setData(UiIds.KEY, ReviewIds.SUMMARY_DECISIONS);
		decisionsViewer.setContentProvider(ArrayContentProvider.getInstance());
		decisionsViewer.setLabelProvider(new LabelProvider());
		decisionsViewer.setInput(decisions);
		GridData decisionsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		decisionsData.heightHint = 80;
		decisionsViewer.getTable().setLayoutData(decisionsData);
		decisionsViewer.addSelectionChangedListener(e -> updateButtons());
		remove = new Button(composite, SWT.PUSH);
		remove.setText(Messages.PlanReview_removeDecision);
		remove.setData(UiIds.KEY, ReviewIds.SUMMARY_REMOVE_DECISION);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, e -> removeSelected());

		newDecision = new Text(composite, SWT.SINGLE | SWT.BORDER);
		newDecision.setData(UiIds.KEY, ReviewIds.SUMMARY_NEW_DECISION);
		newDecision.setMessage(Messages.PlanReview_newDecisionHint);
		newDecision.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		newDecision.addModifyListener(e -> updateButtons());
		// Enter adds the decision rather than pressing the dialog's default button (Finish)
		newDecision.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN && !newDecision.getText().isBlank()) {
				e.doit = false;
				addDecision();
			}
		});
		add = new Button(composite, SWT.PUSH);
		add.setText(Messages.PlanReview_addDecision);
		add.setData(UiIds.KEY, ReviewIds.SUMMARY_ADD_DECISION);
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		add.addListener(SWT.Selection, e -> addDecision());

		Dialog.applyDialogFont(composite);
		overall.setFont(JFaceResources.getHeaderFont());
		setControl(composite);
		updateButtons();
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			importDecisions();
		}
		super.setVisible(visible);
		if (visible) {
			notesText.setFocus();
		}
	}

	/** Takes over the decisions the strategies' pages collected since the last look. */
	private void importDecisions() {
		boolean changed = false;
		for (ReviewContext context : contexts) {
			List<String> collected = context.getDecisions();
			int from = imported.getOrDefault(context, Integer.valueOf(0)).intValue();
			for (String decision : collected.subList(Math.min(from, collected.size()), collected.size())) {
				if (!decisions.contains(decision)) {
					decisions.add(decision);
					changed = true;
				}
			}
			imported.put(context, Integer.valueOf(collected.size()));
		}
		if (changed && decisionsViewer != null) {
			decisionsViewer.refresh();
		}
	}

	private void addDecision() {
		String decision = newDecision.getText().strip();
		if (decision.isEmpty()) {
			return;
		}
		if (!decisions.contains(decision)) {
			decisions.add(decision);
			decisionsViewer.refresh();
		}
		decisionsViewer.setSelection(new StructuredSelection(decision), true);
		newDecision.setText(""); //$NON-NLS-1$
		newDecision.setFocus();
	}

	private void removeSelected() {
		List<?> selected = decisionsViewer.getStructuredSelection().toList();
		decisions.removeAll(selected);
		decisionsViewer.refresh();
		updateButtons();
	}

	private void updateButtons() {
		remove.setEnabled(!decisionsViewer.getStructuredSelection().isEmpty());
		add.setEnabled(!newDecision.getText().isBlank());
	}

	/** The notes as typed. */
	String getNotes() {
		return notes;
	}

	/** The decisions to record: the list as the user left it, with any the pages collected after that. */
	List<String> getDecisions() {
		importDecisions();
		return List.copyOf(decisions);
	}
}
