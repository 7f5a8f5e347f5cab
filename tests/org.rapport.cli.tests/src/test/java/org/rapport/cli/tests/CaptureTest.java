/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * {@code rapport capture}: past meetings with contacts, and mail exchanged with them from a real IMAP server
 * (GreenMail on 127.0.0.1), logged once; nothing changed on an error.
 */
class CaptureTest {

	@TempDir
	Path dir;

	@Test
	void capturesPastMeetingsOnceAndChangesNothingOnError() throws Exception {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
		Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.com\r\n"
				+ "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Roy\r\nEMAIL:bob@example.com\r\nEND:VCARD\r\n",
				StandardCharsets.UTF_8);
		Result imported = Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "people.vcf");
		assertEquals(0, imported.exitCode(), imported::toString);
		Files.writeString(dir.resolve("cal.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
				+ "BEGIN:VEVENT\r\nUID:one@t\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:20260310T090000Z\r\n"
				+ "SUMMARY:Coffee with Ann\r\nORGANIZER:mailto:ANN@example.com\r\nEND:VEVENT\r\n"
				+ "BEGIN:VEVENT\r\nUID:two@t\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:20260410T090000Z\r\n"
				+ "SUMMARY:Lunch with Bob\r\nATTENDEE:mailto:bob@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
				StandardCharsets.UTF_8);

		Result captured = Rapport.run(dir, "capture", "plan.rapport", "--calendar", "cal.ics", "--today", "2026-03-20");
		assertEquals(0, captured.exitCode(), captured::toString);
		assertTrue(captured.out().contains("Coffee with Ann: logged as a meeting with Ann Lee"), captured.out());
		assertTrue(captured.out().contains("Lunch with Bob: not logged, it is in the future"), captured.out());
		assertTrue(captured.out().contains("1 new, 0 already logged, 1 skipped"), captured.out());
		String plan = Files.readString(dir.resolve("plan.rapport"), StandardCharsets.UTF_8);
		assertTrue(plan.contains("channel=\"meeting\"") && plan.contains("externalId=\"one@t\""), plan);

		byte[] before = Files.readAllBytes(dir.resolve("plan.rapport"));
		Result again = Rapport.run(dir, "capture", "plan.rapport", "--calendar", "cal.ics", "--today", "2026-03-20");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.out().contains("0 new, 1 already logged, 1 skipped"), again.out());

		Result missing = Rapport.run(dir, "capture", "plan.rapport", "--calendar", "nothing.ics");
		assertEquals(3, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("nothing.ics"), missing.err());
		Result unreachable = Rapport.run(dir, "capture", "plan.rapport", "--calendar", "http://127.0.0.1:1/cal/");
		assertEquals(7, unreachable.exitCode(), unreachable::toString);
		assertTrue(unreachable.err().contains("cannot reach the server 127.0.0.1"), unreachable.err());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("plan.rapport")), "nothing changed after the first");
	}

	@Test
	void capturesMailFromAnImapServerOnceWithThePasswordFromTheEnvironmentOrStandardInput() throws Exception {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
		server.start();
		try {
			GreenMailUser me = server.setUser("me@example.org", "me", "secret");
			store(server, me, "INBOX", "<m1@example.com>", "Tue, 10 Mar 2026 09:00:00 +0000", "Ann Lee <ann@example.com>",
					"me@example.org", "");
			store(server, me, "INBOX", "<list@example.com>", "Wed, 11 Mar 2026 09:00:00 +0000", "bob@example.com",
					"team@lists.example.com", "List-Unsubscribe: <mailto:leave@lists.example.com>\r\n");
			store(server, me, "Sent", "<m2@example.org>", "Fri, 13 Mar 2026 16:30:00 +0000", "me@example.org",
					"bob@example.com", "");
			assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
			Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\n"
					+ "EMAIL:ann@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Roy\r\n"
					+ "EMAIL:bob@example.com\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
			assertEquals(0, Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "people.vcf").exitCode());
			String url = "imap://127.0.0.1:" + server.getImap().getPort();

			byte[] before = Files.readAllBytes(dir.resolve("plan.rapport"));
			Result refused = Rapport.run(dir, Map.of("RAPPORT_PASSWORD", "wrong"), null, "capture", "plan.rapport",
					"--imap", url, "--user", "me");
			assertEquals(7, refused.exitCode(), refused::toString);
			assertTrue(refused.err().contains("refused the user name or password of me"), refused.err());
			Result noPassword = Rapport.run(dir, Map.of(), null, "capture", "plan.rapport", "--imap", url, "--user", "me");
			assertEquals(2, noPassword.exitCode(), noPassword::toString);
			assertTrue(noPassword.err().contains("RAPPORT_PASSWORD"), noPassword.err());
			assertArrayEquals(before, Files.readAllBytes(dir.resolve("plan.rapport")), "nothing changed on an error");

			Result captured = Rapport.run(dir, Map.of("RAPPORT_PASSWORD", "secret"), null, "capture", "plan.rapport",
					"--imap", url, "--user", "me", "--since", "2026-03-01", "--today", "2026-03-20");
			assertEquals(0, captured.exitCode(), captured::toString);
			assertTrue(captured.out().contains("2026-03-10 E-mail from Ann Lee: logged as an e-mail with Ann Lee"),
					captured.out());
			assertTrue(captured.out().contains("not logged, it is mailing-list or bulk mail (List-Unsubscribe)"),
					captured.out());
			assertTrue(captured.out().contains("Captured " + url + " into plan.rapport: 2 new, 0 already logged, 1 skipped."),
					captured.out());
			String plan = Files.readString(dir.resolve("plan.rapport"), StandardCharsets.UTF_8);
			assertTrue(plan.contains("externalId=\"&lt;m2@example.org>\"") || plan.contains("externalId=\"&lt;m2@example.org&gt;\""),
					plan);

			Result again = Rapport.run(dir, Map.of(), "secret\n", "capture", "plan.rapport", "--imap", url, "--user", "me",
					"--today", "2026-03-20");
			assertEquals(0, again.exitCode(), again::toString);
			assertTrue(again.out().contains("0 new, 2 already logged, 1 skipped"), again.out());
		} finally {
			server.stop();
		}
	}

	private static void store(GreenMail server, GreenMailUser user, String folderName, String id, String date, String from,
			String to, String more) throws Exception {
		ImapHostManager manager = server.getManagers().getImapHostManager();
		MailFolder folder = manager.getFolder(user, folderName);
		if (folder == null) {
			folder = manager.createMailbox(user, folderName);
		}
		String raw = "Message-ID: " + id + "\r\nDate: " + date + "\r\nFrom: " + from + "\r\nTo: " + to + "\r\n" + more
				+ "Subject: private\r\n\r\nThe body.\r\n";
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
		folder.appendMessage(message, new Flags(), message.getSentDate());
	}
}
