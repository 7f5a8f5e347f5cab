/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.internal.capture.AccountPasswords;
import org.rapport.core.internal.sync.DavClient;
import org.rapport.core.internal.sync.SyncAccount;
import org.rapport.core.internal.sync.SyncPreferences;
import org.rapport.core.internal.sync.SyncPreview;
import org.rapport.core.internal.sync.SyncState;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.tests.support.RadicaleServer;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.sync.SyncIds;
import org.rapport.ui.tests.robot.Robot;

/**
 * File &gt; Sync... as a user does it, against a real Radicale with a password: the account typed in (the password kept
 * in the secure storage once the server took it), the preview of
 * a change made on the phone (ticked), a conflict decided with Take Theirs, a deletion on the server proposed and
 * left unticked; Finish takes the server's side as one Ctrl+Z.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SyncWizardTest {

	private static final String PASSWORD = "s3cret";

	@RegisterExtension
	static final RadicaleServer SERVER = new RadicaleServer(PASSWORD);

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private PlanEditor editor;
	private NetworkingPlan plan;
	private final java.util.Map<Contact, String> cards = new java.util.HashMap<>();

	@BeforeEach
	void openAPlanSyncedOnce() throws Exception {
		robot.activate(Workbench.shell());
		editor = InterchangeUi.openNewPlan(robot, dir, "sync-test.rapport", "Sync test plan", p -> {
			for (String name : new String[] { "Ann Lee", "Ben Ashworth", "Cleo Diaz" }) {
				Contact contact = InterchangeUi.contact(name.split(" ")[0], name.split(" ")[1]);
				contact.setOrganization("Acme");
				p.getContacts().add(contact);
			}
		});
		plan = editor.getPlan();
		SERVER.createAddressBook("ui-contacts");
		// the first sync, as the command line makes it
		DavClient client = new DavClient("rapport", PASSWORD.toCharArray());
		SyncAccount account = new SyncAccount(SERVER.url("ui-contacts"), null, "rapport");
		Path stateFile = SyncState.fileOf(editor.getFile());
		SyncPreview first = SyncPreview.compute(plan, SyncState.load(stateFile), account, client, null);
		first.push(client, null);
		first.getRows().forEach(row -> cards.put(row.getContact(), row.getHref()));
		first.commit(SyncState.load(stateFile), stateFile, false);
	}

	@AfterEach
	void closeThePlan() throws Exception {
		InterchangeUi.close(editor);
		var node = InstanceScope.INSTANCE.getNode(FollowUpPreferences.QUALIFIER);
		node.remove(SyncPreferences.ADDRESS_BOOK);
		node.remove(SyncPreferences.CALENDAR);
		node.remove(SyncPreferences.USER);
		AccountPasswords.platform().remove(SERVER.url("ui-contacts"), "rapport");
	}

	@Test
	void thePreviewShowsTheServersChangesAndFinishTakesThemAsOneUndoableStep() throws Exception {
		Contact ann = plan.getContacts().get(0);
		Contact ben = plan.getContacts().get(1);
		String annCard = cards.get(ann);
		String benCard = cards.get(ben);
		String cleoCard = cards.get(plan.getContacts().get(2));
		// on the phone: Ann's organization changed, Ben's too, Cleo deleted; in the plan: Ben's organization changed
		SERVER.putResource(annCard, "text/vcard", SERVER.get(annCard).replace("ORG:Acme", "ORG:Beta"));
		SERVER.putResource(benCard, "text/vcard", SERVER.get(benCard).replace("ORG:Acme", "ORG:Phone"));
		SERVER.delete(cleoCard);
		robot.display().syncExec(() -> ben.setOrganization("Desk"));

		InterchangeUi.inFileDialog(robot, "Sync...", "Sync", shell -> {
			InterchangeUi.paste(robot, robot.showingById(shell, SyncIds.ADDRESS_BOOK, Text.class), SERVER.url("ui-contacts"));
			InterchangeUi.paste(robot, robot.showingById(shell, SyncIds.USER, Text.class), "rapport");
			InterchangeUi.paste(robot, robot.showingById(shell, SyncIds.PASSWORD, Text.class), PASSWORD);
			InterchangeUi.press(robot, shell, "Next >");
			Table table = robot.showingById(shell, SyncIds.TABLE, Table.class);
			robot.waitUntil("the preview has a row for Ann, Ben and Cleo", () -> table.getItemCount() == 3);
			TableItem annRow = row(table, "Ann Lee");
			assertEquals("changed on the server: organization: Acme \u2192 Beta", annRow.getText(1));
			assertTrue(annRow.getChecked(), "the server's change is ticked");
			TableItem benRow = row(table, "Ben Ashworth");
			assertEquals("changed on both sides since the last sync: organization: Desk \u2192 Phone", benRow.getText(1));
			assertEquals("leave (undecided)", benRow.getText(2));
			TableItem cleoRow = row(table, "Cleo Diaz");
			assertFalse(cleoRow.getChecked(), "a deletion is only proposed");
			assertEquals("keep (not deleted)", cleoRow.getText(2));
			assertEquals("Acme", ann.getOrganization(), "the preview changes nothing");
			Label summary = robot.showingById(shell, SyncIds.SUMMARY, Label.class);
			assertTrue(summary.getText().contains("conflicts 1, deletions proposed 1"), summary.getText());

			robot.clickRow(table, indexOf(table, "Ben Ashworth"));
			robot.click(robot.showingById(shell, SyncIds.TAKE_THEIRS, Button.class));
			robot.waitUntil("Ben's conflict is decided", () -> "take theirs".equals(row(table, "Ben Ashworth").getText(2)));
			InterchangeUi.paint(robot, shell, "SyncWizard-preview");
			InterchangeUi.press(robot, shell, "Finish");
		});

		robot.waitUntil("the server's changes are in the plan", () -> "Beta".equals(ann.getOrganization()));
		assertEquals("Phone", ben.getOrganization());
		assertEquals(3, plan.getContacts().size(), "Cleo stays: her deletion was not ticked");
		assertTrue(Files.size(SyncState.fileOf(editor.getFile())) > 0);
		assertEquals(SERVER.url("ui-contacts"), SyncPreferences.account().addressBook(), "the account is remembered");
		assertTrue(AccountPasswords.platform().isStored(SERVER.url("ui-contacts"), "rapport"),
				"the password the server accepted is kept in the secure storage");
		InterchangeUi.closeNotice(robot, "Pushed 0, pulled 2; left for the next sync: conflicts 0, deletions proposed 1.");
		InterchangeUi.focusEditor(robot, editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z takes the server's side back",
				() -> "Acme".equals(ann.getOrganization()) && "Desk".equals(ben.getOrganization()));
	}

	private static TableItem row(Table table, String name) {
		return table.getItem(indexOf(table, name));
	}

	private static int indexOf(Table table, String name) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (name.equals(table.getItem(i).getText(0))) {
				return i;
			}
		}
		throw new AssertionError(name + " is not in the preview");
	}
}
