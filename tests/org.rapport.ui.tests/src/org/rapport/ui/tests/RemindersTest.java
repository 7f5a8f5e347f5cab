/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.model.FollowUp;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.agenda.Reminders;
import org.rapport.ui.internal.views.AgendaView;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * Reminders: the follow-ups due in an open plan raise one desktop notification, once a day; its link shows the
 * Agenda with them selected; the preference turns them off.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RemindersTest {

	private final Robot robot = Robot.current();

	@Test
	void theFollowUpsDueRaiseOneNotificationOnceADayWhoseLinkShowsThemInTheAgenda() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Reminders reminders = robot.waitFor("the reminders started when the plan was opened", Reminders::get);
		reminders.forget();
		List<FollowUp> due = Agenda.compute(editor.getPlan(), PlanClock.today(), FollowUpPreferences.current()).due();
		assertFalse(due.isEmpty(), "the sample plan has follow-ups due");

		try {
			announceAndShow(reminders, due);
		} finally {
			reminders.closeNotification();
		}
	}

	private void announceAndShow(Reminders reminders, List<FollowUp> due) throws Exception {
		List<FollowUp> announced = reminders.check();
		assertEquals(Set.copyOf(due), Set.copyOf(announced), "every follow-up due is announced");
		Shell popup = robot.waitFor("the notification shows", () -> {
			Shell shell = reminders.lastNotificationShell();
			return shell != null && !shell.isDisposed() && shell.isVisible() ? shell : null;
		});
		org.eclipse.swt.graphics.Rectangle screen = popup.getDisplay().getPrimaryMonitor().getClientArea();
		robot.waitUntil("the notification is whole on the screen (" + popup.getBounds() + " in " + screen + ")",
				() -> screen.contains(popup.getBounds().x, popup.getBounds().y) && screen.contains(
						popup.getBounds().x + popup.getBounds().width - 1, popup.getBounds().y + popup.getBounds().height - 1));
		String texts = Widgets.findAll(popup, org.eclipse.swt.widgets.Label.class, l -> true).stream()
				.map(org.eclipse.swt.widgets.Label::getText).collect(Collectors.joining(" | "));
		assertTrue(texts.contains(due.get(0).getContact().getFullName()), "it names the first person: " + texts);
		if (due.size() > 3) {
			assertTrue(texts.contains("and " + (due.size() - 3) + " more"), "and counts the others: " + texts);
		}
		robot.screenshot(Workbench.screenshotFolder().resolve("Reminders-notification.png"));

		assertTrue(reminders.check().isEmpty(), "the same day, nothing is announced twice");

		Link show = robot.showingById(popup, Reminders.ID_SHOW, Link.class);
		robot.clickUnfocused(show);
		AgendaView view = robot.waitFor("the Agenda is shown",
				() -> Workbench.page().getActivePart() instanceof AgendaView agenda ? agenda : null);
		robot.waitUntil("with the follow-ups due selected", () -> {
			IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
			return Set.copyOf(selection.toList()).equals(Set.copyOf(due));
		});
		assertNotNull(Workbench.page().findView(AgendaIds.VIEW));

		org.osgi.service.prefs.Preferences node = FollowUpPreferences.node();
		try {
			node.putBoolean(FollowUpPreferences.REMINDERS, false);
			reminders.forget();
			assertTrue(reminders.check().isEmpty(), "reminders turned off: no notification");
		} finally {
			node.remove(FollowUpPreferences.REMINDERS);
		}
	}
}
