/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.agenda.AgendaLabels;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.agenda.NextFollowUpContribution;
import org.rapport.ui.internal.views.AgendaView;
import org.rapport.ui.tests.bench.LargePlans;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The agenda: computed by {@link Agenda} from a plan (checked on hand-made plans), shown by the Agenda view for the
 * sample plan, where Done moves a follow-up out and Ctrl+Z brings it back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AgendaViewTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday
	private static final RapportFactory FACTORY = RapportFactory.eINSTANCE;

	private final Robot robot = Robot.current();

	// ------------------------------------------------------------------------------------------ the view

	@Test
	void showsTheSamplePlansOverdueFollowUpsAndDoneMovesOneOutUntilCtrlZ() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		IViewPart part = Workbench.page().showView(AgendaIds.VIEW);
		assertTrue(part instanceof AgendaView, "the Agenda view opens: " + part);
		AgendaView view = (AgendaView) part;
		robot.waitUntil("the Agenda view follows the sample plan's editor", () -> view.getEditor() == editor);
		Tree tree = robot.showingById(Workbench.shell(), AgendaIds.TREE, Tree.class);

		NetworkingPlan plan = editor.getPlan();
		List<FollowUp> overdue = plan.getFollowUps().stream().filter(FollowUp::isOverdue).toList();
		int count = overdue.size();
		assertTrue(count > 0, "the sample plan has overdue follow-ups");
		robot.waitUntil("the Overdue section lists the plan's " + count + " overdue follow-ups (shows "
				+ shownOverdue(tree).size() + ")", () -> shownOverdue(tree).size() == count);
		assertEquals(AgendaLabels.section(Section.OVERDUE, count), section(tree, Section.OVERDUE).getText(0));
		assertEquals(new ArrayList<>(overdue).stream().sorted((x, y) -> x.getDueDate().compareTo(y.getDueDate()))
				.toList(), shownOverdue(tree).stream().map(i -> (FollowUp) i.getData()).toList(),
				"the overdue follow-ups, oldest first");
		TreeItem firstRow = section(tree, Section.OVERDUE).getItem(0);
		FollowUp first = (FollowUp) firstRow.getData();
		assertEquals(org.rapport.model.edit.provider.RapportLabels.date(first.getDueDate()), firstRow.getText(1),
				"the When column shows the due date");
		assertTrue(AgendaLabels.whenLong(first, view.getAgenda()).startsWith("overdue since"),
				"its tooltip says since when: " + AgendaLabels.whenLong(first, view.getAgenda()));
		assertTrue(firstRow.getText(0).contains(first.getContact().getFullName()), firstRow.getText(0));
		assertTrue(section(tree, Section.LOSING_TOUCH).getItemCount() == view.getAgenda().losingTouch().size());

		// Done, from the view's toolbar, on the selected follow-up
		CLabel status = robot.showingById(Workbench.shell(), NextFollowUpContribution.ID_LABEL, CLabel.class);
		robot.waitUntil("the status line names the next follow-up (shows '" + status.getText() + "')",
				() -> status.getText().equals(AgendaLabels.next(view.getAgenda())));
		assertTrue(status.getText().contains(first.getContact().getFullName()), status.getText());
		robot.clickItem(tree, firstRow);
		screenshot("AgendaView-1-selected");
		ToolItem done = toolItem(tree, AgendaMessages.Agenda_doneToolTip);
		robot.waitUntil("Done is enabled for a selected follow-up", done::isEnabled);
		Rectangle bounds = done.getBounds();
		robot.click(done.getParent(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		robot.waitUntil("the follow-up is done", () -> first.getStatus() == FollowUpStatus.DONE);
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(first.getCompletedOn()), "completed today");
		robot.waitUntil("the Overdue section lists one fewer", () -> shownOverdue(tree).size() == count - 1);
		FollowUp second = (FollowUp) shownOverdue(tree).get(0).getData();
		robot.waitUntil("the status line moves on to " + second.getContact().getFullName() + " (shows '"
				+ statusLine().getText() + "')", () -> statusLine().getText().contains(second.getContact().getFullName()));
		assertFalse(shownOverdue(tree).stream().anyMatch(i -> i.getData() == first), "the done one is gone");
		assertTrue(editor.isDirty(), "the editor is dirty after Done");
		screenshot("AgendaView-2-done");

		// Ctrl+Z in the Agenda view undoes it
		robot.clickItem(tree, section(tree, Section.OVERDUE));
		robot.focus(tree);
		robot.waitUntil("the Agenda view is the active part", () -> Workbench.page().getActivePart() == view);
		List<String> keys = new ArrayList<>();
		org.eclipse.swt.widgets.Listener spy = e -> keys.add(e.keyCode + "/" + e.stateMask + "@" + Widgets.describe(e.widget));
		tree.getDisplay().addFilter(SWT.KeyDown, spy);
		robot.press(SWT.MOD1, 'z');
		tree.getDisplay().removeFilter(SWT.KeyDown, spy);
		try {
			robot.waitUntil("Ctrl+Z reopens the follow-up", () -> first.getStatus() == FollowUpStatus.OPEN);
		} catch (AssertionError e) {
			org.eclipse.core.commands.Command undo = PlatformUI.getWorkbench().getService(ICommandService.class)
					.getCommand(IWorkbenchCommandConstants.EDIT_UNDO);
			throw new AssertionError(e.getMessage() + " (can undo: " + editor.getEditingDomain().getCommandStack().canUndo()
					+ ", undo command handled " + undo.isHandled() + " enabled " + undo.isEnabled() + ", active part "
					+ Workbench.page().getActivePart() + ", focus " + Widgets.describe(tree.getDisplay().getFocusControl()) + ", keys " + keys
					+ ")", e);
		}
		assertNull(first.getCompletedOn(), "and clears its completion date");
		robot.waitUntil("the Overdue section lists the " + count + " again", () -> shownOverdue(tree).size() == count);
	}

	@Test
	void aLongSectionShowsAHundredRowsAndTheRestOnEnterAndARenameReachesItsRow() throws Exception {
		robot.activate(Workbench.shell());
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		plan.setName("Long overdue");
		for (int i = 0; i < 130; i++) {
			Contact contact = FACTORY.createContact();
			contact.setFirstName("Person");
			contact.setLastName(String.format("Number %03d", i));
			plan.getContacts().add(contact);
			FollowUp followUp = FACTORY.createFollowUp();
			followUp.setContact(contact);
			followUp.setDueDate(PlanClock.toDate(PlanClock.today().minusDays(10 + i)));
			followUp.setReason("Call back");
			plan.getFollowUps().add(followUp);
		}
		Path file = LargePlans.save(plan, "agenda-long");
		PlanEditor editor = (PlanEditor) PlanEditors.open(Workbench.page(), file);
		try {
			AgendaView view = (AgendaView) Workbench.page().showView(AgendaIds.VIEW);
			robot.waitUntil("the Agenda view follows the plan's editor", () -> view.getEditor() == editor);
			Tree tree = robot.showingById(Workbench.shell(), AgendaIds.TREE, Tree.class);
			robot.waitUntil("the Overdue section shows a hundred rows and how many more",
					() -> section(tree, Section.OVERDUE).getItemCount() == AgendaView.ROWS_PER_SECTION + 1);
			assertEquals(AgendaLabels.section(Section.OVERDUE, 130), section(tree, Section.OVERDUE).getText(0),
					"the section counts them all");
			TreeItem more = section(tree, Section.OVERDUE).getItem(AgendaView.ROWS_PER_SECTION);
			assertTrue(more.getData() instanceof AgendaView.MoreRow, "the last row: " + more.getData());
			assertEquals("30 more (double-click to show them all)", more.getText(0));

			// scrolled to first: the row is far below the view's edge
			tree.setTopItem(more);
			robot.flush();
			robot.clickItem(tree, more);
			robot.press(0, SWT.CR);
			robot.waitUntil("Enter on it (as a double-click) shows all 130", () -> shownOverdue(tree).size() == 130);

			TreeItem firstRow = section(tree, Section.OVERDUE).getItem(0);
			FollowUp first = (FollowUp) firstRow.getData();
			editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
					first.getContact(), RapportPackage.Literals.CONTACT__FIRST_NAME, "Renamed"));
			robot.waitUntil("the row shows the new name (shows '" + firstRow.getText(0) + "')",
					() -> firstRow.getText(0).contains("Renamed"));
			assertSame(firstRow, section(tree, Section.OVERDUE).getItem(0), "the same row, relabelled in place");
			assertEquals(130, shownOverdue(tree).size(), "and the section still shows them all");
		} finally {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void theSKeySnoozesTheSelectedFollowUpUntilTomorrowAndCtrlZBringsItBack() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		AgendaView view = (AgendaView) Workbench.page().showView(AgendaIds.VIEW);
		robot.waitUntil("the Agenda view follows the sample plan's editor", () -> view.getEditor() == editor);
		Tree tree = robot.showingById(Workbench.shell(), AgendaIds.TREE, Tree.class);
		robot.waitUntil("the Overdue section lists follow-ups", () -> !shownOverdue(tree).isEmpty());
		for (Section section : Section.values()) {
			assertEquals(AgendaLabels.section(section, view.getAgenda().entries(section).size()),
					section(tree, section).getText(0), "every group shows its count");
		}
		TreeItem row = shownOverdue(tree).get(0);
		FollowUp followUp = (FollowUp) row.getData();
		java.util.Date due = followUp.getDueDate();
		robot.clickItem(tree, row);
		robot.focus(tree);
		robot.waitUntil("the Agenda view is the active part", () -> Workbench.page().getActivePart() == view);
		robot.press(0, 's');
		LocalDate tomorrow = org.rapport.core.followup.Snooze.TOMORROW.due(PlanClock.today(), FollowUpPreferences.current());
		robot.waitUntil("S snoozes it until tomorrow (a working day)",
				() -> tomorrow.equals(PlanClock.toLocalDate(followUp.getDueDate())));
		robot.waitUntil("it left the Overdue section",
				() -> shownOverdue(tree).stream().noneMatch(i -> i.getData() == followUp));
		screenshot("AgendaView-3-snoozed");
		robot.focus(tree);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("Ctrl+Z brings the due date back", () -> due.equals(followUp.getDueDate()));
		robot.waitUntil("and the row into Overdue",
				() -> shownOverdue(tree).stream().anyMatch(i -> i.getData() == followUp));
	}

	@Test
	void theFollowUpPreferencesHaveTheirDefaultsAndDriveTheAgendaView() throws Exception {
		org.osgi.service.prefs.Preferences node = FollowUpPreferences.node();
		FollowUpSettings defaults = FollowUpPreferences.current();
		assertEquals(30, defaults.tierDays(Tier.A));
		assertEquals(90, defaults.tierDays(Tier.B));
		assertEquals(180, defaults.tierDays(Tier.C));
		assertEquals(7, defaults.defaultDelay());
		assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), defaults.workingDays());

		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		AgendaView view = (AgendaView) Workbench.page().showView(AgendaIds.VIEW);
		robot.waitUntil("the Agenda view follows the sample plan's editor", () -> view.getEditor() == editor);
		Tree tree = robot.showingById(Workbench.shell(), AgendaIds.TREE, Tree.class);
		long contacted = editor.getPlan().getContacts().stream().filter(c -> c.getLastContact() != null
				&& PlanClock.toLocalDate(c.getLastContact()).isBefore(PlanClock.today())).count();
		int before = section(tree, Section.LOSING_TOUCH).getItemCount();
		try {
			// a one-day cadence for every tier: everyone not met today is losing touch (unless they have their own)
			node.putInt(FollowUpPreferences.CADENCE_A, 1);
			node.putInt(FollowUpPreferences.CADENCE_B, 1);
			node.putInt(FollowUpPreferences.CADENCE_C, 1);
			node.putBoolean(FollowUpPreferences.workingDay(DayOfWeek.SATURDAY), true);
			node.putInt(FollowUpPreferences.DEFAULT_DELAY, 2);
			FollowUpSettings changed = FollowUpPreferences.current();
			assertEquals(1, changed.tierDays(Tier.B));
			assertEquals(2, changed.defaultDelay());
			assertTrue(changed.workingDays().contains(DayOfWeek.SATURDAY));
			robot.waitUntil("the Agenda view lists more people losing touch (had " + before + ", has "
					+ section(tree, Section.LOSING_TOUCH).getItemCount() + ")",
					() -> section(tree, Section.LOSING_TOUCH).getItemCount() > before);
			assertTrue(section(tree, Section.LOSING_TOUCH).getItemCount() <= contacted);
		} finally {
			node.remove(FollowUpPreferences.CADENCE_A);
			node.remove(FollowUpPreferences.CADENCE_B);
			node.remove(FollowUpPreferences.CADENCE_C);
			node.remove(FollowUpPreferences.workingDay(DayOfWeek.SATURDAY));
			node.remove(FollowUpPreferences.DEFAULT_DELAY);
		}
		robot.waitUntil("back to the defaults, the view lists " + before + " again",
				() -> section(tree, Section.LOSING_TOUCH).getItemCount() == before);
	}

	// ------------------------------------------------------------------------------------------ helpers

	private CLabel statusLine() {
		return robot.showingById(Workbench.shell(), NextFollowUpContribution.ID_LABEL, CLabel.class);
	}

	private static TreeItem section(Tree tree, Section section) {
		for (TreeItem item : tree.getItems()) {
			if (item.getData() instanceof AgendaView.SectionNode node && node.section() == section) {
				return item;
			}
		}
		throw new AssertionError("no section " + section + " in the Agenda");
	}

	private static List<TreeItem> shownOverdue(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : section(tree, Section.OVERDUE).getItems()) {
			if (item.getData() instanceof FollowUp) {
				items.add(item);
			}
		}
		return items;
	}

	private ToolItem toolItem(Tree tree, String toolTip) {
		return robot.waitFor("the Agenda toolbar has '" + toolTip + "'", () -> {
			for (ToolBar bar : Widgets.findAll(tree.getShell(), ToolBar.class, Widgets::isShowing)) {
				for (ToolItem item : bar.getItems()) {
					if (toolTip.equals(item.getToolTipText())) {
						return item;
					}
				}
			}
			return null;
		});
	}

	private void screenshot(String name) {
		// GTK paints on its frame clock: paint what is pending now, so the picture shows the tree as it is
		Workbench.shell().update();
		robot.flush();
		Path folder = Workbench.screenshotFolder();
		robot.screenshot(folder.resolve(name + ".png"));
	}

	private static Contact contact(NetworkingPlan plan, String name, Tier tier, int cadenceDays) {
		Contact contact = FACTORY.createContact();
		contact.setFirstName(name);
		contact.setTier(tier);
		contact.setCadenceDays(cadenceDays);
		plan.getContacts().add(contact);
		return contact;
	}

	private static FollowUp followUp(NetworkingPlan plan, Contact contact, LocalDate due) {
		FollowUp followUp = FACTORY.createFollowUp();
		followUp.setContact(contact);
		followUp.setDueDate(PlanClock.toDate(due));
		followUp.setStatus(FollowUpStatus.OPEN);
		plan.getFollowUps().add(followUp);
		return followUp;
	}

	private static void interaction(NetworkingPlan plan, LocalDate date, Contact... contacts) {
		Interaction interaction = FACTORY.createInteraction();
		interaction.setDate(PlanClock.toDate(date));
		interaction.getContacts().addAll(List.of(contacts));
		plan.getInteractions().add(interaction);
	}

	private static String names(List<Contact> contacts) {
		return contacts.stream().map(Contact::getFirstName).toList().toString();
	}
}
