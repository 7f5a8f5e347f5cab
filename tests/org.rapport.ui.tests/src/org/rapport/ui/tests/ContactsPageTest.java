/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Tier;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.editors.contacts.ContactIds;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The editor's Contacts page as a user works with it: the sample plan's contacts in a virtual table (filter as
 * you type, sort by a header), a contact's fields bound to it (typing, tier and cadence; each edit one undoable
 * command; saved to the file and read back), a malformed email decorated, audiences chosen in the chooser (the
 * audience's members follow), who introduced the contact chosen among all contacts and cleared, Add and the
 * Delete key.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ContactsPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private ContactsPage contactsPage;
	private Control page;
	private Table table;

	@BeforeEach
	void showTheContactsPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		contactsPage = (ContactsPage) editor.findPage(ContactsPage.ID);
		assertNotNull(contactsPage, "the plan editor has a Contacts page");
		robot.flush(); // an editor just opened lays out its page tabs
		if (editor.getActivePageInstance() != contactsPage) {
			CTabFolder tabs = Workbench.pageTabs(editor);
			robot.clickTab(tabs.getItem(contactsPage.getIndex()));
			robot.waitUntil("the Contacts page is active", () -> editor.getActivePageInstance() == contactsPage);
		}
		page = contactsPage.getPartControl();
		table = robot.showingById(page, UiIds.CONTACTS_TABLE, Table.class);
		Text filter = robot.showingById(page, UiIds.CONTACTS_FILTER, Text.class);
		if (!filter.getText().isEmpty()) {
			filter.setText("");
			list().applyFilter();
		}
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
	void listsEveryContactInAVirtualTableAndShowsTheSelectedOne() {
		NetworkingPlan plan = editor.getPlan();
		assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the table is virtual");
		assertEquals(plan.getContacts().size(), table.getItemCount(), "one row per contact");
		Label count = robot.showingById(page, UiIds.CONTACTS_TABLE + ".count", Label.class);
		assertEquals(plan.getContacts().size() + " in all", count.getText());

		int row = rowWhere(c -> !c.getAudiences().isEmpty() && c.getLastContact() != null);
		Contact contact = select(row);
		assertEquals(RapportLabels.contactName(contact), table.getItem(row).getText(0), "the row shows the name");
		Text lastName = robot.showingById(page, UiIds.CONTACT_LAST_NAME, Text.class);
		robot.waitUntil("the fields show the contact", () -> Objects.toString(contact.getLastName(), "")
				.equals(lastName.getText()));
		Table audiences = robot.showingById(page, ContactIds.AUDIENCES + ".table", Table.class);
		assertEquals(contact.getAudiences().size(), audiences.getItemCount(), "the contact's audiences are listed");
		Combo tier = robot.showingById(page, UiIds.CONTACT_TIER, Combo.class);
		assertEquals(RapportLabels.literal(contact.getTier()), tier.getText(), "the tier is shown");
		Label lastContact = robot.showingById(page, UiIds.CONTACT_LAST_CONTACT, Label.class);
		assertTrue(lastContact.getText().startsWith(RapportLabels.date(contact.getLastContact())),
				"the derived last contact is shown: " + lastContact.getText());
		Label balance = robot.showingById(page, ContactIds.BALANCE, Label.class);
		assertFalse(balance.getText().isBlank(), "the give and take balance is shown");
		FormPages.screenshots(robot, editor, screenshots(), "contacts-page");
	}

	@Test
	void filtersAsYouTypeAndSortsByAHeader() {
		NetworkingPlan plan = editor.getPlan();
		String organization = plan.getContacts().stream().map(Contact::getOrganization)
				.filter(o -> o != null && !o.isBlank()).findFirst().orElseThrow();
		String word = organization.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
		long expected = plan.getContacts().stream().filter(c -> haystack(c).contains(word)).count();
		Text filter = robot.showingById(page, UiIds.CONTACTS_FILTER, Text.class);
		robot.focus(filter);
		robot.type(word);
		robot.waitUntil("typing '" + word + "' shows the " + expected + " matching contacts (shows " + table.getItemCount()
				+ ")", () -> table.getItemCount() == expected);
		assertTrue(expected < plan.getContacts().size(), "the filter narrows the list");
		for (int row = 0; row < table.getItemCount(); row++) {
			Contact shown = (Contact) Widgets.dataOf(table.getItem(row));
			assertTrue(haystack(shown).contains(word), "row " + row + " matches '" + word + "': " + shown);
		}
		Label count = robot.showingById(page, UiIds.CONTACTS_TABLE + ".count", Label.class);
		assertEquals(expected + " of " + plan.getContacts().size() + " shown", count.getText());
		robot.selectAllText(filter);
		robot.pressUntil(0, SWT.BS, "clearing the filter shows all again",
				() -> table.getItemCount() == plan.getContacts().size());

		TableColumn daysSince = column("Days Since");
		robot.clickHeader(table, daysSince);
		robot.waitUntil("the table is sorted by days since the last contact", () -> table.getSortColumn() == daysSince);
		List<Integer> days = new ArrayList<>();
		for (int row = 0; row < table.getItemCount(); row++) {
			int d = ((Contact) Widgets.dataOf(table.getItem(row))).getDaysSinceContact();
			days.add(d < 0 ? Integer.MAX_VALUE : d);
		}
		List<Integer> sorted = new ArrayList<>(days);
		sorted.sort(table.getSortDirection() == SWT.UP ? null : java.util.Comparator.reverseOrder());
		assertEquals(sorted, days, "the rows are in the order of the days since the last contact");
	}

	@Test
	void typedFieldsTierAndCadenceAreUndoableCommandsSavedToTheFile() throws Exception {
		int row = rowWhere(c -> c.getTier() != null && c.getCadenceDays() == 0);
		Contact contact = select(row);
		String id = Workbench.idOf(contact);
		Contact before = org.eclipse.emf.ecore.util.EcoreUtil.copy(contact);

		typeInto(UiIds.CONTACT_FIRST_NAME, "Quentin");
		typeInto(UiIds.CONTACT_ORGANIZATION, "Northwind Labs");
		List<String> emailsBefore = ContactInfo.emails(contact);
		List<String> urlsBefore = ContactInfo.urls(contact);
		addEntry(UiIds.CONTACT_EMAILS, "q@northwind.example");
		addEntry(UiIds.CONTACT_EMAILS, "quentin@home.example");
		addEntry(ContactIds.PROFILE_URLS, "https://example.org/quentin");
		typeInto(ContactIds.TAGS, "mentor; kotlin");
		typeInto(ContactIds.SHARED_INTERESTS, "sailing, jazz");
		typeInto(ContactIds.SHARED_VALUES, "candour");
		typeInto(ContactIds.HOW_MET, "Hallway track");
		typeInto(ContactIds.CADENCE, "45");
		robot.waitUntil("the fields reached the model", () -> "Quentin".equals(contact.getFirstName())
				&& "Northwind Labs".equals(contact.getOrganization()) && contact.getCadenceDays() == 45
				&& "Hallway track".equals(contact.getHowMet()));
		assertEquals(plus(emailsBefore, "q@northwind.example", "quentin@home.example"), ContactInfo.emails(contact));
		assertEquals(plus(urlsBefore, "https://example.org/quentin"), ContactInfo.urls(contact));
		assertEquals(List.of("mentor", "kotlin"), contact.getTags(), "semicolons separate too");
		assertEquals(List.of("sailing", "jazz"), contact.getSharedInterests());
		assertEquals(List.of("candour"), contact.getSharedValues());
		Label cadence = robot.showingById(page, ContactIds.EFFECTIVE_CADENCE, Label.class);
		robot.waitUntil("the effective cadence says 45 days (says '" + cadence.getText() + "')",
				() -> cadence.getText().contains("45 days"));
		robot.waitUntil("the contact's row shows the new name", () -> rowTextsOf(contact).get(0).startsWith("Quentin"));

		// the tier with the keyboard: Down in the focused drop-down picks the next tier
		Combo tier = robot.showingById(page, UiIds.CONTACT_TIER, Combo.class);
		Tier tierBefore = contact.getTier();
		robot.reveal(tier);
		robot.focus(tier);
		robot.pressUntil(0, tierBefore == Tier.C ? SWT.ARROW_UP : SWT.ARROW_DOWN, "the tier changed (is "
				+ contact.getTier() + ", the combo shows '" + tier.getText() + "')", () -> contact.getTier() != tierBefore);
		Tier chosen = contact.getTier();
		assertEquals(RapportLabels.literal(chosen), tier.getText());

		focusTable();
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the tier alone",
				() -> contact.getTier() == tierBefore && contact.getCadenceDays() == 45);
		robot.pressUntil(SWT.MOD1 | SWT.SHIFT, 'z', "Ctrl+Shift+Z redoes it", () -> contact.getTier() == chosen);

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Contact read = (Contact) saved.eResource().getEObject(id);
		assertEquals("Quentin", read.getFirstName());
		assertEquals("Northwind Labs", read.getOrganization());
		assertEquals(plus(emailsBefore, "q@northwind.example", "quentin@home.example"), ContactInfo.emails(read));
		assertEquals(List.of("mentor", "kotlin"), read.getTags());
		assertEquals(List.of("sailing", "jazz"), read.getSharedInterests());
		assertEquals(List.of("candour"), read.getSharedValues());
		assertEquals("Hallway track", read.getHowMet());
		assertEquals(45, read.getCadenceDays());
		assertEquals(chosen, read.getTier());

		// back to the sample as it was: one undo per field edited and per entry added and typed, then save
		for (int i = 0; i < 14; i++) {
			undo();
		}
		robot.waitUntil("fourteen Ctrl+Z bring the contact back", () -> Objects.equals(before.getFirstName(),
				contact.getFirstName()) && Objects.equals(before.getOrganization(), contact.getOrganization())
				&& contact.getTier() == before.getTier() && contact.getCadenceDays() == 0
				&& ContactInfo.emails(contact).equals(ContactInfo.emails(before)) && contact.getTags().equals(before.getTags()));
		robot.pressUntil(SWT.MOD1, 's', "saved again", () -> !editor.isDirty());
	}

	@Test
	void aMalformedEmailIsDecoratedOnTheEmailsField() {
		int row = rowWhere(c -> !ContactInfo.emails(c).isEmpty());
		Contact contact = select(row);
		List<String> before = List.copyOf(ContactInfo.emails(contact));
		Control emails = robot.showingById(page, UiIds.CONTACT_EMAILS, Control.class);
		Table entries = robot.showingById(page, UiIds.CONTACT_EMAILS + ".table", Table.class);
		robot.waitUntil("the emails table shows the contact's", () -> entries.getItemCount() == before.size()
				&& entries.getItem(0).getText(0).equals(before.get(0)));
		assertNull(emails.getData(FieldBinder.PROBLEM_KEY), "no problem with good addresses");

		editCell(entries, 0, "maria at example");
		List<String> typed = new ArrayList<>(before);
		typed.set(0, "maria at example");
		robot.waitUntil("the contact has the typed address", () -> ContactInfo.emails(contact).equals(typed));
		robot.waitUntil("the emails field is decorated with the validator's warning (has "
				+ emails.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(emails.getData(FieldBinder.PROBLEM_KEY)).contains("\"maria at example\""));

		focusTable();
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z restores the addresses", () -> ContactInfo.emails(contact).equals(before));
		robot.waitUntil("and the decoration goes", () -> emails.getData(FieldBinder.PROBLEM_KEY) == null);
	}

	@Test
	void audiencesAreChosenInTheChooserAndTheAudienceFollows() {
		NetworkingPlan plan = editor.getPlan();
		int row = rowWhere(c -> c.getAudiences().size() < plan.getAudiences().size());
		Contact contact = select(row);
		Audience outside = plan.getAudiences().stream().filter(a -> !contact.getAudiences().contains(a)).findFirst()
				.orElseThrow();
		Table audiences = robot.showingById(page, ContactIds.AUDIENCES + ".table", Table.class);
		robot.waitUntil("the contact's audiences are listed", () -> audiences.getItemCount() == contact.getAudiences().size());

		Choosers.choose(robot, () -> clickButton(ContactIds.AUDIENCES + ".add"), outside.getName());
		robot.waitUntil("the contact is in the audience", () -> contact.getAudiences().contains(outside));
		assertTrue(outside.getMembers().contains(contact), "the audience's members follow");
		robot.waitUntil("the list shows it", () -> audiences.getItemCount() == contact.getAudiences().size());
		robot.waitUntil("the row's Audiences column shows it",
				() -> rowTextsOf(contact).get(4).contains(outside.getName()));

		focusTable();
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the contact out of the audience on both sides",
				() -> !contact.getAudiences().contains(outside) && !outside.getMembers().contains(contact));
	}

	@Test
	void introducedByIsChosenAmongAllContactsAndCleared() {
		NetworkingPlan plan = editor.getPlan();
		Contact contact = select(rowWhere(c -> true));
		Contact introducer = plan.getContacts().stream()
				.filter(c -> c != contact && c != contact.getIntroducedBy() && Choosers.unique(plan, c)).findFirst().orElseThrow();
		Contact introducedBefore = contact.getIntroducedBy();
		Text introducedBy = robot.showingById(page, ContactIds.INTRODUCED_BY, Text.class);

		String label = RapportLabels.contactName(introducer);
		Choosers.choose(robot, () -> clickButton(ContactIds.INTRODUCED_BY + ".choose"), label);
		robot.waitUntil("the contact was introduced by " + label + " (is " + contact.getIntroducedBy() + ")",
				() -> contact.getIntroducedBy() == introducer);
		robot.waitUntil("the field names the introducer (shows '" + introducedBy.getText() + "')",
				() -> introducedBy.getText().contains(RapportLabels.contactName(introducer)));

		clickButton(ContactIds.INTRODUCED_BY + ".clear");
		robot.waitUntil("Clear removes the introducer", () -> contact.getIntroducedBy() == null);
		robot.waitUntil("the field says none", () -> "(none)".equals(introducedBy.getText()));
		focusTable();
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings the introducer back", () -> contact.getIntroducedBy() == introducer);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z again, the one before", () -> contact.getIntroducedBy() == introducedBefore);
	}

	@Test
	void addTypeAndDeleteWithTheDeleteKeyAreUndoable() {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getContacts().size();
		clickButton(UiIds.CONTACTS_ADD);
		robot.waitUntil("a contact was added", () -> plan.getContacts().size() == before + 1);
		Contact added = plan.getContacts().get(before);
		Text firstName = robot.showingById(page, UiIds.CONTACT_FIRST_NAME, Text.class);
		robot.waitUntil("the new contact is selected and its first name has the focus", firstName::isFocusControl);
		robot.waitUntil("the new contact's missing name is decorated (has " + firstName.getData(FieldBinder.PROBLEM_KEY)
				+ ")", () -> firstName.getData(FieldBinder.PROBLEM_KEY) != null);

		robot.type("Zelda");
		robot.pressUntil(0, SWT.CR, "the new contact has the typed name", () -> "Zelda".equals(added.getFirstName()));
		robot.waitUntil("the decoration goes", () -> firstName.getData(FieldBinder.PROBLEM_KEY) == null);
		int row = list().getRowOf(added);
		assertTrue(row >= 0, "the new contact has a row");
		robot.clickRow(table, row);
		robot.pressUntil(0, SWT.DEL, "Delete removed the contact", () -> !plan.getContacts().contains(added));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings it back", () -> plan.getContacts().contains(added));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the name", () -> !"Zelda".equals(added.getFirstName()));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the Add", () -> plan.getContacts().size() == before);
	}

	// ------------------------------------------------------------------------------------------------- helpers

	/** Ctrl+Z, pressed once: the command to undo next changes when it worked. */
	private void undo() {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		org.eclipse.emf.common.command.Command undone = stack.getUndoCommand();
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes " + (undone == null ? "nothing" : undone.getLabel()),
				() -> stack.getUndoCommand() != undone);
	}

	/** Puts the focus in the table with the editor active, as before Ctrl+Z, and waits until Undo is enabled. */
	private void focusTable() {
		Workbench.page().activate(editor);
		robot.focus(table);
		// the pointer off the field it clicked: a field's tooltip showing there can swallow the next key
		robot.moveMouse(table.toDisplay(20, table.getHeaderHeight() + 5));
		robot.waitUntil("the plan editor is the active part", () -> Workbench.page().getActivePart() == editor);
		robot.waitUntil("Edit > Undo is enabled", () -> editor.getEditorSite().getActionBars()
				.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId()).isEnabled());
	}

	private ElementListPart<Contact> list() {
		return contactsPage.getList();
	}

	/** Clicks the row and returns its contact once the details show it. */
	private Contact select(int row) {
		robot.clickRow(table, row);
		Contact contact = list().getElementAt(row);
		Text firstName = robot.showingById(page, UiIds.CONTACT_FIRST_NAME, Text.class);
		robot.waitUntil("the details show " + contact, () -> Objects.toString(contact.getFirstName(), "")
				.equals(firstName.getText()));
		return contact;
	}

	private void clickButton(String id) {
		FormPages.clickButton(robot, page, id);
	}

	/** Adds an entry with the table's Add button and types its first cell, as a user does; Enter applies it. */
	private void addEntry(String id, String typed) {
		Table entries = robot.showingById(page, id + ".table", Table.class);
		int before = entries.getItemCount();
		robot.reveal(entries);
		clickButton(id + ".add");
		robot.waitUntil("Add added a row to " + id, () -> entries.getItemCount() == before + 1);
		robot.waitFor("the new row's first cell is edited", () -> cellEditor(entries));
		robot.type(typed);
		robot.press(SWT.CR);
		robot.waitUntil("the typed value is in the row", () -> typed.equals(entries.getItem(before).getText(0)));
	}

	/** Selects a row, edits its first cell with F2, replaces its text by typing, and applies it with Enter. */
	private void editCell(Table entries, int row, String typed) {
		robot.reveal(entries);
		robot.clickRow(entries, row);
		robot.press(SWT.HOME);
		robot.press(SWT.F2);
		Text editor = robot.waitFor("the cell is edited", () -> cellEditor(entries));
		robot.selectAllText(editor);
		robot.type(typed);
		robot.press(SWT.CR);
	}

	private static Text cellEditor(Table entries) {
		return Widgets.findAll(entries, Text.class, t -> !t.isDisposed() && t.isVisible()).stream().findFirst().orElse(null);
	}

	private static List<String> plus(List<String> values, String... more) {
		List<String> all = new ArrayList<>(values);
		all.addAll(List.of(more));
		return all;
	}

	/** Clicks into the field (scrolled into view), replaces its text by typing, and leaves it with Tab. */
	private void typeInto(String id, String typed) {
		Text text = robot.showingById(page, id, Text.class);
		robot.reveal(text);
		robot.click(text);
		robot.selectAllText(text);
		robot.type(typed);
		robot.press(SWT.TAB);
	}

	/** The first row (in the table's order) whose contact passes. */
	private int rowWhere(Predicate<Contact> test) {
		for (int row = 0; row < list().getItemCount(); row++) {
			if (test.test(list().getElementAt(row))) {
				return row;
			}
		}
		throw new AssertionError("no contact of the sample plan passes");
	}

	private List<String> rowTextsOf(Contact contact) {
		int row = list().getRowOf(contact);
		return row < 0 ? List.of("(no row)") : Widgets.rowTexts(table.getItem(row));
	}

	private TableColumn column(String title) {
		for (TableColumn column : table.getColumns()) {
			if (title.equals(column.getText())) {
				return column;
			}
		}
		throw new AssertionError("no column " + title);
	}

	private static String haystack(Contact c) {
		StringBuilder text = new StringBuilder(RapportLabels.contactName(c)).append(' ');
		text.append(c.getOrganization()).append(' ').append(c.getPosition()).append(' ');
		c.getTags().forEach(t -> text.append(t).append(' '));
		ContactInfo.emails(c).forEach(t -> text.append(t).append(' '));
		c.getAudiences().forEach(a -> text.append(a.getName()).append(' '));
		return text.toString().toLowerCase(Locale.ROOT);
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
