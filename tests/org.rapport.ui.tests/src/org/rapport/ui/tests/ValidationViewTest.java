/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.model.validation.PlanValidation;
import org.rapport.model.validation.PlanValidator;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.validation.ValidationProblem;
import org.rapport.ui.internal.views.ValidationView;
import org.rapport.ui.tests.robot.Robot;

/**
 * The Validation view lists the validator's problems of the sample plan, follows the plan as it is fixed, filters
 * by severity, and takes the user to the object of a problem.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ValidationViewTest {

	private final Robot robot = Robot.current();

	@Test
	void listsTheSamplePlansProblemsAndFollowsItsFixes() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		IViewPart part = Workbench.page().showView(ValidationView.ID);
		assertTrue(part instanceof ValidationView, "the Validation view opens: " + part);
		ValidationView view = (ValidationView) part;
		Workbench.page().activate(editor);
		NetworkingPlan plan = editor.getPlan();

		int expected = PlanValidation.problems(PlanValidation.validate(plan)).size();
		Table table = robot.showingById(Workbench.shell(), ValidationView.TABLE_ID, Table.class);
		Label summary = robot.showingById(Workbench.shell(), ValidationView.SUMMARY_ID, Label.class);
		robot.waitUntil("the view lists the plan's " + expected + " problems (lists " + table.getItemCount() + "; says '"
				+ summary.getText() + "')", () -> !view.isValidating() && table.getItemCount() == expected);
		assertTrue(expected > 0, "the sample plan has problems to show");

		// the known problems of the sample plan
		ValidationProblem notAligned = find(view, PlanValidator.GOAL_NOT_ALIGNED).orElseThrow(
				() -> new AssertionError("a goal not aligned with an aspiration is listed: " + view.getProblems()));
		ValidationProblem unreachable = find(view, PlanValidator.CONTACT_UNREACHABLE).orElseThrow(
				() -> new AssertionError("an unreachable contact is listed: " + view.getProblems()));
		ValidationProblem overdue = find(view, PlanValidator.FOLLOW_UP_OVERDUE).orElseThrow(
				() -> new AssertionError("an overdue follow-up is listed: " + view.getProblems()));
		assertTrue(notAligned.object() instanceof NetworkingGoal goal && goal.eResource() == plan.eResource(),
				"the problem is about the plan's own goal, not a copy: " + notAligned.object());
		assertTrue(unreachable.object() instanceof Contact);
		assertTrue(overdue.object() instanceof FollowUp);
		assertEquals(RapportPackage.Literals.NETWORKING_GOAL__ASPIRATIONS, notAligned.feature());

		// the rows show severity, message, object and feature; the summary counts
		int row = rowOf(table, notAligned);
		TableItem item = table.getItem(row);
		assertEquals(notAligned.message(), item.getText(0));
		assertEquals(RapportLabels.text(notAligned.object()), item.getText(1));
		assertEquals("aspirations", item.getText(2));
		assertNotNull(item.getImage(0), "a severity icon");
		long warnings = view.getProblems().stream().filter(p -> p.severity() == Diagnostic.WARNING).count();
		assertTrue(summary.getText().contains(warnings + " warning"), "the summary counts " + warnings
				+ " warnings: " + summary.getText());

		// filter by severity: without warnings only the errors remain
		long errors = view.getProblems().stream().filter(p -> p.severity() == Diagnostic.ERROR).count();
		Button showWarnings = robot.showingById(Workbench.shell(), ValidationView.SHOW_WARNINGS_ID, Button.class);
		robot.click(showWarnings);
		robot.waitUntil("hiding warnings leaves " + errors + " rows (" + table.getItemCount() + ")",
				() -> !showWarnings.getSelection() && table.getItemCount() == errors);
		assertTrue(summary.getText().contains("hidden"), summary.getText());
		robot.click(showWarnings);
		robot.waitUntil("showing warnings again lists all", () -> table.getItemCount() == expected);

		// fixing the goal in the editor (a command, as the editor's pages do) removes its entry
		NetworkingGoal goal = (NetworkingGoal) notAligned.object();
		assertFalse(plan.getAspirations().isEmpty(), "the sample plan has aspirations to align the goal with");
		EditingDomain domain = editor.getEditingDomain();
		Command align = AddCommand.create(domain, goal, RapportPackage.Literals.NETWORKING_GOAL__ASPIRATIONS,
				plan.getAspirations().get(0));
		assertTrue(align.canExecute());
		domain.getCommandStack().execute(align);
		try {
			robot.waitUntil("the goal's problem is gone after aligning it (" + view.getProblems().size() + " problems)",
					() -> !view.isValidating() && view.getProblems().size() == expected - 1
							&& view.getProblems().stream().noneMatch(p -> p.object() == goal
									&& p.code() == PlanValidator.GOAL_NOT_ALIGNED));
			assertEquals(expected - 1, table.getItemCount());
		} finally {
			domain.getCommandStack().undo();
		}
		robot.waitUntil("undo brings the goal's problem back",
				() -> !view.isValidating() && view.getProblems().size() == expected);

		// double-click (or Enter) on a contact's problem shows the contact in the editor
		Contact contact = (Contact) unreachable.object();
		int contactRow = rowOf(table, unreachable);
		robot.clickRow(table, contactRow);
		robot.press(SWT.CR);
		robot.waitUntil("the editor shows " + RapportLabels.text(contact) + " selected on its Contacts page",
				() -> Workbench.page().getActiveEditor() == editor
						&& editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
						&& s.size() == 1 && s.getFirstElement() == contact);
		assertEquals(UiIds.PAGE_CONTACTS, editor.getActivePageInstance().getId());
	}

	private static Optional<ValidationProblem> find(ValidationView view, int code) {
		return view.getProblems().stream().filter(p -> p.code() == code).findFirst();
	}

	private static int rowOf(Table table, ValidationProblem problem) {
		List<TableItem> items = List.of(table.getItems());
		for (int i = 0; i < items.size(); i++) {
			items.get(i).getText(0); // a virtual row gets its data when asked for
			if (problem.equals(items.get(i).getData())) {
				return i;
			}
		}
		throw new AssertionError("no row for " + problem);
	}
}
