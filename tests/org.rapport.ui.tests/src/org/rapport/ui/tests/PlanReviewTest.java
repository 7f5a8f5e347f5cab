/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanReview;
import org.rapport.model.ReviewFinding;
import org.rapport.model.StrategyScore;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.outcome.Summaries;
import org.rapport.ui.tests.fakes.ReviewFakes;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * Review &gt; Run Plan Review, driven through real keys and clicks on the sample plan: Ctrl+Alt+R opens the wizard,
 * which scores the plan and then shows each strategy's page, the pages of its review wizards (this bundle's fakes:
 * one works, three fail and must be left out with a note naming this plugin) and the summary; Finish records a
 * plan review as one undo step, Ctrl+S saves it (checked by loading the file on its own), Ctrl+Z takes it back, and
 * Cancel undoes what the review's pages did.
 * <p>
 * The tests run in order and build on each other; a later one is skipped, not failed, when the one before did not
 * get as far. They leave the plan editor as clean as they found it, for the other test classes.
 * </p>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ScreenshotOnFailure.class)
class PlanReviewTest {

	// mirror org.rapport.ui.internal.review.ReviewIds (internal to org.rapport.ui)
	static final String PAGE_SCORING = "review.scoring";
	static final String PAGE_STRATEGY_PREFIX = "review.strategy:";
	static final String PAGE_SUMMARY = "review.summary";
	static final String SCORING_QUICK = "review.scoring.quick";
	static final String SCORING_FULL = "review.scoring.full";
	static final String STRATEGY_NOTES = "review.strategy.notes";
	static final String STRATEGY_FAILURE = "review.strategy.failure";
	static final String SUMMARY_NOTES = "review.summary.notes";
	static final String SUMMARY_DECISIONS = "review.summary.decisions";
	static final String SUMMARY_NEW_DECISION = "review.summary.newDecision";
	static final String SUMMARY_ADD_DECISION = "review.summary.addDecision";
	static final String PAGE_REVIEWS = "reviews";
	static final String REVIEWS_TABLE = "reviews.table";

	static final String WINDOW_TITLE = "Plan Review";
	static final String TESTS_PLUGIN = "org.rapport.ui.tests";
	static final String FOLLOW_UP_TRUST = "org.rapport.strategies.followUpTrust";
	/** A faulty strategy of this bundle's plugin.xml (fakes.ThrowingStrategy), when it is there. */
	static final String THROWING_STRATEGY = "org.rapport.ui.tests.throwing";
	static final String NOTES = "Steadier\nGive";
	static final String OWN_DECISION = "Call Ben";

	/** Shared by the ordered tests. */
	static int reviewsBefore;
	static int newCadence;
	static PlanReview recorded;
	static boolean finished;
	static boolean saved;

	private final Robot robot = Robot.current();

	@BeforeEach
	void bringUpTheWorkbench() {
		robot.activate(Workbench.shell());
	}

