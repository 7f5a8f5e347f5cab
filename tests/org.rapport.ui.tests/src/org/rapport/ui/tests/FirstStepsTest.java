/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.core.strategies.GettingStarted;
import org.rapport.core.strategies.GettingStarted.Step;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.editors.audiences.AudiencesPage;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.internal.recent.RecentPlansStore;
import org.rapport.ui.internal.views.ScorecardView;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * A new plan's Scorecard: the first steps instead of "0 Needs work" and a list of errors, each ticked when done and
 * each with the link that does it; from three steps on, the scores.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FirstStepsTest {

	private final Robot robot = Robot.current();
	private Path file;
	private PlanEditor editor;
	private ScorecardView view;

	@BeforeEach
	void openANewPlanAndTheScorecard() throws Exception {
		robot.activate(Workbench.shell());
		file = Path.of(System.getProperty(Workbench.SAMPLE_DIR_PROPERTY)).toAbsolutePath().getParent()
				.resolve("first-steps").resolve("New plan.rapport");
		Files.createDirectories(file.getParent());
		Files.deleteIfExists(file);
		new PlanStore().createNew(file, "New plan");
		editor = (PlanEditor) PlanEditors.open(Workbench.page(), file);
		view = (ScorecardView) Workbench.page().showView(UiIds.VIEW_SCORECARD, null, IWorkbenchPage.VIEW_VISIBLE);
		robot.waitUntil("the Scorecard follows the new plan", () -> view.getEditor() == editor);
	}

	@AfterEach
	void closeThePlan() {
		if (editor != null) {
			Workbench.page().closeEditor(editor, false);
		}
		RecentPlansStore.remove(file);
	}

	private Composite steps() {
		return robot.showingById(Workbench.shell(), UiIds.SCORECARD_FIRST_STEPS, Composite.class);
	}

	private Link action(Step step) {
		return Widgets.findById(steps(), UiIds.SCORECARD_FIRST_STEPS + '.' + step.name() + ".action", Link.class);
	}

	/**
	 * Follows a link with the keyboard: the cursor on it, then Enter. (Clicks on links go through xdotool, whose
	 * pointer did not reach them on this machine's virtual display, for ReachTest's links either.)
	 */
	private void follow(Link link) {
		robot.focus(link);
		robot.press(SWT.CR);
	}

	private static boolean ticked(Link action) {
		return !action.getVisible();
	}

	@Test
	void aNewPlanShowsItsFirstStepsAndTheirLinksDoThem() {
		Composite steps = steps();
		for (Step step : GettingStarted.steps()) {
			Label title = robot.showingById(steps, UiIds.SCORECARD_FIRST_STEPS + '.' + step.name(), Label.class);
			assertEquals(step.getLabel(), Widgets.textOf(title));
			assertTrue(Widgets.isShowing(action(step)), step + " is still to do, with its link");
		}
		Table findings = Widgets.findById(Workbench.shell(), UiIds.SCORECARD_FINDINGS, Table.class);
		assertFalse(findings != null && Widgets.isShowing(findings), "no findings listed for a new plan");
		Label word = Widgets.findById(Workbench.shell(), UiIds.SCORECARD_WORD, Label.class);
		assertFalse(word != null && Widgets.isShowing(word), "no \"0 Needs work\"");

		// the link of the first step adds an aspiration on the Goals page, selected, as its Add button would
		follow(action(Step.ASPIRATION));
		robot.waitUntil("the plan has an aspiration", () -> editor.getPlan().getAspirations().size() == 1);
		assertEquals(GoalsPage.ID, editor.getActivePageInstance().getId(), "on the Goals page");
		robot.waitUntil("the step is ticked", () -> ticked(action(Step.ASPIRATION)));
		robot.type("Lead a platform team");
		robot.press(SWT.CR);

		follow(action(Step.GOAL));
		robot.waitUntil("the plan has a goal", () -> editor.getPlan().getGoals().size() == 1);
		robot.waitUntil("the goal's step is ticked", () -> ticked(action(Step.GOAL)));
		assertTrue(Widgets.isShowing(steps()), "two of five steps: still the checklist");

		// undo takes the goal away and the step is open again
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("the goal is undone (" + editor.getPlan().getGoals() + ")",
				() -> editor.getPlan().getGoals().isEmpty());
		robot.waitUntil("the goal's step is open again", () -> !ticked(action(Step.GOAL)));

		follow(action(Step.GOAL));
		robot.waitUntil("the plan has a goal again", () -> editor.getPlan().getGoals().size() == 1);
		follow(action(Step.AUDIENCE));
		robot.waitUntil("the plan has an audience", () -> editor.getPlan().getAudiences().size() == 1);
		assertEquals(AudiencesPage.ID, editor.getActivePageInstance().getId(), "on the Audiences page");

		// three steps done: the plan is scored, and the rest of what is missing shows as warnings
		robot.waitUntil("the Scorecard shows the scores (" + view + ")", () -> {
			Label shown = Widgets.findById(Workbench.shell(), UiIds.SCORECARD_WORD, Label.class);
			return shown != null && Widgets.isShowing(shown) && !Widgets.textOf(shown).isEmpty()
					&& view.getScoring().getHealth() != null && !view.getScoring().isScoring();
		}, java.time.Duration.ofSeconds(30));
		Table table = robot.showingById(Workbench.shell(), UiIds.SCORECARD_FINDINGS, Table.class);
		assertTrue(table.getItemCount() > 0, "the findings say what is still missing");
		for (var outcome : view.getScoring().getHealth().getOutcomes()) {
			for (var finding : outcome.getFindings()) {
				assertFalse(finding.getSeverity() == org.rapport.model.Severity.ERROR,
						"nothing in a young plan is an error: " + finding);
			}
		}
	}
}
