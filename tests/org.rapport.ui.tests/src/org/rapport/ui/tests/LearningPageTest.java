/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
import org.rapport.model.ActivityStatus;
import org.rapport.model.Contact;
import org.rapport.model.Feedback;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Skill;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.learning.LearningIds;
import org.rapport.ui.internal.editors.learning.LearningPage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The Learning page as a user works with it: skills, learning activities and feedback in three lists; a skill's
 * levels checked by the plan validator and decorated; an activity's status chosen and its completion date typed;
 * feedback added, its author chosen among the contacts and the activity it prompted linked (both sides follow);
 * saved, read back from the file, and undone step by step.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LearningPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;
	private Command lastBefore;

	@BeforeEach
	void showTheLearningPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		page = Workbench.showPage(robot, editor, LearningPage.ID);
		lastBefore = editor.getEditingDomain().getCommandStack().getUndoCommand();
	}

	/**
	 * Leaves the sample plan as it was, in the editor and in the file, for the other tests: undoes every command the
	 * test executed and saves again when the test saved (also when it failed between its save and its undo).
	 */
	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoSince(robot, editor, lastBefore);
	}

	@Test
	void listsSkillsActivitiesAndFeedbackAndShowsEach() {
		NetworkingPlan plan = editor.getPlan();
		Table skills = robot.showingById(page, LearningIds.SKILLS, Table.class);
		Table activities = robot.showingById(page, LearningIds.ACTIVITIES, Table.class);
		Table feedback = robot.showingById(page, LearningIds.FEEDBACK, Table.class);
		assertEquals(plan.getSkills().size(), skills.getItemCount(), "one row per skill");
		assertEquals(plan.getLearningActivities().size(), activities.getItemCount(), "one row per activity");
		assertEquals(plan.getFeedback().size(), feedback.getItemCount(), "one row per feedback");

		robot.clickRow(skills, 0);
		Skill skill = (Skill) skills.getItem(0).getData();
		assertEquals(skill.getCurrentLevel() + " \u2192 " + skill.getTargetLevel(), Widgets.rowTexts(skills.getItem(0)).get(1),
				"the level column shows current \u2192 target");
		Text name = robot.showingById(page, LearningIds.SKILL_NAME, Text.class);
		robot.waitUntil("the name field shows the skill", () -> skill.getName().equals(name.getText()));
		Label built = robot.showingById(page, LearningIds.SKILL_ACTIVITIES, Label.class);
		long building = plan.getLearningActivities().stream().filter(a -> a.getSkills().contains(skill)).count();
		assertTrue(built.getText().startsWith(String.valueOf(building)), "the activities building it are counted: "
				+ built.getText());

		int row = rowWhere(activities, LearningActivity.class, a -> a.getStatus() == ActivityStatus.IN_PROGRESS);
		robot.clickRow(activities, row);
		LearningActivity activity = (LearningActivity) activities.getItem(row).getData();
		Combo status = robot.showingById(page, LearningIds.ACTIVITY_STATUS, Combo.class);
		robot.waitUntil("the status shows the activity's", () -> "in progress".equals(status.getText()));
		Table skillsOf = robot.showingById(page, LearningIds.ACTIVITY_SKILLS + ".table", Table.class);
		assertEquals(activity.getSkills().size(), skillsOf.getItemCount(), "its skills are listed");

		row = rowWhere(feedback, Feedback.class, f -> f.getFrom() != null && !f.getActions().isEmpty());
		robot.clickRow(feedback, row);
		Feedback given = (Feedback) feedback.getItem(row).getData();
		Text from = robot.showingById(page, LearningIds.FEEDBACK_FROM, Text.class);
		robot.waitUntil("the feedback's author is shown", () -> RapportLabels.text(given.getFrom()).equals(from.getText()));
		Table actions = robot.showingById(page, LearningIds.FEEDBACK_ACTIONS + ".table", Table.class);
		assertEquals(given.getActions().size(), actions.getItemCount(), "the actions it prompted are listed");
		FormPages.screenshots(robot, editor, screenshots(), "learning-page");
	}

	@Test
	void skillLevelsOutOfOrderOrRangeAreDecorated() {
		Table skills = robot.showingById(page, LearningIds.SKILLS, Table.class);
		int row = rowWhere(skills, Skill.class, s -> s.getCurrentLevel() >= 2 && s.getTargetLevel() > s.getCurrentLevel());
		robot.clickRow(skills, row);
		Skill skill = (Skill) skills.getItem(row).getData();
		int current = skill.getCurrentLevel();
		int target = skill.getTargetLevel();
		Text targetField = robot.showingById(page, LearningIds.SKILL_TARGET, Text.class);
		Text currentField = robot.showingById(page, LearningIds.SKILL_CURRENT, Text.class);
		robot.waitUntil("the target level is shown", () -> String.valueOf(target).equals(targetField.getText()));
		assertNull(targetField.getData(FieldBinder.PROBLEM_KEY), "no problem while the target is above the level");

		FormPages.typeInto(robot, targetField, String.valueOf(current - 1));
		robot.press(SWT.TAB);
		robot.waitUntil("the skill has the typed target", () -> skill.getTargetLevel() == current - 1);
		robot.waitUntil("the target is decorated with the validator's warning (has "
				+ targetField.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(targetField.getData(FieldBinder.PROBLEM_KEY)).contains("below its current level"));
		robot.waitUntil("the row shows the negative gap", () -> rowOf(skills, skill).endsWith("| " + (-1)));

		FormPages.typeInto(robot, currentField, "9");
		robot.press(SWT.CR);
		robot.waitUntil("the skill has level 9", () -> skill.getCurrentLevel() == 9);
		robot.waitUntil("the level is decorated with the validator's error (has "
				+ currentField.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(currentField.getData(FieldBinder.PROBLEM_KEY)).contains("current level of 9"));

		robot.focus(skills);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z restores the level", () -> skill.getCurrentLevel() == current);
		robot.waitUntil("and its decoration goes", () -> currentField.getData(FieldBinder.PROBLEM_KEY) == null);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z restores the target", () -> skill.getTargetLevel() == target);
		robot.waitUntil("and its decoration goes", () -> targetField.getData(FieldBinder.PROBLEM_KEY) == null);
	}

	@Test
	void anActivitysStatusIsChosenAndItsCompletionTypedAndSaved() throws Exception {
		Table activities = robot.showingById(page, LearningIds.ACTIVITIES, Table.class);
		int row = rowWhere(activities, LearningActivity.class,
				a -> a.getStatus() == ActivityStatus.IN_PROGRESS && a.getCompletedDate() == null);
		robot.clickRow(activities, row);
		LearningActivity activity = (LearningActivity) activities.getItem(row).getData();
		Combo status = robot.showingById(page, LearningIds.ACTIVITY_STATUS, Combo.class);
		robot.waitUntil("the status shows the activity's", () -> "in progress".equals(status.getText()));

		FormPages.reveal(robot, status);
		robot.press(SWT.ARROW_DOWN);
		robot.waitUntil("the next status, done, is chosen (status " + activity.getStatus() + ")",
				() -> activity.getStatus() == ActivityStatus.DONE);
		robot.waitUntil("the row shows it", () -> rowOf(activities, activity).contains("done"));

		Text completed = robot.showingById(page, LearningIds.ACTIVITY_COMPLETED, Text.class);
		FormPages.typeInto(robot, completed, "2026-03-14");
		robot.press(SWT.CR);
		Date day = Date.from(LocalDate.of(2026, 3, 14).atStartOfDay(ZoneId.systemDefault()).toInstant());
		robot.waitUntil("the activity has the typed completion date", () -> day.equals(activity.getCompletedDate()));

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		LearningActivity read = saved.getLearningActivities().stream()
				.filter(a -> a.getTitle().equals(activity.getTitle())).findFirst().orElseThrow();
		assertEquals(ActivityStatus.DONE, read.getStatus(), "the file has the status");
		assertEquals(day, read.getCompletedDate(), "and the completion date");

		robot.focus(activities);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the date back", () -> activity.getCompletedDate() == null);
		robot.waitUntil("the field is empty again", () -> completed.getText().isEmpty());
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the status back in one step",
				() -> activity.getStatus() == ActivityStatus.IN_PROGRESS);
		robot.waitUntil("the combo shows it", () -> "in progress".equals(status.getText()));
		robot.pressUntil(SWT.MOD1, 's', "saved again", () -> !editor.isDirty());
	}

	@Test
	void feedbackIsAddedItsAuthorChosenAndTheActivityItPromptedLinked() throws Exception {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getFeedback().size();
		Table feedback = robot.showingById(page, LearningIds.FEEDBACK, Table.class);
		robot.click(robot.showingById(page, LearningIds.FEEDBACK + ".add", Button.class));
		robot.waitUntil("feedback was added", () -> plan.getFeedback().size() == before + 1);
		Feedback added = plan.getFeedback().get(before);
		Text topic = robot.showingById(page, LearningIds.FEEDBACK_TOPIC, Text.class);
		robot.waitUntil("the new feedback is selected and its topic has the focus",
				() -> topic.isFocusControl() && added.getTopic().equals(topic.getText()));
		robot.type("Code review tone");
		robot.press(SWT.CR);
		robot.waitUntil("the feedback has the typed topic", () -> "Code review tone".equals(added.getTopic()));

		Contact author = plan.getContacts().stream().filter(c -> c.getLastName() != null && !c.getLastName().isBlank())
				.reduce((a, b) -> b).orElseThrow();
		Shell workbench = Workbench.shell();
		ShellWatcher chooser = robot.onShell("the chooser of the author opens",
				s -> s != workbench && s.getParent() == workbench,
				s -> choose(s, RapportLabels.text(author)));
		robot.click(FormPages.reveal(robot,
				robot.showingById(page, LearningIds.FEEDBACK_FROM + ".choose", Button.class)));
		chooser.await();
		robot.waitUntil("the chooser closed", () -> chooser.shell().isDisposed());
		robot.waitUntil("the feedback is from the chosen contact", () -> added.getFrom() == author);
		Text from = robot.showingById(page, LearningIds.FEEDBACK_FROM, Text.class);
		robot.waitUntil("the field names them", () -> RapportLabels.text(author).equals(from.getText()));
		robot.waitUntil("the row names them", () -> rowOf(feedback, added).contains(RapportLabels.contactName(author)));

		LearningActivity activity = plan.getLearningActivities().stream().filter(a -> a.getPromptedBy().isEmpty())
				.findFirst().orElseThrow(() -> new AssertionError("the sample has an activity no feedback prompted"));
		ShellWatcher actions = robot.onShell("the chooser of activities opens",
				s -> s != workbench && s.getParent() == workbench, s -> choose(s, activity.getTitle()));
		robot.click(FormPages.reveal(robot,
				robot.showingById(page, LearningIds.FEEDBACK_ACTIONS + ".add", Button.class)));
		actions.await();
		robot.waitUntil("the chooser closed", () -> actions.shell().isDisposed());
		robot.waitUntil("the feedback led to the activity", () -> added.getActions().contains(activity));
		assertEquals(List.of(added), activity.getPromptedBy(), "the activity's side of the link follows");

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Feedback read = saved.getFeedback().stream().filter(f -> "Code review tone".equals(f.getTopic())).findFirst()
				.orElseThrow(() -> new AssertionError("the file has the new feedback"));
		assertEquals(author.getFullName(), read.getFrom().getFullName(), "with its author");
		assertEquals(List.of(activity.getTitle()), read.getActions().stream().map(LearningActivity::getTitle).toList(),
				"and its action");
		assertEquals(List.of(read), read.getActions().get(0).getPromptedBy(), "read back on both sides");

		robot.focus(feedback);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z unlinks the activity on both sides",
				() -> added.getActions().isEmpty() && activity.getPromptedBy().isEmpty());
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z clears the author", () -> added.getFrom() == null);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the topic back", () -> !"Code review tone".equals(added.getTopic()));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the Add", () -> plan.getFeedback().size() == before);
		robot.pressUntil(SWT.MOD1, 's', "saved as it was", () -> !editor.isDirty());
	}

	@Test
	void deletingASkillTakesItOffItsActivitiesAndUndoPutsItBack() {
		NetworkingPlan plan = editor.getPlan();
		Table skills = robot.showingById(page, LearningIds.SKILLS, Table.class);
		int row = rowWhere(skills, Skill.class,
				s -> plan.getLearningActivities().stream().anyMatch(a -> a.getSkills().contains(s)));
		Skill skill = (Skill) skills.getItem(row).getData();
		List<LearningActivity> building = plan.getLearningActivities().stream().filter(a -> a.getSkills().contains(skill))
				.toList();
		robot.clickRow(skills, row);
		robot.press(SWT.DEL);
		robot.waitUntil("Delete removed the skill", () -> !plan.getSkills().contains(skill));
		assertTrue(building.stream().noneMatch(a -> a.getSkills().contains(skill)), "no activity still refers to it");
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings it back", () -> plan.getSkills().contains(skill));
		assertEquals(new HashSet<>(building), new HashSet<>(plan.getLearningActivities().stream()
				.filter(a -> a.getSkills().contains(skill)).toList()), "with its activities");
	}

	/** In a chooser: types the name into its filter and presses OK once the list is down to it. */
	private void choose(Shell chooser, String name) {
		robot.activate(chooser);
		// the filter field first: a key typed right after the dialog opens may go nowhere
		Text filter = Widgets.findAll(chooser, Text.class, Widgets::isShowing).get(0);
		robot.focus(filter);
		robot.type(name);
		robot.waitUntil("the filter has the name typed (has '" + filter.getText() + "')",
				() -> name.equals(filter.getText()));
		Button ok = Widgets.findAll(chooser, Button.class, b -> "OK".equals(Widgets.textOf(b))).get(0);
		robot.waitUntil("the chooser filtered its list down to '" + name + "' and OK is enabled", ok::isEnabled);
		robot.click(ok);
	}

	private static String rowOf(Table table, Object element) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() == element) {
				return String.join(" | ", Widgets.rowTexts(table.getItem(i)));
			}
		}
		return "(no row)";
	}

	private static <T> int rowWhere(Table table, Class<T> type, Predicate<T> test) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (type.isInstance(table.getItem(i).getData()) && test.test(type.cast(table.getItem(i).getData()))) {
				return i;
			}
		}
		throw new AssertionError("no row matches in " + List.of(table.getItems()));
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
