/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureRow;
import org.rapport.core.internal.capture.CaptureStatus;
import org.rapport.core.internal.capture.MailAccount;
import org.rapport.core.internal.capture.MailMessage;
import org.rapport.core.internal.capture.MailSource;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Profile;
import org.rapport.model.RapportFactory;
import org.rapport.model.derived.PlanClock;
import org.rapport.tests.support.MailServer;

/**
 * Mail capture from a real IMAP server (GreenMail on 127.0.0.1): the inbox and the sent folder, headers only,
 * list and bulk mail left out, each message once by its Message-ID, one undo; a wrong password and a server that
 * is not there said in words.
 */
public class MailCaptureTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
	private static final char[] PASSWORD = "secret".toCharArray();
	private static MailServer server;

	@BeforeAll
	static void seed() {
		server = MailServer.start("me@example.org", "me", "secret");
		server.store("INBOX", message("<m1@example.com>", "Tue, 10 Mar 2026 09:00:00 +0000", "Ann Lee <ANN@example.com>",
				"me@example.org", "Lunch next week?", ""));
		server.store("INBOX", message("<list@example.com>", "Wed, 11 Mar 2026 09:00:00 +0000", "ann@example.com",
				"team@lists.example.com", "[team] minutes", "List-Id: Team <team.lists.example.com>\n"));
		server.store("INBOX", message("<bulk@example.com>", "Wed, 11 Mar 2026 10:00:00 +0000", "bob@example.com",
				"me@example.org", "Newsletter", "Precedence: bulk\n"));
		server.store("INBOX", message("<auto@example.com>", "Wed, 11 Mar 2026 11:00:00 +0000", "bob@example.com",
				"me@example.org", "Out of office", "Auto-Submitted: auto-replied\n"));
		server.store("INBOX", message("<stranger@example.net>", "Thu, 12 Mar 2026 09:00:00 +0000", "x@example.net",
				"me@example.org", "Hello", ""));
		server.store("INBOX", message("<m1@example.com>", "Tue, 10 Mar 2026 09:00:00 +0000", "ann@example.com",
				"me@example.org", "Lunch next week?", ""));
		server.store("INBOX", message("<old@example.com>", "Mon, 05 Jan 2026 09:00:00 +0000", "ann@example.com",
				"me@example.org", "Happy new year", ""));
		server.store("Sent", message("<m2@example.org>", "Fri, 13 Mar 2026 16:30:00 +0000", "Me <me@example.org>",
				"Bob Roy <bob@example.com>", "The deck", "Cc: ann@example.com, x@example.net\n"));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static String message(String id, String date, String from, String to, String subject, String more) {
		return "Message-ID: " + id + "\nDate: " + date + "\nFrom: " + from + "\nTo: " + to + "\nSubject: " + subject
				+ "\n" + more + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nThe body, never read.\n";
	}

	@Test
	void mailExchangedWithContactsIsLoggedOnceAndListMailIsLeftOut() throws Exception {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		Profile owner = RapportFactory.eINSTANCE.createProfile();
		owner.setEmail("me@example.org");
		plan.setOwner(owner);
		Contact ann = CalendarCaptureTest.contact(plan, "Ann", "ann@example.com");
		Contact bob = CalendarCaptureTest.contact(plan, "Bob", "bob@example.com");
		FollowUp bobDue = RapportFactory.eINSTANCE.createFollowUp();
		bobDue.setStatus(FollowUpStatus.OPEN);
		bobDue.setDueDate(PlanClock.toDate(LocalDate.of(2026, 3, 12)));
		bobDue.setContact(bob);
		plan.getFollowUps().add(bobDue);

		MailAccount account = new MailAccount(server.url(), "me", List.of(), false);
		List<MailMessage> messages = new MailSource(ZoneOffset.UTC).read(account, PASSWORD, LocalDate.of(2026, 3, 1),
				null);
		assertEquals(7, messages.size(), "the inbox and the sent folder since March 1: " + messages);
		assertTrue(messages.stream().allMatch(m -> m.subject() == null), "no subject is read unless allowed");

		CapturePreview preview = CapturePreview.compute(plan, messages, server.url(), TODAY, LocalDate.of(2026, 3, 1),
				List.of(), null);
		List<CaptureRow> rows = preview.getRows();
		assertEquals(List.of(CaptureStatus.NEW, CaptureStatus.SKIPPED, CaptureStatus.SKIPPED, CaptureStatus.SKIPPED,
				CaptureStatus.SKIPPED, CaptureStatus.SKIPPED, CaptureStatus.NEW),
				rows.stream().map(CaptureRow::getStatus).toList(), rows.toString());
		assertEquals("E-mail from Ann", rows.get(0).getSummary());
		assertEquals(Initiator.THEM, rows.get(0).getInitiator());
		assertTrue(rows.get(1).getReason().contains("List-Id"), rows.get(1).getReason());
		assertTrue(rows.get(2).getReason().contains("Precedence: bulk"), rows.get(2).getReason());
		assertTrue(rows.get(3).getReason().contains("Auto-Submitted"), rows.get(3).getReason());
		assertTrue(rows.get(4).getReason().contains("1 people"), rows.get(4).getReason());
		assertTrue(rows.get(5).getReason().contains("same Message-ID"), rows.get(5).getReason());
		CaptureRow sent = rows.get(6);
		assertEquals(Initiator.ME, sent.getInitiator(), "sent from the user's address");
		assertEquals(List.of(bob, ann), sent.getContacts());
		assertEquals("E-mail to Bob, Ann", sent.getSummary());
		assertEquals(List.of(bobDue), sent.getAnswered());
		assertEquals("2026-03-13 E-mail to Bob, Ann: logged as an e-mail with Bob, Ann", sent.getMessage());

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		assertTrue(preview.apply(domain));
		assertEquals(2, plan.getInteractions().size());
		Interaction fromAnn = plan.getInteractions().get(0);
		assertEquals(Channel.EMAIL, fromAnn.getChannel());
		assertEquals("<m1@example.com>", fromAnn.getExternalId());
		assertEquals(Initiator.THEM, fromAnn.getInitiatedBy());
		assertEquals(LocalDate.of(2026, 3, 10), PlanClock.toLocalDate(fromAnn.getDate()));
		assertEquals(FollowUpStatus.DONE, bobDue.getStatus(), "answers Bob's follow-up as Log Interaction does");
		assertSame(plan.getInteractions().get(1), bobDue.getAnsweredBy());

		// with subjects allowed, and everything again: nothing new
		MailAccount withSubjects = new MailAccount(server.url(), "me", List.of("INBOX", "Sent"), true);
		List<MailMessage> all = new MailSource(ZoneOffset.UTC).read(withSubjects, PASSWORD, null, null);
		assertEquals(8, all.size());
		assertEquals("Lunch next week?", all.get(0).subject());
		CapturePreview again = CapturePreview.compute(plan, all, server.url(), TODAY, LocalDate.of(2026, 3, 1), List.of(),
				null);
		assertEquals(0, again.count(CaptureStatus.NEW), again.getRows().toString());
		assertEquals(3, again.count(CaptureStatus.LOGGED), "the copy of m1 in the inbox too");
		assertTrue(again.getRows().get(6).getReason().contains("before 2026-03-01"), again.getRows().toString());

		domain.getCommandStack().undo();
		assertTrue(plan.getInteractions().isEmpty(), "one undo takes the whole capture back");
		assertEquals(FollowUpStatus.OPEN, bobDue.getStatus());
		assertNull(bobDue.getAnsweredBy());
	}

	@Test
	void aWrongPasswordAMissingFolderAndAServerThatIsNotThereAreSaidInWords() {
		MailSource source = new MailSource(ZoneOffset.UTC);
		CaptureException refused = assertThrows(CaptureException.class,
				() -> source.read(new MailAccount(server.url(), "me", List.of(), false), "wrong".toCharArray(), null, null));
		assertTrue(refused.getMessage().contains("refused the user name or password of me"), refused.getMessage());
		CaptureException folder = assertThrows(CaptureException.class, () -> source
				.read(new MailAccount(server.url(), "me", List.of("Archive"), false), PASSWORD, null, null));
		assertTrue(folder.getMessage().contains("no folder Archive"), folder.getMessage());
		CaptureException gone = assertThrows(CaptureException.class,
				() -> source.read(new MailAccount("imap://127.0.0.1:1", "me", List.of(), false), PASSWORD, null, null));
		assertTrue(gone.getMessage().contains("cannot reach the server 127.0.0.1"), gone.getMessage());
		CaptureException notImap = assertThrows(CaptureException.class,
				() -> source.read(new MailAccount("https://mail.example.org", "me", List.of(), false), PASSWORD, null, null));
		assertTrue(notImap.getMessage().contains("imaps://"), notImap.getMessage());
	}
}
