/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanReview;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * A past review's decisions and notes stay editable on the Reviews page: a decision typed on a new line of its
 * own is one undoable command and lands in the file.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReviewsPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;

	@BeforeEach
	void showTheReviewsPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		page = Workbench.showPage(robot, editor, "reviews");
	}

	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoToSaved(robot, editor);
	}

	@Test
	void aDecisionTypedOnANewLineIsAddedSavedAndUndone() throws Exception {
		Table history = robot.showingById(page, "reviews.table", Table.class);
		robot.waitUntil("the history lists the sample's reviews", () -> history.getItemCount() > 0);
		robot.clickRow(history, 0);
		PlanReview review = (PlanReview) history.getItem(0).getData();
		List<String> before = new ArrayList<>(review.getDecisions());
		Text decisions = robot.showingById(page, "reviews.details.decisions", Text.class);
		robot.waitUntil("the decisions field shows the review's decisions, one per line",
				() -> String.join("\n", before).equals(decisions.getText().replace("\r", "")),
				() -> "shows '" + decisions.getText() + "'");

		// the details are below the history and the trend charts: scroll to them as a user would
		((org.eclipse.swt.custom.ScrolledComposite) page).showControl(decisions);
		robot.flush();
		robot.click(decisions);
		robot.press(SWT.MOD1, SWT.END);
		robot.press(SWT.CR);
		robot.type("Ask Maria for an intro to the platform team");
		Text notes = robot.showingById(page, "reviews.details.notes", Text.class);
		robot.press(SWT.TAB);
		robot.waitUntil("the review has the new decision at the end",
				() -> review.getDecisions().size() == before.size() + 1
						&& "Ask Maria for an intro to the platform team".equals(review.getDecisions().get(before.size())),
				() -> "decisions: " + review.getDecisions() + ", focus " + Widgets.describe(robot.display().getFocusControl()));
		assertEquals(before, review.getDecisions().subList(0, before.size()), "the other decisions are kept");
		assertTrue(notes.isEnabled(), "the notes are editable too");

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		assertTrue(saved.getReviews().stream().anyMatch(r -> r.getDecisions().contains("Ask Maria for an intro to the platform team")),
				"the file has the decision");

		robot.focus(history);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the decision out in one step", () -> before.equals(review.getDecisions()));
		// as a user would: press Ctrl+S once the tab shows the plan is dirty again (Save is enabled then)
		robot.waitUntil("the editor tab shows the dirty marker again", () -> Workbench.editorTab(editor).getText().startsWith("*"));
		robot.pressUntil(SWT.MOD1, 's', "saved again", () -> !editor.isDirty());
	}
}
