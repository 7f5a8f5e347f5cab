/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.Contact;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.editors.interactions.InteractionIds;
import org.rapport.ui.internal.editors.interactions.InteractionsPage;
import org.rapport.ui.tests.bench.LargePlans;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The plan editor's Contacts and Interactions pages with a plan of 10,000 contacts (and some 50,000
 * interactions): virtual tables that list everything, filter as you type (accents ignored), show a clicked
 * contact's details, and list the most recent interaction first. Prints how long each page took to show.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LargePlanEditorPagesTest {

	private static final int CONTACTS = 10_000;
	private static final String ACCENTED_LAST_NAME = "Lévêque-Ñúñez";

	private final Robot robot = Robot.current();
	private PlanEditor editor;

	@AfterEach
	void close() {
		if (editor != null) {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void theContactsAndInteractionsPagesStayUsableWithTenThousandContacts() throws Exception {
		NetworkingPlan generated = LargePlans.generate(CONTACTS);
		generated.getContacts().get(4_321).setLastName(ACCENTED_LAST_NAME);
		Path file = LargePlans.save(generated, "pages-10000");

		robot.activate(Workbench.shell());
		IEditorPart opened = PlanEditors.open(Workbench.page(), file);
		assertTrue(opened instanceof PlanEditor, "the plan opens in the plan editor: " + opened);
		editor = (PlanEditor) opened;
		NetworkingPlan plan = editor.getPlan();
		assertNotNull(plan, "the plan loaded: " + editor.getLoadProblem());
		assertEquals(CONTACTS, plan.getContacts().size());
		Contact accented = plan.getContacts().get(4_321);

		// the Contacts page, as a user opens it: a click on its tab
		IFormPage contactsPage = editor.findPage(UiIds.PAGE_CONTACTS);
		CTabFolder tabs = Workbench.pageTabs(editor);
		robot.waitUntil("the editor's page tabs are laid out", () -> {
			org.eclipse.swt.graphics.Rectangle tab = tabs.getItem(contactsPage.getIndex()).getBounds();
			return tab.y > 0 && tab.x + tab.width <= tabs.getSize().x;
		});
		long start = System.nanoTime();
		robot.clickTab(tabs.getItem(contactsPage.getIndex()));
		Table table = robot.showingById(contactsPage.getPartControl(), UiIds.CONTACTS_TABLE, Table.class);
		table.update();
		System.out.printf("LargePlanEditorPagesTest: the Contacts page of 10,000 contacts showed in %d ms%n",
				(System.nanoTime() - start) / 1_000_000);
		assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the table is virtual");
		assertEquals(CONTACTS, table.getItemCount(), "a row per contact");
		Label count = robot.showingById(contactsPage.getPartControl(), UiIds.CONTACTS_TABLE + ".count", Label.class);
		String all = NumberFormat.getIntegerInstance().format(CONTACTS);
		assertEquals(all + " in all", count.getText());

		Text filter = robot.showingById(contactsPage.getPartControl(), UiIds.CONTACTS_FILTER, Text.class);
		robot.focus(filter);
		robot.type("leveque-nunez");
		robot.waitUntil("typing the name without accents leaves one row (" + table.getItemCount() + ")",
				() -> table.getItemCount() == 1);
		assertEquals(RapportLabels.contactName(accented), table.getItem(0).getText(0));
		robot.selectAllText(filter);
		robot.press(SWT.BS);
		robot.waitUntil("clearing the filter lists all again", () -> table.getItemCount() == CONTACTS);

		int row = 7;
		robot.clickRow(table, row);
		Contact clicked = (Contact) Widgets.dataOf(table.getItem(row));
		Text lastName = robot.showingById(contactsPage.getPartControl(), UiIds.CONTACT_LAST_NAME, Text.class);
		robot.waitUntil("the details show the clicked contact",
				() -> Objects.toString(clicked.getLastName(), "").equals(lastName.getText()));
		robot.flush();
		robot.screenshot(LargePlanContactsViewTest.screenshotFile("contacts-page-10000"));

		// the Interactions page: tens of thousands of rows, the most recent first
		IFormPage interactionsPage = editor.findPage(InteractionsPage.ID);
		start = System.nanoTime();
		robot.clickTab(tabs.getItem(interactionsPage.getIndex()));
		Table interactions = robot.showingById(interactionsPage.getPartControl(), InteractionIds.INTERACTIONS, Table.class);
		interactions.update();
		System.out.printf("LargePlanEditorPagesTest: the Interactions page of %d interactions showed in %d ms%n",
				plan.getInteractions().size(), (System.nanoTime() - start) / 1_000_000);
		assertTrue((interactions.getStyle() & SWT.VIRTUAL) != 0, "the interactions table is virtual");
		assertEquals(plan.getInteractions().size(), interactions.getItemCount(), "a row per interaction");
		assertTrue(plan.getInteractions().size() > CONTACTS, "the plan has many interactions");
		Date latest = plan.getInteractions().stream().map(Interaction::getDate).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).orElseThrow();
		assertEquals(latest, ((Interaction) Widgets.dataOf(interactions.getItem(0))).getDate(), "the most recent first");
		Table followUps = robot.showingById(interactionsPage.getPartControl(), InteractionIds.FOLLOW_UPS, Table.class);
		assertEquals(plan.getFollowUps().size(), followUps.getItemCount(), "a row per follow-up");
		robot.flush();
		robot.screenshot(LargePlanContactsViewTest.screenshotFile("interactions-page-10000"));
	}
}