	@Test
	@Order(1)
	void runPlanReviewShowsEveryStrategyAndItsReviewPagesAndFinishRecordsTheReview() throws Exception {
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		assertFalse(editor.isDirty(), "the sample plan is saved before the review");
		reviewsBefore = plan.getReviews().size();
		Set<PlanReview> before = new HashSet<>(plan.getReviews());
		int cadence = ReviewFakes.newCadence(plan);
		List<StrategyDescriptor> strategies = Strategies.getRegistry().getStrategies();
		assertTrue(strategies.size() >= 7, "the built-in strategies are installed: " + strategies);

		List<String> visited = new ArrayList<>();
		Map<String, String> notes = new LinkedHashMap<>();
		Map<String, String> failures = new LinkedHashMap<>();
		List<String> decisionsShown = new ArrayList<>();
		Steps steps = new Steps();
		ShellWatcher wizard = onReviewWizard(steps, shell -> {
			WizardDialog dialog = dialogOf(shell);
			awaitScored(shell, dialog);
			screenshot("PlanReview-1-scored");
			assertTrue(robot.showingById(shell, SCORING_QUICK, Button.class).getSelection(), "the quick path is offered first");
			Button full = robot.showingById(shell, SCORING_FULL, Button.class);
			robot.click(full);
			robot.waitUntil("the full review is chosen", full::getSelection);
			walk(shell, dialog, PAGE_SUMMARY, visited, notes, failures, page -> {
				if ((PAGE_STRATEGY_PREFIX + FOLLOW_UP_TRUST).equals(page)) {
					screenshot("PlanReview-2-strategy");
				}
				if (ReviewFakes.CADENCE_PAGE.equals(page)) {
					Button set = robot.showingById(shell, ReviewFakes.CADENCE_BUTTON, Button.class);
					robot.click(set);
					robot.waitUntil("the fake page's command set the review cadence to " + cadence + " (it is "
							+ plan.getReviewCadenceDays() + ")", () -> plan.getReviewCadenceDays() == cadence);
					robot.waitUntil("the plan editor is dirty after the page's action", editor::isDirty);
				}
			});

			Table decisions = robot.showingById(shell, SUMMARY_DECISIONS, Table.class);
			for (int i = 0; i < decisions.getItemCount(); i++) {
				decisionsShown.add(decisions.getItem(i).getText());
			}
			Text notesText = robot.showingById(shell, SUMMARY_NOTES, Text.class);
			robot.click(notesText);
			robot.focus(notesText);
			robot.type(NOTES);
			robot.waitUntil("the notes field has the typed notes (has '" + notesText.getText() + "')",
					() -> NOTES.equals(notesText.getText().replace("\r\n", "\n")));
			Text newDecision = robot.showingById(shell, SUMMARY_NEW_DECISION, Text.class);
			robot.click(newDecision);
			robot.focus(newDecision);
			robot.type(OWN_DECISION);
			robot.click(robot.showingById(shell, SUMMARY_ADD_DECISION, Button.class));
			robot.waitUntil("the decision typed is listed", () -> rows(decisions).contains(OWN_DECISION));
			screenshot("PlanReview-3-summary");
			robot.click(button(shell, "Finish"));
		});
		focusEditor(editor);
		robot.press(SWT.MOD1 | SWT.ALT, 'r');
		wizard.await(Duration.ofSeconds(30));
		steps.await(wizard.shell());

		// the walk: the scoring page, each strategy (the working fake's page after its strategy's), the summary
		List<String> expected = new ArrayList<>();
		expected.add(PAGE_SCORING);
		for (StrategyDescriptor strategy : strategies) {
			expected.add(PAGE_STRATEGY_PREFIX + strategy.getId());
			if (FOLLOW_UP_TRUST.equals(strategy.getId())) {
				expected.add(ReviewFakes.CADENCE_PAGE);
			}
		}
		expected.add(PAGE_SUMMARY);
		List<String> ours = visited.stream().filter(expected::contains).toList();
		assertEquals(expected, ours, "the pages Next went through (all visited: " + visited + "; notes: " + notes + ")");
		assertFalse(visited.contains("fake.review.brokenPage"), "the page that cannot create its controls is left out");

		// the failing review wizards: left out, with a note naming them and this plugin
		assertNote(notes, "org.rapport.strategies.learning", "Fake: throws",
				"it threw IllegalStateException: " + ReviewFakes.THROWING_MESSAGE);
		assertNote(notes, "org.rapport.strategies.reciprocity", "Fake: broken page", ReviewFakes.BROKEN_PAGE_MESSAGE);
		assertNote(notes, "org.rapport.strategies.authenticity", "Fake: missing class", "could not be created");
		assertTrue(notes.get(FOLLOW_UP_TRUST).contains("Fake: review cadence"),
				"the follow-up strategy's page announces the fake's pages: " + notes.get(FOLLOW_UP_TRUST));
		// a failing strategy is shown with its reason, and the review goes on
		String failure = failures.get(THROWING_STRATEGY);
		if (strategies.stream().anyMatch(s -> THROWING_STRATEGY.equals(s.getId()))) {
			assertNotNull(failure, "the throwing strategy's page says why it failed: " + failures);
			assertTrue(failure.contains(TESTS_PLUGIN), "the failure names the plugin: " + failure);
		}
		assertTrue(decisionsShown.contains(ReviewFakes.decision(cadence)),
				"the summary lists the decision the fake page took: " + decisionsShown);

		// Finish: one more review, one undo step, the editor dirty
		assertEquals(reviewsBefore + 1, plan.getReviews().size(), "Finish added one plan review");
		recorded = plan.getReviews().stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
		assertEquals(strategies.size(), recorded.getScores().size(), "one score per strategy, failed ones included");
		for (StrategyScore score : recorded.getScores()) {
			boolean failed = score.getFailureReason() != null;
			assertEquals(failed, Double.isNaN(score.getValue()),
					"a score is NaN exactly when the strategy failed: " + score.getStrategyId());
			assertTrue(score.getWeight() >= 0, "the weight is recorded: " + score.getStrategyId());
		}
		assertEquals(NOTES, recorded.getNotes().replace("\r\n", "\n"));
		assertTrue(recorded.getDecisions().contains(ReviewFakes.decision(cadence)), "" + recorded.getDecisions());
		assertTrue(recorded.getDecisions().contains(OWN_DECISION), "" + recorded.getDecisions());
		assertTrue(recorded.getOverallScore() > 0 && recorded.getOverallScore() <= 100,
				"the overall score: " + recorded.getOverallScore());
		assertEquals(cadence, plan.getReviewCadenceDays(), "Finish kept the fake page's change");
		assertTrue(editor.isDirty(), "the editor is dirty after Finish");
		newCadence = cadence;
		finished = true;

		// the Reviews page shows the history with the new review on top, selected
		IFormPage reviews = editor.findPage(PAGE_REVIEWS);
		assertNotNull(reviews, "the plan editor has a Reviews page");
		robot.waitUntil("the Reviews page is active after Finish", () -> editor.getActivePageInstance() == reviews);
		Table history = robot.showingById(reviews.getPartControl(), REVIEWS_TABLE, Table.class);
		robot.waitUntil("the history lists every review (" + history.getItemCount() + " rows)",
				() -> history.getItemCount() == reviewsBefore + 1);
		assertSame(recorded, history.getItem(0).getData(), "the new review is the first row (newest first)");
		assertTrue(history.getItem(0).getText(2).startsWith("Steadier"),
				"its notes column: " + Widgets.rowTexts(history.getItem(0)));
		robot.waitUntil("the new review is selected (selected row: " + history.getSelectionIndex() + ")",
				() -> history.getSelectionIndex() == 0);
		robot.flush();
		screenshot("PlanReview-4-reviews-page");
	}

