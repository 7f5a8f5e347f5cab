/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.model.derived.PlanClock;
import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.CareerAspiration;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.goals.GoalIds;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The Goals page as a user works with it: the aspirations and goals of the sample plan in their lists, a goal's
 * fields bound to it (typing a title is one undoable command, saved to the file), a date that is not a date
 * decorated and refused, a validation problem decorated on its field, Add and Delete, and the alignment of
 * aspirations and goals edited through the chooser.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GoalsPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;

	@BeforeEach
	void showTheGoalsPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		page = Workbench.showPage(robot, editor, GoalsPage.ID);
	}

	/** Leaves the sample plan as it was saved, for the other tests. */
	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoToSaved(robot, editor);
	}

	@Test
	void listsTheAspirationsAndGoalsAndShowsTheSelectedGoal() {
		NetworkingPlan plan = editor.getPlan();
		Table aspirations = robot.showingById(page, GoalIds.ASPIRATIONS, Table.class);
		Table goals = robot.showingById(page, GoalIds.GOALS, Table.class);
		assertEquals(plan.getAspirations().size(), aspirations.getItemCount(), "one row per aspiration");
		assertEquals(plan.getGoals().size(), goals.getItemCount(), "one row per goal");

		robot.clickRow(goals, 1);
		NetworkingGoal goal = (NetworkingGoal) goals.getItem(1).getData();
		Text title = robot.showingById(page, GoalIds.GOAL_TITLE, Text.class);
		robot.waitUntil("the title field shows the selected goal", () -> goal.getTitle().equals(title.getText()));
		Table aligned = robot.showingById(page, GoalIds.GOAL_ASPIRATIONS + ".table", Table.class);
		assertEquals(goal.getAspirations().size(), aligned.getItemCount(), "the goal's aspirations are listed");
		Label progress = robot.showingById(page, GoalIds.GOAL_PROGRESS, Label.class);
		assertEquals(Math.round(goal.getProgress() * 100) + "%", progress.getText(), "the derived progress is shown");
		robot.screenshot(screenshots().resolve("goals-page.png"));
	}

	@Test
	void typingATitleIsOneUndoableCommandAndIsSaved() throws Exception {
		Table goals = robot.showingById(page, GoalIds.GOALS, Table.class);
		robot.clickRow(goals, 0);
		NetworkingGoal goal = (NetworkingGoal) goals.getItem(0).getData();
		String before = goal.getTitle();
		String typed = "Meet five platform engineers";
		Text title = robot.showingById(page, GoalIds.GOAL_TITLE, Text.class);
		robot.waitUntil("the title field shows the goal", () -> before.equals(title.getText()));

		robot.click(title);
		robot.selectAllText(title);
		robot.type(typed);
		robot.press(SWT.TAB);
		robot.waitUntil("the goal has the typed title", () -> typed.equals(goal.getTitle()));
		robot.waitUntil("the goal's row shows it", () -> rowOf(goals, goal).contains(typed));
		robot.waitUntil("the editor is dirty", editor::isDirty);

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		assertTrue(saved.getGoals().stream().anyMatch(g -> typed.equals(g.getTitle())), "the file has the new title");

		robot.focus(goals);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings the old title back in one step", () -> before.equals(goal.getTitle()));
		robot.waitUntil("the field shows it", () -> before.equals(title.getText()));
		// as a user would: press Ctrl+S once the tab shows the plan is dirty again (Save is enabled then)
		robot.waitUntil("the editor tab shows the dirty marker again", () -> Workbench.editorTab(editor).getText().startsWith("*"));
		robot.pressUntil(SWT.MOD1, 's', "saved again", () -> !editor.isDirty());
	}

	@Test
	void aDateThatIsNotADateIsDecoratedAndChangesNothing() {
		Table goals = robot.showingById(page, GoalIds.GOALS, Table.class);
		robot.clickRow(goals, 2);
		NetworkingGoal goal = (NetworkingGoal) goals.getItem(2).getData();
		Date before = goal.getDueDate();
		Text due = robot.showingById(page, GoalIds.GOAL_DUE, Text.class);

		robot.click(due);
		robot.selectAllText(due);
		robot.type("2027-13-45");
		robot.waitUntil("the field is decorated with the reason", () -> String.valueOf(due.getData(FieldBinder.PROBLEM_KEY))
				.contains("\"2027-13-45\" is not a date"));
		robot.press(SWT.TAB);
		assertEquals(before, goal.getDueDate(), "a date that is not a date changes nothing");
		assertFalse(editor.isDirty(), "nothing was applied");

		robot.click(due);
		robot.selectAllText(due);
		robot.type("2027-03-01");
		robot.press(SWT.CR);
		Date expected = Date.from(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
		robot.waitUntil("the goal has the typed due date", () -> expected.equals(goal.getDueDate()));
		assertNull(due.getData(FieldBinder.PROBLEM_KEY), "the decoration is gone");
	}

	/**
	 * A date shows as the locale writes it, in the field and in the list; typed in the locale's short format or as
	 * ISO, it is read.
	 */
	@Test
	void aDateShowsInTheLocalesFormatAndIsTypedInItsShortFormatOrAsIso() {
		Table goals = robot.showingById(page, GoalIds.GOALS, Table.class);
		robot.clickRow(goals, 1);
		NetworkingGoal goal = (NetworkingGoal) goals.getItem(1).getData();
		Text due = robot.showingById(page, GoalIds.GOAL_DUE, Text.class);
		assertEquals(RapportLabels.date(goal.getDueDate()), due.getText(), "the field shows the due date as the locale writes it");

		LocalDate day = LocalDate.of(2027, 3, 1);
		String typed = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
				.withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(day);
		FormPages.typeInto(robot, due, typed);
		robot.press(SWT.CR);
		robot.waitUntil("the goal is due on the day typed in the short format (" + typed + ")",
				() -> day.equals(PlanClock.toLocalDate(goal.getDueDate())));
		robot.waitUntil("the field shows it as the locale writes it", () -> RapportLabels.date(day).equals(due.getText()));
		robot.waitUntil("the list shows the same date", () -> rowTextsOf(goals, goal).contains(RapportLabels.date(day)),
				() -> rowTextsOf(goals, goal).toString());

		FormPages.typeInto(robot, due, "2027-03-02");
		robot.press(SWT.CR);
		robot.waitUntil("a date typed as ISO is read too",
				() -> LocalDate.of(2027, 3, 2).equals(PlanClock.toLocalDate(goal.getDueDate())));
	}

	private static java.util.List<String> rowTextsOf(Table table, Object element) {
		for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
			if (Widgets.dataOf(item) == element) {
				return Widgets.rowTexts(item);
			}
		}
		return java.util.List.of();
	}

	@Test
	void aValidationProblemIsDecoratedOnItsField() {
		Table goals = robot.showingById(page, GoalIds.GOALS, Table.class);
		int row = rowWhere(goals, g -> g.getMetric() != null && !g.getMetric().isBlank() && g.getStatus() != null
				&& !"abandoned".equals(g.getStatus().getLiteral()));
		robot.clickRow(goals, row);
		NetworkingGoal goal = (NetworkingGoal) goals.getItem(row).getData();
		Text metric = robot.showingById(page, GoalIds.GOAL_METRIC, Text.class);
		robot.waitUntil("the metric field shows the goal's metric", () -> goal.getMetric().equals(metric.getText()));
		assertNull(metric.getData(FieldBinder.PROBLEM_KEY), "no problem while the goal has a metric");

		robot.click(metric);
		robot.selectAllText(metric);
		robot.press(SWT.BS);
		robot.press(SWT.TAB);
		robot.waitUntil("the goal has no metric", () -> goal.getMetric() == null || goal.getMetric().isEmpty());
		robot.waitUntil("the metric field is decorated with the validator's warning (has "
				+ metric.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(metric.getData(FieldBinder.PROBLEM_KEY)).contains("metric"));

		robot.focus(goals);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z restores the metric", () -> metric.getText().equals(goal.getMetric())
				&& !goal.getMetric().isEmpty());
		robot.waitUntil("and the decoration goes", () -> metric.getData(FieldBinder.PROBLEM_KEY) == null);
	}

	@Test
	void addTypeAndDeleteAGoalAreUndoable() {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getGoals().size();
		Table goals = robot.showingById(page, GoalIds.GOALS, Table.class);
		robot.click(robot.showingById(page, GoalIds.GOALS + ".add", Button.class));
		robot.waitUntil("a goal was added", () -> plan.getGoals().size() == before + 1);
		NetworkingGoal added = plan.getGoals().get(before);
		Text title = robot.showingById(page, GoalIds.GOAL_TITLE, Text.class);
		robot.waitUntil("the new goal is selected and its title has the focus",
				() -> title.isFocusControl() && added.getTitle().equals(title.getText()));

		robot.type("Speak at a meetup");
		robot.press(SWT.CR);
		robot.waitUntil("the new goal has the typed title", () -> "Speak at a meetup".equals(added.getTitle()));

		robot.waitUntil("the new goal's row shows its title", () -> rowOf(goals, added).contains("Speak at a meetup"));
		robot.clickRow(goals, rowWhere(goals, g -> g == added));
		robot.focus(goals);
		robot.pressUntil(SWT.NONE, SWT.DEL, "Delete removed the goal", () -> !plan.getGoals().contains(added));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings it back", () -> plan.getGoals().contains(added));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the title", () -> !"Speak at a meetup".equals(added.getTitle()));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the Add", () -> plan.getGoals().size() == before);
	}

	@Test
	void anAspirationsGoalsAreChosenAndTheGoalFollows() {
		NetworkingPlan plan = editor.getPlan();
		Table aspirations = robot.showingById(page, GoalIds.ASPIRATIONS, Table.class);
		robot.clickRow(aspirations, 0);
		CareerAspiration aspiration = (CareerAspiration) aspirations.getItem(0).getData();
		NetworkingGoal outside = plan.getGoals().stream().filter(g -> !aspiration.getGoals().contains(g)).findFirst()
				.orElseThrow(() -> new AssertionError("the sample has a goal outside the first aspiration"));
		Table served = robot.showingById(page, GoalIds.ASPIRATION_GOALS + ".table", Table.class);
		robot.waitUntil("the aspiration's goals are listed",
				() -> served.getItemCount() == aspiration.getGoals().size());

		Shell workbench = Workbench.shell();
		ShellWatcher chooser = robot.onShell("the chooser of goals opens", s -> s != workbench && s.getParent() == workbench,
				s -> {
					robot.activate(s);
					Text filter = Widgets.findAll(s, Text.class, t -> true).get(0);
					robot.waitUntil("the chooser's filter has the focus", filter::isFocusControl);
					robot.flush();
					robot.type(outside.getTitle().substring(0, Math.min(12, outside.getTitle().length())));
					Button ok = Widgets.findAll(s, Button.class, b -> "OK".equals(Widgets.textOf(b))).get(0);
					robot.waitUntil("the chooser filtered its list down to the goal and OK is enabled", ok::isEnabled,
							() -> "filter: " + Widgets.findAll(s, Text.class, t -> true).stream().map(Text::getText).toList()
									+ ", rows: " + Widgets.findAll(s, Table.class, t -> true).stream()
											.map(t -> t.getItemCount() + " " + List.of(t.getItems())).toList()
									+ ", focus: " + Widgets.describe(s.getDisplay().getFocusControl()));
					robot.click(ok);
				});
		robot.click(robot.showingById(page, GoalIds.ASPIRATION_GOALS + ".add", Button.class));
		chooser.await();
		robot.waitUntil("the chooser closed", () -> chooser.shell().isDisposed());
		robot.waitUntil("the goal serves the aspiration", () -> aspiration.getGoals().contains(outside));
		assertTrue(outside.getAspirations().contains(aspiration), "the goal's side of the link follows");
		robot.waitUntil("the list shows it", () -> served.getItemCount() == aspiration.getGoals().size());

		robot.focus(aspirations);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z removes the link on both sides",
				() -> !aspiration.getGoals().contains(outside) && !outside.getAspirations().contains(aspiration));
	}

	private static String rowOf(Table table, Object element) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() == element) {
				return String.join(" | ", Widgets.rowTexts(table.getItem(i)));
			}
		}
		return "(no row)";
	}

	private static int rowWhere(Table table, java.util.function.Predicate<NetworkingGoal> test) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() instanceof NetworkingGoal goal && test.test(goal)) {
				return i;
			}
		}
		throw new AssertionError("no row matches in " + List.of(table.getItems()));
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
