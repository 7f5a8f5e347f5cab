package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;

/**
 * The plan's own fields are edited in place on the Overview: the name (the form's heading follows), the review
 * cadence (a word instead of a number is refused on the field) and the owner's headline, saved and undone.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OverviewPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;

	@BeforeEach
	void showTheOverview() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		page = Workbench.showPage(robot, editor, UiIds.PAGE_OVERVIEW);
	}

	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoToSaved(robot, editor);
	}

	@Test
	void thePlansNameCadenceAndOwnerAreEditedInPlace() throws Exception {
		NetworkingPlan plan = editor.getPlan();
		String name = plan.getName();
		int cadence = plan.getReviewCadenceDays();
		String headline = plan.getOwner().getHeadline();

		Text nameField = robot.showingById(page, UiIds.OVERVIEW_PLAN_NAME, Text.class);
		assertEquals(name, nameField.getText(), "the name field shows the plan's name");
		robot.click(nameField);
		robot.selectAllText(nameField);
		robot.type("Career plan 2027");
		robot.press(SWT.CR);
		robot.waitUntil("the plan has the typed name", () -> "Career plan 2027".equals(plan.getName()));
		robot.waitUntil("the form's heading follows", () -> "Career plan 2027".equals(editor.getActivePageInstance()
				.getManagedForm().getForm().getText()));

		Text cadenceField = robot.showingById(page, UiIds.OVERVIEW_PLAN + ".reviewCadence", Text.class);
		robot.click(cadenceField);
		robot.selectAllText(cadenceField);
		robot.type("fortnightly");
		robot.waitUntil("a word is refused on the field", () -> String.valueOf(cadenceField.getData(FieldBinder.PROBLEM_KEY))
				.contains("not a whole number"));
		robot.press(SWT.CR);
		assertEquals(cadence, plan.getReviewCadenceDays(), "the cadence is unchanged");
		robot.selectAllText(cadenceField);
		robot.type("14");
		robot.press(SWT.CR);
		robot.waitUntil("the plan has the typed cadence", () -> plan.getReviewCadenceDays() == 14);
		assertNull(cadenceField.getData(FieldBinder.PROBLEM_KEY), "the decoration is gone");

		Text headlineField = robot.showingById(page, UiIds.OVERVIEW_PLAN_OWNER + ".headline", Text.class);
		robot.click(headlineField);
		robot.selectAllText(headlineField);
		robot.type("Staff Engineer, Platform");
		robot.press(SWT.CR);
		robot.waitUntil("the owner has the typed headline", () -> "Staff Engineer, Platform".equals(plan.getOwner().getHeadline()));

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		assertEquals("Career plan 2027", saved.getName());
		assertEquals(14, saved.getReviewCadenceDays());
		assertEquals("Staff Engineer, Platform", saved.getOwner().getHeadline());

		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the headline", () -> headline.equals(plan.getOwner().getHeadline()));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the cadence", () -> plan.getReviewCadenceDays() == cadence);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the name", () -> name.equals(plan.getName()));
		robot.waitUntil("the fields show the old values", () -> name.equals(nameField.getText())
				&& String.valueOf(cadence).equals(cadenceField.getText()) && headline.equals(headlineField.getText()));
		robot.waitUntil("the tab shows the plan is dirty", () -> Workbench.editorTab(editor).getText().startsWith("*"));
		robot.pressUntil(SWT.MOD1, 's', "saved as it was", () -> !editor.isDirty());
	}
}
