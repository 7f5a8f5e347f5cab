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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.FollowUp;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.interaction.LogInteractionDialog;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * Edit &gt; Merge Contacts as a user does it: two contacts selected (Ctrl+click) in the plan editor's Contacts
 * page or in the Contacts view, the one to keep chosen in the dialog (the context menus of both offer it, with
 * Log Interaction for the selected contacts); every interaction, follow-up, exchange and
 * thank-you of the other moves to it, and one Ctrl+Z brings both back exactly as they were.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MergeContactsTest {

	private static final String MERGE = "Merge Contacts...";

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private PlanEditor editor;
	private NetworkingPlan plan;
	private Contact maria;
	private Contact twin;
	private Contact tom;

	/**
	 * Maria Chen, and the same person a second time from another address book (another e-mail, a phone), with
	 * history on both sides: a meeting with both, follow-ups, an exchange each, a thank-you; Tom was introduced by
	 * the duplicate.
	 */
	@BeforeEach
	void openAPlanWithADuplicate() throws Exception {
		robot.activate(Workbench.shell());
		RapportFactory f = RapportFactory.eINSTANCE;
		editor = InterchangeUi.openNewPlan(robot, dir, "merge-test.rapport", "Merge test plan", p -> {
			Contact a = InterchangeUi.contact("Maria", "Chen");
			ContactInfo.addEmail(a, "maria.chen@acme.example");
			a.setOrganization("Acme");
			a.setNotes("Met at the product meetup.");
			Contact b = InterchangeUi.contact("Maria", "Chen");
			ContactInfo.addEmail(b, "mchen@mail.example");
			ContactInfo.addPhone(b, "+1 555 0100");
			b.setNotes("Prefers calls.");
			Contact c = InterchangeUi.contact("Tom", "Ngata");
			c.setIntroducedBy(b);
			p.getContacts().addAll(List.of(a, b, c));
			p.getInteractions().add(interaction(f, "Coffee", a));
			p.getInteractions().add(interaction(f, "Call", b));
			p.getInteractions().add(interaction(f, "Panel with both", a, b));
			p.getFollowUps().add(followUp(f, a, "Send the deck"));
			p.getFollowUps().add(followUp(f, b, "Ask about the role"));
			p.getFollowUps().add(followUp(f, b, "Second try"));
			Exchange given = f.createExchange();
			given.setDirection(ExchangeDirection.GIVEN);
			given.setKind(ExchangeKind.ADVICE);
			given.setContact(a);
			Exchange received = f.createExchange();
			received.setDirection(ExchangeDirection.RECEIVED);
			received.setKind(ExchangeKind.REFERRAL);
			received.setContact(b);
			p.getExchanges().addAll(List.of(given, received));
			Gratitude thanks = f.createGratitude();
			thanks.setContact(b);
			thanks.setExchange(received);
			p.getGratitudes().add(thanks);
		});
		plan = editor.getPlan();
		maria = plan.getContacts().get(0);
		twin = plan.getContacts().get(1);
		tom = plan.getContacts().get(2);
	}

	@AfterEach
	void closeThePlan() {
		InterchangeUi.close(editor);
	}

	@Test
	void mergingInTheEditorKeepsEveryInteractionFollowUpAndExchangeAndUndoRestoresBoth() throws Exception {
		NetworkingPlan before = EcoreUtil.copy(plan);
		Set<Object> history = new HashSet<>();
		history.addAll(maria.getInteractions());
		history.addAll(twin.getInteractions());
		Set<FollowUp> followUps = new HashSet<>(plan.getFollowUps());
		Set<Exchange> exchanges = new HashSet<>(plan.getExchanges());

		Table table = showContactsPage();
		robot.clickRow(table, rowOf(table, maria));
		assertFalse(InterchangeUi.menuItem("Edit", MERGE).isEnabled(), "one contact cannot be merged");
		robot.ctrlClickRow(table, rowOf(table, twin));
		robot.waitUntil("both rows are selected", () -> table.getSelectionCount() == 2);
		assertEquals(List.of("Add", "Log Interaction...", "Email...", "Call", "Open Profile", MERGE, "Set Status", "Delete"),
				InterchangeUi.contextMenuItems(table).stream().map(InterchangeUi::label).toList(),
				"the page's context menu");
		assertTrue(InterchangeUi.contextMenuItem(table, MERGE).isEnabled(), "Merge in the page's context menu");

		String[] proposed = new String[1];
		String[] outcome = new String[1];
		inMergeDialog(shell -> {
			Table choices = robot.showingById(shell, InterchangeIds.MERGE_TABLE, Table.class);
			assertEquals(2, choices.getItemCount());
			proposed[0] = choices.getSelection()[0].getText(3);
			// the duplicate has more history and is proposed; the user keeps the first Maria instead
			robot.clickRow(choices, rowOf(choices, maria));
			Label label = robot.showingById(shell, InterchangeIds.MERGE_OUTCOME, Label.class);
			outcome[0] = label.getText();
			InterchangeUi.paint(robot, shell, "MergeContacts-dialog");
			InterchangeUi.press(robot, shell, "Merge");
		});

		assertEquals("2 / 2 / 1", proposed[0], "the contact with the most history is proposed");
		assertEquals("Keeps Maria Chen (Acme); merges Maria Chen into it.", outcome[0]);
		assertEquals(List.of(maria, tom), plan.getContacts(), "the duplicate is gone");
		assertEquals(history, new HashSet<>(maria.getInteractions()), "every interaction of both");
		assertEquals(3, maria.getInteractions().size(), "the panel with both counts once");
		assertEquals(followUps, new HashSet<>(maria.getFollowUps()), "every follow-up");
		assertEquals(exchanges, new HashSet<>(maria.getExchanges()), "every exchange");
		assertSame(maria, plan.getGratitudes().get(0).getContact(), "the thank-you note too");
		assertSame(maria, tom.getIntroducedBy(), "Tom was introduced by the one kept");
		assertEquals(List.of("maria.chen@acme.example", "mchen@mail.example"), ContactInfo.emails(maria));
		assertEquals(List.of("+1 555 0100"), ContactInfo.phones(maria));
		assertEquals("Met at the product meetup.\nPrefers calls.", maria.getNotes(), "no one's notes are lost");
		assertEquals("Merge Contacts", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		robot.waitUntil("the table has a row less", () -> table.getItemCount() == 2);
		InterchangeUi.closeNotice(robot,
				"Merged 1 contact into Maria Chen, with 2 interactions, 2 follow-ups, 1 exchange, 1 thank-you note and 1 introduction.");

		InterchangeUi.focusEditor(robot, editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z brings the duplicate back", () -> plan.getContacts().size() == 3);
		assertTrue(EcoreUtil.equals(before, plan), "the plan is exactly as before the merge");
		assertSame(twin, tom.getIntroducedBy());
		assertEquals(2, twin.getInteractions().size());
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "the merge was one step");
	}

	@Test
	void theContactsViewsContextMenuOpensLogsAndMergesTheSelectedContacts() throws Exception {
		ContactsView view = (ContactsView) Workbench.page().showView(UiIds.VIEW_CONTACTS);
		robot.waitUntil("the Contacts view shows the plan", () -> view.getEditor() == editor && view.getRows().size() == 3);
		Table table = robot.showingById(Workbench.shell(), UiIds.VIEW_CONTACTS_TABLE, Table.class);
		robot.clickRow(table, view.getRows().indexOf(tom));
		assertEquals(List.of("Open", "Log Interaction...", "Email...", "Call", "Open Profile", MERGE, "Set Status"),
				InterchangeUi.contextMenuItems(table).stream().map(InterchangeUi::label).toList(), "the view's context menu");
		assertFalse(InterchangeUi.contextMenuItem(table, MERGE).isEnabled(), "one contact cannot be merged");
		assertFalse(InterchangeUi.menuItem("Edit", MERGE).isEnabled(), "nor in the Edit menu");

		InterchangeUi.choose(InterchangeUi.contextMenuItem(table, "Open"));
		robot.waitUntil("Open shows Tom on the editor's Contacts page",
				() -> editor.getActivePageInstance() instanceof ContactsPage page && page.getList().selected().equals(List.of(tom)));

		Workbench.page().activate(view);
		robot.waitUntil("the view is the active part", () -> Workbench.page().getActivePart() == view);
		robot.ctrlClickRow(table, view.getRows().indexOf(maria));
		robot.waitUntil("two rows are selected", () -> table.getSelectionCount() == 2);
		robot.waitUntil("the view is the active part", () -> Workbench.page().getActivePart() == view);

		List<Set<Contact>> ticked = new ArrayList<>();
		var log = robot.onShell("the Log Interaction dialog opens", s -> AgendaMessages.Log_title.equals(s.getText()), shell -> {
			Table contacts = robot.showingById(shell, LogInteractionDialog.ID_CONTACTS, Table.class);
			Set<Contact> checked = new HashSet<>();
			for (TableItem item : contacts.getItems()) {
				if (item.getChecked()) {
					checked.add((Contact) item.getData());
				}
			}
			ticked.add(checked);
			InterchangeUi.press(robot, shell, "Cancel");
		});
		InterchangeUi.choose(InterchangeUi.contextMenuItem(table, "Log Interaction..."));
		log.await(Duration.ofSeconds(20));
		robot.waitUntil("the dialog closed", () -> log.shell().isDisposed());
		assertEquals(List.of(Set.of(tom, maria)), ticked, "Log Interaction ticks the selected contacts");

		var merge = robot.onShell("the Merge Contacts dialog opens", s -> "Merge Contacts".equals(s.getText()),
				shell -> InterchangeUi.press(robot, shell, "Cancel"));
		InterchangeUi.choose(InterchangeUi.contextMenuItem(table, MERGE));
		merge.await(Duration.ofSeconds(20));
		robot.waitUntil("the dialog closed", () -> merge.shell().isDisposed());

		assertEquals(List.of(maria, twin, tom), plan.getContacts(), "Cancel merges nothing, nor logs anything");
		assertTrue(plan.getInteractions().size() == 3 && plan.getFollowUps().size() == 3);
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
		// Email... writes one draft to everyone selected who has an address (Tom has none)
		List<String> opened = new ArrayList<>();
		org.rapport.ui.internal.interaction.Reach.setLauncher(uri -> opened.add(uri));
		try {
			InterchangeUi.choose(InterchangeUi.contextMenuItem(table, "Email..."));
			robot.waitUntil("the desktop is asked for one mail draft", () -> opened.size() == 1);
			assertEquals(List.of("mailto:maria.chen@acme.example"), opened);
			assertFalse(InterchangeUi.contextMenuItem(table, "Call").isEnabled(), "Call is for one contact");
		} finally {
			org.rapport.ui.internal.interaction.Reach.setLauncher(null);
		}

		// Set Status > Prospect for both, one undoable step
		MenuItem status = InterchangeUi.contextMenuItem(table, "Set Status");
		status.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		MenuItem prospect = java.util.Arrays.stream(status.getMenu().getItems())
				.filter(i -> InterchangeUi.label(i).startsWith("Prospect")).findFirst().orElseThrow();
		InterchangeUi.choose(prospect);
		robot.waitUntil("both are prospects", () -> maria.getStatus() == org.rapport.model.RelationshipStatus.PROSPECT
				&& tom.getStatus() == org.rapport.model.RelationshipStatus.PROSPECT);
		assertEquals(org.rapport.model.RelationshipStatus.ACTIVE, twin.getStatus(), "the one not selected stays");
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(org.rapport.model.RelationshipStatus.ACTIVE, maria.getStatus(), "one undo restores both");
		assertEquals(org.rapport.model.RelationshipStatus.ACTIVE, tom.getStatus());
	}

	/** Chooses Edit &gt; Merge Contacts... (enabled for the selection) and runs the steps in its dialog. */
	private void inMergeDialog(java.util.function.Consumer<Shell> steps) {
		var watcher = robot.onShell("the Merge Contacts dialog opens", s -> "Merge Contacts".equals(s.getText()), steps);
		InterchangeUi.choose(InterchangeUi.menuItem("Edit", MERGE));
		watcher.await(Duration.ofSeconds(20));
		robot.waitUntil("the dialog closed", () -> watcher.shell().isDisposed());
	}

	/** Clicks the editor's Contacts page tab and returns its table. */
	private Table showContactsPage() {
		IFormPage contacts = editor.findPage(UiIds.PAGE_CONTACTS);
		assertNotNull(contacts, "the plan editor has a Contacts page");
		if (editor.getActivePageInstance() != contacts) {
			CTabFolder pages = Workbench.pageTabs(editor);
			robot.clickTab(pages.getItem(contacts.getIndex()));
			robot.waitUntil("the Contacts page is active", () -> editor.getActivePageInstance() == contacts);
		}
		Table table = robot.showingById(contacts.getPartControl(), UiIds.CONTACTS_TABLE, Table.class);
		robot.waitUntil("the table lists the three contacts", () -> table.getItemCount() == 3);
		return table;
	}

	private static int rowOf(Table table, Contact contact) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (Widgets.dataOf(table.getItem(i)) == contact) {
				return i;
			}
		}
		throw new AssertionError("no row for " + contact.getFullName());
	}

	private static Interaction interaction(RapportFactory f, String summary, Contact... contacts) {
		Interaction interaction = f.createInteraction();
		interaction.setSummary(summary);
		interaction.setChannel(Channel.EMAIL);
		interaction.setDate(PlanClock.toDate(PlanClock.today().minusDays(10)));
		interaction.getContacts().addAll(List.of(contacts));
		return interaction;
	}

	private static FollowUp followUp(RapportFactory f, Contact contact, String reason) {
		FollowUp followUp = f.createFollowUp();
		followUp.setContact(contact);
		followUp.setReason(reason);
		followUp.setDueDate(PlanClock.toDate(PlanClock.today().plusDays(3)));
		return followUp;
	}
}
