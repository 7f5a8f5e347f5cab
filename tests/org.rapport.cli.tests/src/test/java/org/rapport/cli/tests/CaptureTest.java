/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/** {@code rapport capture}: past meetings with contacts logged once, and nothing changed on an error. */
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
}
