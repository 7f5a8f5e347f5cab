/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.rapport.core.strategies.Finding;
import org.rapport.model.ReviewFinding;
import org.rapport.model.Severity;
import org.rapport.ui.UiIds;
import org.rapport.ui.emf.AdapterFactoryLabelProvider;
import org.rapport.ui.internal.Messages;

/**
 * Findings in a table: severity, what was found, the object it is about (labelled by its item provider) and the
 * suggested action. Shows either a strategy's current findings ({@link Finding}) or those a plan review recorded
 * ({@link ReviewFinding}); with a strategy-name function it adds a column naming the strategy of each.
 */
public final class ReviewFindingsTable {

	private final TableViewer viewer;
	private final AdapterFactoryLabelProvider subjects;

	/**
	 * @param strategyNames the name of a strategy by its id, for a Strategy column; {@code null} for none
	 */
	public ReviewFindingsTable(Composite parent, int style, String id, AdapterFactory adapterFactory,
			Function<String, String> strategyNames) {
		viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		subjects = new AdapterFactoryLabelProvider(adapterFactory);
		Table table = viewer.getTable();
		table.addDisposeListener(e -> subjects.dispose());
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(UiIds.KEY, id);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Review_columnSeverity, 80, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ReviewFormat.severity(severity(element));
			}

			@Override
			public Image getImage(Object element) {
				return ReviewFormat.severityImage(severity(element));
			}
		});
		if (strategyNames != null) {
			column(Messages.Review_columnStrategy, 160, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String strategyId = element instanceof ReviewFinding finding ? finding.getStrategyId() : null;
					return strategyId == null ? "" : strategyNames.apply(strategyId); //$NON-NLS-1$
				}
			});
		}
		column(Messages.Review_columnFinding, 300, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Finding finding ? finding.getMessage()
						: nonNull(((ReviewFinding) element).getMessage());
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		column(Messages.Review_columnSubject, 150, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EObject subject = subject(element);
				return subject == null ? Messages.Review_wholePlan : subjects.getText(subject);
			}

			@Override
			public Image getImage(Object element) {
				EObject subject = subject(element);
				return subject == null ? null : subjects.getImage(subject);
			}
		});
		column(Messages.Review_columnSuggestedAction, 240, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return nonNull(element instanceof Finding finding ? finding.getSuggestedAction()
						: ((ReviewFinding) element).getSuggestedAction());
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static Severity severity(Object element) {
		return element instanceof Finding finding ? finding.getSeverity() : ((ReviewFinding) element).getSeverity();
	}

	private static EObject subject(Object element) {
		return element instanceof Finding finding ? finding.getSubject() : ((ReviewFinding) element).getSubject();
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
	}

	/** Shows these findings ({@link Finding}s or {@link ReviewFinding}s), most severe first. */
	public void setFindings(List<?> findings) {
		Object[] sorted = findings.stream()
				.sorted((a, b) -> Integer.compare(rank(severity(b)), rank(severity(a))))
				.toArray();
		viewer.setInput(sorted);
	}

	private static int rank(Severity severity) {
		return severity == null ? -1 : severity.getValue();
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public Table getTable() {
		return viewer.getTable();
	}
}
