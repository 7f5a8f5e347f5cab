/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.internal.capture.AccountPasswords;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Initiator;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.tests.support.MailServer;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * File &gt; Import &gt; Rapport &gt; Mail as a user does it, against a real IMAP server (GreenMail on 127.0.0.1): the
 * account typed into Window &gt; Preferences &gt; Rapport &gt; Accounts (its password into the secure storage), a
 * wrong password said on the page in words, the right one typed into the wizard, the preview of each message, Finish
 * logs the new e-mails as one Ctrl+Z.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CaptureMailWizardTest {

	private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ROOT);

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private MailServer server;
	private PlanEditor editor;
	private NetworkingPlan plan;

	@BeforeEach
	void openAPlanWithAnaAndAMailbox() throws Exception {
		server = MailServer.start("me@example.org", "me", "secret");
		String recent = LocalDate.now().minusDays(3).atTime(9, 0).atOffset(ZoneOffset.UTC).format(MAIL_DATE);
		String yesterday = LocalDate.now().minusDays(1).atTime(17, 0).atOffset(ZoneOffset.UTC).format(MAIL_DATE);
		server.store("INBOX", message("<ui-1@example.com>", recent, "Ana García <Ana.Garcia@example.com>",
				"me@example.org", ""));
		server.store("INBOX", message("<ui-list@example.com>", recent, "ana.garcia@example.com", "team@example.com",
				"List-Id: <team.example.com>\n"));
		server.store("Sent", message("<ui-2@example.org>", yesterday, "me@example.org", "ana.garcia@example.com", ""));
		robot.activate(Workbench.shell());
		editor = InterchangeUi.openNewPlan(robot, dir, "mail-test.rapport", "Mail test plan", p -> {
			Contact ana = InterchangeUi.contact("Ana", "García");
			ContactInfo.addEmail(ana, "ana.garcia@example.com");
			p.getContacts().add(ana);
		});
		plan = editor.getPlan();
	}

	private static String message(String id, String date, String from, String to, String more) {
		return "Message-ID: " + id + "\nDate: " + date + "\nFrom: " + from + "\nTo: " + to + "\nSubject: private\n" + more
				+ "\nNever read.\n";
	}

	@AfterEach
	void closeThePlanAndForgetTheAccount() throws Exception {
		InterchangeUi.close(editor);
		String url = server.url();
		server.close();
		AccountPasswords.platform().remove(url, "me");
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(FollowUpPreferences.QUALIFIER);
		for (String key : List.of(CapturePreferences.MY_ADDRESSES, CapturePreferences.MAIL_URL,
				CapturePreferences.MAIL_USER, CapturePreferences.MAIL_FOLDERS, CapturePreferences.MAIL_SINCE,
				CapturePreferences.MAIL_SUBJECTS)) {
			node.remove(key);
		}
	}

	/** Window &gt; Preferences &gt; Rapport &gt; Accounts: the mail account typed in, OK. */
	private void typeTheAccount(String url, String user, String password, String myAddress) {
		InstanceScope.INSTANCE.getNode(FollowUpPreferences.QUALIFIER).put(CapturePreferences.MY_ADDRESSES, myAddress);
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.shell(),
				"org.rapport.ui.preferences.accounts", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			robot.activate(dialog.getShell());
			InterchangeUi.paste(robot, robot.showingById(dialog.getShell(), InterchangeIds.ACCOUNTS_MAIL_SERVER, Text.class), url);
			InterchangeUi.paste(robot, robot.showingById(dialog.getShell(), InterchangeIds.ACCOUNTS_MAIL_USER, Text.class), user);
			InterchangeUi.paste(robot, robot.showingById(dialog.getShell(), InterchangeIds.ACCOUNTS_MAIL_PASSWORD, Text.class),
					password);
			InterchangeUi.paint(robot, dialog.getShell(), "AccountsPreferencePage");
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
	}

	@Test
	void aWrongPasswordIsSaidThenThePreviewAndFinishLogTheMailAsOneUndoableStep() throws Exception {
		typeTheAccount(server.url(), "me", "wrong", "me@example.org");
		assertEquals(server.url(), CapturePreferences.get(CapturePreferences.MAIL_URL));
		AccountPasswords passwords = AccountPasswords.platform();
		assertEquals("wrong", new String(passwords.get(server.url(), "me")), "kept in the secure storage");
		assertEquals("", CapturePreferences.get("capture.mail.password"), "never in the preferences");

		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "mail", "Mail");
			Text password = robot.showingById(shell, InterchangeIds.MAIL_PASSWORD, Text.class);
			assertEquals("", password.getText(), "a kept password is never shown");
			assertEquals("me", robot.showingById(shell, InterchangeIds.MAIL_USER, Text.class).getText());
			InterchangeUi.press(robot, shell, "Next >");
			DialogPage first = (DialogPage) ((WizardDialog) shell.getData()).getCurrentPage();
			robot.waitUntil("the first page says the password was refused (" + first.getMessage() + ")",
					() -> password.isVisible()
							&& String.valueOf(first.getMessage()).contains("refused the user name or password of me"));
			InterchangeUi.paint(robot, shell, "CaptureMailWizard-refused");

			InterchangeUi.paste(robot, password, "secret");
			InterchangeUi.press(robot, shell, "Next >");
			Table table = robot.showingById(shell, InterchangeIds.CAPTURE_TABLE, Table.class);
			robot.waitUntil("the preview has a row per message", () -> table.getItemCount() == 3);
			assertEquals("New", table.getItem(0).getText(0));
			assertTrue(table.getItem(0).getText(1).contains("E-mail from Ana García: logged as an e-mail with Ana García"),
					table.getItem(0).getText(1));
			assertEquals("Skipped", table.getItem(1).getText(0));
			assertTrue(table.getItem(1).getText(1).contains("mailing-list or bulk mail (List-Id)"),
					table.getItem(1).getText(1));
			assertTrue(table.getItem(2).getText(1).contains("E-mail to Ana García"), table.getItem(2).getText(1));
			Label summary = robot.showingById(shell, InterchangeIds.CAPTURE_SUMMARY, Label.class);
			assertTrue(summary.getText().endsWith("2 new, 0 already logged, 1 skipped."), summary.getText());
			assertTrue(plan.getInteractions().isEmpty(), "the preview changes nothing");
			InterchangeUi.paint(robot, shell, "CaptureMailWizard-preview");
			InterchangeUi.press(robot, shell, "Finish");
		});

		robot.waitUntil("the e-mails are logged", () -> plan.getInteractions().size() == 2);
		assertEquals(Channel.EMAIL, plan.getInteractions().get(0).getChannel());
		assertEquals("<ui-1@example.com>", plan.getInteractions().get(0).getExternalId());
		assertEquals(Initiator.THEM, plan.getInteractions().get(0).getInitiatedBy());
		assertEquals(Initiator.ME, plan.getInteractions().get(1).getInitiatedBy(), "sent from the user's address");
		assertEquals("secret", new String(passwords.get(server.url(), "me")), "the password that worked is kept");
		InterchangeUi.closeNotice(robot, "2 new, 0 already logged, 1 skipped");
		InterchangeUi.focusEditor(robot, editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z takes the capture back", () -> plan.getInteractions().isEmpty());
	}
}
