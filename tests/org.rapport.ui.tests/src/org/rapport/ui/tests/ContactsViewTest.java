/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.tests.robot.Robot;

/** The Contacts view lists the contacts of the plan being edited, and a row clicked there drives the Properties view. */
@ExtendWith(ScreenshotOnFailure.class)
class ContactsViewTest {

	private final Robot robot = Robot.current();

	@Test
	void listsThePlansContactsAndItsSelectionDrivesTheProperties() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		IViewPart view = Workbench.page().showView(UiIds.VIEW_CONTACTS);
		assertNotNull(view, "the Contacts view opens");
		Table table = robot.showingById(Workbench.shell(), UiIds.VIEW_CONTACTS_TABLE, Table.class);

		NetworkingPlan plan = editor.getPlan();
		int contacts = plan.getContacts().size();
		robot.waitUntil("the Contacts view lists the plan's " + contacts + " contacts (lists " + table.getItemCount()
				+ "; view says '" + view.getTitle() + "')", () -> table.getItemCount() == contacts);
		assertTrue(contacts >= 40, "the sample plan has at least 40 contacts, has " + contacts);

		List<String> expected = new ArrayList<>();
		for (Contact contact : plan.getContacts()) {
			expected.add(RapportLabels.contactName(contact));
		}
		List<String> shown = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			shown.add(item.getText(0));
		}
		Collections.sort(expected);
		Collections.sort(shown);
		assertEquals(expected, shown, "the view shows the name of every contact of the plan");

		if (!editor.isDirty()) {
			// and the plan on disk has the same people (the view is not showing something stale or made up)
			NetworkingPlan onDisk = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
			assertEquals(onDisk.getContacts().size(), table.getItemCount(), "as many rows as contacts in the file");
		}

		PropertySheet properties = Workbench.propertiesView();
		Contact first = clickAndCheckProperties(table, 5, properties);
		Contact second = clickAndCheckProperties(table, 12, properties);
		assertNotEquals(first, second);
	}

	private Contact clickAndCheckProperties(Table table, int row, PropertySheet properties) {
		robot.clickRow(table, row);
		Contact contact = (Contact) table.getItem(row).getData();
		assertNotNull(contact, "row " + row + " holds a contact");
		robot.waitUntil("the Contacts view is the active part after the click",
				() -> Workbench.page().getActivePart() != null
						&& UiIds.VIEW_CONTACTS.equals(Workbench.page().getActivePart().getSite().getId()));
		String firstName = Objects.toString(contact.getFirstName(), "");
		String lastName = Objects.toString(contact.getLastName(), "");
		robot.waitUntil("the Properties view shows " + firstName + " " + lastName + " of row " + row + ": "
				+ Workbench.propertiesShown(properties),
				() -> firstName.equals(Workbench.propertyValue(properties, PlanEditorWorkflowTest.FIRST_NAME_PROPERTY))
						&& lastName.equals(Workbench.propertyValue(properties, PlanEditorWorkflowTest.LAST_NAME_PROPERTY)));
		assertTrue(table.getItem(row).getText(0).contains(firstName), "the row shows the contact's name");
		return contact;
	}
}
