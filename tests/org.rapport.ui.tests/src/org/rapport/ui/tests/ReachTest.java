/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.editors.contacts.ContactIds;
import org.rapport.ui.internal.interaction.Reach;
import org.rapport.ui.tests.robot.Robot;

/** Reaching a contact from their page: the links open a mail draft, a call and their profile with the desktop. */
@ExtendWith(ScreenshotOnFailure.class)
class ReachTest {

	private final Robot robot = Robot.current();
	private final List<String> opened = new ArrayList<>();

	@AfterEach
	void restoreTheDesktop() {
		Reach.setLauncher(null);
	}

	@Test
	void theContactsReachLinksOpenAMailDraftACallAndTheProfile() throws Exception {
		Reach.setLauncher(opened::add);
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Contact contact = editor.getPlan().getContacts().stream()
				.filter(c -> !ContactInfo.emails(c).isEmpty() && !ContactInfo.phones(c).isEmpty()
						&& ContactInfo.urls(c).stream().anyMatch(u -> u.startsWith("http")))
				.findFirst().orElseThrow(() -> new AssertionError("the sample has a contact with all three"));
		editor.showContact(contact);
		robot.waitUntil("the Contacts page shows " + contact.getFullName(),
				() -> editor.getActivePageInstance() instanceof ContactsPage page
						&& page.getList().selected().equals(List.of(contact)));
		Link reach = robot.showingById(Workbench.shell(), ContactIds.REACH, Link.class);
		robot.waitUntil("the links are offered", () -> reach.getText().contains("Write an email"));
		assertTrue(reach.getText().contains("Call") && reach.getText().contains("Open profile"), reach.getText());
		// the details scroll: bring the links into view, as the user scrolls to them
		for (org.eclipse.swt.widgets.Composite c = reach.getParent(); c != null; c = c.getParent()) {
			if (c instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
				scrolled.showControl(reach);
				break;
			}
		}
		robot.flush();

		// the first link, "Write an email", starts the text
		robot.click(reach, 12, reach.getSize().y / 2);
		robot.waitUntil("a click on 'Write an email' asks the desktop for a draft (asked: " + opened + ")",
				() -> opened.contains("mailto:" + ContactInfo.emails(contact).get(0).strip()));
		assertEquals("tel:" + ContactInfo.phones(contact).get(0).replaceAll("[^0-9+*#]", ""), Reach.tel(contact));
		assertTrue(Reach.profile(contact).startsWith("http"));
	}

	@Test
	void onlyWebAddressesAreOpenedAsProfiles() {
		Contact contact = org.rapport.model.RapportFactory.eINSTANCE.createContact();
		ContactInfo.addUrl(contact, "javascript:alert(1)");
		ContactInfo.addUrl(contact, "file:///etc/passwd");
		assertEquals(null, Reach.profile(contact), "neither is a web address");
		ContactInfo.addUrl(contact, " https://www.linkedin.com/in/someone ");
		assertEquals("https://www.linkedin.com/in/someone", Reach.profile(contact));
		assertEquals("mailto:a@x.example,b%20c@y.example", Reach.mailto(List.of("a@x.example", "b c@y.example")));
	}
}