	@Test
	@Order(2)
	void ctrlSSavesTheReviewAndTheChangesMadeInIt() throws Exception {
		assumeTrue(finished, "needs the review of the previous test");
		PlanEditor editor = Workbench.sampleEditor(robot);
		focusEditor(editor);
		robot.press(SWT.MOD1, 's');
		robot.waitUntil("the editor is no longer dirty after Ctrl+S", () -> !editor.isDirty());
		saved = true;

		NetworkingPlan loaded = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		assertEquals(reviewsBefore + 1, loaded.getReviews().size(), "the file has one more plan review");
		EObject object = loaded.eResource().getEObject(Workbench.idOf(recorded));
		assertTrue(object instanceof PlanReview, "the file has the recorded review (found " + object + ")");
		PlanReview review = (PlanReview) object;
		assertTrue(review.getScores().size() >= 7, "7 or more scores: " + review.getScores().size());
		assertEquals(recorded.getScores().stream().map(StrategyScore::getStrategyId).toList(),
				review.getScores().stream().map(StrategyScore::getStrategyId).toList());
		for (StrategyScore score : review.getScores()) {
			if (score.getFailureReason() != null) {
				assertTrue(Double.isNaN(score.getValue()), "a failed score is saved as NaN: " + score.getStrategyId());
			}
		}
		assertEquals(NOTES, review.getNotes().replace("\r\n", "\n"));
		assertEquals(recorded.getDecisions(), review.getDecisions());
		assertEquals(recorded.getOverallScore(), review.getOverallScore(), 1e-9);
		assertNotNull(review.getDate(), "the review has a date");
		assertEquals(recorded.getFindings().size(), review.getFindings().size(), "every finding is saved");
		List<ReviewFinding> withSubject = review.getFindings().stream().filter(f -> f.getSubject() != null).toList();
		assertFalse(withSubject.isEmpty(), "findings point at objects of the plan");
		for (ReviewFinding finding : withSubject) {
			assertSame(loaded.eResource(), finding.getSubject().eResource(),
					"a finding's subject is an object of the saved plan: " + finding.getMessage());
		}
		assertEquals(newCadence, loaded.getReviewCadenceDays(), "the fake page's change is saved");
	}

