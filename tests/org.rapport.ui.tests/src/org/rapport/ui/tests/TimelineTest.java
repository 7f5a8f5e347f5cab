/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.followup.Timeline;
import org.rapport.model.Contact;
import org.rapport.model.Gratitude;
import org.rapport.model.RapportPackage;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.editors.contacts.ContactIds;
import org.rapport.ui.internal.forms.VirtualRows;
import org.rapport.ui.internal.interaction.LogInteractionDialog;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/** A contact's timeline on the Contacts page: everything with them, newest first, and Log Interaction for them. */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineTest {

	private final Robot robot = Robot.current();

	@Test
	void theSelectedContactsTimelineListsTheirStoryNewestFirstAndLogsAnInteractionWithThem() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Contact contact = editor.getPlan().getContacts().stream()
				.max((a, b) -> Integer.compare(Timeline.of(editor.getPlan(), a).size(), Timeline.of(editor.getPlan(), b).size()))
				.orElseThrow();
		editor.showContact(contact);
		robot.waitUntil("the Contacts page shows " + contact.getFullName(),
				() -> editor.getActivePageInstance() instanceof ContactsPage page
						&& page.getList().selected().equals(List.of(contact)));
		ContactsPage page = (ContactsPage) editor.getActivePageInstance();
		List<Timeline.Entry> expected = Timeline.of(editor.getPlan(), contact);
		assertTrue(expected.size() >= 3, "the busiest contact has a story: " + expected.size());
		robot.waitUntil("the timeline lists their " + expected.size() + " entries",
				() -> page.getTimeline().getRows().size() == expected.size());
		List<java.time.LocalDate> dates = new ArrayList<>();
		page.getTimeline().getRows().forEach(e -> dates.add(e.date()));
		for (int i = 1; i < dates.size(); i++) {
			assertTrue(dates.get(i) == null || dates.get(i - 1) != null && !dates.get(i - 1).isBefore(dates.get(i)),
					"newest first: " + dates);
		}
		Table table = robot.showingById(Workbench.shell(), ContactIds.TIMELINE, Table.class);
		TableItem first = table.getItem(0);
		assertEquals(org.rapport.model.edit.provider.RapportLabels.text(expected.get(0).element()), first.getText(2));

		ToolItem log = robot.waitFor("the timeline offers Log Interaction", () -> {
			for (ToolBar bar : Widgets.findAll(Workbench.shell(), ToolBar.class, Widgets::isShowing)) {
				for (ToolItem item : bar.getItems()) {
					if (ContactIds.TIMELINE_LOG.equals(item.getData(UiIds.KEY))) {
						return item;
					}
				}
			}
			return null;
		});
		robot.waitUntil("Log Interaction is enabled for the selected contact", log::isEnabled);
		AtomicReference<Boolean> ticked = new AtomicReference<>();
		var dialog = robot.onShell("the Log Interaction dialog opens", s -> AgendaMessages.Log_title.equals(s.getText()),
				shell -> {
					Table contacts = robot.showingById(shell, LogInteractionDialog.ID_CONTACTS, Table.class);
					boolean checked = false;
					for (TableItem item : contacts.getItems()) {
						checked |= item.getData() == contact && item.getChecked();
					}
					ticked.set(checked);
					InterchangeUi.press(robot, shell, "Cancel");
				});
		org.eclipse.swt.graphics.Rectangle bounds = log.getBounds();
		robot.click(log.getParent(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		dialog.await(Duration.ofSeconds(20));
		robot.waitUntil("the dialog closed", () -> dialog.shell().isDisposed());
		assertEquals(Boolean.TRUE, ticked.get(), "the dialog opens with the contact ticked");
	}

	/**
	 * The timeline is recomputed only after changes that concern its contact: a thank-you note given to someone else
	 * (a one-way reference, so only the note is told) leaves it, an edit of another contact does not touch it.
	 */
	@Test
	void aThankYouNoteGivenToSomeoneElseLeavesTheTimelineAndOtherContactsEditsLeaveItAlone() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Gratitude note = editor.getPlan().getGratitudes().stream().filter(g -> g.getContact() != null).findFirst()
				.orElseThrow();
		Contact thanked = note.getContact();
		// someone with no link to them (no introduction, no relationship)
		Contact other = editor.getPlan().getContacts().stream()
				.filter(c -> c != thanked && !VirtualRows.concerns(thanked, Set.of(c))).findFirst().orElseThrow();
		editor.showContact(thanked);
		robot.waitUntil("the Contacts page shows " + thanked.getFullName(),
				() -> editor.getActivePageInstance() instanceof ContactsPage page
						&& page.getList().selected().equals(List.of(thanked)));
		ContactsPage page = (ContactsPage) editor.getActivePageInstance();
		robot.waitUntil("the timeline lists the thank-you note", () -> elements(page).contains(note));
		List<Timeline.Entry> shown = page.getTimeline().getRows();

		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, other, RapportPackage.Literals.CONTACT__NOTES,
				"met again"));
		robot.flush();
		assertSame(shown.get(0), page.getTimeline().getRows().get(0), "another contact's edit keeps the rows");

		domain.getCommandStack().execute(SetCommand.create(domain, note, RapportPackage.Literals.GRATITUDE__CONTACT, other));
		robot.waitUntil("the note leaves " + thanked.getFullName() + "'s timeline", () -> !elements(page).contains(note));
		domain.getCommandStack().undo();
		robot.waitUntil("undone, the note is back", () -> elements(page).contains(note));
		domain.getCommandStack().undo();
	}

	private static List<Object> elements(ContactsPage page) {
		List<Object> elements = new ArrayList<>();
		page.getTimeline().getRows().forEach(entry -> elements.add(entry.element()));
		return elements;
	}
}
