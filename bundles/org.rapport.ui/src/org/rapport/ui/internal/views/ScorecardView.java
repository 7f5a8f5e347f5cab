/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.rapport.core.strategies.GettingStarted;
import org.rapport.core.strategies.HealthRating;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportPackage;
import org.rapport.model.StrategyScore;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.charts.ColorBands;
import org.rapport.ui.charts.TrendChart;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.internal.scoring.FindingRow;
import org.rapport.ui.internal.scoring.FindingsTable;
import org.rapport.ui.internal.scoring.FirstStepsPart;
import org.rapport.ui.internal.scoring.PlanScoring;
import org.rapport.ui.internal.scoring.ScoreFormat;

/**
 * How the plan in the active plan editor scores, kept up to date while it is edited (see {@link PlanScoring}):
 * the plan's health as a number and a word with its trend over the past reviews, a bar per strategy, and the
 * findings and failed strategies in a table. Clicking a bar (or choosing a strategy above the table) narrows
 * the table and the trend to that strategy; double-clicking a finding shows its object in the editor. A plan that
 * is getting started ({@link GettingStarted}) shows its first steps instead, each with the link that does it.
 */
public class ScorecardView extends ViewPart {

	public static final String ID = UiIds.VIEW_SCORECARD;

	private static final int TREND_WIDTH = 150;
	/** Room for "7 strategies; 48 findings" on two lines. */
	private static final int STATUS_MIN_WIDTH = 140;

	private PageBook book;
	private Composite noPlanPage;
	private Composite scorecardPage;
	private FirstStepsPart firstSteps;
	private Label overall;
	private Label word;
	private Label status;
	private TrendChart trend;
	private BarChart chart;
	private Combo strategyCombo;
	private FindingsTable findings;
	private LocalResourceManager resources;
	/** The page of the book shown last. */
	private Control shownPage;
	/** The scores shown on the scorecard page: while they stay, only the status line changes. */
	private PlanHealth shownHealth;

	/** The strategy ids behind the combo's items after "All strategies". */
	private final List<String> comboIds = new ArrayList<>();