	@Test
	@Order(3)
	void ctrlZRemovesTheReviewRecordAndRedoPutsItBack() throws Exception {
		assumeTrue(saved, "needs the saved review of the previous test");
		PlanEditor editor = Workbench.sampleEditor(robot);
		NetworkingPlan plan = editor.getPlan();
		focusEditor(editor);

		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("Ctrl+Z removed the plan review (reviews: " + plan.getReviews().size() + ")",
				() -> plan.getReviews().size() == reviewsBefore);
		assertEquals(newCadence, plan.getReviewCadenceDays(), "the page's change is its own undo step: still there");
		robot.waitUntil("the editor is dirty after the undo", editor::isDirty);
		Table history = robot.showingById(editor.findPage(PAGE_REVIEWS).getPartControl(), REVIEWS_TABLE, Table.class);
		robot.waitUntil("the history no longer lists it", () -> history.getItemCount() == reviewsBefore);

		// back to the saved state, so that the other tests find the editor clean
		robot.press(SWT.MOD1 | SWT.SHIFT, 'z');
		robot.waitUntil("Ctrl+Shift+Z put the review back", () -> plan.getReviews().contains(recorded));
		robot.waitUntil("the editor is clean again", () -> !editor.isDirty());
		robot.waitUntil("the history lists it again", () -> history.getItemCount() == reviewsBefore + 1);
	}

	@Test
	@Order(4)
	void cancelUndoesWhatTheReviewPagesDid() throws Exception {
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		assumeTrue(!editor.isDirty(), "the plan is saved before the review");
		int cadenceBefore = plan.getReviewCadenceDays();
		int reviews = plan.getReviews().size();
		int cadence = ReviewFakes.newCadence(plan);
		Command undoBefore = editor.getEditingDomain().getCommandStack().getUndoCommand();
		Steps steps = new Steps();
		ShellWatcher wizard = onReviewWizard(steps, shell -> {
			WizardDialog dialog = dialogOf(shell);
			awaitScored(shell, dialog);
			walk(shell, dialog, ReviewFakes.CADENCE_PAGE, new ArrayList<>(), new LinkedHashMap<>(),
					new LinkedHashMap<>(), page -> {
					});
			robot.click(robot.showingById(shell, ReviewFakes.CADENCE_BUTTON, Button.class));
			robot.waitUntil("the fake page's command ran", () -> plan.getReviewCadenceDays() == cadence);
			robot.waitUntil("the plan editor is dirty after the page's action", editor::isDirty);
			robot.click(button(shell, "Cancel"));
		});
		focusEditor(editor);
		robot.press(SWT.MOD1 | SWT.ALT, 'r');
		wizard.await(Duration.ofSeconds(30));
		steps.await(wizard.shell());

		assertEquals(cadenceBefore, plan.getReviewCadenceDays(), "Cancel undid the page's change");
		assertEquals(reviews, plan.getReviews().size(), "Cancel records no review");
		robot.waitUntil("the editor is clean again after Cancel", () -> !editor.isDirty());
		assertSame(undoBefore, editor.getEditingDomain().getCommandStack().getUndoCommand(),
				"the command stack's top is what it was before the review");
	}

