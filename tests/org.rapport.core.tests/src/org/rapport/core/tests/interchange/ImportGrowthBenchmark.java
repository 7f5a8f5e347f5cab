/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportStatus;

/**
 * Prints how the time to import one contact grows with the size of what it holds: a vCard NOTE folded over many
 * lines, a folded base64 PHOTO, many EMAIL lines in one card, a Google "Labels" cell with many labels; four sizes
 * each, doubling. Linear growth doubles the time from one size to the next. Times are read, preview and apply
 * into an empty plan, the best of three runs. Asserts nothing about times. Runs only with the environment
 * variable {@code RAPPORT_BENCH=1}:
 *
 * <pre>
 * RAPPORT_BENCH=1 mvn -B -o verify -pl releng/org.rapport.target,bundles/org.rapport.model,bundles/org.rapport.core,\
 *     bundles/org.rapport.model.edit,tests/org.rapport.core.tests -Dtest=ImportGrowthBenchmark
 * </pre>
 */
class ImportGrowthBenchmark {

	private static final String CARD_START = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Growth;Gina;;;\r\nFN:Gina Growth\r\n";
	private static final String CARD_END = "END:VCARD\r\n";

	@Test
	void importTimeGrowsLinearly() throws Exception {
		Assumptions.assumeTrue("1".equals(System.getenv("RAPPORT_BENCH")), "a benchmark: runs with RAPPORT_BENCH=1");
		System.out.println("ImportGrowthBenchmark: one contact, read + preview + apply, best of 3 (ms)");
		run("vCard NOTE folded over N lines", ContactFormat.VCARD, new int[] { 10_000, 20_000, 40_000, 80_000 },
				ImportGrowthBenchmark::foldedNote);
		run("vCard PHOTO of N KB base64, folded", ContactFormat.VCARD, new int[] { 250, 500, 1_000, 2_000 },
				ImportGrowthBenchmark::foldedPhoto);
		run("vCard with N EMAIL lines", ContactFormat.VCARD, new int[] { 5_000, 10_000, 20_000, 40_000 },
				ImportGrowthBenchmark::emails);
		run("Google CSV Labels cell with N labels", ContactFormat.GOOGLE_CONTACTS, new int[] { 5_000, 10_000, 20_000, 40_000 },
				ImportGrowthBenchmark::labels);
	}

	private static void run(String what, ContactFormat format, int[] sizes, IntFunction<String> file) throws Exception {
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-38s", what));
		for (int size : sizes) {
			byte[] bytes = file.apply(size).getBytes(StandardCharsets.UTF_8);
			long best = Long.MAX_VALUE;
			for (int run = 0; run < 3; run++) {
				long start = System.nanoTime();
				Fixtures.Setup setup = Fixtures.emptyPlan();
				ImportPreview preview = setup.importAll(Fixtures.read(format, "growth", bytes));
				best = Math.min(best, System.nanoTime() - start);
				assertEquals(ImportStatus.NEW, preview.getRows().get(0).getStatus(), preview.getRows()::toString);
			}
			line.append(String.format(Locale.ROOT, "  N=%,d: %,d", size, best / 1_000_000));
		}
		System.out.println(line);
	}

	/** A NOTE of {@code lines} folded lines (75 characters each, continuation lines start with a space). */
	static String foldedNote(int lines) {
		StringBuilder card = new StringBuilder(CARD_START).append("NOTE:");
		for (int i = 0; i < lines; i++) {
			card.append("note text without any separator characters number ").append(i % 10).append(" and more\r\n ");
		}
		return card.append("end\r\n").append(CARD_END).toString();
	}

	/** A PHOTO of {@code kilobytes} KB, base64, folded at 74 characters. */
	static String foldedPhoto(int kilobytes) {
		byte[] photo = new byte[kilobytes * 1024];
		new Random(kilobytes).nextBytes(photo);
		String base64 = Base64.getEncoder().encodeToString(photo);
		StringBuilder card = new StringBuilder(CARD_START).append("EMAIL:gina@example.org\r\nPHOTO;ENCODING=b;TYPE=JPEG:");
		for (int i = 0; i < base64.length(); i += 74) {
			if (i > 0) {
				card.append("\r\n ");
			}
			card.append(base64, i, Math.min(base64.length(), i + 74));
		}
		return card.append("\r\n").append(CARD_END).toString();
	}

	static String emails(int count) {
		StringBuilder card = new StringBuilder(CARD_START);
		for (int i = 0; i < count; i++) {
			card.append("EMAIL;TYPE=INTERNET:gina").append(i).append("@example.org\r\n");
		}
		return card.append(CARD_END).toString();
	}

	static String labels(int count) {
		StringBuilder labels = new StringBuilder();
		for (int i = 0; i < count; i++) {
			labels.append(i == 0 ? "" : " ::: ").append("Label ").append(i);
		}
		return "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\r\nGina,Growth,\"" + labels
				+ "\",* Other,gina@example.org\r\n";
	}
}
