/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.editors.goals.GoalIds;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.internal.editors.interactions.InteractionIds;
import org.rapport.ui.internal.editors.interactions.InteractionsPage;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * A new, empty plan says on every empty list what belongs there and offers the action that adds it: the Contacts
 * page's Add Contact adds one and its Import opens the contacts import wizard, the Goals page's Add a goal adds a
 * goal, the Agenda says nothing is due and its Log Interaction opens the dialog. Each hint goes once the list has
 * something in it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EmptyHintsTest {

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private PlanEditor editor;
	private NetworkingPlan plan;

	@BeforeEach
	void openAnEmptyPlan() throws Exception {
		robot.activate(Workbench.shell());
		editor = InterchangeUi.openNewPlan(robot, dir, "empty.rapport", "Empty plan", p -> {
		});
		plan = editor.getPlan();
	}

	@AfterEach
	void closeThePlan() {
		InterchangeUi.close(editor);
	}

	@Test
	void theContactsPageOffersAddContactAndImport() {
		editor.setActivePage(UiIds.PAGE_CONTACTS);
		Link hint = robot.showingById(Workbench.shell(), UiIds.CONTACTS_TABLE + ".empty", Link.class);
		assertTrue(hint.getText().startsWith("No contacts yet"), hint.getText());

		ShellWatcher wizard = robot.onShell("Import LinkedIn, vCard or Google CSV... opens the contacts import wizard",
				s -> s != Workbench.shell() && s.isVisible() && s.getText().contains("Import"), Shell::close);
		clickLink(hint, "Import LinkedIn, vCard or Google CSV\u2026");
		wizard.await(Duration.ofSeconds(20));
		assertEquals(0, plan.getContacts().size(), "opening the wizard and closing it adds nobody");

		robot.activate(Workbench.shell());
		clickLink(hint, "Add Contact");
		robot.waitUntil("Add Contact adds a contact to the plan", () -> plan.getContacts().size() == 1);
		robot.waitUntil("the hint goes once the list has a contact", () -> !Widgets.isShowing(hint));
	}

	@Test
	void theContactsViewOffersAddContact() throws Exception {
		IViewPart view = Workbench.page().showView(UiIds.VIEW_CONTACTS);
		Link hint = robot.showingById(Workbench.shell(), ContactsView.EMPTY_ID, Link.class);
		assertTrue(hint.getText().startsWith("No contacts yet"), hint.getText());
		Workbench.page().activate(view);
		clickLink(hint, "Add Contact");
		robot.waitUntil("the view's Add Contact adds a contact to the plan in the editor",
				() -> plan.getContacts().size() == 1);
		robot.waitUntil("the view's hint goes", () -> !Widgets.isShowing(hint), Duration.ofSeconds(5));
	}

	@Test
	void theGoalsPageOffersAddAGoalAndTheInteractionsPageAddAFollowUp() {
		editor.setActivePage(GoalsPage.ID);
		Link aspirations = robot.showingById(Workbench.shell(), GoalIds.ASPIRATIONS + ".empty", Link.class);
		assertTrue(aspirations.getText().startsWith("No career aspirations yet"), aspirations.getText());
		Link goals = robot.showingById(Workbench.shell(), GoalIds.GOALS + ".empty", Link.class);
		clickLink(goals, "Add a goal");
		robot.waitUntil("Add a goal adds a goal", () -> plan.getGoals().size() == 1);
		robot.waitUntil("the goals' hint goes", () -> !Widgets.isShowing(goals));
		assertTrue(Widgets.isShowing(aspirations), "the aspirations' hint stays while there is none");

		editor.setActivePage(InteractionsPage.ID);
		for (String id : List.of(InteractionIds.INTERACTIONS, InteractionIds.FOLLOW_UPS)) {
			robot.showingById(Workbench.shell(), id + ".empty", Link.class);
		}
		Link followUps = robot.showingById(Workbench.shell(), InteractionIds.FOLLOW_UPS + ".empty", Link.class);
		clickLink(followUps, "Add a follow-up");
		robot.waitUntil("Add a follow-up adds one", () -> plan.getFollowUps().size() == 1);
	}

	@Test
	void anEmptyAgendaSaysNothingIsDueAndOffersLogInteraction() throws Exception {
		IViewPart agenda = Workbench.page().showView(AgendaIds.VIEW);
		Workbench.page().activate(editor);
		Link hint = robot.showingById(Workbench.shell(), AgendaIds.NOTHING_DUE, Link.class);
		assertTrue(hint.getText().startsWith("Nothing due"), hint.getText());
		Workbench.page().activate(agenda);
		ShellWatcher dialog = robot.onShell("Log Interaction... opens the dialog",
				s -> "Log Interaction".equals(s.getText()), Shell::close);
		clickLink(hint, "Log Interaction\u2026");
		dialog.await(Duration.ofSeconds(20));
		Workbench.page().showView(UiIds.VIEW_CONTACTS); // the Contacts view in front again, as other tests expect
	}

	/**
	 * Clicks the middle of the first word of a link of a {@link Link} whose text is on one line up to that word:
	 * where it is is measured with the widget's font.
	 */
	private void clickLink(Link link, String label) {
		robot.reveal(link);
		String markup = link.getText();
		int at = markup.indexOf(">" + label + "</a>");
		assertTrue(at > 0, "the hint has the link " + label + ": " + markup);
		String before = markup.substring(0, markup.lastIndexOf("<a", at)).replaceAll("<[^>]*>", "");
		GC gc = new GC(link);
		Point prefix;
		Point text;
		try {
			gc.setFont(link.getFont());
			prefix = gc.textExtent(before);
			text = gc.textExtent(label.split(" ")[0]);
		} finally {
			gc.dispose();
		}
		robot.click(link, prefix.x + text.x / 2, text.y / 2 + 1);
	}
}
