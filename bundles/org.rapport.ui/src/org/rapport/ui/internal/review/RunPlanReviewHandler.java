/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.Strategies;
import org.rapport.model.PlanReview;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.outcome.OutcomeMessages;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.internal.outcome.Summaries;
import org.rapport.ui.review.ReviewWizards;

/**
 * Review &gt; Run Plan Review...: reviews the plan of the active plan editor in {@link PlanReviewWizard}.
 * Enabled only while the active editor is a plan editor with a loaded plan (plugin.xml says the first part, this
 * handler the second: an editor showing a file that could not be loaded has no plan to review).
 */
public class RunPlanReviewHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		Object editor = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_EDITOR_NAME)
				: null;
		setBaseEnabled(editor instanceof PlanEditor planEditor && planEditor.getPlan() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof PlanEditor editor) || editor.getPlan() == null) {
			return null;
		}
		// what is typed but not yet applied belongs in the plan that is scored
		editor.commitPendingEdits();
		PlanReplica replica = editor.getAdapter(PlanReplica.class);
		if (replica == null) {
			return null;
		}
		PlanReviewWizard wizard = new PlanReviewWizard(editor.getPlan(), replica, editor.getEditingDomain(),
				editor.getAdapterFactory(), Strategies.getRegistry(), ReviewWizards.getRegistry(), LocalDate.now());
		new PlanReviewDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
		PlanReview recorded = wizard.getRecordedReview();
		if (recorded != null) {
			Outcomes.announce(HandlerUtil.getActiveWorkbenchWindow(event), OutcomeMessages.Review_title,
					Summaries.reviewed(recorded), null);
		}
		if (recorded != null && editor.setActivePage(ReviewIds.PAGE_REVIEWS) != null) {
			// The new review in the plan's history, where the user compares it with the earlier ones. Selected
			// through the editor's selection provider (the active page's), after the page's refresh that lists it.
			Display display = editor.getSite().getShell().getDisplay();
			display.asyncExec(() -> {
				if (editor.getPlan() != null && editor.getPlan().getReviews().contains(recorded)) {
					editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(recorded));
				}
			});
		}
		return null;
	}
}
