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
 * Damaged and hostile plan files: every command that reads one says what is wrong with it, where, on
 * standard error, exits with 3, and changes no file.
 */
class BadInputTest {

	/** A plan that would read a local file into its name, if the parser let it. */
	private static final String EXTERNAL_ENTITY = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE rapport:NetworkingPlan [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
			<rapport:NetworkingPlan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:rapport="http://rapport.org/model/rapport/1.0" xmi:id="p" name="&secret;"/>
			""";

	@TempDir
	Path dir;

	@BeforeEach
	void requireProduct() {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
	}

	@Test
	void aPlanWithAnExternalEntityIsRefusedByEveryCommandAndLeftAsItWas() throws Exception {
		Path hostile = write("hostile.rapport", EXTERNAL_ENTITY);
		FileTime modified = Files.getLastModifiedTime(hostile);

		for (String[] command : new String[][] { { "validate", "hostile.rapport" }, { "score", "hostile.rapport", "--json" },
				{ "export", "hostile.rapport", "--out", "out.xmi" }, { "export", "hostile.rapport", "--out", "out.ics" } }) {
			Result result = Rapport.run(dir, command);
			assertEquals(3, result.exitCode(), result::toString);
			assertEquals("", result.out(), "nothing on standard output: " + result);
			assertTrue(result.err().startsWith("rapport: hostile.rapport, line 2, column "), result::toString);
			assertTrue(result.err().contains("document type declaration"), result::toString);
			assertFalse(result.err().contains(hostname()), "the entity was never expanded");
		}
		assertArrayEquals(EXTERNAL_ENTITY.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(hostile));
		assertEquals(modified, Files.getLastModifiedTime(hostile));
		assertFalse(Files.exists(dir.resolve("out.xmi")) || Files.exists(dir.resolve("out.ics")) || Files.exists(dir.resolve("rapport.ecore")),
				"no export was written");
		assertFalse(Files.exists(dir.resolve("hostile.rapport.bak")));
	}

	@Test
	void anXmiImportOfAHostileFileCreatesNoPlan() throws Exception {
		write("hostile.xmi", EXTERNAL_ENTITY);

		Result result = Rapport.run(dir, "import", "new.rapport", "--format", "xmi", "hostile.xmi");

		assertEquals(3, result.exitCode(), result::toString);
		assertTrue(result.err().startsWith("rapport: hostile.xmi, line 2, column "), result::toString);
		assertFalse(Files.exists(dir.resolve("new.rapport")));
	}

	@Test
	void aTruncatedPlanIsReportedWithItsLineAndColumn() throws Exception {
		assertEquals(0, Rapport.run(dir, "new", "whole.rapport", "--sample").exitCode());
		byte[] whole = Files.readAllBytes(dir.resolve("whole.rapport"));
		Path truncated = dir.resolve("truncated.rapport");
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
		byte[] before = Files.readAllBytes(truncated);

		Result result = Rapport.run(dir, "validate", "truncated.rapport");

		assertEquals(3, result.exitCode(), result::toString);
		assertEquals("", result.out());
		Matcher location = Pattern.compile("^rapport: truncated\\.rapport, line (\\d+), column (\\d+): the file is not a complete Rapport plan")
				.matcher(result.err());
		assertTrue(location.find(), result::toString);
		long lines = new String(before, StandardCharsets.UTF_8).lines().count();
		assertTrue(Integer.parseInt(location.group(1)) >= lines - 1, "at the end, where the file stops: " + result.err());
		assertArrayEquals(before, Files.readAllBytes(truncated));
	}

	@Test
	void filesThatAreNoPlansAreReportedAsSuch() throws Exception {
		write("notes.rapport", "Buy milk.\n");
		write("empty.rapport", "");
		write("other.rapport", "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");

		assertBadInput(Rapport.run(dir, "validate", "notes.rapport"), "rapport: notes.rapport", "not an XML file");
		assertBadInput(Rapport.run(dir, "score", "empty.rapport"), "rapport: empty.rapport", "the file is empty");
		assertBadInput(Rapport.run(dir, "validate", "other.rapport"), "rapport: other.rapport", "is not a Rapport plan");
		assertBadInput(Rapport.run(dir, "validate", "absent.rapport"), "rapport: absent.rapport", "does not exist");
		assertBadInput(Rapport.run(dir, "validate", "."), "rapport: .", "folder");
	}

	private static void assertBadInput(Result result, String prefix, String reason) {
		assertEquals(3, result.exitCode(), result::toString);
		assertEquals("", result.out());
		assertTrue(result.err().startsWith(prefix), result::toString);
		assertTrue(result.err().contains(reason), () -> "expected \"" + reason + "\" in " + result);
	}

	private Path write(String name, String content) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static String hostname() {
		try {
			String name = Files.readString(Path.of("/etc/hostname")).strip();
			return name.isEmpty() ? "\u0000" : name;
		} catch (Exception e) {
			return "\u0000";
		}
	}
}