	private PlanEditorTracker tracker;
	private PlanEditor editor;
	private PlanScoring scoring;
	private final PlanScoring.Listener scoringListener = changed -> update();

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, UiIds.HELP_VIEW_SCORECARD);
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		book = new PageBook(parent, SWT.NONE);
		createNoPlanPage();
		createScorecardPage();
		firstSteps = new FirstStepsPart(book, resources, this::takeStep);
		contributeActions();

		tracker = new PlanEditorTracker(getSite().getPage(), this::setEditor);
	}

	private void createNoPlanPage() {
		noPlanPage = new Composite(book, SWT.NONE);
		noPlanPage.setLayout(new GridLayout(1, false));
		Label message = new Label(noPlanPage, SWT.WRAP);
		message.setText(Messages.Scorecard_noPlan);
		message.setData(UiIds.KEY, UiIds.SCORECARD_NO_PLAN);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private void createScorecardPage() {
		scorecardPage = new Composite(book, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 4;
		scorecardPage.setLayout(layout);
		createHeader(scorecardPage);

		chart = new BarChart(scorecardPage, SWT.NONE);
		chart.setData(UiIds.KEY, UiIds.SCORECARD_CHART);
		chart.setEmptyMessage(Messages.Scorecard_scoring);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		chart.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
			int index = chart.getSelectionIndex();
			filterBy(index >= 0 ? idOfBar(index) : null);
		}));
		chart.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.result = Messages.Scorecard_chartName;
				}
			}
		});

		Composite filters = new Composite(scorecardPage, SWT.NONE);
		GridLayout filtersLayout = new GridLayout(3, false);
		filtersLayout.marginHeight = 0;
		filters.setLayout(filtersLayout);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label show = new Label(filters, SWT.NONE);
		show.setText(Messages.Scorecard_show);
		strategyCombo = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
		strategyCombo.setData(UiIds.KEY, UiIds.SCORECARD_STRATEGY_FILTER);
		strategyCombo.setToolTipText(Messages.Scorecard_strategyFilterToolTip);
		strategyCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		strategyCombo.addListener(SWT.Selection, e -> {
			int index = strategyCombo.getSelectionIndex();
			filterBy(index > 0 ? comboIds.get(index - 1) : null);
		});
		Text search = new Text(filters, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.Scorecard_textFilterHint);
		search.setToolTipText(Messages.Scorecard_textFilterToolTip);
		search.setData(UiIds.KEY, UiIds.SCORECARD_TEXT_FILTER);
		GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		searchData.widthHint = 120;
		search.setLayoutData(searchData);
		search.addModifyListener(e -> {
			findings.setTextFilter(search.getText());
			updateStatus();
		});

		findings = new FindingsTable(scorecardPage, SWT.SINGLE | SWT.BORDER);
		findings.getTable().setData(UiIds.KEY, UiIds.SCORECARD_FINDINGS);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 120;
		findings.getTable().setLayoutData(tableData);
		findings.addOpenListener(this::open);
	}

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.horizontalSpacing = 10;
		header.setLayout(layout);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		overall = new Label(header, SWT.CENTER);
		overall.setData(UiIds.KEY, UiIds.SCORECARD_OVERALL);
		overall.setFont(resources.create(FontDescriptor.createFrom(parent.getFont()).increaseHeight(16).setStyle(SWT.BOLD)));
		overall.setToolTipText(Messages.Scorecard_overallToolTip);
		GridData overallData = new GridData(SWT.CENTER, SWT.CENTER, false, false);
		overallData.verticalSpan = 2;
		overallData.widthHint = numberWidth(overall);
		overall.setLayoutData(overallData);

		word = new Label(header, SWT.NONE);
		word.setData(UiIds.KEY, UiIds.SCORECARD_WORD);
		word.setFont(resources.create(FontDescriptor.createFrom(parent.getFont()).increaseHeight(3).setStyle(SWT.BOLD)));
		word.setToolTipText(Messages.Scorecard_wordToolTip);
		word.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));

		trend = new TrendChart(header, SWT.NONE);
		trend.setData(UiIds.KEY, UiIds.SCORECARD_TREND);
		trend.setBackground(header.getBackground());
		trend.setEmptyMessage(Messages.Scorecard_noTrend);
		GridData trendData = new GridData(SWT.END, SWT.FILL, false, false);
		trendData.verticalSpan = 2;
		trendData.widthHint = TREND_WIDTH;
		trendData.heightHint = 64;
		trend.setLayoutData(trendData);

		status = new Label(header, SWT.WRAP);
		status.setData(UiIds.KEY, UiIds.SCORECARD_STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		header.addListener(SWT.Resize, e -> arrangeHeader(header));
	}

	/**
	 * Beside the number and the word while they leave the status room for a few words a line, else below them, as
	 * wide as the view: in a narrow view the status would wrap a syllable a line.
	 */
	private void arrangeHeader(Composite header) {
		GridLayout layout = (GridLayout) header.getLayout();
		GridData trendData = (GridData) trend.getLayoutData();
		int beside = ((GridData) overall.getLayoutData()).widthHint + STATUS_MIN_WIDTH + TREND_WIDTH
				+ 2 * layout.horizontalSpacing + 2 * layout.marginWidth;
		boolean below = header.getClientArea().width < beside;
		if (below == (layout.numColumns == 2)) {
			return;
		}
		if (below) {
			layout.numColumns = 2;
			trend.moveBelow(status);
			trendData.horizontalSpan = 2;
			trendData.verticalSpan = 1;
			trendData.horizontalAlignment = SWT.FILL;
			trendData.grabExcessHorizontalSpace = true;
		} else {
			layout.numColumns = 3;
			trend.moveAbove(status);
			trendData.horizontalSpan = 1;
			trendData.verticalSpan = 2;
			trendData.horizontalAlignment = SWT.END;
			trendData.grabExcessHorizontalSpace = false;
		}
		// not laid out here: this runs inside the layout that resized the header, which would go on with sizes of
		// the old arrangement (the chart and the filters then stayed unpainted until the next layout)
		header.requestLayout();
	}

	/** Wide enough for "100" in the big font, so the header does not jump as the number changes. */
	private static int numberWidth(Label label) {
		GC gc = new GC(label);
		try {
			gc.setFont(label.getFont());
			return gc.textExtent("100").x + 8; //$NON-NLS-1$
		} finally {
			gc.dispose();
		}
	}

	private void contributeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		Action rescore = new Action(Messages.Scorecard_rescore) {
			@Override
			public void run() {
				if (scoring != null) {
					scoring.rescoreAll();
				}
			}
		};
		rescore.setToolTipText(Messages.Scorecard_rescoreToolTip);
		rescore.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		Action preferences = new Action(Messages.Scorecard_preferences) {
			@Override
			public void run() {
				PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(getSite().getShell(),
						UiIds.PREFERENCES_STRATEGIES, new String[] { UiIds.PREFERENCES_RAPPORT, UiIds.PREFERENCES_STRATEGIES },
						null);
				dialog.open();
			}
		};
		preferences.setToolTipText(Messages.Scorecard_preferencesToolTip);
		toolBar.add(rescore);
		getViewSite().getActionBars().getMenuManager().add(preferences);
	}

	private void setEditor(PlanEditor newEditor) {
		if (book == null || book.isDisposed()) {
			return;
		}
		PlanScoring newScoring = newEditor == null ? null : newEditor.getAdapter(PlanScoring.class);
		if (newEditor == editor && newScoring == scoring) {
			return;
		}
		if (scoring != null) {
			scoring.removeListener(scoringListener);
		}
		editor = newScoring == null ? null : newEditor;
		scoring = newScoring;
		if (scoring != null) {
			scoring.addListener(scoringListener);
		}
		findings.setStrategyFilter(null);
		chart.setSelection(-1);
		shownHealth = null;
		update();
	}

	/** The editor whose plan is shown, or {@code null}. */
	public PlanEditor getEditor() {
		return editor;
	}

	/** The scoring shown, or {@code null} when no plan editor is active. */
	public PlanScoring getScoring() {
		return scoring;
	}

	private void update() {
		if (book.isDisposed()) {
			return;
		}
		if (scoring == null || scoring.isDisposed()) {
			setContentDescription(""); //$NON-NLS-1$
			showPage(noPlanPage);
			return;
		}
		NetworkingPlan plan = scoring.getPlan();
		setContentDescription(RapportLabels.text(plan));
		if (GettingStarted.isGettingStarted(plan)) {
			firstSteps.update(plan);
			showPage(firstSteps.getControl());
			return;
		}
		PlanHealth health = scoring.getHealth();
		if (health != null && health == shownHealth && shownPage == scorecardPage) {
			// scoring started or a run ended without new scores: the rest shows these already
			updateStatus();
			return;
		}
		shownHealth = health;
		// the controls whose size may have changed: only their chain is laid out again, not the whole view
		List<Control> resized = new ArrayList<>();
		int barCount = chart.getBars().size();
		if (health == null) {
			setText(overall, Messages.Scorecard_noValue, resized);
			overall.setForeground(null);
			setText(word, Messages.Scorecard_scoring, resized);
			chart.setBars(List.of());
			findings.setRows(List.of());
		} else {
			double value = health.getOverall();
			HealthRating rating = HealthRating.of(plan, value, LocalDate.now());
			setText(overall, ScoreFormat.score(value), resized);
			RGB color = ScoreFormat.color(rating);
			overall.setForeground(color == null ? null : new Color(darker(color)));
			setText(word, ScoreFormat.word(rating), resized);
			word.setToolTipText(ScoreFormat.wordToolTip(rating));
			List<BarChart.Bar> bars = new ArrayList<>();
			for (StrategyOutcome outcome : health.getOutcomes()) {
				double weight = scoring.getRegistry().getWeight(outcome.getStrategy());
				bars.add(new BarChart.Bar(outcome.getStrategy().getName(), outcome.isFailed() ? Double.NaN : outcome.getScore(),
						ScoreFormat.barText(outcome), ScoreFormat.barToolTip(outcome, weight), outcome.getStrategy().getId()));
			}
			chart.setBars(bars);
			findings.setRows(FindingRow.rowsOf(health));
		}
		if (chart.getBars().size() != barCount) {
			resized.add(chart);
		}
		if (updateCombo(health)) {
			resized.add(strategyCombo);
		}
		String filter = findings.getStrategyFilter();
		if (filter != null && !comboIds.contains(filter)) {
			filterBy(null);
		}
		updateTrend();
		updateStatus();
		if (showPage(scorecardPage)) {
			scorecardPage.layout(true, true);
		} else if (!resized.isEmpty()) {
			scorecardPage.layout(resized.toArray(Control[]::new));
		}
	}

	/** Shows a page of the book; whether it was another one before. */
	private boolean showPage(Control page) {
		if (shownPage == page) {
			return false;
		}
		shownPage = page;
		book.showPage(page);
		return true;
	}

	/** Sets a label's text when it is another, and then counts the label among those that may change size. */
	private static void setText(Label label, String text, List<Control> resized) {
		if (!text.equals(label.getText())) {
			label.setText(text);
			resized.add(label);
		}
	}

	/** Colours hold no system resource since SWT 4.17: made as needed, never disposed. */
	private static RGB darker(RGB rgb) {
		// the band colours are made for bars; text in them needs more contrast against a light background
		return new RGB(rgb.red * 3 / 4, rgb.green * 3 / 4, rgb.blue * 3 / 4);
	}

	/** Whether the combo's items changed. */
	private boolean updateCombo(PlanHealth health) {
		comboIds.clear();
		List<String> items = new ArrayList<>();
		items.add(Messages.Scorecard_allStrategies);
		if (health != null) {
			for (StrategyOutcome outcome : health.getOutcomes()) {
				comboIds.add(outcome.getStrategy().getId());
				items.add(outcome.getStrategy().getName());
			}
		}
		boolean changed = !Arrays.equals(strategyCombo.getItems(), items.toArray(String[]::new));
		if (changed) {
			strategyCombo.setItems(items.toArray(String[]::new));
		}
		String filter = findings.getStrategyFilter();
		int selected = filter == null ? 0 : comboIds.indexOf(filter) + 1;
		if (strategyCombo.getSelectionIndex() != selected) {
			strategyCombo.select(selected);
		}
		return changed;
	}

	private String idOfBar(int index) {
		Object data = chart.getBars().get(index).getData();
		return data instanceof String id ? id : null;
	}

	/** Narrows the table and the trend to one strategy ({@code null}: all), and shows it in the chart and combo. */
	private void filterBy(String strategyId) {
		findings.setStrategyFilter(strategyId);
		int index = strategyId == null ? -1 : comboIds.indexOf(strategyId);
		strategyCombo.select(index + 1);
		chart.setSelection(index);
		updateTrend();
		updateStatus();
	}

	/** The plan's past reviews and now: the overall health, or the score of the strategy filtered by. */
	private void updateTrend() {
		if (scoring == null) {
			return;
		}
		String strategyId = findings.getStrategyFilter();
		List<PlanReview> reviews = new ArrayList<>(scoring.getPlan().getReviews());
		reviews.removeIf(review -> review.getDate() == null);
		reviews.sort(Comparator.comparing(PlanReview::getDate));
		List<TrendChart.Point> points = new ArrayList<>();
		for (PlanReview review : reviews) {
			double value = strategyId == null ? review.getOverallScore() : scoreIn(review, strategyId);
			String date = RapportLabels.date(review.getDate());
			points.add(new TrendChart.Point(date, value,
					NLS.bind(Messages.Scorecard_trendReview, date, ScoreFormat.score(value))));
		}
		PlanHealth health = scoring.getHealth();
		if (health != null) {
			StrategyOutcome outcome = strategyId == null ? null : health.getOutcome(strategyId);
			double now = strategyId == null ? health.getOverall()
					: outcome == null || outcome.isFailed() ? Double.NaN : outcome.getScore();
			points.add(new TrendChart.Point(Messages.Scorecard_now, now,
					NLS.bind(Messages.Scorecard_trendNow, ScoreFormat.score(now))));
		}
		trend.setPoints(points);
		String subject = strategyId == null || health == null || health.getOutcome(strategyId) == null
				? Messages.Scorecard_trendOverall
				: health.getOutcome(strategyId).getStrategy().getName();
		trend.setToolTipText(NLS.bind(Messages.Scorecard_trendToolTip, subject));
	}

	private static double scoreIn(PlanReview review, String strategyId) {
		for (StrategyScore score : review.getScores()) {
			if (strategyId.equals(score.getStrategyId())) {
				String failure = score.getFailureReason();
				return failure != null && !failure.isEmpty() ? Double.NaN : score.getValue();
			}
		}
		return Double.NaN;
	}

	private void updateStatus() {
		if (scoring == null || status.isDisposed()) {
			return;
		}
		PlanHealth health = scoring.getHealth();
		String text;
		if (health == null) {
			text = Messages.Scorecard_scoring;
		} else {
			int failed = 0;
			for (StrategyOutcome outcome : health.getOutcomes()) {
				if (outcome.isFailed()) {
					failed++;
				}
			}
			int shown = findings.getTable().getItemCount();
			text = NLS.bind(failed == 0 ? Messages.Scorecard_status : Messages.Scorecard_statusFailed,
					new Object[] { Integer.toString(health.getOutcomes().size()), Integer.toString(failed),
							Integer.toString(shown) });
			if (scoring.isScoring()) {
				text = NLS.bind(Messages.Scorecard_statusUpdating, text);
			}
		}
		if (!text.equals(status.getText())) {
			status.setText(text);
			// "updating" comes and goes with every edit: the header is laid out again only when the status takes
			// another number of lines (its chain, not every control of the header, is measured then)
			Point size = status.getSize();
			if (size.x <= 0 || status.computeSize(size.x, SWT.DEFAULT, true).y != size.y) {
				status.getParent().layout(new Control[] { status });
			}
		}
	}

	/** Follows a first step's link: adds the element it asks for in the editor, or imports contacts. */
	private void takeStep(GettingStarted.Step step, String href) {
		if (editor == null || editor.getPlan() == null) {
			return;
		}
		RapportPackage p = RapportPackage.eINSTANCE;
		switch (step) {
		case ASPIRATION -> editor.addElement(p.getNetworkingPlan_Aspirations());
		case GOAL -> editor.addElement(p.getNetworkingPlan_Goals());
		case AUDIENCE -> editor.addElement(p.getNetworkingPlan_Audiences());
		case FOLLOW_UP -> editor.addElement(p.getNetworkingPlan_FollowUps());
		case CONTACTS -> {
			getSite().getPage().activate(editor);
			if (FirstStepsPart.HREF_IMPORT.equals(href)) {
				execute(IWorkbenchCommandConstants.FILE_IMPORT,
						Map.of(IWorkbenchCommandConstants.FILE_IMPORT_PARM_WIZARDID, InterchangeIds.IMPORT_WIZARD));
			} else {
				execute(UiIds.COMMAND_ADD_CONTACT, Map.of());
			}
		}
		}
	}

	private void execute(String commandId, Map<String, String> parameters) {
		ICommandService commands = getSite().getService(ICommandService.class);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		Command command = commands.getCommand(commandId);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
		} catch (CommandException e) {
			ILog.of(ScorecardView.class).error(e.getMessage(), e);
		}
	}

	/** Shows the finding's object in the editor: a contact on its page; anything else in the Properties view. */
	private void open(FindingRow row) {
		if (editor != null && !row.failure() && row.subject() != null) {
			editor.select(row.subject());
		}
	}

	@Override
	public void setFocus() {
		if (scoring != null && findings.getTable().getItemCount() > 0) {
			findings.getTable().setFocus();
		} else {
			book.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (scoring != null) {
			scoring.removeListener(scoringListener);
		}
		super.dispose();
	}

	// kept for the tests' failure messages: what the view shows in one line
	@Override
	public String toString() {
		return "ScorecardView[" + (overall == null || overall.isDisposed() ? "" : overall.getText() + ' ' + word.getText()) //$NON-NLS-1$ //$NON-NLS-2$
				+ ", " + (status == null || status.isDisposed() ? "" : status.getText()) + ']'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
