/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import org.rapport.model.edit.provider.RapportLabels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.ecore.EObject;
import org.rapport.model.RapportPackage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.rapport.model.PlanReview;
import org.rapport.model.StrategyScore;
import org.rapport.ui.UiIds;
import org.rapport.ui.charts.TrendChart;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.review.ReviewFindingsTable;
import org.rapport.ui.internal.review.ReviewFormat;
import org.rapport.ui.internal.review.ReviewIds;
import org.rapport.ui.internal.review.ScoreTable;

/**
 * The plan's reviews: their history (newest first), the trend of the plan's health and of every strategy's
 * score across them, and the selected review's scores, findings, decisions and notes. The history's selection is
 * the editor's, so the Properties view shows (and edits) the selected review.
 */
public class ReviewsPage extends RefreshedWhenShownPage {

	public static final String ID = ReviewIds.PAGE_REVIEWS;

	/** The width of one trend chart: the charts of all strategies wrap into rows of these. */
	private static final int TREND_WIDTH = 170;

	/** Newest first; of two reviews on the same date, the one recorded later (further down the plan's list). */
	private final Comparator<PlanReview> newestFirst;

	private final PlanEditor editor;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private TableViewer history;
	private Composite trends;
	private ScoreTable scores;
	private ReviewFindingsTable findings;
	private final WritableValue<EObject> shown = new WritableValue<>(null, EObject.class);
	private FieldBinder fields;
	private Section details;

