/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.rapport.model.PlanReview;
import org.rapport.model.ReviewFinding;
import org.rapport.model.Severity;
import org.rapport.model.StrategyScore;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;

/**
 * The scores of a plan review, one row per strategy: name, score, weight, number of findings and, for a strategy
 * that could not score, why. Used by the review's summary and by the Reviews page of the plan editor.
 */
public final class ScoreTable {

	private final TableViewer viewer;
	private PlanReview review;

	public ScoreTable(Composite parent, int style, String id) {
		viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(UiIds.KEY, id);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Review_columnStrategy, 250, SWT.LEFT, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				StrategyScore score = (StrategyScore) element;
				return score.getStrategyName() != null ? score.getStrategyName() : score.getStrategyId();
			}

			@Override
			public Image getImage(Object element) {
				return isFailed((StrategyScore) element) ? ReviewFormat.severityImage(Severity.ERROR) : null;
			}
		});
		column(Messages.Review_columnScore, 60, SWT.RIGHT, text(score -> isFailed(score)
				? Messages.Review_failedScore
				: ReviewFormat.score(score.getValue())));
		column(Messages.Review_columnWeight, 60, SWT.RIGHT, text(score -> ReviewFormat.weight(score.getWeight())));
		column(Messages.Review_columnFindings, 70, SWT.RIGHT, text(score -> Long.toString(findings(score))));
		// the reason names the plugin and is long: the whole of it shows in the tooltip
		column(Messages.Review_columnProblem, 260, SWT.LEFT, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String reason = ((StrategyScore) element).getFailureReason();
				return reason == null ? "" : reason; //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return ((StrategyScore) element).getFailureReason();
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	private static boolean isFailed(StrategyScore score) {
		return score.getFailureReason() != null && !score.getFailureReason().isEmpty();
	}

	private long findings(StrategyScore score) {
		if (review == null) {
			return 0;
		}
		return review.getFindings().stream()
				.map(ReviewFinding::getStrategyId)
				.filter(id -> id != null && id.equals(score.getStrategyId()))
				.count();
	}

	private interface Text {
		String of(StrategyScore score);
	}

	private static ColumnLabelProvider text(Text text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((StrategyScore) element);
			}
		};
	}

	private void column(String title, int width, int alignment, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
	}

	/** Shows the review's scores (or none). */
	public void setReview(PlanReview newReview) {
		review = newReview;
		viewer.setInput(review == null ? new Object[0] : review.getScores().toArray());
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public Table getTable() {
		return viewer.getTable();
	}
}
