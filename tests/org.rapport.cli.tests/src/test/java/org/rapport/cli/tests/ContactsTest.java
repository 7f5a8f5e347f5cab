/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * Contacts in and out through the command line: vCard, LinkedIn and Google CSV imports (idempotent, saved
 * only when the whole import succeeded) and the vCard and CSV exports.
 */
class ContactsTest {

	@TempDir
	Path dir;

	@BeforeEach
	void setUp() throws IOException {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		for (String name : new String[] { "two.vcf", "Connections.csv", "truncated.vcf" }) {
			try (InputStream in = ContactsTest.class.getResourceAsStream("/contacts/" + name)) {
				Files.copy(in, dir.resolve(name));
			}
		}
		assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
	}

	@Test
	void importingTheSameFileTwiceAddsNobodyTwice() throws Exception {
		Result first = Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "two.vcf");

		assertEquals(0, first.exitCode(), first::toString);
		assertEquals("", first.err());
		assertTrue(first.out().startsWith("Imported two.vcf into plan.rapport: 2 new, 0 updated"), first.out());
		assertEquals(2, contacts());
		assertTrue(Files.exists(dir.resolve("plan.rapport.bak")), "the plan before the import is kept");
		byte[] afterFirst = Files.readAllBytes(dir.resolve("plan.rapport"));
		FileTime modified = Files.getLastModifiedTime(dir.resolve("plan.rapport"));

		Result second = Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "two.vcf");

		assertEquals(0, second.exitCode(), second::toString);
		assertTrue(second.out().contains("0 new, 0 updated, 2 already in the plan"), second.out());
		assertTrue(second.out().endsWith("Nothing to change, so plan.rapport is unchanged.\n"), second.out());
		assertEquals(2, contacts());
		assertArrayEquals(afterFirst, Files.readAllBytes(dir.resolve("plan.rapport")), "not even rewritten");
		assertEquals(modified, Files.getLastModifiedTime(dir.resolve("plan.rapport")));

		Result validate = Rapport.run(dir, "validate", "plan.rapport");
		assertTrue(validate.exitCode() == 0 || validate.exitCode() == 1, validate::toString);
	}

	@Test
	void aLinkedInExportIsImportedWithItsCompaniesAndAccents() throws Exception {
		Result result = Rapport.run(dir, "import", "plan.rapport", "--format", "linkedin", "Connections.csv");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals(2, contacts());
		String plan = Files.readString(dir.resolve("plan.rapport"), StandardCharsets.UTF_8);
		assertTrue(plan.contains("lastName=\"García\""), "UTF-8 all the way");
		assertTrue(plan.contains("organization=\"Acme, Inc.\""));

		Result again = Rapport.run(dir, "import", "plan.rapport", "--format", "linkedin", "Connections.csv");
		assertEquals(0, again.exitCode());
		assertEquals(2, contacts(), "idempotent");
	}

	@Test
	void aFileOfAnotherFormatOrATruncatedOneChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(dir.resolve("plan.rapport"));

		Result wrongFormat = Rapport.run(dir, "import", "plan.rapport", "--format", "google", "two.vcf");
		assertEquals(3, wrongFormat.exitCode(), wrongFormat::toString);
		assertEquals("", wrongFormat.out());
		assertTrue(wrongFormat.err().startsWith("rapport: "), wrongFormat.err());
		assertTrue(wrongFormat.err().contains("two.vcf"), "names the file: " + wrongFormat.err());

		// a card cut off before its END: the one record is not imported, which leaves nothing to save
		Result truncated = Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "truncated.vcf");
		assertEquals(0, truncated.exitCode(), truncated::toString);
		assertEquals("Imported truncated.vcf: 0 new, 0 updated, 0 already in the plan, 1 not imported."
				+ " Nothing to change, so plan.rapport is unchanged.\n", truncated.out());
		assertEquals("rapport: truncated.vcf, line 1: not imported: the file ends in the middle of this card (END:VCARD is"
				+ " missing), so it may be incomplete.\n", truncated.err(), "the row and why, as the preview shows it");

		Result missing = Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "absent.vcf");
		assertEquals(3, missing.exitCode(), missing::toString);
		assertEquals("rapport: absent.vcf: the file does not exist.\n", missing.err());

		assertArrayEquals(before, Files.readAllBytes(dir.resolve("plan.rapport")));
		assertFalse(Files.exists(dir.resolve("plan.rapport.bak")), "never saved");
	}

	@Test
	void contactsGoOutAsVCardAndCsv() throws Exception {
		assertEquals(0, Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "two.vcf").exitCode());

		Result vcard = Rapport.run(dir, "export", "plan.rapport", "--out", "out.vcf");
		assertEquals(0, vcard.exitCode(), vcard::toString);
		assertEquals("Wrote out.vcf (vcard): 2 contacts.\n", vcard.out());
		String cards = Files.readString(dir.resolve("out.vcf"), StandardCharsets.UTF_8);
		assertEquals(2, count(cards, "BEGIN:VCARD"));
		assertTrue(cards.contains("Maja") && cards.contains("chidi@okafor.example"), cards);

		Result csv = Rapport.run(dir, "export", "plan.rapport", "--format", "csv", "--out", "out.csv");
		assertEquals(0, csv.exitCode(), csv::toString);
		String rows = Files.readString(dir.resolve("out.csv"), StandardCharsets.UTF_8);
		assertTrue(rows.lines().findFirst().orElseThrow().contains("First Name"), rows);
		assertEquals(3, rows.lines().count(), "a header and two contacts: " + rows);

		// and what went out comes back in as the same people
		assertEquals(0, Rapport.run(dir, "new", "other.rapport").exitCode());
		Result back = Rapport.run(dir, "import", "other.rapport", "--format", "google", "out.csv");
		assertEquals(0, back.exitCode(), back::toString);
		assertTrue(back.out().contains("2 new"), back.out());
	}

	private int contacts() throws IOException {
		return count(Files.readString(dir.resolve("plan.rapport"), StandardCharsets.UTF_8), "<contacts ");
	}

	private static int count(String text, String what) {
		Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