	public ReviewsPage(PlanEditor editor) {
		super(editor, ID, Messages.ReviewsPage_tab);
		this.editor = editor;
		newestFirst = Comparator
				.comparing((PlanReview review) -> review.getDate(), Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(review -> Integer.valueOf(editor.getPlan().getReviews().indexOf(review)))
				.reversed();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		toolkit = managedForm.getToolkit();
		form.setText(Messages.ReviewsPage_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		// One column, laid out to the editor's width (TableWrapLayout passes it down, so the trend charts wrap into
		// rows): the editor shares the window with views, and the trend needs the width more than the height.
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 1;
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		createHistory(client(section(body, Messages.ReviewsPage_historySection,
				Messages.ReviewsPage_historyDescription)));
		trends = client(section(body, Messages.ReviewsPage_trendSection, Messages.ReviewsPage_trendDescription));
		trends.setData(UiIds.KEY, ReviewIds.REVIEWS_TREND);
		trends.setLayout(new TrendsLayout());
		details = section(body, Messages.ReviewsPage_detailsSection, Messages.ReviewsPage_noSelection);
		createDetails(client(details));

		editor.setPageSelectionProvider(this, history);
		followChanges(form, editor.getPlan());
		refresh();
		if (history.getTable().getItemCount() > 0) {
			history.setSelection(new StructuredSelection(history.getElementAt(0)), true);
		}
	}

	private Section section(Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		section.setClient(toolkit.createComposite(section));
		return section;
	}

	private static Composite client(Section section) {
		return (Composite) section.getClient();
	}

	private void createHistory(Composite client) {
		client.setLayout(new GridLayout(1, false));
		Table table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setData(UiIds.KEY, ReviewIds.REVIEWS_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 140;
		data.widthHint = 300;
		table.setLayoutData(data);
		history = new TableViewer(table);
		history.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.ReviewsPage_columnDate, 110, SWT.LEFT, review -> ReviewFormat.date(review.getDate()));
		column(Messages.ReviewsPage_columnOverall, 70, SWT.RIGHT, review -> ReviewFormat.score(review.getOverallScore()));
		column(Messages.ReviewsPage_columnNotes, 320, SWT.LEFT, review -> ReviewFormat.firstLine(review.getNotes(), 120));
		history.addSelectionChangedListener(e -> showDetails(selected()));
	}

	private interface ReviewText {
		String of(PlanReview review);
	}

	private void column(String title, int width, int alignment, ReviewText text) {
		TableViewerColumn column = new TableViewerColumn(history, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((PlanReview) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((PlanReview) element).getNotes();
			}
		});
	}

	private void createDetails(Composite client) {
		client.setLayout(new GridLayout(2, false));
		scores = new ScoreTable(client, SWT.NONE, ReviewIds.REVIEWS_SCORES);
		toolkit.adapt(scores.getTable(), false, false);
		GridData scoresData = new GridData(SWT.FILL, SWT.FILL, true, true);
		scoresData.heightHint = 150;
		scoresData.widthHint = 280;
		scores.getTable().setLayoutData(scoresData);

		// the review's own words stay editable afterwards: decisions get revisited, notes get added
		Composite right = toolkit.createComposite(client);
		GridLayout rightLayout = new GridLayout(2, false);
		rightLayout.marginWidth = 0;
		rightLayout.marginHeight = 0;
		right.setLayout(rightLayout);
		right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields = new FieldBinder(editor.getEditingDomain(), toolkit, right, shown,
				() -> getManagedForm().dirtyStateChanged());
		fields.lines(Messages.ReviewsPage_decisions, RapportPackage.Literals.PLAN_REVIEW__DECISIONS,
				ReviewIds.REVIEWS_DECISIONS, 4);
		fields.multiLineText(Messages.ReviewsPage_notes, RapportPackage.Literals.PLAN_REVIEW__NOTES,
				ReviewIds.REVIEWS_NOTES, 4);
		toolkit.paintBordersFor(right);
		getManagedForm().addPart(new AbstractFormPart() {
			@Override
			public boolean isDirty() {
				return fields.isDirty();
			}

			@Override
			public void commit(boolean onSave) {
				fields.commit();
				super.commit(onSave);
			}
		});

		findings = new ReviewFindingsTable(client, SWT.NONE, ReviewIds.REVIEWS_FINDINGS, editor.getAdapterFactory(),
				this::strategyName);
		toolkit.adapt(findings.getTable(), false, false);
		GridData findingsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		findingsData.widthHint = 300;
		findingsData.heightHint = 140;
		findings.getTable().setLayoutData(findingsData);
	}

	/** The reviews, newest first. */
	private List<PlanReview> reviews() {
		List<PlanReview> reviews = new ArrayList<>(editor.getPlan().getReviews());
		reviews.sort(newestFirst);
		return reviews;
	}

	@Override
	protected void refresh() {
		PlanReview selected = selected();
		List<PlanReview> reviews = reviews();
		history.setInput(reviews.toArray());
		if (selected != null && reviews.contains(selected)) {
			history.setSelection(new StructuredSelection(selected), true);
		}
		showDetails(selected());
		refreshTrends(reviews);
		form.reflow(true);
	}

	/**
	 * One chart for the plan's health and one for each strategy any review scored, oldest review on the left. A
	 * strategy that failed or was not installed in a review has no point there (the line breaks).
	 */
	private void refreshTrends(List<PlanReview> newestFirstReviews) {
		for (Control child : trends.getChildren()) {
			child.dispose();
		}
		List<PlanReview> oldestFirst = new ArrayList<>(newestFirstReviews);
		Collections.reverse(oldestFirst);
		// strategies in the order of the newest review, then any only older reviews have
		Map<String, String> strategies = new LinkedHashMap<>();
		for (PlanReview review : newestFirstReviews) {
			for (StrategyScore score : review.getScores()) {
				if (score.getStrategyId() != null) {
					strategies.putIfAbsent(score.getStrategyId(),
							score.getStrategyName() != null ? score.getStrategyName() : score.getStrategyId());
				}
			}
		}
		trend(Messages.ReviewsPage_overall, oldestFirst, review -> review.getOverallScore());
		strategies.forEach((id, name) -> trend(name, oldestFirst, review -> scoreOf(review, id)));
		trends.layout(true, true);
	}

	/**
	 * Trend charts of equal width in rows that wrap at the width the form gives. Asked for its size without a
	 * width (as the form does, to learn how narrow the page may get), it answers with one chart per row rather than
	 * all of them in one, which would make the whole page as wide as all the charts together.
	 */
	private static final class TrendsLayout extends Layout {
		private static final int SPACING = 12;

		private static int columns(int width) {
			return width == SWT.DEFAULT ? 1 : Math.max(1, (width + SPACING) / (TREND_WIDTH + SPACING));
		}

		private static int cellHeight(Control[] cells, boolean flushCache) {
			int height = 0;
			for (Control cell : cells) {
				height = Math.max(height, cell.computeSize(TREND_WIDTH, SWT.DEFAULT, flushCache).y);
			}
			return height;
		}

		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			Control[] cells = composite.getChildren();
			int columns = Math.min(columns(wHint), Math.max(1, cells.length));
			int rows = (cells.length + columns - 1) / columns;
			int width = columns * TREND_WIDTH + (columns - 1) * SPACING;
			int height = rows == 0 ? 0 : rows * cellHeight(cells, flushCache) + (rows - 1) * SPACING;
			return new Point(wHint == SWT.DEFAULT ? width : wHint, hHint == SWT.DEFAULT ? height : hHint);
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			Rectangle area = composite.getClientArea();
			Control[] cells = composite.getChildren();
			int columns = columns(area.width);
			int height = cellHeight(cells, flushCache);
			for (int i = 0; i < cells.length; i++) {
				int x = area.x + (i % columns) * (TREND_WIDTH + SPACING);
				int y = area.y + (i / columns) * (height + SPACING);
				cells[i].setBounds(x, y, TREND_WIDTH, height);
			}
		}
	}

