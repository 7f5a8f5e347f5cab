/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rapport.model.Severity;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.Messages;

/**
 * The Scorecard's table of findings and failed strategies: severity (icon and word), message, strategy,
 * subject and suggested action. A click on a column header sorts by it (again: the other way); it can be
 * narrowed to one strategy and to rows containing a text. Rows keep their place when sorted by severity:
 * failures, errors, warnings, notes, each in the strategies' own order.
 */
public final class FindingsTable {

	/** The columns, in their order in the table. */
	public enum Column {
		SEVERITY, MESSAGE, STRATEGY, SUBJECT, ACTION
	}

	private static final Point TOOLTIP_SHIFT = new Point(12, 20);
	private static final int TOOLTIP_DELAY_MILLIS = 500;

	private final TableViewer viewer;
	private Column sortColumn = Column.SEVERITY;
	private boolean ascending = true;
	private String strategyId;
	// the rows shown, changed in place so that a refresh relabels only rows that changed
	private final List<FindingRow> input = new ArrayList<>();
	private String text = ""; //$NON-NLS-1$

	public FindingsTable(Composite parent, int style) {
		Table table = new Table(parent, style | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		addColumn(Column.SEVERITY, Messages.Scorecard_columnSeverity, 90, ScoreFormat::severity);
		addColumn(Column.MESSAGE, Messages.Scorecard_columnMessage, 320, FindingRow::message);
		addColumn(Column.STRATEGY, Messages.Scorecard_columnStrategy, 150, row -> row.strategy().getName());
		addColumn(Column.SUBJECT, Messages.Scorecard_columnSubject, 150, FindingsTable::subject);
		addColumn(Column.ACTION, Messages.Scorecard_columnAction, 260, row -> nonNull(row.action()));
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int result = comparator().compare((FindingRow) a, (FindingRow) b);
				return ascending ? result : -result;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((FindingRow) element);
			}
		});
		table.setSortColumn(table.getColumn(Column.SEVERITY.ordinal()));
		table.setSortDirection(SWT.UP);
	}

	private void addColumn(Column column, String title, int width, Function<FindingRow, String> label) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(title);
		tableColumn.setWidth(width);
		tableColumn.setMoveable(true);
		tableColumn.setToolTipText(NLS.bind(Messages.Scorecard_sortBy, title));
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label.apply((FindingRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return column == Column.SEVERITY ? icon((FindingRow) element) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return toolTip((FindingRow) element);
			}

			// below and right of the pointer, so that the tooltip never covers the row being clicked
			@Override
			public Point getToolTipShift(Object object) {
				return TOOLTIP_SHIFT;
			}

			@Override
			public int getToolTipDisplayDelayTime(Object object) {
				return TOOLTIP_DELAY_MILLIS;
			}
		});
		tableColumn.addListener(SWT.Selection, e -> sortBy(column));
	}

	/** Sorts by the column; the column sorted by already turns the order round. */
	public void sortBy(Column column) {
		if (column == sortColumn) {
			ascending = !ascending;
		} else {
			sortColumn = column;
			ascending = true;
		}
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column.ordinal()));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		viewer.refresh();
	}

	private Comparator<FindingRow> comparator() {
		Comparator<FindingRow> bySeverity = Comparator.comparingInt(FindingRow::rank);
		Comparator<FindingRow> byOrder = Comparator.comparingInt(FindingRow::order);
		Comparator<FindingRow> primary = switch (sortColumn) {
		case SEVERITY -> bySeverity;
		case MESSAGE -> Comparator.comparing(FindingRow::message, String.CASE_INSENSITIVE_ORDER);
		case STRATEGY -> Comparator.comparing((FindingRow row) -> row.strategy().getName(), String.CASE_INSENSITIVE_ORDER);
		case SUBJECT -> Comparator.comparing(FindingsTable::subject, String.CASE_INSENSITIVE_ORDER);
		case ACTION -> Comparator.comparing((FindingRow row) -> nonNull(row.action()), String.CASE_INSENSITIVE_ORDER);
		};
		return primary.thenComparing(bySeverity).thenComparing(byOrder);
	}

	public void setRows(List<FindingRow> rows) {
		if (viewer.getInput() != input) {
			input.clear();
			input.addAll(rows);
			viewer.setInput(input);
		} else if (!input.equals(rows)) {
			input.clear();
			input.addAll(rows);
			// without new labels for the rows that stay: a score after an edit changes a few findings of thousands,
			// and every row labelled again is a row GTK measures again
			viewer.refresh(false);
		}
	}

	/** Shows only the rows of the strategy with this id; {@code null} shows all. */
	public void setStrategyFilter(String id) {
		strategyId = id;
		viewer.refresh();
	}

	public String getStrategyFilter() {
		return strategyId;
	}

	/** Shows only the rows with this text in any column (ignoring case); empty shows all. */
	public void setTextFilter(String filter) {
		text = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		viewer.refresh();
	}

	private boolean matches(FindingRow row) {
		if (strategyId != null && !strategyId.equals(row.strategy().getId())) {
			return false;
		}
		if (text.isEmpty()) {
			return true;
		}
		for (String value : new String[] { row.message(), row.strategy().getName(), subject(row), nonNull(row.action()),
				ScoreFormat.severity(row) }) {
			if (value.toLowerCase(Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}

	/** Calls the consumer with the row double-clicked or opened with Enter. */
	public void addOpenListener(Consumer<FindingRow> listener) {
		viewer.addOpenListener(e -> {
			IStructuredSelection selection = (IStructuredSelection) e.getSelection();
			if (selection.getFirstElement() instanceof FindingRow row) {
				listener.accept(row);
			}
		});
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public Table getTable() {
		return viewer.getTable();
	}

	/** The label of what the row is about: the object's, or the failed strategy's plugin. */
	static String subject(FindingRow row) {
		if (row.failure()) {
			return NLS.bind(Messages.Scorecard_plugin, row.strategy().getContributor());
		}
		return row.subject() == null ? "" : RapportLabels.text(row.subject()); //$NON-NLS-1$
	}

	private static String toolTip(FindingRow row) {
		StringBuilder tip = new StringBuilder(row.message());
		if (row.action() != null && !row.action().isBlank()) {
			tip.append('\n').append(NLS.bind(Messages.Scorecard_actionToolTip, row.action()));
		}
		if (!row.failure() && row.subject() != null) {
			tip.append('\n').append(Messages.Scorecard_openToolTip);
		}
		return tip.toString();
	}

	private static Image icon(FindingRow row) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (row.failure() || row.severity() == Severity.ERROR) {
			return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return images.getImage(row.severity() == Severity.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK
				: ISharedImages.IMG_OBJS_INFO_TSK);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
