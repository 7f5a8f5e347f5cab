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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Skill;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The example plugin in {@code examples/} (another team's strategy and review wizard) works in Rapport's
 * workbench through the exported API alone: its strategy is registered from its own plugin, scores the
 * open sample plan beside the seven built-in strategies, its review wizard gives pages for its findings,
 * and the Scorecard shows it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExamplePluginTest {

	private static final String EXAMPLE_BUNDLE = "org.example.rapport.mentorship";
	private static final String EXAMPLE_STRATEGY = "org.example.rapport.mentorship.coverage";
	private static final String EXAMPLE_STRATEGY_NAME = "Mentorship coverage";
	private static final String EXAMPLE_REVIEW = "org.example.rapport.mentorship.review";
	private static final String REVIEW_WIZARDS_POINT = "org.rapport.ui.reviewWizards";
	private static final String SCORECARD = "org.rapport.ui.views.scorecard";
	private static final List<String> BUILT_INS = List.of("org.rapport.strategies.goalAlignment",
			"org.rapport.strategies.audienceTargeting", "org.rapport.strategies.proactiveOpportunities",
			"org.rapport.strategies.followUpTrust", "org.rapport.strategies.learning",
			"org.rapport.strategies.reciprocity", "org.rapport.strategies.authenticity");

	private final Robot robot = Robot.current();

	@Test
	void theExampleStrategyIsRegisteredFromItsOwnPlugin() {
		Bundle bundle = Platform.getBundle(EXAMPLE_BUNDLE);
		assertNotNull(bundle, "the example plugin is installed in the test runtime");
		IStrategyRegistry registry = Strategies.getRegistry();
		StrategyDescriptor example = registry.getStrategy(EXAMPLE_STRATEGY);
		assertNotNull(example, "the example strategy is registered; registered: " + ids(registry.getStrategies()));
		assertEquals(EXAMPLE_BUNDLE, example.getContributor());
		// the name comes from the example's own plugin.properties, not the key
		assertEquals(EXAMPLE_STRATEGY_NAME, example.getName());
		assertEquals("openness", example.getCategory());
		assertEquals(0.5, example.getDefaultWeight());
		for (String id : BUILT_INS) {
			assertNotNull(registry.getStrategy(id), id + " is registered beside it");
		}
	}

	@Test
	void theExampleScoresTheOpenPlanBesideTheBuiltInStrategies() throws Exception {
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		PlanHealth health = score(plan);

		List<StrategyOutcome> outcomes = health.getOutcomes();
		assertTrue(outcomes.size() >= 8, "the seven built-in strategies and the example score: " + outcomes.size());
		for (String id : BUILT_INS) {
			StrategyOutcome builtIn = health.getOutcome(id);
			assertNotNull(builtIn, id + " scored");
			assertFalse(builtIn.isFailed(), id + " did not fail: " + builtIn.getFailure());
		}
		StrategyOutcome example = health.getOutcome(EXAMPLE_STRATEGY);
		assertNotNull(example, "the example scored");
		assertFalse(example.isFailed(), "the example did not fail: " + example.getFailure());
		assertTrue(example.getScore() >= 0 && example.getScore() < 100,
				"the sample plan has skills nobody mentors, so less than 100: " + example.getScore());

		// the findings are about the plan's own objects, and say what the example's rules say: Rosa, tagged
		// mentor, gave the feedback behind the leadership book; nobody mentors public speaking
		List<String> skillsWithoutMentor = new ArrayList<>();
		for (Finding finding : example.getFindings()) {
			EObject subject = finding.getSubject();
			assertNotNull(subject, "every finding of the example names its subject: " + finding);
			assertSame(plan.eResource(), subject.eResource(), "mapped back to the plan being edited: " + finding);
			if (subject instanceof Skill skill) {
				skillsWithoutMentor.add(skill.getName());
			}
		}
		assertTrue(skillsWithoutMentor.contains("Public speaking"), "skills without a mentor: " + skillsWithoutMentor);
		assertFalse(skillsWithoutMentor.contains("People leadership"), "skills without a mentor: " + skillsWithoutMentor);

		double weight = Strategies.getRegistry().getWeight(example.getStrategy());
		assertTrue(weight > 0, "the example counts in the plan health (weight " + weight + ")");
	}

	@Test
	void theExampleReviewWizardGivesPagesForItsFindings() throws Exception {
		assumeTrue(Platform.getExtensionRegistry().getExtensionPoint(REVIEW_WIZARDS_POINT) != null,
				"this build of org.rapport.ui has no " + REVIEW_WIZARDS_POINT + " extension point yet");
		IConfigurationElement element = null;
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(REVIEW_WIZARDS_POINT)) {
			if (EXAMPLE_REVIEW.equals(e.getAttribute("id"))) {
				element = e;
			}
		}
		assertNotNull(element, "the example contributes its review wizard");
		assertEquals(EXAMPLE_STRATEGY, element.getAttribute("strategyId"));
		assertEquals(EXAMPLE_BUNDLE, element.getContributor().getName());

		PlanEditor editor = Workbench.openSample(robot);
		StrategyOutcome outcome = score(editor.getPlan()).getOutcome(EXAMPLE_STRATEGY);
		IReviewWizard wizard = create(element);
		ReviewContext context = new ReviewContext(editor.getPlan(), editor.getEditingDomain(), outcome);
		List<IWizardPage> pages = wizard.createPages(context);
		assertFalse(pages.isEmpty(), "the sample plan has findings to review");

		long reviewable = outcome.getFindings().stream()
				.filter(f -> f.getSubject() instanceof Skill || f.getSubject() instanceof org.rapport.model.Contact).count();
		Shell shell = new Shell(Workbench.shell(), SWT.SHELL_TRIM);
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			Composite parent = new Composite(shell, SWT.NONE);
			parent.setLayout(new org.eclipse.swt.layout.FillLayout());
			for (IWizardPage page : pages) {
				page.createControl(parent);
				assertNotNull(page.getControl(), page.getName() + " creates its control");
			}
			List<Table> tables = Widgets.findAll(pages.get(0).getControl(), Table.class, t -> true);
			assertFalse(tables.isEmpty(), "the page lists the findings in a table");
			assertEquals(reviewable, tables.get(0).getItemCount(), "one row per finding about a skill or a mentor");
			assertTrue(context.getExecutedCommands().isEmpty(), "showing the page changes nothing");
		} finally {
			for (IWizardPage page : pages) {
				page.dispose();
			}
			shell.dispose();
		}
	}

	@Test
	void theScorecardShowsTheExample() throws Exception {
		assumeTrue(PlatformUI.getWorkbench().getViewRegistry().find(SCORECARD) != null,
				"this build has no Scorecard view (" + SCORECARD + ") yet");
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		IViewPart view = Workbench.page().showView(SCORECARD);
		Workbench.page().activate(editor);
		assertNotNull(view, "the Scorecard opens");
		// the view's widgets are not reachable through the part's API: read the window, where only the
		// Scorecard names strategies
		Control control = Workbench.shell();

		// the Scorecard lists strategies by name (in its strategy filter, table, labels); once it shows a
		// built-in strategy's name it must show the example's too
		String builtInName = Strategies.getRegistry().getStrategy(BUILT_INS.get(0)).getName();
		robot.waitUntil("the Scorecard names the built-in strategies", () -> texts(control).stream()
				.anyMatch(t -> t.contains(builtInName)), Duration.ofSeconds(20));
		robot.waitUntil("the Scorecard shows " + EXAMPLE_STRATEGY_NAME + " (it shows " + texts(control) + ")",
				() -> texts(control).stream().anyMatch(t -> t.contains(EXAMPLE_STRATEGY_NAME)));
	}

	private static PlanHealth score(NetworkingPlan plan) {
		// as the workbench scores: a snapshot taken on the UI thread, findings mapped back to the plan
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		ScoringContext context = new ScoringContext(PlanClock.today(), () -> false);
		return snapshot.mapBack(Strategies.getRegistry().scoreAll(snapshot.getPlan(), context));
	}

	private static IReviewWizard create(IConfigurationElement element) throws CoreException {
		Object wizard = element.createExecutableExtension("class");
		assertTrue(wizard instanceof IReviewWizard, "the class implements IReviewWizard: " + wizard);
		return (IReviewWizard) wizard;
	}

	/** What the user can read under a control: labels, buttons, combo entries, table cells. */
	private static List<String> texts(Control root) {
		List<String> texts = new ArrayList<>();
		for (Control c : Widgets.findAll(root, Control.class, Widgets::isShowing)) {
			String text = Widgets.textOf(c);
			if (text != null && !text.isBlank()) {
				texts.add(text);
			}
			if (c instanceof Combo combo) {
				texts.addAll(List.of(combo.getItems()));
			}
			if (c instanceof Table table) {
				for (TableItem item : table.getItems()) {
					texts.addAll(Widgets.rowTexts(item));
				}
			}
		}
		return texts;
	}

	private static List<String> ids(List<StrategyDescriptor> strategies) {
		return strategies.stream().map(StrategyDescriptor::getId).toList();
	}
}