	private interface Value {
		double of(PlanReview review);
	}

	private void trend(String title, List<PlanReview> oldestFirst, Value value) {
		Composite cell = toolkit.createComposite(trends);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		cell.setLayout(layout);
		Label label = toolkit.createLabel(cell, title, SWT.NONE);
		label.setToolTipText(title);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		TrendChart chart = new TrendChart(cell, SWT.NONE);
		chart.setEmptyMessage(Messages.ReviewsPage_noReviews);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		List<TrendChart.Point> points = new ArrayList<>();
		for (PlanReview review : oldestFirst) {
			double v = value.of(review);
			String date = review.getDate() == null ? "?" : RapportLabels.date(review.getDate()); //$NON-NLS-1$
			points.add(new TrendChart.Point(date, v,
					NLS.bind(Messages.ReviewsPage_trendPoint, new Object[] { title, date, ReviewFormat.score(v) })));
		}
		chart.setPoints(points);
	}

	private static double scoreOf(PlanReview review, String strategyId) {
		for (StrategyScore score : review.getScores()) {
			if (strategyId.equals(score.getStrategyId())) {
				boolean failed = score.getFailureReason() != null && !score.getFailureReason().isEmpty();
				return failed ? Double.NaN : score.getValue();
			}
		}
		return Double.NaN;
	}

	private String strategyName(String strategyId) {
		PlanReview review = selected();
		if (review != null) {
			for (StrategyScore score : review.getScores()) {
				if (strategyId.equals(score.getStrategyId()) && score.getStrategyName() != null) {
					return score.getStrategyName();
				}
			}
		}
		return strategyId;
	}

	private PlanReview selected() {
		IStructuredSelection selection = history.getStructuredSelection();
		return selection.getFirstElement() instanceof PlanReview review ? review : null;
	}

	private void showDetails(PlanReview review) {
		scores.setReview(review);
		findings.setFindings(review == null ? List.of() : review.getFindings());
		if (shown.getValue() != review) {
			fields.commit();
			shown.setValue(review);
		}
		fields.setEnabled(review != null);
		fields.refresh();
		details.setDescription(review == null ? Messages.ReviewsPage_noSelection
				: NLS.bind(Messages.ReviewsPage_detailsDescription, ReviewFormat.date(review.getDate()),
						ReviewFormat.score(review.getOverallScore())));
		details.layout(true, true);
	}

	@Override
	public void setFocus() {
		if (history != null && !history.getControl().isDisposed()) {
			history.getControl().setFocus();
		}
	}
}
