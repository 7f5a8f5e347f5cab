/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.interactions.InteractionIds;
import org.rapport.ui.internal.editors.interactions.InteractionsPage;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The Interactions page as a user works with it: the sample plan's interactions and follow-ups in virtual lists,
 * the most recent first, overdue follow-ups highlighted; an interaction added, its contact chosen in the chooser,
 * its summary typed and channel picked with the keyboard, saved and read back, then undone; a follow-up's attempts
 * checked by the validator on their field and a date that is not a date refused; and objects selected from
 * elsewhere (as the Agenda and the Validation view do) shown on this page.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InteractionsPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private InteractionsPage interactionsPage;
	private Control page;
	private Table interactions;
	private Table followUps;

	@BeforeEach
	void showTheInteractionsPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		interactionsPage = (InteractionsPage) editor.findPage(InteractionsPage.ID);
		assertNotNull(interactionsPage, "the plan editor has an Interactions page");
		robot.flush(); // an editor just opened lays out its page tabs
		if (editor.getActivePageInstance() != interactionsPage) {
			CTabFolder tabs = Workbench.pageTabs(editor);
			robot.clickTab(tabs.getItem(interactionsPage.getIndex()));
			robot.waitUntil("the Interactions page is active", () -> editor.getActivePageInstance() == interactionsPage);
		}
		page = interactionsPage.getPartControl();
		interactions = robot.showingById(page, InteractionIds.INTERACTIONS, Table.class);
		followUps = robot.showingById(page, InteractionIds.FOLLOW_UPS, Table.class);
	}

	/** Leaves the sample plan as it was saved, for the other tests. */
	@AfterEach
	void undoWhatTheTestChanged() {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		while (editor.isDirty() && stack.canUndo()) {
			stack.undo();
		}
		robot.flush();
	}

	@Test
	void listsInteractionsAndFollowUpsMostRecentFirstWithOverdueOnesHighlighted() {
		NetworkingPlan plan = editor.getPlan();
		assertTrue((interactions.getStyle() & SWT.VIRTUAL) != 0, "the interactions table is virtual");
		assertTrue((followUps.getStyle() & SWT.VIRTUAL) != 0, "the follow-ups table is virtual");
		assertEquals(plan.getInteractions().size(), interactions.getItemCount(), "one row per interaction");
		assertEquals(plan.getFollowUps().size(), followUps.getItemCount(), "one row per follow-up");
		assertEquals(SWT.DOWN, interactions.getSortDirection(), "the most recent first");
		assertEquals("Date", interactions.getSortColumn().getText());
		for (int row = 1; row < interactions.getItemCount(); row++) {
			Date earlier = ((Interaction) Widgets.dataOf(interactions.getItem(row))).getDate();
			Date later = ((Interaction) Widgets.dataOf(interactions.getItem(row - 1))).getDate();
			assertTrue(!earlier.after(later), "row " + row + " is not more recent than the row above");
		}
		assertEquals("Due", followUps.getSortColumn().getText());
		for (int row = 1; row < followUps.getItemCount(); row++) {
			Date earlier = ((FollowUp) Widgets.dataOf(followUps.getItem(row))).getDueDate();
			Date later = ((FollowUp) Widgets.dataOf(followUps.getItem(row - 1))).getDueDate();
			assertTrue(!earlier.after(later), "follow-up row " + row + " is not due after the row above");
		}

		// overdue follow-ups are highlighted and say so; others are not
		int overdueRow = rowWhere(followUps(), FollowUp::isOverdue);
		int fineRow = rowWhere(followUps(), f -> !f.isOverdue());
		TableItem overdue = followUps.getItem(overdueRow);
		followUps.showItem(overdue);
		robot.flush();
		assertEquals(ContactsView.OVERDUE_BACKGROUND, overdue.getBackground(0).getRGB(), "the overdue row is highlighted");
		assertTrue(overdue.getText(3).contains("overdue"), "its status says overdue: " + overdue.getText(3));
		assertNotEquals(ContactsView.OVERDUE_BACKGROUND, followUps.getItem(fineRow).getBackground(0).getRGB());

		// a row clicked shows its details
		int row = rowWhere(interactions(), i -> i.getContacts().size() > 0 && i.getSummary() != null);
		robot.clickRow(interactions, row);
		Interaction interaction = interactions().getElementAt(row);
		Text summary = robot.showingById(page, InteractionIds.INTERACTION_SUMMARY, Text.class);
		robot.waitUntil("the summary field shows the interaction's", () -> interaction.getSummary().equals(summary.getText()));
		Text date = robot.showingById(page, InteractionIds.INTERACTION_DATE, Text.class);
		assertEquals(org.rapport.model.edit.provider.RapportLabels.date(interaction.getDate()), date.getText(),
				"the date in the locale's format");
		Table contacts = robot.showingById(page, InteractionIds.INTERACTION_CONTACTS + ".table", Table.class);
		assertEquals(interaction.getContacts().size(), contacts.getItemCount(), "its contacts are listed");

		robot.clickRow(followUps, overdueRow);
		Label overdueLabel = robot.showingById(page, InteractionIds.FOLLOW_UP_OVERDUE, Label.class);
		robot.waitUntil("the follow-up's details say how overdue it is (say '" + overdueLabel.getText() + "')",
				() -> overdueLabel.getText().startsWith("Yes"));
		Text due = robot.showingById(page, InteractionIds.FOLLOW_UP_DUE, Text.class);
		assertTrue(String.valueOf(due.getData(FieldBinder.PROBLEM_KEY)).contains("still open"),
				"the due date carries the validator's overdue warning: " + due.getData(FieldBinder.PROBLEM_KEY));
		FormPages.screenshots(robot, editor, screenshots(), "interactions-page");
	}

	@Test
	void anInteractionIsAddedWithAContactAndASummarySavedAndUndone() throws Exception {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getInteractions().size();
		clickButton(InteractionIds.INTERACTIONS + ".add");
		robot.waitUntil("an interaction was added", () -> plan.getInteractions().size() == before + 1);
		Interaction added = plan.getInteractions().get(before);
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(added.getDate()), "dated today");
		Composite contacts = robot.showingById(page, InteractionIds.INTERACTION_CONTACTS, Composite.class);
		robot.waitUntil("the missing contacts are decorated (has " + contacts.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(contacts.getData(FieldBinder.PROBLEM_KEY)).contains("not with anyone"));

		Contact contact = plan.getContacts().stream().filter(c -> Choosers.unique(plan, c)).findFirst().orElseThrow();
		String label = RapportLabels.contactName(contact);
		Choosers.choose(robot, () -> clickButton(InteractionIds.INTERACTION_CONTACTS + ".add"), label);
		robot.waitUntil("the interaction is with " + label, () -> added.getContacts().equals(List.of(contact)));
		robot.waitUntil("the decoration goes", () -> contacts.getData(FieldBinder.PROBLEM_KEY) == null);
		assertTrue(contact.getInteractions().contains(added), "the contact's side follows");

		Text summary = robot.showingById(page, InteractionIds.INTERACTION_SUMMARY, Text.class);
		robot.reveal(summary);
		robot.click(summary);
		robot.type("Coffee about the platform team");
		robot.pressUntil(0, SWT.TAB, "the summary reached the model",
				() -> "Coffee about the platform team".equals(added.getSummary()));

		Combo channel = robot.showingById(page, InteractionIds.INTERACTION_CHANNEL, Combo.class);
		robot.reveal(channel);
		robot.focus(channel);
		robot.pressUntil(0, SWT.ARROW_DOWN, "Down picks the next channel (is " + added.getChannel() + ")",
				() -> added.getChannel() == Channel.PHONE);
		int row = interactions().getRowOf(added);
		assertEquals(0, row, "the interaction of today is the first row");
		robot.waitUntil("its row shows contact and summary", () -> Widgets.rowTexts(interactions.getItem(0)).equals(List.of(
				RapportLabels.date(added.getDate()), RapportLabels.literal(Channel.PHONE),
				RapportLabels.literal(Initiator.ME), RapportLabels.contactName(contact),
				"Coffee about the platform team")));

		String id = Workbench.idOf(added);
		robot.focus(interactions);
		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Interaction read = (Interaction) saved.eResource().getEObject(id);
		assertNotNull(read, "the file has the interaction");
		assertEquals("Coffee about the platform team", read.getSummary());
		assertEquals(Channel.PHONE, read.getChannel());
		assertEquals(List.of(Workbench.idOf(contact)), read.getContacts().stream().map(Workbench::idOf).toList());

		for (int i = 0; i < 4; i++) {
			undo();
		}
		robot.waitUntil("four Ctrl+Z undo channel, summary, contact and the Add", () -> plan.getInteractions().size() == before
				&& !contact.getInteractions().contains(added));
		robot.pressUntil(SWT.MOD1, 's', "saved as before", () -> !editor.isDirty());
	}

	@Test
	void aFollowUpsAttemptsAreCheckedAndADateThatIsNotADateIsRefused() {
		int row = rowWhere(followUps(), f -> f.getStatus() == FollowUpStatus.OPEN && f.getMaxAttempts() < 3
				&& f.getContact() != null);
		robot.clickRow(followUps, row);
		FollowUp followUp = followUps().getElementAt(row);
		Text reason = robot.showingById(page, InteractionIds.FOLLOW_UP_REASON, Text.class);
		robot.waitUntil("the details show the follow-up", () -> Objects.toString(followUp.getReason(), "")
				.equals(reason.getText()));
		Text contact = robot.showingById(page, InteractionIds.FOLLOW_UP_CONTACT, Text.class);
		assertTrue(contact.getText().contains(RapportLabels.contactName(followUp.getContact())),
				"the contact is named: " + contact.getText());

		Text attempt = robot.showingById(page, InteractionIds.FOLLOW_UP_ATTEMPT, Text.class);
		Text maxAttempts = robot.showingById(page, InteractionIds.FOLLOW_UP_MAX_ATTEMPTS, Text.class);
		typeInto(attempt, "3");
		robot.waitUntil("the attempt is 3", () -> followUp.getAttempt() == 3);
		robot.waitUntil("the max attempts field carries the validator's error (has "
				+ maxAttempts.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(maxAttempts.getData(FieldBinder.PROBLEM_KEY)).contains("attempt 3 of only"));
		typeInto(maxAttempts, "3");
		robot.waitUntil("allowing three attempts clears it", () -> followUp.getMaxAttempts() == 3
				&& maxAttempts.getData(FieldBinder.PROBLEM_KEY) == null);
		robot.waitUntil("the row says attempt 3 of 3", () -> followUps.getItem(followUps().getRowOf(followUp)).getText(4)
				.equals("3 of 3"));

		Text due = robot.showingById(page, InteractionIds.FOLLOW_UP_DUE, Text.class);
		Date dueBefore = followUp.getDueDate();
		typeInto(due, "2027-02-30");
		robot.waitUntil("the date is refused with a reason", () -> String.valueOf(due.getData(FieldBinder.PROBLEM_KEY))
				.contains("\"2027-02-30\" is not a date"));
		assertEquals(dueBefore, followUp.getDueDate(), "a date that is not a date changes nothing");

		Combo status = robot.showingById(page, InteractionIds.FOLLOW_UP_STATUS, Combo.class);
		robot.reveal(status);
		robot.focus(status);
		robot.pressUntil(0, SWT.ARROW_DOWN, "Down marks it done (is " + followUp.getStatus() + ")",
				() -> followUp.getStatus() == FollowUpStatus.DONE);
		typeInto(robot.showingById(page, InteractionIds.FOLLOW_UP_COMPLETED, Text.class), "2026-01-15");
		robot.waitUntil("the completion date reached the model", () -> followUp.getCompletedOn() != null
				&& PlanClock.toLocalDate(followUp.getCompletedOn()).equals(LocalDate.of(2026, 1, 15)));

		robot.focus(followUps);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the completion date", () -> followUp.getCompletedOn() == null);
		assertNull(robot.showingById(page, InteractionIds.FOLLOW_UP_COMPLETED, Text.class).getData(FieldBinder.PROBLEM_KEY));
	}

	@Test
	void objectsSelectedFromElsewhereAreShownOnThisPage() {
		NetworkingPlan plan = editor.getPlan();
		FollowUp followUp = plan.getFollowUps().get(plan.getFollowUps().size() / 2);
		Interaction interaction = plan.getInteractions().get(plan.getInteractions().size() / 3);
		for (EObject object : List.of(followUp, interaction)) {
			editor.setActivePage(UiIds.PAGE_OVERVIEW);
			robot.waitUntil("the Overview is shown", () -> editor.getActivePageInstance() != interactionsPage);
			editor.select(object); // as the Agenda and the Validation view do
			robot.waitUntil("the Interactions page is shown", () -> editor.getActivePageInstance() == interactionsPage);
			Table table = object instanceof FollowUp ? followUps : interactions;
			robot.waitUntil("the object is selected in its list", () -> table.getSelectionCount() == 1
					&& table.getSelection()[0].getData() == object);
			Control details = robot.showingById(page, object instanceof FollowUp ? InteractionIds.FOLLOW_UP_DETAILS
					: InteractionIds.INTERACTION_DETAILS, Control.class);
			assertTrue(Widgets.isShowing(details), "its details are shown");
		}
	}

	// ------------------------------------------------------------------------------------------------- helpers

	/** Ctrl+Z, pressed once: the command to undo next changes when it worked. */
	private void undo() {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		org.eclipse.emf.common.command.Command undone = stack.getUndoCommand();
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes " + (undone == null ? "nothing" : undone.getLabel()),
				() -> stack.getUndoCommand() != undone);
	}

	@SuppressWarnings("unchecked")
	private ElementListPart<Interaction> interactions() {
		return (ElementListPart<Interaction>) interactionsPage.getLists().get(0);
	}

	@SuppressWarnings("unchecked")
	private ElementListPart<FollowUp> followUps() {
		return (ElementListPart<FollowUp>) interactionsPage.getLists().get(1);
	}

	private static <T extends EObject> int rowWhere(ElementListPart<T> list, Predicate<T> test) {
		for (int row = 0; row < list.getItemCount(); row++) {
			if (test.test(list.getElementAt(row))) {
				return row;
			}
		}
		throw new AssertionError("no row of the sample plan passes");
	}

	private void clickButton(String id) {
		FormPages.clickButton(robot, page, id);
	}

	private void typeInto(Text text, String typed) {
		robot.reveal(text);
		robot.click(text);
		robot.selectAllText(text);
		robot.type(typed);
		robot.press(SWT.TAB);
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
