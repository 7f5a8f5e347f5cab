/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.HealthRating;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.StrategyPreferences;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.Skill;
import org.rapport.ui.UiIds;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.charts.ColorBands;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.preferences.StrategiesPreferencePage;
import org.rapport.ui.internal.scoring.FindingRow;
import org.rapport.core.internal.strategies.IncrementalScoring;
import org.rapport.ui.internal.scoring.PlanScoring;
import org.rapport.ui.internal.views.ScorecardView;
import org.rapport.ui.tests.fakes.NotANumberStrategy;
import org.rapport.ui.tests.fakes.SleepingStrategy;
import org.rapport.ui.tests.fakes.ThrowingStrategy;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Input;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The Scorecard in the real workbench with the sample plan: it shows what the strategy registry computes for
 * the plan (checked against the registry called directly), reports the faulty contributions of this test
 * plugin (plugin.xml) as failed without disturbing the rest, follows edits without blocking the UI, filters by
 * a clicked bar, and takes the user from a finding to its contact. The nested classes test the live scoring
 * service and its incremental decisions on their own, with a registry of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ScreenshotOnFailure.class)
class ScorecardViewTest {

	static final String BUILT_IN_PLUGIN = "org.rapport.strategies";
	static final String TEST_PLUGIN = "org.rapport.ui.tests";
	static final Set<String> FAULTY = Set.of(ThrowingStrategy.ID, SleepingStrategy.ID, NotANumberStrategy.ID);
	/** Scoring with a sleeper that runs into a 2 s limit, and the job's start-up: generous for a loaded machine. */
	static final Duration SCORING = Duration.ofSeconds(40);

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private ScorecardView view;

