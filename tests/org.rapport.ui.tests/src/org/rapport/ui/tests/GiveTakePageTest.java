/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.Gratitude;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.givetake.GiveTake;
import org.rapport.ui.internal.editors.givetake.GiveTakeIds;
import org.rapport.ui.internal.editors.givetake.GiveTakePage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The Give and Take page as a user works with it: the sample plan's ledger, thank-you notes and balance per
 * contact; Say Thanks for an exchange owed thanks (a note added and linked in one undoable step); the balance
 * following an exchange added; a double-click on a balance showing the contact; the contact's validation problem
 * decorated until one is chosen; fields typed and saved; Add and Delete of a note. The editor is maximized while
 * the tests run.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GiveTakePageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;

	@BeforeEach
	void showTheGiveAndTakePage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		setMaximized(true);
		showPage();
	}

	private void showPage() {
		page = Workbench.showPage(robot, editor, GiveTakePage.ID);
	}

	/** Leaves the sample plan as it was saved, the ledger showing everything and the editor as it was. */
	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoToSaved(robot, editor);
		Button all = page == null ? null : Widgets.findById(page, GiveTakeIds.SHOW_ALL, Button.class);
		if (all != null && Widgets.isShowing(all) && !all.getSelection()) {
			robot.click(all);
		}
		setMaximized(false);
		robot.flush();
	}

	@Test
	void showsTheLedgerTheNotesAndTheBalances() {
		NetworkingPlan plan = editor.getPlan();
		Table ledger = robot.showingById(page, GiveTakeIds.LEDGER, Table.class);
		Table notes = robot.showingById(page, GiveTakeIds.GRATITUDES, Table.class);
		Table balances = robot.showingById(page, GiveTakeIds.BALANCE, Table.class);
		assertEquals(plan.getExchanges().size(), ledger.getItemCount(), "one row per exchange");
		assertEquals(plan.getGratitudes().size(), notes.getItemCount(), "one row per thank-you note");
		long people = plan.getExchanges().stream().map(Exchange::getContact).filter(c -> c != null).distinct().count();
		assertEquals(people, balances.getItemCount(), "one balance per person exchanged with");
		for (TableItem item : balances.getItems()) {
			GiveTake.Balance balance = (GiveTake.Balance) item.getData();
			Contact contact = balance.contact();
			long given = contact.getExchanges().stream().filter(e -> e.getDirection() == ExchangeDirection.GIVEN).count();
			List<String> texts = Widgets.rowTexts(item);
			assertEquals(List.of(RapportLabels.contactName(contact), String.valueOf(given),
					String.valueOf(contact.getExchanges().size() - given), signed(contact.getGiveTakeBalance())), texts,
					"the balance row of " + contact.getFullName());
		}
		int owed = GiveTake.thanksOwed(plan);
		assertTrue(owed > 0, "the sample owes some thanks");
		assertEquals("Thanks owed (" + owed + ")",
				Widgets.textOf(robot.showingById(page, GiveTakeIds.SHOW_OWED, Button.class)), "the choice counts them");
		assertEquals(owed, rows(ledger).stream().filter(i -> Widgets.rowTexts(i).contains("owed")).count(),
				"the ledger marks the exchanges owed thanks");

		int row = rowWhere(ledger, Exchange.class, e -> e.getThanks() != null);
		robot.clickRow(ledger, row);
		Exchange exchange = (Exchange) Widgets.dataOf(ledger.getItem(row));
		Text contact = robot.showingById(page, GiveTakeIds.EXCHANGE_CONTACT, Text.class);
		robot.waitUntil("the exchange's contact is shown",
				() -> RapportLabels.text(exchange.getContact()).equals(contact.getText()));
		Combo thanks = robot.showingById(page, GiveTakeIds.EXCHANGE_THANKS, Combo.class);
		assertEquals(RapportLabels.text(exchange.getThanks()), thanks.getText(), "the note that thanked for it");
		robot.screenshot(screenshots().resolve("givetake-page-maximized.png"));
		setMaximized(false);
		robot.screenshot(screenshots().resolve("givetake-page.png"));
	}

	@Test
	void sayThanksAddsANoteLinkedToTheExchangeInOneStep() {
		NetworkingPlan plan = editor.getPlan();
		Table ledger = robot.showingById(page, GiveTakeIds.LEDGER, Table.class);
		Table notes = robot.showingById(page, GiveTakeIds.GRATITUDES, Table.class);
		Button sayThanks = robot.showingById(page, GiveTakeIds.SAY_THANKS, Button.class);
		Button owedChoice = robot.showingById(page, GiveTakeIds.SHOW_OWED, Button.class);
		int owed = GiveTake.thanksOwed(plan);
		int notesBefore = plan.getGratitudes().size();

		robot.clickRow(ledger, rowWhere(ledger, Exchange.class, e -> e.getDirection() == ExchangeDirection.GIVEN));
		robot.waitUntil("Say Thanks is disabled for something you gave", () -> !sayThanks.isEnabled());

		robot.click(owedChoice);
		robot.waitUntil("Thanks owed lists only the exchanges owed thanks", () -> ledger.getItemCount() == owed
				&& rows(ledger).stream().allMatch(i -> GiveTake.owesThanks((Exchange) Widgets.dataOf(i))));
		robot.clickRow(ledger, 0);
		Exchange exchange = (Exchange) Widgets.dataOf(ledger.getItem(0));
		robot.waitUntil("Say Thanks is enabled", sayThanks::isEnabled);

		String said = "Thank you for the referral!";
		Shell workbench = Workbench.shell();
		ShellWatcher dialog = robot.onShell("the Say Thanks dialog opens", s -> s != workbench && s.getParent() == workbench,
				s -> {
					robot.activate(s);
					Text to = Widgets.findById(s, GiveTakeIds.THANKS_TO, Text.class);
					assertEquals(RapportLabels.contact(exchange.getContact()), to.getText(), "it names whom to thank");
					Combo channel = Widgets.findById(s, GiveTakeIds.THANKS_CHANNEL, Combo.class);
					robot.focus(channel);
					robot.press(SWT.ARROW_DOWN);
					robot.waitUntil("Down chose the next channel (it shows " + channel.getText() + ")",
							() -> "phone".equals(channel.getText()));
					robot.focus(Widgets.findById(s, GiveTakeIds.THANKS_MESSAGE, Text.class));
					robot.type(said);
					robot.click(Widgets.findAll(s, Button.class, b -> "OK".equals(Widgets.textOf(b))).get(0));
				});
		robot.click(sayThanks);
		dialog.await();
		robot.waitUntil("the dialog closed", () -> dialog.shell().isDisposed());
		robot.waitUntil("the exchange is thanked", () -> exchange.getThanks() != null);
		Gratitude note = exchange.getThanks();
		assertTrue(plan.getGratitudes().contains(note), "the note is in the plan");
		assertSame(exchange.getContact(), note.getContact(), "to the exchange's contact");
		assertEquals(said, note.getMessage());
		assertEquals(Channel.PHONE, note.getChannel());
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(note.getDate()), "dated today");
		assertEquals("Say Thanks", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		robot.waitUntil("the exchange left the thanks owed", () -> ledger.getItemCount() == owed - 1);
		robot.waitUntil("the choice counts one less", () -> ("Thanks owed (" + (owed - 1) + ")").equals(Widgets.textOf(owedChoice)));
		robot.waitUntil("the note is listed", () -> notes.getItemCount() == notesBefore + 1);

		robot.focus(ledger);
		FormPages.undo(robot, editor, "one Ctrl+Z takes the note and the link away", () -> exchange.getThanks() == null
				&& plan.getGratitudes().size() == notesBefore && !editor.isDirty());
		robot.waitUntil("the exchange is owed thanks again", () -> ledger.getItemCount() == owed);
	}

	@Test
	void anExchangeWithoutContactIsDecoratedAndTheBalanceFollowsTheOneChosen() {
		NetworkingPlan plan = editor.getPlan();
		Table balances = robot.showingById(page, GiveTakeIds.BALANCE, Table.class);
		Contact contact = OpportunitiesPageTest.uniquelyNamed(plan, c -> !c.getExchanges().isEmpty());
		int given = balanceOf(balances, c -> c == contact).given();
		int balance = contact.getGiveTakeBalance();
		int before = plan.getExchanges().size();

		robot.click(robot.showingById(page, GiveTakeIds.LEDGER + ".add", Button.class));
		robot.waitUntil("an exchange was added", () -> plan.getExchanges().size() == before + 1);
		Exchange added = plan.getExchanges().get(before);
		assertEquals(ExchangeDirection.GIVEN, added.getDirection(), "a new exchange is something given");
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(added.getDate()), "dated today");
		Composite chooser = robot.showingById(page, GiveTakeIds.EXCHANGE_CONTACT, Text.class).getParent();
		robot.waitUntil("the contact field is decorated with the validator's error (has "
				+ chooser.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(chooser.getData(FieldBinder.PROBLEM_KEY)).contains("is not linked to anyone"));

		String typed = RapportLabels.contactName(contact);
		Shell workbench = Workbench.shell();
		ShellWatcher choose = robot.onShell("the chooser of contacts opens", s -> s != workbench && s.getParent() == workbench,
				s -> OpportunitiesPageTest.choose(robot, s, typed));
		robot.click(robot.showingById(page, GiveTakeIds.EXCHANGE_CONTACT + ".choose", Button.class));
		choose.await();
		robot.waitUntil("the chooser closed", () -> choose.shell().isDisposed());
		robot.waitUntil("the exchange is with " + typed, () -> added.getContact() == contact);
		robot.waitUntil("the decoration is gone", () -> chooser.getData(FieldBinder.PROBLEM_KEY) == null);
		robot.waitUntil("the balance of " + typed + " counts one more given (" + rows(balances).stream()
				.map(i -> Widgets.rowTexts(i).toString()).toList() + ")", () -> {
					GiveTake.Balance now = balanceOf(balances, c -> c == contact);
					return now.given() == given + 1 && now.balance() == balance + 1;
				});
		assertEquals(signed(balance + 1), Widgets.rowTexts(itemOf(balances, contact)).get(3), "the row shows the balance");

		robot.focus(robot.showingById(page, GiveTakeIds.LEDGER, Table.class));
		FormPages.undo(robot, editor, "Ctrl+Z takes the contact away", () -> added.getContact() == null);
		robot.waitUntil("and the balance back", () -> balanceOf(balances, c -> c == contact).given() == given);
		FormPages.undo(robot, editor, "Ctrl+Z undoes the Add", () -> plan.getExchanges().size() == before && !editor.isDirty());
	}

	@Test
	void doubleClickingABalanceShowsTheContact() {
		Table balances = robot.showingById(page, GiveTakeIds.BALANCE, Table.class);
		int index = balances.getItemCount() - 1;
		Contact contact = ((GiveTake.Balance) balances.getItem(index).getData()).contact();
		robot.doubleClickRow(balances, index);
		IFormPage contactsPage = editor.findPage(UiIds.PAGE_CONTACTS);
		robot.waitUntil("the editor shows its Contacts page", () -> editor.getActivePageInstance() == contactsPage);
		Table contacts = robot.showingById(contactsPage.getPartControl(), UiIds.CONTACTS_TABLE, Table.class);
		robot.waitUntil(contact.getFullName() + " is selected there",
				() -> contacts.getSelectionCount() == 1 && contacts.getSelection()[0].getData() == contact);
		showPage();
	}

	@Test
	void anExchangeTypedIsSavedToTheFile() throws Exception {
		Table ledger = robot.showingById(page, GiveTakeIds.LEDGER, Table.class);
		int row = rowWhere(ledger, Exchange.class, e -> e.getKind() == ExchangeKind.ADVICE && e.getDirection() == ExchangeDirection.GIVEN);
		robot.clickRow(ledger, row);
		Exchange exchange = (Exchange) Widgets.dataOf(ledger.getItem(row));
		String id = Workbench.idOf(exchange);
		Text description = robot.showingById(page, GiveTakeIds.EXCHANGE_DESCRIPTION, Text.class);
		robot.waitUntil("the description shows the exchange", () -> exchange.getDescription().equals(description.getText()));

		robot.click(description);
		robot.selectAllText(description);
		robot.type("Reviewed her resume twice");
		robot.press(SWT.TAB);
		robot.waitUntil("Tab applied the description", () -> "Reviewed her resume twice".equals(exchange.getDescription()));
		robot.waitUntil("the row shows it", () -> rowOf(ledger, exchange).contains("Reviewed her resume twice"));

		Combo kind = robot.showingById(page, GiveTakeIds.EXCHANGE_KIND, Combo.class);
		robot.focus(kind);
		robot.press(SWT.ARROW_DOWN);
		robot.waitUntil("Down chose support (it shows " + kind.getText() + ")", () -> exchange.getKind() == ExchangeKind.SUPPORT);

		Text date = robot.showingById(page, GiveTakeIds.EXCHANGE_DATE, Text.class);
		robot.click(date);
		robot.selectAllText(date);
		robot.type("2026-02-03");
		robot.press(SWT.CR);
		robot.waitUntil("Enter applied the date", () -> LocalDate.of(2026, 2, 3).equals(PlanClock.toLocalDate(exchange.getDate())));

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Exchange inFile = (Exchange) saved.eResource().getEObject(id);
		assertNotNull(inFile, "the exchange is in the file");
		assertEquals("Reviewed her resume twice", inFile.getDescription());
		assertEquals(ExchangeKind.SUPPORT, inFile.getKind());
		assertEquals(LocalDate.of(2026, 2, 3), PlanClock.toLocalDate(inFile.getDate()));
		assertEquals(exchange.getContact().getFullName(), inFile.getContact().getFullName(), "with the same contact");

		robot.focus(ledger);
		FormPages.undo(robot, editor, "Ctrl+Z undoes the date", () -> !LocalDate.of(2026, 2, 3).equals(PlanClock.toLocalDate(exchange.getDate())));
		FormPages.undo(robot, editor, "Ctrl+Z undoes the kind", () -> exchange.getKind() == ExchangeKind.ADVICE);
		FormPages.undo(robot, editor, "Ctrl+Z undoes the description",
				() -> !"Reviewed her resume twice".equals(exchange.getDescription()));
		robot.pressUntil(SWT.MOD1, 's', "saved again as it was", () -> !editor.isDirty());
	}

	@Test
	void aNoteAddedIsDecoratedLinkedAndDeletedUndoably() {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getGratitudes().size();
		Table notes = robot.showingById(page, GiveTakeIds.GRATITUDES, Table.class);
		robot.click(robot.showingById(page, GiveTakeIds.GRATITUDES + ".add", Button.class));
		robot.waitUntil("a note was added", () -> plan.getGratitudes().size() == before + 1);
		Gratitude added = plan.getGratitudes().get(before);
		Composite contact = robot.showingById(page, GiveTakeIds.GRATITUDE_CONTACT, Text.class).getParent();
		robot.waitUntil("its contact is decorated with the validator's error",
				() -> String.valueOf(contact.getData(FieldBinder.PROBLEM_KEY)).contains("is not addressed to anyone"));
		Text message = robot.showingById(page, GiveTakeIds.GRATITUDE_MESSAGE, Text.class);
		robot.click(message);
		robot.type("Thanks for the coffee chat");
		robot.press(SWT.TAB);
		robot.waitUntil("leaving the field applied the message", () -> "Thanks for the coffee chat".equals(added.getMessage()));

		Exchange owed = plan.getExchanges().stream().filter(GiveTake::owesThanks).findFirst().orElseThrow();
		Combo exchange = robot.showingById(page, GiveTakeIds.GRATITUDE_EXCHANGE, Combo.class);
		robot.focus(exchange);
		robot.press(SWT.ARROW_DOWN);
		robot.waitUntil("Down linked the note to the first exchange owed thanks (it shows " + exchange.getText() + ")",
				() -> added.getExchange() == owed && owed.getThanks() == added);

		robot.clickRow(notes, rowWhere(notes, Gratitude.class, g -> g == added));
		robot.pressUntil(0, SWT.DEL, "Delete removed the note", () -> !plan.getGratitudes().contains(added));
		assertNull(owed.getThanks(), "and its link from the exchange");
		FormPages.undo(robot, editor, "Ctrl+Z brings it back, linked", () -> plan.getGratitudes().contains(added) && owed.getThanks() == added);
		FormPages.undo(robot, editor, "Ctrl+Z unlinks it", () -> owed.getThanks() == null);
		FormPages.undo(robot, editor, "Ctrl+Z undoes the message", () -> added.getMessage() == null);
		FormPages.undo(robot, editor, "Ctrl+Z undoes the Add",
				() -> plan.getGratitudes().size() == before && !editor.isDirty());
	}

	// ------------------------------------------------------------------------------------------------- helpers

	private void setMaximized(boolean maximized) {
		IWorkbenchPage workbenchPage = Workbench.page();
		var reference = workbenchPage.getReference(editor);
		int state = maximized ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED;
		if (reference != null && workbenchPage.getPartState(reference) != state) {
			workbenchPage.setPartState(reference, state);
			robot.flush();
		}
	}

	private static GiveTake.Balance balanceOf(Table balances, Predicate<Contact> test) {
		for (TableItem item : balances.getItems()) {
			if (item.getData() instanceof GiveTake.Balance balance && test.test(balance.contact())) {
				return balance;
			}
		}
		throw new AssertionError("no balance row matches");
	}

	private static TableItem itemOf(Table balances, Contact contact) {
		for (TableItem item : balances.getItems()) {
			if (item.getData() instanceof GiveTake.Balance balance && balance.contact() == contact) {
				return item;
			}
		}
		throw new AssertionError("no balance row for " + contact.getFullName());
	}

	private static String signed(int balance) {
		return balance > 0 ? "+" + balance : balance < 0 ? "\u2212" + -balance : "0";
	}

	private static List<TableItem> rows(Table table) {
		return List.of(table.getItems());
	}

	private static String rowOf(Table table, Object element) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (Widgets.dataOf(table.getItem(i)) == element) {
				return String.join(" | ", Widgets.rowTexts(table.getItem(i)));
			}
		}
		return "(no row)";
	}

	private static <T> int rowWhere(Table table, Class<T> type, Predicate<T> test) {
		for (int i = 0; i < table.getItemCount(); i++) {
			Object data = Widgets.dataOf(table.getItem(i));
			if (type.isInstance(data) && test.test(type.cast(data))) {
				return i;
			}
		}
		throw new AssertionError("no row matches in " + List.of(table.getItems()));
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
