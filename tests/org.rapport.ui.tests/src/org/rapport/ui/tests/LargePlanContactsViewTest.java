/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.tests.bench.LargePlans;
import org.rapport.ui.tests.robot.Robot;

/**
 * The Contacts view with a plan of 10,000 contacts: the count, filter as you type (case and accents ignored),
 * sorting by last contact, overdue rows highlighted, and the selection driving the Properties view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LargePlanContactsViewTest {

	private static final int CONTACTS = 10_000;
	/** A name given to one contact before saving, to find by typing it without accents. */
	private static final String ACCENTED_LAST_NAME = "Ångström-Zoë";

	private final Robot robot = Robot.current();
	private PlanEditor editor;

	@AfterEach
	void close() {
		if (editor != null) {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void staysUsableWithTenThousandContacts() throws Exception {
		NetworkingPlan generated = LargePlans.generate(CONTACTS);
		Contact accented = generated.getContacts().get(7_777);
		accented.setLastName(ACCENTED_LAST_NAME);
		Path file = LargePlans.save(generated, "contacts-10000");

		robot.activate(Workbench.shell());
		IEditorPart opened = PlanEditors.open(Workbench.page(), file);
		assertTrue(opened instanceof PlanEditor, "the plan opens in the plan editor: " + opened);
		editor = (PlanEditor) opened;
		NetworkingPlan plan = editor.getPlan();
		assertNotNull(plan, "the plan loaded: " + editor.getLoadProblem());
		assertEquals(CONTACTS, plan.getContacts().size());

		ContactsView view = (ContactsView) Workbench.page().showView(UiIds.VIEW_CONTACTS);
		Workbench.page().activate(editor);
		Table table = robot.showingById(Workbench.shell(), UiIds.VIEW_CONTACTS_TABLE, Table.class);
		Label count = robot.showingById(Workbench.shell(), ContactsView.COUNT_ID, Label.class);
		String all = format(CONTACTS);
		robot.waitUntil("the count says " + all + " contacts (says '" + count.getText() + "')",
				() -> count.getText().contains(all) && table.getItemCount() == CONTACTS);
		assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the table is virtual");
		robot.flush();
		robot.screenshot(screenshotFile("contacts-10000"));

		// filter as you type: the accented name, typed without accents and in another case
		Text filter = robot.showingById(Workbench.shell(), UiIds.VIEW_CONTACTS_FILTER, Text.class);
		robot.focus(filter);
		robot.type("angstrom-ZOE");
		String one = "1 of " + all;
		robot.waitUntil("the count says '" + one + "' (says '" + count.getText() + "')",
				() -> count.getText().startsWith(one));
		assertEquals(1, table.getItemCount());
		assertEquals(RapportLabels.contactName(accented), table.getItem(0).getText(0), "the one row is the contact");

		// a broader filter: an organization, matched against every contact's fields
		String organization = plan.getContacts().get(5).getOrganization();
		assertNotNull(organization, "synthetic contacts have an organization");
		String word = organization.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
		long expected = plan.getContacts().stream().filter(c -> haystack(c).contains(word)).count();
		robot.selectAllText(filter);
		robot.type(word);
		String some = format(expected) + " of " + all;
		robot.waitUntil("filtering by '" + word + "' says '" + some + "' (says '" + count.getText() + "')",
				() -> count.getText().startsWith(some));
		assertEquals(expected, table.getItemCount());
		assertTrue(expected < CONTACTS, "the filter narrows the list");
		for (int row = 0; row < Math.min(5, table.getItemCount()); row++) {
			Contact shown = contactOf(table.getItem(row));
			assertNotNull(shown, "row " + row + " holds a contact: " + table.getItem(row).getText(0));
			assertEquals(RapportLabels.contactName(shown), table.getItem(row).getText(0));
			assertTrue(haystack(shown).contains(word), "row " + row + " matches '" + word + "': " + shown);
		}
		robot.selectAllText(filter);
		robot.press(SWT.BS);
		robot.waitUntil("clearing the filter shows all again (says '" + count.getText() + "')",
				() -> count.getText().startsWith(all) && table.getItemCount() == CONTACTS);

		// sort by last contact: the most recent first, with the direction shown on the header
		TableColumn lastContact = column(table, "Last Contact");
		robot.clickHeader(table, lastContact);
		robot.waitUntil("the table is sorted by last contact", () -> table.getSortColumn() == lastContact);
		assertEquals(SWT.DOWN, table.getSortDirection(), "most recent first");
		Date latest = plan.getContacts().stream().map(Contact::getLastContact).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).orElseThrow();
		table.setTopIndex(0);
		Contact first = contactOf(table.getItem(0));
		assertEquals(latest, first.getLastContact(), "the first row is a contact met most recently");
		assertEquals(RapportLabels.date(latest), table.getItem(0).getText(columnIndex(table, lastContact)));
		Contact second = contactOf(table.getItem(1));
		assertTrue(second.getLastContact() != null && !second.getLastContact().after(latest));

		// overdue contacts are highlighted, others are not
		List<Contact> rows = view.getRows();
		int overdueRow = indexOf(rows, true);
		int fineRow = indexOf(rows, false);
		assertTrue(overdueRow >= 0 && fineRow >= 0, "the synthetic plan has contacts with and without overdue follow-ups");
		TableItem overdueItem = table.getItem(overdueRow);
		table.showItem(overdueItem);
		robot.flush();
		assertEquals(ContactsView.OVERDUE_BACKGROUND, rgb(overdueItem), "the overdue contact's row is highlighted: "
				+ overdueItem.getText(0));
		assertNotEquals(ContactsView.OVERDUE_BACKGROUND, rgb(table.getItem(fineRow)), "other rows are not");

		// a row clicked drives the Properties view
		PropertySheet properties = Workbench.propertiesView();
		robot.clickRow(table, overdueRow);
		Contact clicked = contactOf(table.getItem(overdueRow));
		String firstName = Objects.toString(clicked.getFirstName(), "");
		String lastName = Objects.toString(clicked.getLastName(), "");
		robot.waitUntil("the Properties view shows " + firstName + " " + lastName + ": "
				+ Workbench.propertiesShown(properties),
				() -> firstName.equals(Workbench.propertyValue(properties, PlanEditorWorkflowTest.FIRST_NAME_PROPERTY))
						&& lastName.equals(Workbench.propertyValue(properties, PlanEditorWorkflowTest.LAST_NAME_PROPERTY)));
		robot.screenshot(screenshotFile("contacts-10000-sorted"));
	}

	private static String haystack(Contact c) {
		StringBuilder text = new StringBuilder(RapportLabels.contactName(c)).append(' ');
		text.append(c.getOrganization()).append(' ').append(c.getPosition()).append(' ');
		c.getTags().forEach(t -> text.append(t).append(' '));
		ContactInfo.emails(c).forEach(t -> text.append(t).append(' '));
		c.getAudiences().forEach(a -> text.append(a.getName()).append(' '));
		return text.toString().toLowerCase(Locale.ROOT);
	}

	/** The contact of a row; asking for its text first makes a virtual table fill the row. */
	private static Contact contactOf(TableItem item) {
		item.getText(0);
		return (Contact) item.getData();
	}

	private static int indexOf(List<Contact> rows, boolean overdue) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getOverdueFollowUps().isEmpty() != overdue) {
				return i;
			}
		}
		return -1;
	}

	private static RGB rgb(TableItem item) {
		return item.getBackground(0).getRGB(); // the label provider colors the cells
	}

	private static TableColumn column(Table table, String title) {
		for (TableColumn column : table.getColumns()) {
			if (title.equals(column.getText())) {
				return column;
			}
		}
		throw new AssertionError("no column " + title);
	}

	private static int columnIndex(Table table, TableColumn column) {
		return List.of(table.getColumns()).indexOf(column);
	}

	private static String format(long n) {
		return NumberFormat.getIntegerInstance().format(n);
	}

	static Path screenshotFile(String name) {
		Path folder = Workbench.screenshotFolder();
		return folder.resolve(name + ".png");
	}
}
