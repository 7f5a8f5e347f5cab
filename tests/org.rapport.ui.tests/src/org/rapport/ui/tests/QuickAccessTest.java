/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * Find anything: the platform's Quick Access (Ctrl+3) lists the plan's elements, found by any of their words, and
 * Enter shows the chosen one in the editor, selected on its page. Real keys throughout.
 */
@ExtendWith(ScreenshotOnFailure.class)
class QuickAccessTest {

	private final Robot robot = Robot.current();

	/** Presses Ctrl+3 in the editor and returns the Quick Access popup's search field, focused. */
	private Text openQuickAccess(PlanEditor editor) {
		Workbench.page().activate(editor);
		editor.setFocus();
		robot.flush();
		Shell workbench = Workbench.shell();
		robot.press(SWT.MOD1, '3');
		return robot.waitFor("Ctrl+3 opens Quick Access with the cursor in its field (focus: "
				+ Widgets.describe(robot.display().getFocusControl()) + ")", () -> {
					var focus = robot.display().getFocusControl();
					return focus instanceof Text text && focus.getShell() != workbench ? text : null;
				});
	}

	/** The rows Quick Access lists now, as shown. */
	private static List<String> rows(Shell popup) {
		List<String> rows = new java.util.ArrayList<>();
		for (Table table : Widgets.findAll(popup, Table.class, t -> true)) {
			for (TableItem item : table.getItems()) {
				rows.add(item.getText(0) + " | " + item.getText(1));
			}
		}
		return rows;
	}

	private void pickRowContaining(Shell popup, String text) {
		robot.waitUntil("Quick Access lists " + text, () -> rows(popup).stream().anyMatch(r -> r.contains(text)),
				Duration.ofSeconds(20));
		// the first row is selected as the dialog fills; move to ours with the arrow keys, as a user would
		for (int i = 0; i < 30; i++) {
			Table table = Widgets.findAll(popup, Table.class, t -> true).get(0);
			TableItem[] selection = table.getSelection();
			if (selection.length == 1 && (selection[0].getText(0) + " | " + selection[0].getText(1)).contains(text)) {
				break;
			}
			robot.press(SWT.ARROW_DOWN);
		}
		robot.press(SWT.CR);
	}

	@Test
	void typingAContactsEmailAndEnterShowsThatContactOnTheContactsPage() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Contact contact = editor.getPlan().getContacts().stream()
				.filter(c -> ContactInfo.emails(c).size() == 1 && c.getFullName() != null).skip(20).findFirst()
				.orElseThrow(() -> new AssertionError("the sample has contacts with an email"));
		String email = ContactInfo.emails(contact).get(0);
		editor.setActivePage(UiIds.PAGE_OVERVIEW);

		Text field = openQuickAccess(editor);
		Shell popup = field.getShell();
		robot.type(email);
		pickRowContaining(popup, contact.getFullName());

		robot.waitUntil("the Contacts page shows " + contact.getFullName() + " selected",
				() -> editor.getActivePageInstance() instanceof ContactsPage page
						&& page.getList().selected().equals(List.of(contact)));
		assertTrue(popup.isDisposed() || !popup.isVisible(), "Quick Access closed");
		assertEquals(editor, Workbench.page().getActiveEditor());
	}

	@Test
	void aGoalIsFoundByItsTitleAndShownOnTheGoalsPage() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingGoal goal = editor.getPlan().getGoals().get(editor.getPlan().getGoals().size() - 1);
		editor.setActivePage(UiIds.PAGE_CONTACTS);

		Text field = openQuickAccess(editor);
		Shell popup = field.getShell();
		robot.type(goal.getTitle().substring(0, Math.min(goal.getTitle().length(), 18)).toLowerCase());
		pickRowContaining(popup, "Goal: " + goal.getTitle());

		robot.waitUntil("the Goals page shows " + goal.getTitle() + " selected",
				() -> editor.getActivePageInstance() instanceof GoalsPage page && page.getLists().stream()
						.anyMatch(list -> list.selected().equals(List.of(goal))));
	}
}