	@Test
	@Order(5)
	void cancelKeepsTheReviewChangesUnderAChangeMadeAroundItAndSaysSo() throws Exception {
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		assumeTrue(!editor.isDirty(), "the plan is saved before the review");
		String name = plan.getName();
		int cadence = ReviewFakes.newCadence(plan);
		String[] told = new String[1];
		Steps steps = new Steps();
		ShellWatcher wizard = onReviewWizard(steps, shell -> {
			WizardDialog dialog = dialogOf(shell);
			awaitScored(shell, dialog);
			walk(shell, dialog, ReviewFakes.CADENCE_PAGE, new ArrayList<>(), new LinkedHashMap<>(),
					new LinkedHashMap<>(), page -> {
					});
			robot.click(robot.showingById(shell, ReviewFakes.CADENCE_BUTTON, Button.class));
			robot.waitUntil("the fake page's command ran", () -> plan.getReviewCadenceDays() == cadence);
			robot.click(robot.showingById(shell, ReviewFakes.OUTSIDE_BUTTON, Button.class));
			robot.waitUntil("the change around the review ran", () -> plan.getName().endsWith(ReviewFakes.OUTSIDE_SUFFIX));
			ShellWatcher info = robot.onShell("Cancel says what it kept",
					s -> s != shell && s.getParent() == shell && !Widgets.findAll(s, Button.class,
							b -> "OK".equals(Widgets.textOf(b))).isEmpty(),
					s -> {
						told[0] = Widgets.findAll(s, Label.class, l -> l.getText().contains("kept")).stream()
								.map(Label::getText).findFirst().orElse("(no message)");
						robot.activate(s);
						robot.click(button(s, "OK"));
					});
			robot.click(button(shell, "Cancel"));
			info.await();
		});
		focusEditor(editor);
		robot.press(SWT.MOD1 | SWT.ALT, 'r');
		wizard.await(Duration.ofSeconds(30));
		steps.await(wizard.shell());

		assertNotNull(told[0], "Cancel told the user that changes were kept");
		assertTrue(told[0].startsWith("1 change made during the review was kept"), told[0]);
		assertEquals(cadence, plan.getReviewCadenceDays(), "the review's change under the other one is kept");
		assertEquals(name + ReviewFakes.OUTSIDE_SUFFIX, plan.getName(), "the change around the review is kept");

		// back to the saved state, so that the other tests find the editor clean
		editor.getEditingDomain().getCommandStack().undo();
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(name, plan.getName());
		robot.waitUntil("the editor is clean again", () -> !editor.isDirty());
	}