	@BeforeEach
	void showTheScorecardOfTheSamplePlan() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		IViewPart part = Workbench.page().showView(UiIds.VIEW_SCORECARD, null, IWorkbenchPage.VIEW_VISIBLE);
		assertTrue(part instanceof ScorecardView, "the Scorecard view opens: " + part);
		view = (ScorecardView) part;
		robot.waitUntil("the Scorecard follows the sample plan's editor (follows " + view.getEditor() + ")",
				() -> view.getEditor() == editor && view.getScoring() != null);
	}

	@AfterEach
	void leaveThePlanAsSaved() {
		if (editor != null && editor.getPlan() != null) {
			// undo what a test did, so the other test classes find the sample plan as the application wrote it
			var stack = editor.getEditingDomain().getCommandStack();
			while (editor.isDirty() && stack.canUndo()) {
				stack.undo();
			}
		}
	}

	// ------------------------------------------------------------------------------------------------- helpers

	private PlanScoring scoring() {
		return view.getScoring();
	}

	/** Waits until a run that started after {@code runsBefore} runs has ended and nothing is pending. */
	private PlanHealth awaitScores(int runsBefore, String why) {
		PlanScoring scoring = scoring();
		robot.waitUntil("the Scorecard has new scores " + why + " (runs: " + scoring.getCompletedRuns() + ", scoring: "
				+ scoring.isScoring() + "; " + view + ")",
				() -> scoring.getCompletedRuns() > runsBefore && !scoring.isScoring(), SCORING);
		// the view is updated in the same UI-thread call that ends the run: no need to let events settle
		return scoring.getHealth();
	}

	private PlanHealth awaitIdle() {
		PlanScoring scoring = scoring();
		robot.waitUntil("the Scorecard has scores (" + view + ")",
				() -> scoring.getHealth() != null && !scoring.isScoring(), SCORING);
		return scoring.getHealth();
	}

	private Control viewControl() {
		return robot.byId(Workbench.shell(), UiIds.SCORECARD_CHART, BarChart.class).getParent();
	}

	private BarChart chart() {
		return robot.showingById(Workbench.shell(), UiIds.SCORECARD_CHART, BarChart.class);
	}

	private Table findingsTable() {
		return robot.showingById(Workbench.shell(), UiIds.SCORECARD_FINDINGS, Table.class);
	}

	private String labelText(String id) {
		return Widgets.textOf(robot.showingById(viewControl(), id, Label.class));
	}

	/** What the registry computes for the plan today, called directly: the expectation for the view. */
	private static Map<String, StrategyOutcome> expectedOutcomes(NetworkingPlan plan, Set<String> ids) {
		IStrategyRegistry registry = Strategies.getRegistry();
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		ScoringContext context = ScoringContext.forToday();
		Map<String, StrategyOutcome> outcomes = new LinkedHashMap<>();
		for (StrategyDescriptor strategy : registry.getStrategies()) {
			if (ids.contains(strategy.getId())) {
				outcomes.put(strategy.getId(), registry.score(strategy, snapshot.getPlan(), context));
			}
		}
		return outcomes;
	}

	private static Set<String> builtInIds() {
		Set<String> ids = new java.util.LinkedHashSet<>();
		for (StrategyDescriptor strategy : Strategies.getRegistry().getStrategies()) {
			if (BUILT_IN_PLUGIN.equals(strategy.getContributor())) {
				ids.add(strategy.getId());
			}
		}
		return ids;
	}

	private static BarChart.Bar barOf(BarChart chart, String id) {
		for (BarChart.Bar bar : chart.getBars()) {
			if (id.equals(bar.getData())) {
				return bar;
			}
		}
		return null;
	}

	private static Map<String, String> barsShown(BarChart chart) {
		Map<String, String> shown = new LinkedHashMap<>();
		for (BarChart.Bar bar : chart.getBars()) {
			shown.put(bar.getLabel(), bar.getValueText());
		}
		return shown;
	}

	/** Checks every built-in strategy's bar against the registry's own score of the plan. */
	private void assertBuiltInBarsMatch(Map<String, StrategyOutcome> expected) {
		BarChart chart = chart();
		assertEquals(7, expected.size(), "the registry has the 7 built-in strategies: " + expected.keySet());
		for (StrategyOutcome outcome : expected.values()) {
			String id = outcome.getStrategy().getId();
			assertFalse(outcome.isFailed(), "the built-in strategy " + id + " scores the sample plan: " + outcome.getFailure());
			BarChart.Bar bar = barOf(chart, id);
			assertNotNull(bar, "a bar for " + id + " among " + barsShown(chart));
			assertEquals(outcome.getStrategy().getName(), bar.getLabel());
			assertEquals(outcome.getScore(), bar.getValue(), 1e-9, "the bar of " + id + " has the registry's score");
			assertEquals(Long.toString(Math.round(outcome.getScore())), bar.getValueText(), "the number by the bar of " + id);
			int index = chart.getBars().indexOf(bar);
			assertEquals(ColorBands.SCORES.colorOf(outcome.getScore()), chart.getBarColor(index), "the colour of " + id);
		}
	}

	/** The weighted average the view's health should show, from the bars that have a value. */
	private static double expectedOverall(BarChart chart) {
		IStrategyRegistry registry = Strategies.getRegistry();
		double sum = 0;
		double total = 0;
		for (BarChart.Bar bar : chart.getBars()) {
			StrategyDescriptor strategy = registry.getStrategy((String) bar.getData());
			double weight = registry.getWeight(strategy);
			if (!bar.isMissing() && weight > 0) {
				sum += weight * bar.getValue();
				total += weight;
			}
		}
		return sum / total;
	}

	/** The word core gives the plan (the command line says the same): the score's band, held back by overdue follow-ups. */
	private static String expectedWord(NetworkingPlan plan, double overall) {
		return HealthRating.of(plan, overall, LocalDate.now()).getWord().getLabel();
	}

	private static List<FindingRow> rowsShown(Table table) {
		List<FindingRow> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add((FindingRow) item.getData());
		}
		return rows;
	}

	private static String describeRows(Table table) {
		StringBuilder out = new StringBuilder();
		for (TableItem item : table.getItems()) {
			out.append(Widgets.rowTexts(item)).append('\n');
		}
		return out.toString();
	}

	// ------------------------------------------------------------------------------------------------- tests

	@Test
	@Order(1)
	void showsTheSevenBuiltInScoresAndTheOverallHealthTheRegistryComputes() {
		PlanHealth health = awaitIdle();
		NetworkingPlan plan = editor.getPlan();
		assertSame(plan, scoring().getPlan(), "the Scorecard scores the plan of the active editor");

		Map<String, StrategyOutcome> expected = expectedOutcomes(plan, builtInIds());
		assertBuiltInBarsMatch(expected);
		BarChart chart = chart();
		assertEquals(Strategies.getRegistry().getStrategies().size(), chart.getBars().size(),
				"one bar per strategy of the registry: " + barsShown(chart));

		double overall = expectedOverall(chart);
		assertEquals(overall, health.getOverall(), 1e-9, "the health is the weighted average of the bars");
		assertEquals(Long.toString(Math.round(overall)), labelText(UiIds.SCORECARD_OVERALL), "the large number");
		HealthRating rating = HealthRating.of(plan, overall, LocalDate.now());
		assertEquals(expectedWord(plan, overall), labelText(UiIds.SCORECARD_WORD), "the word for " + rating);
		assertTrue(rating.getWord() != HealthRating.Word.GOOD
				|| rating.getOverdueFollowUps() < HealthRating.OVERDUE_SHARE_LIMIT * rating.getOpenFollowUps(),
				"never Good while a quarter of the follow-ups are overdue: " + rating);
		assertTrue(overall > 0 && overall < 100, "the sample plan is neither empty nor perfect: " + overall);

		Table table = findingsTable();
		int findings = 0;
		int failures = 0;
		for (StrategyOutcome outcome : health.getOutcomes()) {
			findings += outcome.getFindings().size();
			failures += outcome.isFailed() ? 1 : 0;
		}
		assertTrue(findings > 0, "the strategies find something to improve in the sample plan");
		assertEquals(findings + failures, table.getItemCount(), "a row per finding and per failed strategy");
		// sorted by severity: failures, errors, warnings, notes
		List<FindingRow> rows = rowsShown(table);
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(rows.get(i - 1).rank() <= rows.get(i).rank(), "sorted by severity at row " + i + ":\n" + describeRows(table));
		}
		for (TableItem item : table.getItems()) {
			assertNotNull(item.getImage(0), "every row has a severity icon: " + Widgets.rowTexts(item));
		}
	}

	@Test
	@Order(2)
	void faultyContributionsFailWithTheirReasonsAndTheRestStillWorks() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
		String before = preferences.get(StrategyPreferences.TIME_LIMIT_MILLIS, null);
		awaitIdle();
		int runs = scoring().getCompletedRuns();
		try {
			// a short limit: the sleeper fails fast, and the preference change itself must rescore everything
			preferences.putLong(StrategyPreferences.TIME_LIMIT_MILLIS, 500);
			awaitScores(runs, "after the time limit changed to 500 ms");
			assertEquals(Strategies.getRegistry().getStrategies().size(), scoring().getScoredInLastRun(),
					"a preference change rescored every strategy");

			BarChart chart = chart();
			Table table = findingsTable();
			Map<String, String> reasons = new HashMap<>();
			for (String id : FAULTY) {
				BarChart.Bar bar = barOf(chart, id);
				assertNotNull(bar, "a bar for the faulty " + id + " among " + barsShown(chart));
				assertTrue(bar.isMissing(), "the faulty " + id + " has no value: " + bar.getValue());
				assertEquals("failed", bar.getValueText(), "the bar of " + id + " says so plainly");
				assertNull(chart.getBarColor(chart.getBars().indexOf(bar)), "drawn hatched grey, not in a score colour");
				StrategyOutcome outcome = scoring().getHealth().getOutcome(id);
				assertTrue(outcome.isFailed(), id + " failed");
				assertTrue(bar.getToolTip().startsWith(outcome.getFailure()), "the bar's tooltip gives the reason");
				TableItem row = null;
				for (TableItem item : table.getItems()) {
					FindingRow finding = (FindingRow) item.getData();
					if (finding.failure() && id.equals(finding.strategy().getId())) {
						row = item;
					}
				}
				assertNotNull(row, "a row for the failure of " + id + ":\n" + describeRows(table));
				assertEquals("Failed", row.getText(0));
				assertNotNull(row.getImage(0), "with the error icon");
				assertEquals(outcome.getFailure(), row.getText(1), "the row gives the registry's reason");
				assertTrue(row.getText(1).contains("from plugin " + TEST_PLUGIN), "the reason names the plugin: " + row.getText(1));
				reasons.put(id, row.getText(1));
			}
			assertTrue(reasons.get(ThrowingStrategy.ID).contains("threw java.lang.IllegalStateException: " + ThrowingStrategy.MESSAGE),
					reasons.get(ThrowingStrategy.ID));
			assertTrue(reasons.get(SleepingStrategy.ID).contains("did not finish within 500 milliseconds"),
					reasons.get(SleepingStrategy.ID));
			assertTrue(reasons.get(NotANumberStrategy.ID).contains("is not a number (NaN)"), reasons.get(NotANumberStrategy.ID));
			assertEquals("The strategy \"Test: too slow\" from plugin org.rapport.ui.tests did not finish within 500 milliseconds.",
					reasons.get(SleepingStrategy.ID));

			// the built-in scores are intact, and the failures do not count in the health
			assertBuiltInBarsMatch(expectedOutcomes(editor.getPlan(), builtInIds()));
			double overall = expectedOverall(chart);
			assertEquals(Long.toString(Math.round(overall)), labelText(UiIds.SCORECARD_OVERALL));
			assertTrue(labelText(UiIds.SCORECARD_STATUS).contains("3 failed"), labelText(UiIds.SCORECARD_STATUS));

			// and the workbench still works: an edit in the editor goes through while the faulty ones are called again
			Contact contact = editor.getPlan().getContacts().get(0);
			String name = contact.getFirstName();
			runs = scoring().getCompletedRuns();
			Table contacts = showContactsPage();
			int row = rowOf(contacts, contact);
			robot.clickRow(contacts, row);
			Text firstName = robot.showingById(editor.findPage(UiIds.PAGE_CONTACTS).getPartControl(), UiIds.CONTACT_FIRST_NAME,
					Text.class);
			robot.click(firstName);
			robot.selectAllText(firstName);
			String typed = "Ed".equals(name) ? "Al" : "Ed";
			robot.type(typed);
			robot.press(SWT.TAB);
			robot.waitUntil("the edit reached the model (first name '" + contact.getFirstName() + "')",
					() -> typed.equals(contact.getFirstName()));
			assertTrue(editor.isDirty(), "the editor took the edit");
			awaitScores(runs, "after the edit");
			assertTrue(scoring().getHealth().getOutcome(SleepingStrategy.ID).isFailed(), "the sleeper still fails");
			editor.getEditingDomain().getCommandStack().undo();
			robot.waitUntil("undo restored the name", () -> name.equals(contact.getFirstName()));
		} finally {
			if (before == null) {
				preferences.remove(StrategyPreferences.TIME_LIMIT_MILLIS);
			} else {
				preferences.put(StrategyPreferences.TIME_LIMIT_MILLIS, before);
			}
		}
	}

	@Test
	@Order(3)
	void deletingAContactUpdatesTheScorecardWithoutBlockingTheUi() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
		String before = preferences.get(StrategyPreferences.TIME_LIMIT_MILLIS, null);
		try {
			// the sleeper is called on every change and takes the whole limit: a run lasts at least this long, which
			// leaves time to see the UI answer during the run even after the robot's clicks have let events settle
			preferences.putLong(StrategyPreferences.TIME_LIMIT_MILLIS, 4000);
			awaitIdle();
			NetworkingPlan plan = editor.getPlan();
			Set<String> builtIns = builtInIds();
			Map<String, StrategyOutcome> beforeEdit = expectedOutcomes(plan, builtIns);

			// a contact whose deletion moves a built-in score: found by trying it on copies of the plan
			Contact victim = null;
			String moved = null;
			for (Contact candidate : plan.getContacts()) {
				PlanSnapshot trial = PlanSnapshot.of(plan);
				EObject copy = null;
				for (Contact c : trial.getPlan().getContacts()) {
					if (trial.toOriginal(c) == candidate) {
						copy = c;
					}
				}
				EcoreUtil.delete(copy, true);
				Map<String, StrategyOutcome> after = expectedOutcomes(trial.getPlan(), builtIns);
				for (String id : builtIns) {
					if (after.get(id).getScore() != beforeEdit.get(id).getScore()) {
						moved = id;
					}
				}
				if (moved != null) {
					victim = candidate;
					break;
				}
			}
			assertNotNull(victim, "some contact of the sample plan matters to a score");
			String movedId = moved;
			double scoreBefore = barOf(chart(), movedId).getValue();

			int runs = scoring().getCompletedRuns();
			Table contacts = showContactsPage();
			robot.clickRow(contacts, rowOf(contacts, victim));
			Button remove = robot.showingById(editor.findPage(UiIds.PAGE_CONTACTS).getPartControl(), UiIds.CONTACTS_REMOVE,
					Button.class);
			robot.click(remove);
			Contact deleted = victim;
			robot.waitUntil("the contact is deleted", () -> !plan.getContacts().contains(deleted));

			// while the scoring job runs (the sleeper alone takes 4 s), the UI thread answers at once
			PlanScoring scoring = scoring();
			robot.waitUntil("the scoring job starts after the edit", scoring::isJobRunning, Duration.ofSeconds(10));
			robot.flush(); // the tables' own refreshes after the deletion are not what is measured
			assertTrue(scoring.isJobRunning(), "still scoring after the UI settled");
			long start = System.nanoTime();
			boolean[] answered = new boolean[1];
			robot.display().asyncExec(() -> answered[0] = true);
			robot.waitUntil("the UI thread runs a task while scoring", () -> answered[0], Duration.ofSeconds(5));
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(scoring.isJobRunning(), "the task ran while the job was still scoring (after " + millis + " ms)");
			assertTrue(millis < 1000, "the UI answered within a second while scoring, took " + millis + " ms");

			awaitScores(runs, "after deleting " + deleted.getFirstName());
			Map<String, StrategyOutcome> afterEdit = expectedOutcomes(plan, builtIns);
			assertBuiltInBarsMatch(afterEdit);
			double scoreAfter = barOf(chart(), movedId).getValue();
			assertNotEquals(scoreBefore, scoreAfter, "the bar of " + movedId + " moved");
			assertEquals(Long.toString(Math.round(expectedOverall(chart()))), labelText(UiIds.SCORECARD_OVERALL));
			for (FindingRow row : rowsShown(findingsTable())) {
				assertNotEquals(deleted, row.subject(), "no finding is about the deleted contact any more");
			}

			// undo: the scores come back
			runs = scoring.getCompletedRuns();
			editor.getEditingDomain().getCommandStack().undo();
			awaitScores(runs, "after undoing the deletion");
			assertEquals(scoreBefore, barOf(chart(), movedId).getValue(), 1e-9, "undo brings the score back");
		} finally {
			if (before == null) {
				preferences.remove(StrategyPreferences.TIME_LIMIT_MILLIS);
			} else {
				preferences.put(StrategyPreferences.TIME_LIMIT_MILLIS, before);
			}
		}
	}

	@Test
	@Order(4)
	void clickingABarFiltersTheFindingsAndClickingItAgainShowsAll() {
		PlanHealth health = awaitIdle();
		BarChart chart = chart();
		Table table = findingsTable();
		Combo combo = robot.showingById(viewControl(), UiIds.SCORECARD_STRATEGY_FILTER, Combo.class);
		int all = table.getItemCount();

		// the built-in strategy with the most findings, so that the filter visibly narrows the table
		StrategyOutcome chosen = null;
		for (StrategyOutcome outcome : health.getOutcomes()) {
			if (!outcome.isFailed() && (chosen == null || outcome.getFindings().size() > chosen.getFindings().size())) {
				chosen = outcome;
			}
		}
		assertNotNull(chosen);
		String id = chosen.getStrategy().getId();
		int index = chart.getBars().indexOf(barOf(chart, id));
		Rectangle row = chart.getRowBounds(index);
		robot.click(chart, row.x + row.width / 2, row.y + row.height / 2);
		robot.waitUntil("the bar of " + id + " is selected after a click (selected: " + chart.getSelectionIndex() + "; "
				+ Input.lastMouseDown() + ")", () -> chart.getSelectionIndex() == index);
		int findings = chosen.getFindings().size();
		robot.waitUntil("the table shows the " + findings + " findings of " + id + " (shows " + table.getItemCount() + ")",
				() -> table.getItemCount() == findings);
		for (FindingRow shown : rowsShown(table)) {
			assertEquals(id, shown.strategy().getId(), "only findings of the clicked strategy");
		}
		assertEquals(chosen.getStrategy().getName(), combo.getText(), "the combo names the strategy filtered by");
		assertTrue(findings < all, "the filter narrowed the table from " + all);

		// a click, not the second half of a double click; a few pixels away, so that the pointer really moves
		robot.waitOutDoubleClick();
		robot.click(chart, row.x + row.width / 2 + 8, row.y + row.height / 2);
		robot.waitUntil("a second click on the bar clears the filter", () -> chart.getSelectionIndex() == -1
				&& table.getItemCount() == all);
		assertEquals("All strategies", combo.getText());
	}

	@Test
	@Order(5)
	void doubleClickingAFindingAboutAContactSelectsItOnTheContactsPage() {
		awaitIdle();
		Table table = findingsTable();
		int index = -1;
		for (int i = 0; i < table.getItemCount() && index < 0; i++) {
			if (((FindingRow) table.getItem(i).getData()).subject() instanceof Contact) {
				index = i;
			}
		}
		assertTrue(index >= 0, "a finding about a contact:\n" + describeRows(table));
		Contact contact = (Contact) ((FindingRow) table.getItem(index).getData()).subject();
		assertSame(editor.getPlan(), EcoreUtil.getRootContainer(contact), "the finding is about the plan's own contact, not a copy");
		IFormPage overview = editor.findPage(UiIds.PAGE_OVERVIEW);
		editor.setActivePage(overview.getId());

		int[] opened = new int[1];
		table.addListener(SWT.DefaultSelection, e -> opened[0]++);
		robot.doubleClickRow(table, index);
		IFormPage contactsPage = editor.findPage(UiIds.PAGE_CONTACTS);
		robot.waitUntil("the editor shows its Contacts page (shows " + editor.getActivePageInstance().getId()
				+ "; the table reported " + opened[0] + " double clicks; " + Input.lastMouseDown() + ")",
				() -> editor.getActivePageInstance() == contactsPage);
		robot.waitUntil("the editor is the active part", () -> Workbench.page().getActivePart() == editor);
		Table contacts = robot.showingById(contactsPage.getPartControl(), UiIds.CONTACTS_TABLE, Table.class);
		robot.waitUntil("the contact " + contact.getFirstName() + " is selected in the Contacts page",
				() -> contacts.getSelectionCount() == 1 && contacts.getSelection()[0].getData() == contact);
	}

	@Test
	@Order(6)
	void thePreferencePageValidatesTheTimeLimitAndAChangeRescores() {
		awaitIdle();
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
		String before = preferences.get(StrategyPreferences.TIME_LIMIT_MILLIS, null);
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.shell(), UiIds.PREFERENCES_STRATEGIES,
				new String[] { UiIds.PREFERENCES_RAPPORT, UiIds.PREFERENCES_STRATEGIES }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			robot.activate(dialog.getShell());
			assertTrue(dialog.getSelectedPage() instanceof StrategiesPreferencePage, "Rapport > Strategies is shown");
			StrategiesPreferencePage page = (StrategiesPreferencePage) dialog.getSelectedPage();
			Text limit = robot.showingById(dialog.getShell(), UiIds.PREFERENCES_TIME_LIMIT, Text.class);
			Table weights = robot.showingById(dialog.getShell(), UiIds.PREFERENCES_WEIGHTS, Table.class);
			assertEquals(Strategies.getRegistry().getStrategies().size(), weights.getItemCount(), "a weight per strategy");

			robot.click(limit);
			robot.selectAllText(limit);
			robot.type("x");
			robot.waitUntil("the page is invalid with a time limit of 'x'", () -> !page.isValid());
			assertNotNull(page.getErrorMessage());
			assertTrue(page.getErrorMessage().contains("\"x\""), page.getErrorMessage());
			robot.selectAllText(limit);
			robot.type("50");
			robot.waitUntil("50 ms is too short", () -> !page.isValid());
			robot.selectAllText(limit);
			robot.type("750");
			robot.waitUntil("750 ms is accepted", page::isValid);

			int runs = scoring().getCompletedRuns();
			List<Button> ok = Widgets.findAll(dialog.getShell(), Button.class,
					b -> "Apply and Close".equals(Widgets.textOf(b)) || "OK".equals(Widgets.textOf(b)));
			assertEquals(1, ok.size(), "the dialog's OK button");
			robot.click(ok.get(0));
			robot.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
			assertEquals(750, preferences.getLong(StrategyPreferences.TIME_LIMIT_MILLIS, 0), "stored in org.rapport.core");
			assertEquals(750, Strategies.getRegistry().getTimeLimitMillis(), "and the registry uses it");
			awaitScores(runs, "after the preference page applied a new time limit");
			assertEquals(Strategies.getRegistry().getStrategies().size(), scoring().getScoredInLastRun(),
					"everything was scored again");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
			if (before == null) {
				preferences.remove(StrategyPreferences.TIME_LIMIT_MILLIS);
			} else {
				preferences.put(StrategyPreferences.TIME_LIMIT_MILLIS, before);
			}
		}
	}

	@Test
	@Order(7)
	void withoutAPlanEditorTheScorecardSaysWhatToDo() throws Exception {
		awaitIdle();
		assertFalse(editor.isDirty(), "the earlier tests left the plan as saved");
		assertTrue(Workbench.page().closeEditor(editor, false));
		editor = null;
		robot.waitUntil("the Scorecard no longer follows the closed editor", () -> view.getScoring() == null);
		Label message = robot.showingById(Workbench.shell(), UiIds.SCORECARD_NO_PLAN, Label.class);
		assertTrue(message.getText().startsWith("Open a networking plan"), message.getText());

		editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		robot.waitUntil("the Scorecard follows the reopened editor", () -> view.getEditor() == editor);
		awaitIdle();
		assertFalse(Widgets.isShowing(message), "the message is gone");
		chart();
	}

	// ------------------------------------------------------------------------------------------------- editor helpers

	private Table showContactsPage() {
		IFormPage contacts = editor.findPage(UiIds.PAGE_CONTACTS);
		if (editor.getActivePageInstance() != contacts) {
			editor.setActivePage(contacts.getId());
		}
		Workbench.page().activate(editor);
		return robot.showingById(contacts.getPartControl(), UiIds.CONTACTS_TABLE, Table.class);
	}

	private static int rowOf(Table table, Contact contact) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (Widgets.dataOf(table.getItem(i)) == contact) {
				return i;
			}
		}
		throw new AssertionError("no row for " + contact.getFirstName() + " " + contact.getLastName());
	}

	// ------------------------------------------------------------------------------------------------- the service

	/**
	 * {@link PlanScoring} with a registry of its own: three strategies, affected by skills, by contacts, and by
	 * anything; each counts its calls.
	 */
	@Nested
	class LiveScoring {

		private final FakeRegistry registry = new FakeRegistry();
		private NetworkingPlan plan;
		private PlanScoring scoring;

		@BeforeEach
		void createAPlan() {
			Resource resource = PlanStore.createResourceSet().createResource(URI.createFileURI("/tmp/live-scoring.rapport"));
			plan = RapportFactory.eINSTANCE.createNetworkingPlan();
			plan.setName("Live");
			resource.getContents().add(plan);
			Skill skill = RapportFactory.eINSTANCE.createSkill();
			skill.setName("Speaking");
			plan.getSkills().add(skill);
			Contact contact = RapportFactory.eINSTANCE.createContact();
			contact.setFirstName("Ada");
			plan.getContacts().add(contact);
		}

		@AfterEach
		void dispose() {
			if (scoring != null) {
				scoring.dispose();
			}
		}

		private void awaitRuns(int runs) {
			robot.waitUntil("run " + runs + " ended (ended: " + scoring.getCompletedRuns() + ")",
					() -> scoring.getCompletedRuns() >= runs && !scoring.isScoring(), Duration.ofSeconds(20));
		}

		@Test
		void scoresEverythingFirstThenOnlyWhatAChangeAffects() {
			scoring = new PlanScoring(plan, registry, robot.display());
			assertNull(scoring.getHealth(), "nothing before the first run");
			awaitRuns(1);
			assertEquals(Map.of("skills", 1, "contacts", 1, "any", 1), registry.calls(), "the first run scores everything");
			assertEquals((10 + 20 + 30) / 3.0, scoring.getHealth().getOverall(), 1e-9);

			registry.scores.put("skills", 70.0);
			registry.scores.put("contacts", 80.0);
			plan.getSkills().get(0).setName("Public speaking");
			awaitRuns(2);
			assertEquals(Map.of("skills", 2, "contacts", 1, "any", 2), registry.calls(), "a skill changed: not the contacts strategy");
			assertEquals(20, scoring.getHealth().getOutcome("contacts").getScore(), "the contacts strategy keeps its outcome");
			assertEquals(70, scoring.getHealth().getOutcome("skills").getScore());
			assertEquals((70 + 20 + 30) / 3.0, scoring.getHealth().getOverall(), 1e-9, "the health is recomputed");
			assertEquals(2, scoring.getScoredInLastRun());

			// a burst of changes (typing) makes one run, after the model has been quiet
			for (String name : List.of("A", "Ad", "Ada", "Adam")) {
				plan.getContacts().get(0).setFirstName(name);
			}
			awaitRuns(3);
			robot.pause(Duration.ofMillis(PlanScoring.DEBOUNCE_MILLIS * 2L));
			assertEquals(3, scoring.getCompletedRuns(), "one run for the burst");
			assertEquals(Map.of("skills", 2, "contacts", 2, "any", 3), registry.calls());
			assertEquals(80, scoring.getHealth().getOutcome("contacts").getScore());
		}

		@Test
		void addingAnAudienceAffectsItsCommunicationStrategyToo() {
			Audience audience = RapportFactory.eINSTANCE.createAudience();
			audience.setCommunication(RapportFactory.eINSTANCE.createCommunicationStrategy());
			Notification add = new ENotificationImpl((org.eclipse.emf.ecore.InternalEObject) plan, Notification.ADD,
					RapportPackage.Literals.NETWORKING_PLAN__AUDIENCES, null, audience);
			IncrementalScoring.Change change = IncrementalScoring.changeOf(add);
			assertFalse(change.everything());
			assertTrue(change.eClassNames().containsAll(Set.of("NetworkingPlan", "Audience", "CommunicationStrategy")),
					change.eClassNames().toString());
			assertFalse(change.eClassNames().contains("Contact"), change.eClassNames().toString());

			Notification touch = new ENotificationImpl((org.eclipse.emf.ecore.InternalEObject) plan, Notification.SET,
					RapportPackage.Literals.NETWORKING_PLAN__NAME, "Live", "Live");
			assertTrue(IncrementalScoring.changeOf(touch).isNone(), "a touch is no change");

			List<StrategyDescriptor> strategies = registry.getStrategies();
			assertEquals(List.of("any"), ids(IncrementalScoring.toScore(strategies, false, Set.of("Audience"), Set.of())));
			assertEquals(List.of("contacts", "any"),
					ids(IncrementalScoring.toScore(strategies, false, Set.of("Contact"), Set.of())));
			assertEquals(List.of("skills", "any"),
					ids(IncrementalScoring.toScore(strategies, false, Set.of(), Set.of("skills", "any"))));
			assertEquals(3, IncrementalScoring.toScore(strategies, true, Set.of(), Set.of()).size());
		}

		@Test
		void aRegistryOrPreferenceChangeRescoresEverythingAndFindingsPointAtThePlan() throws Exception {
			scoring = new PlanScoring(plan, registry, robot.display());
			awaitRuns(1);
			// findings come from the strategies' copy, and point at the plan's own objects
			Finding finding = scoring.getHealth().getOutcome("contacts").getFindings().get(0);
			assertSame(plan.getContacts().get(0), finding.getSubject(), "the finding is mapped back to the plan");

			// plugins come or go: told on another thread
			Thread thread = new Thread(registry::fireChanged);
			thread.start();
			thread.join();
			awaitRuns(2);
			assertEquals(Map.of("skills", 2, "contacts", 2, "any", 2), registry.calls());

			IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
			try {
				preferences.put(StrategyPreferences.weightKey("skills"), "2");
				awaitRuns(3);
				assertEquals(Map.of("skills", 3, "contacts", 3, "any", 3), registry.calls());
			} finally {
				preferences.remove(StrategyPreferences.weightKey("skills"));
			}
			awaitRuns(4);

			scoring.dispose();
			plan.getSkills().get(0).setName("Writing");
			robot.pause(Duration.ofMillis(PlanScoring.DEBOUNCE_MILLIS * 3L));
			assertEquals(4, scoring.getCompletedRuns(), "a disposed scoring does not score");
			assertFalse(scoring.isScoring());
		}

		@Test
		void slowStrategiesDoNotBlockTheUiAndChangesDuringARunAreScoredAfterIt() {
			registry.delayMillis = 600;
			scoring = new PlanScoring(plan, registry, robot.display());
			robot.waitUntil("the first run starts", scoring::isJobRunning, Duration.ofSeconds(10));
			// the run takes 3 x 600 ms; an edit meanwhile must neither wait nor be lost
			long start = System.nanoTime();
			plan.getSkills().get(0).setName("Facilitation");
			assertTrue((System.nanoTime() - start) / 1_000_000 < 100, "an edit does not wait for the scoring");
			assertTrue(scoring.isJobRunning(), "still scoring");
			awaitRuns(2);
			assertEquals(Map.of("skills", 2, "contacts", 1, "any", 2), registry.calls(),
					"the change made during the first run was scored by the second");
		}

		private static List<String> ids(List<StrategyDescriptor> strategies) {
			return strategies.stream().map(StrategyDescriptor::getId).toList();
		}
	}

	/** A registry of three strategies whose scores the test sets; each call is counted. */
	static final class FakeRegistry implements IStrategyRegistry {
		final Map<String, Double> scores = new ConcurrentHashMap<>(Map.of("skills", 10.0, "contacts", 20.0, "any", 30.0));
		final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
		final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
		volatile long delayMillis;
		private final List<StrategyDescriptor> strategies = List.of(
				new StrategyDescriptor("skills", "Skills", "a", 1, null, null, "test", Set.of("Skill")),
				new StrategyDescriptor("contacts", "Contacts", "b", 1, null, null, "test", Set.of("Contact")),
				new StrategyDescriptor("any", "Anything", "c", 1, null, null, "test", Set.of()));

		Map<String, Integer> calls() {
			Map<String, Integer> counts = new HashMap<>();
			calls.forEach((id, count) -> counts.put(id, count.get()));
			return counts;
		}

		void fireChanged() {
			listeners.forEach(Runnable::run);
		}

		@Override
		public List<StrategyDescriptor> getStrategies() {
			return strategies;
		}

		@Override
		public StrategyDescriptor getStrategy(String id) {
			return strategies.stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
		}

		@Override
		public StrategyOutcome score(StrategyDescriptor strategy, NetworkingPlan plan, ScoringContext context) {
			assertFalse(Display.getCurrent() != null, "strategies are called off the UI thread");
			assertEquals(LocalDate.now(), context.today());
			calls.computeIfAbsent(strategy.getId(), id -> new AtomicInteger()).incrementAndGet();
			if (delayMillis > 0) {
				try {
					Thread.sleep(delayMillis);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			List<Finding> findings = plan.getContacts().isEmpty() ? List.of()
					: List.of(Finding.info(plan.getContacts().get(0), "about the first contact", null));
			return StrategyOutcome.succeeded(strategy, scores.get(strategy.getId()), findings, delayMillis);
		}

		@Override
		public PlanHealth scoreAll(NetworkingPlan plan, ScoringContext context) {
			throw new UnsupportedOperationException("the live scoring scores strategy by strategy");
		}

		@Override
		public double getWeight(StrategyDescriptor strategy) {
			return strategy.getDefaultWeight();
		}

		@Override
		public long getTimeLimitMillis() {
			return 2000;
		}

		@Override
		public void addChangeListener(Runnable listener) {
			listeners.add(listener);
		}

		@Override
		public void removeChangeListener(Runnable listener) {
			listeners.remove(listener);
		}
	}
}
