package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.Agenda;
import org.rapport.ui.internal.agenda.Agenda.LosingTouch;
import org.rapport.ui.internal.agenda.Agenda.Section;
import org.rapport.ui.internal.agenda.AgendaCommands;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.agenda.AgendaLabels;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.agenda.Cadences;
import org.rapport.ui.internal.agenda.NextFollowUpContribution;
import org.rapport.ui.internal.preferences.NetworkingPreferences;
import org.rapport.ui.internal.views.AgendaView;
import org.rapport.ui.tests.robot.Robot;

/**
 * The agenda: computed by {@link Agenda} from a plan (checked on hand-made plans), shown by the Agenda view for the
 * sample plan, where Done moves a follow-up out and Ctrl+Z brings it back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AgendaViewTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday
	private static final RapportFactory FACTORY = RapportFactory.eINSTANCE;

	private final Robot robot = Robot.current();

	// ------------------------------------------------------------------------------------------ computation

	@Test
	void sortsOpenFollowUpsIntoOverdueTodayAndThisWeek() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.A, 0);
		FollowUp old = followUp(plan, ann, TODAY.minusDays(10));
		FollowUp yesterday = followUp(plan, ann, TODAY.minusDays(1));
		FollowUp today = followUp(plan, ann, TODAY);
		FollowUp tomorrow = followUp(plan, ann, TODAY.plusDays(1));
		FollowUp sixDays = followUp(plan, ann, TODAY.plusDays(Agenda.WEEK_DAYS));
		followUp(plan, ann, TODAY.plusDays(Agenda.WEEK_DAYS + 1)); // next week: not on the agenda
		FollowUp done = followUp(plan, ann, TODAY.minusDays(3));
		done.setStatus(FollowUpStatus.DONE);
		FollowUp cancelled = followUp(plan, ann, TODAY);
		cancelled.setStatus(FollowUpStatus.CANCELLED);
		plan.getFollowUps().add(FACTORY.createFollowUp()); // no due date: not on the agenda

		Agenda agenda = Agenda.compute(plan, TODAY, Cadences.defaults());
		assertEquals(List.of(old, yesterday), agenda.overdue(), "overdue, oldest first; done ones left out");
		assertEquals(List.of(today), agenda.dueToday(), "due today; cancelled ones left out");
		assertEquals(List.of(tomorrow, sixDays), agenda.thisWeek(), "due in the next six days");
		assertEquals(old, agenda.next(), "the most urgent follow-up is the oldest overdue one");
		assertEquals(agenda.overdue(), agenda.entries(Section.OVERDUE));
	}

	@Test
	void losingTouchUsesTheTierCadenceUnlessTheContactHasItsOwnAndRestartsAtTheLastInteraction() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact a31 = contact(plan, "Alice", Tier.A, 0);
		interaction(plan, TODAY.minusDays(100), a31);
		interaction(plan, TODAY.minusDays(31), a31); // the latest counts: 31 > 30
		Contact a30 = contact(plan, "Arthur", Tier.A, 0);
		interaction(plan, TODAY.minusDays(30), a30); // exactly on the cadence: not yet
		Contact b = contact(plan, "Bea", Tier.B, 0);
		interaction(plan, TODAY.minusDays(91), b);
		Contact c = contact(plan, "Cid", Tier.C, 0);
		interaction(plan, TODAY.minusDays(179), c);
		Contact own = contact(plan, "Olga", Tier.C, 10); // her own cadence: 10 days
		interaction(plan, TODAY.minusDays(12), own);
		contact(plan, "Never", Tier.A, 0); // never met: nothing to lose

		Agenda agenda = Agenda.compute(plan, TODAY, Cadences.defaults());
		List<Contact> losing = agenda.losingTouch().stream().map(LosingTouch::contact).toList();
		assertEquals(List.of(own, a31, b), losing, "past their cadence, most days past first: " + names(losing));
		LosingTouch olga = agenda.losingTouch().get(0);
		assertEquals(10, olga.cadenceDays());
		assertEquals(2, olga.daysPast());
		assertEquals(TODAY.minusDays(12), olga.lastContact());

		// shorter cadences from the preferences bring Cid and Arthur in
		Cadences strict = new Cadences(29, 90, 170, EnumSet.allOf(DayOfWeek.class), 7);
		List<Contact> strictLosing = Agenda.compute(plan, TODAY, strict).losingTouch().stream()
				.map(LosingTouch::contact).toList();
		assertTrue(strictLosing.contains(a30) && strictLosing.contains(c), names(strictLosing));
	}

	@Test
	void workingDaysMoveDueDatesForward() {
		Cadences weekdays = Cadences.defaults();
		LocalDate saturday = LocalDate.of(2026, 11, 28);
		assertEquals(LocalDate.of(2026, 11, 30), weekdays.nextWorkingDay(saturday), "Saturday moves to Monday");
		assertEquals(TODAY, weekdays.nextWorkingDay(TODAY), "a working day stays");
		assertEquals(LocalDate.of(2026, 12, 2), weekdays.defaultDue(TODAY), "a week later, a Wednesday");
		Cadences tuesdays = new Cadences(30, 90, 180, EnumSet.of(DayOfWeek.TUESDAY), 1);
		assertEquals(LocalDate.of(2026, 12, 1), tuesdays.defaultDue(TODAY), "Thursday moves to next Tuesday");
		assertEquals(TODAY, new Cadences(30, 90, 180, EnumSet.noneOf(DayOfWeek.class), 0).defaultDue(TODAY),
				"no working day chosen counts as every day");
	}

	@Test
	void doneRescheduleAndNextAttemptAreUndoableCommands() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.A, 0);
		FollowUp followUp = followUp(plan, ann, TODAY.minusDays(2));
		followUp.setAttempt(1);
		followUp.setMaxAttempts(3);
		followUp.setReason("Send the slides");
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

		domain.getCommandStack().execute(AgendaCommands.done(domain, followUp, TODAY));
		assertEquals(FollowUpStatus.DONE, followUp.getStatus());
		assertEquals(TODAY, PlanClock.toLocalDate(followUp.getCompletedOn()));
		assertTrue(Agenda.compute(plan, TODAY, Cadences.defaults()).overdue().isEmpty());
		domain.getCommandStack().undo();
		assertEquals(FollowUpStatus.OPEN, followUp.getStatus());
		assertNull(followUp.getCompletedOn(), "one undo restores both status and completion date");

		domain.getCommandStack().execute(AgendaCommands.reschedule(domain, followUp, TODAY.plusDays(3)));
		assertEquals(List.of(followUp), Agenda.compute(plan, TODAY, Cadences.defaults()).thisWeek());
		domain.getCommandStack().undo();
		assertEquals(TODAY.minusDays(2), PlanClock.toLocalDate(followUp.getDueDate()));

		assertTrue(AgendaCommands.hasNextAttempt(followUp));
		Command next = AgendaCommands.scheduleNextAttempt(domain, plan, followUp, TODAY.plusDays(7));
		domain.getCommandStack().execute(next);
		assertEquals(2, plan.getFollowUps().size());
		FollowUp second = plan.getFollowUps().get(1);
		assertEquals(2, second.getAttempt());
		assertEquals(3, second.getMaxAttempts());
		assertEquals(ann, second.getContact());
		assertEquals("Send the slides", second.getReason());
		assertEquals(TODAY.plusDays(7), PlanClock.toLocalDate(second.getDueDate()));
		assertTrue(ann.getFollowUps().contains(second));
		domain.getCommandStack().undo();
		assertEquals(1, plan.getFollowUps().size());
		assertFalse(ann.getFollowUps().contains(second), "undo also clears the contact's side");

		followUp.setAttempt(3);
		assertFalse(AgendaCommands.hasNextAttempt(followUp), "attempt 3 of 3 is the last");
	}

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
		org.eclipse.swt.widgets.Listener spy = e -> keys.add(e.keyCode + "/" + e.stateMask + "@" + Robot.describe(e.widget));
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
					+ Workbench.page().getActivePart() + ", focus " + Robot.describe(tree.getDisplay().getFocusControl()) + ", keys " + keys
					+ ")", e);
		}
		assertNull(first.getCompletedOn(), "and clears its completion date");
		robot.waitUntil("the Overdue section lists the " + count + " again", () -> shownOverdue(tree).size() == count);
	}

	@Test
	void theNetworkingPreferencesHaveTheirDefaultsAndDriveTheAgendaView() throws Exception {
		org.osgi.service.prefs.Preferences node = NetworkingPreferences.node();
		Cadences defaults = NetworkingPreferences.cadences();
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
			node.putInt(NetworkingPreferences.CADENCE_A, 1);
			node.putInt(NetworkingPreferences.CADENCE_B, 1);
			node.putInt(NetworkingPreferences.CADENCE_C, 1);
			node.putBoolean(NetworkingPreferences.workingDay(DayOfWeek.SATURDAY), true);
			node.putInt(NetworkingPreferences.DEFAULT_DELAY, 2);
			Cadences changed = NetworkingPreferences.cadences();
			assertEquals(1, changed.tierDays(Tier.B));
			assertEquals(2, changed.defaultDelay());
			assertTrue(changed.workingDays().contains(DayOfWeek.SATURDAY));
			robot.waitUntil("the Agenda view lists more people losing touch (had " + before + ", has "
					+ section(tree, Section.LOSING_TOUCH).getItemCount() + ")",
					() -> section(tree, Section.LOSING_TOUCH).getItemCount() > before);
			assertTrue(section(tree, Section.LOSING_TOUCH).getItemCount() <= contacted);
		} finally {
			node.remove(NetworkingPreferences.CADENCE_A);
			node.remove(NetworkingPreferences.CADENCE_B);
			node.remove(NetworkingPreferences.CADENCE_C);
			node.remove(NetworkingPreferences.workingDay(DayOfWeek.SATURDAY));
			node.remove(NetworkingPreferences.DEFAULT_DELAY);
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
			for (ToolBar bar : Robot.findAll(tree.getShell(), ToolBar.class, Robot::isShowing)) {
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
		// GTK paints on its frame clock: give it a moment so the picture shows the tree as it is now
		robot.pause(java.time.Duration.ofMillis(400));
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
