/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;

import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Initiator;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * File &gt; Import &gt; Rapport &gt; Meetings as a user does it: a calendar file pasted in, an unreadable one refused on
 * the page in words, the preview of each event, Finish logs the new meeting as one Ctrl+Z.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CaptureMeetingsWizardTest {

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private PlanEditor editor;
	private NetworkingPlan plan;

	@BeforeEach
	void openAPlanWithAna() throws Exception {
		robot.activate(Workbench.shell());
		editor = InterchangeUi.openNewPlan(robot, dir, "capture-test.rapport", "Capture test plan", p -> {
			Contact ana = InterchangeUi.contact("Ana", "García");
			ContactInfo.addEmail(ana, "ana.garcia@example.com");
			p.getContacts().add(ana);
		});
		plan = editor.getPlan();
	}

	@AfterEach
	void closeThePlan() {
		InterchangeUi.close(editor);
		InstanceScope.INSTANCE.getNode(FollowUpPreferences.QUALIFIER).remove(CapturePreferences.MY_ADDRESSES);
	}

	/** Window &gt; Preferences &gt; Rapport &gt; Networking: the user's other address typed in, OK. */
	private void setMyOtherAddress(String address) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.shell(),
				"org.rapport.ui.preferences.networking", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			robot.activate(dialog.getShell());
			Text field = robot.showingById(dialog.getShell(), InterchangeIds.CAPTURE_MY_ADDRESSES, Text.class);
			InterchangeUi.paste(robot, field, address);
			List<Button> ok = Widgets.findAll(dialog.getShell(), Button.class,
					b -> "Apply and Close".equals(Widgets.textOf(b)) || "OK".equals(Widgets.textOf(b)));
			assertEquals(1, ok.size(), "the dialog's OK button");
			robot.click(ok.get(0));
			robot.waitUntil("the preference dialog closed",
					() -> dialog.getShell() == null || dialog.getShell().isDisposed());
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		assertEquals(List.of(address), CapturePreferences.myAddresses());
	}

	@Test
	void previewThenFinishLogsThePastMeetingAsOneUndoableStep() throws Exception {
		setMyOtherAddress("me.work@example.org");
		DateTimeFormatter ics = DateTimeFormatter.BASIC_ISO_DATE;
		String past = LocalDate.now().minusDays(3).format(ics);
		String future = LocalDate.now().plusDays(30).format(ics);
		Path calendar = dir.resolve("work.ics");
		Files.writeString(calendar, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
				+ "BEGIN:VEVENT\r\nUID:ui-1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:" + past + "\r\n"
				+ "SUMMARY:Coffee with Ana\r\nORGANIZER:mailto:ME.WORK@example.org\r\n"
				+ "ATTENDEE:mailto:Ana.Garcia@example.com\r\nEND:VEVENT\r\n"
				+ "BEGIN:VEVENT\r\nUID:ui-2\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:" + future + "\r\n"
				+ "SUMMARY:Lunch with Ana\r\nATTENDEE:mailto:ana.garcia@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
				StandardCharsets.UTF_8);
		Path notACalendar = dir.resolve("notes.ics");
		Files.writeString(notACalendar, "just some notes\n", StandardCharsets.UTF_8);

		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "meetings", "Meetings");
			Text source = robot.showingById(shell, InterchangeIds.CAPTURE_SOURCE, Text.class);
			InterchangeUi.paste(robot, source, notACalendar.toString());
			InterchangeUi.press(robot, shell, "Next >");
			DialogPage first = (DialogPage) ((WizardDialog) shell.getData()).getCurrentPage();
			robot.waitUntil("the first page says the file is not a calendar (" + first.getMessage() + ")",
					() -> source.isVisible() && String.valueOf(first.getMessage()).contains("notes.ics is not a calendar"));

			InterchangeUi.paste(robot, source, calendar.toString());
			InterchangeUi.press(robot, shell, "Next >");
			Table table = robot.showingById(shell, InterchangeIds.CAPTURE_TABLE, Table.class);
			robot.waitUntil("the preview has a row per event", () -> table.getItemCount() == 2);
			assertEquals("New", table.getItem(0).getText(0));
			assertTrue(table.getItem(0).getText(1).contains("Coffee with Ana: logged as a meeting with Ana García"),
					table.getItem(0).getText(1));
			assertEquals("Skipped", table.getItem(1).getText(0));
			assertTrue(table.getItem(1).getText(1).contains("in the future"), table.getItem(1).getText(1));
			Label summary = robot.showingById(shell, InterchangeIds.CAPTURE_SUMMARY, Label.class);
			assertTrue(summary.getText().endsWith("1 new, 0 already logged, 1 skipped."), summary.getText());
			assertTrue(plan.getInteractions().isEmpty(), "the preview changes nothing");
			InterchangeUi.paint(robot, shell, "CaptureMeetingsWizard-preview");
			InterchangeUi.press(robot, shell, "Finish");
		});

		robot.waitUntil("the meeting is logged", () -> plan.getInteractions().size() == 1);
		assertEquals(Channel.MEETING, plan.getInteractions().get(0).getChannel());
		assertEquals("ui-1", plan.getInteractions().get(0).getExternalId());
		assertEquals(Initiator.ME, plan.getInteractions().get(0).getInitiatedBy(), "organized from the other address");
		InterchangeUi.closeNotice(robot, "1 new, 0 already logged, 1 skipped");
		InterchangeUi.focusEditor(robot, editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z takes the capture back", () -> plan.getInteractions().isEmpty());
	}
}