	@Test
	@Order(6)
	void theQuickReviewShowsOnlyTheStrategiesWithFindingsAndFinishRecordsWhatWasReviewed() throws Exception {
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		assumeTrue(!editor.isDirty(), "the plan is saved before the review");
		int reviews = plan.getReviews().size();
		Set<PlanReview> before = new HashSet<>(plan.getReviews());
		List<StrategyDescriptor> strategies = Strategies.getRegistry().getStrategies();
		List<String> visited = new ArrayList<>();
		String[] offered = new String[2];
		Steps steps = new Steps();
		ShellWatcher wizard = onReviewWizard(steps, shell -> {
			WizardDialog dialog = dialogOf(shell);
			awaitScored(shell, dialog);
			Button quick = robot.showingById(shell, SCORING_QUICK, Button.class);
			assertTrue(quick.getSelection(), "the quick path is chosen to begin with");
			offered[0] = Widgets.textOf(quick);
			offered[1] = Widgets.textOf(robot.showingById(shell, SCORING_FULL, Button.class));
			screenshot("PlanReview-5-quick-choice");
			walk(shell, dialog, PAGE_SUMMARY, visited, new LinkedHashMap<>(), new LinkedHashMap<>(), page -> {
				if (ReviewFakes.CADENCE_PAGE.equals(page)) {
					screenshot("PlanReview-6-quick-page");
				}
			});
			robot.click(button(shell, "Finish"));
		});
		focusEditor(editor);
		robot.press(SWT.MOD1 | SWT.ALT, 'r');
		wizard.await(Duration.ofSeconds(30));
		steps.await(wizard.shell());

		// the pages Next went through: as many as offered, none of a strategy without findings
		List<String> walked = visited.subList(1, visited.size());
		assertTrue(offered[0].startsWith("Quick review (" + walked.size() + " pages)"),
				"the choice said how many pages: " + offered[0] + "; walked: " + walked);
		int full = Integer.parseInt(offered[1].replaceAll("^Full review \\((\\d+) pages\\).*", "$1"));
		assertTrue(walked.size() < full, "shorter than the full review's " + full + " pages: " + walked);
		for (String page : walked) {
			assertFalse(page.startsWith(PAGE_STRATEGY_PREFIX + "org.rapport.ui.tests."),
					"no page of a strategy that failed, with nothing found: " + walked);
		}
		assertTrue(walked.contains(ReviewFakes.CADENCE_PAGE), "a page with something to decide is on it: " + walked);
		assertFalse(walked.contains(PAGE_STRATEGY_PREFIX + FOLLOW_UP_TRUST),
				"a strategy whose review pages are shown is walked through them, not its overview: " + walked);
		assertEquals(PAGE_SUMMARY, walked.get(walked.size() - 1));

		// Finish recorded the review, saying which strategies were reviewed
		assertEquals(reviews + 1, plan.getReviews().size(), "Finish added one plan review");
		PlanReview quickReview = plan.getReviews().stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
		assertEquals(strategies.size(), quickReview.getScores().size(), "every strategy's score is recorded");
		String recordedNotes = quickReview.getNotes() == null ? "" : quickReview.getNotes();
		assertTrue(recordedNotes.startsWith("Quick review: ") && recordedNotes.contains(" of " + strategies.size()
				+ " strategies reviewed (") && recordedNotes.contains("Follow-up and trust"),
				"the notes say what was reviewed: " + recordedNotes);

		// one undo step takes it back (once the notification that said what was recorded is closed: it would take the keys)
		InterchangeUi.closeNotice(robot, Summaries.reviewed(quickReview));
		focusEditor(editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("Ctrl+Z removed the quick review", () -> plan.getReviews().size() == reviews);
		robot.waitUntil("the editor is clean again", () -> !editor.isDirty());
	}

	// ------------------------------------------------------------------------------------------------- helpers

	/**
	 * What a test does in the wizard. It starts once the plan is scored, from a display timer: the dialog scores in
	 * a modal context that spins the event loop, and steps started inside that loop would keep the scoring from
	 * ever returning; a timer that finds the scoring still running just looks again later.
	 */
	private final class Steps {
		private boolean done;
		private Throwable failure;

		void startWhenScored(Shell shell, java.util.function.Consumer<Shell> body) {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			Runnable poll = new Runnable() {
				@Override
				public void run() {
					if (shell.isDisposed()) {
						failure = new AssertionError("The Plan Review wizard closed before the plan was scored");
						done = true;
					} else if (isScored(shell)) {
						run(shell, body);
					} else if (System.nanoTime() > deadline) {
						failure = new AssertionError("The plan was not scored within 60 s (page "
								+ dialogOf(shell).getCurrentPage().getName() + ")");
						done = true;
						cancelWhenIdle(shell);
					} else {
						robot.display().timerExec(100, this);
					}
				}

				private void run(Shell shell, java.util.function.Consumer<Shell> body) {
					try {
						body.accept(shell);
					} catch (Throwable t) {
						failure = t;
						// never leave a modal dialog open: it would hang the whole test run
						cancelWhenIdle(shell);
					} finally {
						done = true;
					}
				}
			};
			robot.display().timerExec(100, poll);
		}

		/** Presses Cancel (which stops scoring, or closes the dialog), until the dialog is gone. */
		private void cancelWhenIdle(Shell shell) {
			if (shell.isDisposed()) {
				return;
			}
			List<Button> cancel = Widgets.findAll(shell, Button.class, b -> "Cancel".equals(Widgets.textOf(b)));
			if (!cancel.isEmpty() && cancel.get(0).isEnabled()) {
				cancel.get(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
			robot.display().timerExec(500, () -> cancelWhenIdle(shell));
		}

		void await(Shell shell) {
			robot.waitUntil("the steps in the wizard are done", () -> done, Duration.ofSeconds(20));
			if (failure instanceof Error e) {
				throw e;
			}
			if (failure != null) {
				throw new AssertionError("In the Plan Review wizard: " + failure, failure);
			}
			robot.waitUntil("the wizard closed", shell::isDisposed, Duration.ofSeconds(20));
		}
	}

	private ShellWatcher onReviewWizard(Steps steps, java.util.function.Consumer<Shell> body) {
		return robot.onShell("the Plan Review wizard opens", this::isReviewWizard,
				shell -> steps.startWhenScored(shell, body));
	}

	/** Whether the strategies have scored the plan: the scoring page lets the user go on. */
	private static boolean isScored(Shell shell) {
		IWizardPage page = dialogOf(shell).getCurrentPage();
		List<Button> next = Widgets.findAll(shell, Button.class, b -> "Next >".equals(Widgets.textOf(b)));
		return page != null && PAGE_SCORING.equals(page.getName()) && !next.isEmpty() && next.get(0).isEnabled();
	}

	private boolean isReviewWizard(Shell shell) {
		return shell != Workbench.shell() && WINDOW_TITLE.equals(shell.getText()) && shell.getData() instanceof WizardDialog;
	}

	private static WizardDialog dialogOf(Shell shell) {
		return (WizardDialog) shell.getData();
	}

	/** Puts the focus in the plan editor (its Reviews page's table), so that key bindings reach the editor. */
	private void focusEditor(PlanEditor editor) {
		Workbench.page().activate(editor);
		IFormPage reviews = editor.findPage(PAGE_REVIEWS);
		assertNotNull(reviews, "the plan editor has a Reviews page");
		if (editor.getActivePageInstance() != reviews) {
			CTabFolder pages = Workbench.pageTabs(editor);
			robot.clickTab(pages.getItem(reviews.getIndex()));
			robot.waitUntil("the Reviews page is active", () -> editor.getActivePageInstance() == reviews);
		}
		Table history = robot.showingById(reviews.getPartControl(), REVIEWS_TABLE, Table.class);
		robot.focus(history);
		robot.waitUntil("the plan editor is the active part", () -> Workbench.page().getActivePart() == editor);
	}

	/** The steps start once the plan is scored; this makes sure the dialog is the active shell for the keys. */
	private void awaitScored(Shell shell, WizardDialog dialog) {
		robot.activate(shell);
		assertTrue(isScored(shell), "the plan is scored (page: " + dialog.getCurrentPage().getName() + ")");
	}

	private interface PageAction {
		void on(String pageName);
	}

	/**
	 * Clicks Next from page to page until the page named {@code last}, noting every page's name and, on each
	 * strategy's page, its notes and failure text; {@code action} runs on every page before leaving it.
	 */
	private void walk(Shell shell, WizardDialog dialog, String last, List<String> visited, Map<String, String> notes,
			Map<String, String> failures, PageAction action) {
		for (int step = 0; step < 100; step++) {
			IWizardPage page = dialog.getCurrentPage();
			String name = page.getName();
			visited.add(name);
			if (name.startsWith(PAGE_STRATEGY_PREFIX)) {
				String strategyId = name.substring(PAGE_STRATEGY_PREFIX.length());
				Composite notesArea = robot.showingById(shell, STRATEGY_NOTES, Composite.class);
				notes.put(strategyId, Widgets.findAll(notesArea, Label.class, l -> !l.getText().isEmpty()).stream()
						.map(Label::getText).collect(Collectors.joining("\n")));
				Label failure = Widgets.findAll(shell, Label.class,
						l -> STRATEGY_FAILURE.equals(l.getData(Widgets.ID_KEY)) && Widgets.isShowing(l)).stream()
						.findFirst().orElse(null);
				if (failure != null) {
					failures.put(strategyId, failure.getText());
				}
			}
			action.on(name);
			if (last.equals(name)) {
				return;
			}
			Button next = button(shell, "Next >");
			robot.waitUntil("Next is enabled on page " + name, next::isEnabled);
			robot.click(next);
			robot.waitUntil("the wizard left page " + name, () -> dialog.getCurrentPage() != page);
		}
		fail("Never reached page " + last + " with Next: " + visited);
	}

	private static Button button(Shell shell, String label) {
		List<Button> found = Widgets.findAll(shell, Button.class, b -> label.equals(Widgets.textOf(b)) && Widgets.isShowing(b));
		if (found.isEmpty()) {
			throw new AssertionError("No button '" + label + "' in " + shell.getText() + ": "
					+ Widgets.findAll(shell, Button.class, b -> true).stream().map(Widgets::textOf).toList());
		}
		return found.get(0);
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			rows.add(table.getItem(i).getText());
		}
		return rows;
	}

	private static void assertNote(Map<String, String> notes, String strategyId, String wizardName, String reason) {
		String note = notes.get(strategyId);
		assertNotNull(note, "the page of " + strategyId + " was shown: " + notes.keySet());
		String expected = "The review pages of " + wizardName + " from plugin " + TESTS_PLUGIN + " could not be shown: ";
		assertTrue(note.contains(expected), "the page of " + strategyId + " says '" + expected + "...': " + note);
		assertTrue(note.contains(reason), "the note gives the reason '" + reason + "': " + note);
	}

	private void screenshot(String name) {
		// what the last change shows is painted only when the paint events are handled
		robot.flush();
		Path folder = Workbench.screenshotFolder();
		robot.screenshot(folder.resolve(name + ".png"));
	}
}
