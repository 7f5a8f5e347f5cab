/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * {@code new}, {@code validate}, {@code score} and {@code help}, run through the launcher script against the
 * product: what they print where, their exit codes and the files they write.
 */
class CommandLineTest {

	@TempDir
	static Path shared;

	/** The sample plan, written once by {@code new --sample} for the tests that only read it. */
	static Path sample;

	@TempDir
	Path dir;

	@BeforeAll
	static void writeSample() {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		Result result = Rapport.run(shared, "new", "sample.rapport", "--sample");
		assertEquals(0, result.exitCode(), result::toString);
		sample = shared.resolve("sample.rapport");
		assertTrue(Files.isRegularFile(sample));
	}

	@Test
	void newCreatesAnEmptyPlanAndNeverOverwritesOne() throws Exception {
		Result created = Rapport.run(dir, "new", "plans/../my plan.rapport", "--name", "Jörg's plan");

		assertEquals(0, created.exitCode(), created::toString);
		assertEquals("Created the plan \"Jörg's plan\" in plans/../my plan.rapport.\n", created.out());
		assertEquals("", created.err(), "nothing but the result: no log, no warnings");
		Path plan = dir.resolve("my plan.rapport");
		String content = Files.readString(plan, StandardCharsets.UTF_8);
		assertTrue(content.contains("name=\"Jörg&apos;s plan\"") || content.contains("name=\"Jörg's plan\""), content);
		assertTrue(content.contains("http://rapport.org/model/rapport/2.1"));

		byte[] before = Files.readAllBytes(plan);
		Result again = Rapport.run(dir, "new", "my plan.rapport");
		assertEquals(4, again.exitCode(), again::toString);
		assertEquals("", again.out());
		assertTrue(again.err().startsWith("rapport: my plan.rapport: "), again.err());
		assertTrue(again.err().contains("already exists"), again.err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(plan)), "the existing plan is untouched");
	}

	@Test
	void newNamesThePlanAfterTheFile() throws Exception {
		Result created = Rapport.run(dir, "new", "career-2027.rapport");

		assertEquals(0, created.exitCode(), created::toString);
		assertTrue(Files.readString(dir.resolve("career-2027.rapport")).contains("name=\"career-2027\""));
	}

	@Test
	void validateListsTheSamplePlansWarningsAndExitsByTheirSeverity() {
		Result result = Rapport.run(shared, "validate", "sample.rapport");

		List<String> lines = result.out().lines().toList();
		List<String> problems = lines.subList(0, lines.size() - 1);
		assertFalse(problems.isEmpty(), result::toString);
		for (String problem : problems) {
			assertTrue(problem.matches("sample\\.rapport: (error|warning|info): \\S.*"), problem);
		}
		long errors = problems.stream().filter(p -> p.startsWith("sample.rapport: error: ")).count();
		long warnings = problems.stream().filter(p -> p.startsWith("sample.rapport: warning: ")).count();
		assertTrue(warnings > 0, "the sample plan has things to work on: " + result);
		assertTrue(lines.get(lines.size() - 1).startsWith("sample.rapport: errors: " + errors + ", warnings: " + warnings + ", "),
				lines.get(lines.size() - 1));
		assertEquals(errors > 0 ? 1 : 0, result.exitCode(), "1 only for errors");
		assertEquals("", result.err());

		Result strict = Rapport.run(shared, "validate", "--strict", "sample.rapport");
		assertEquals(1, strict.exitCode(), "warnings fail with --strict");
		assertEquals(result.out(), strict.out());
	}

	@Test
	void validateOfANewPlanFindsNothing() {
		assertEquals(0, Rapport.run(dir, "new", "empty.rapport").exitCode());

		Result result = Rapport.run(dir, "validate", "empty.rapport", "--strict");

		assertEquals("empty.rapport: no problems.\n", result.out(), result::toString);
		assertEquals(0, result.exitCode());
	}

	@Test
	void scoreJsonHasEveryBuiltInStrategy() {
		Result result = Rapport.run(shared, "score", "sample.rapport", "--json", "--today", "2026-03-01");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("", result.err());
		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
		assertEquals("sample.rapport", json.get("file"));
		assertEquals("2026-03-01", json.get("today"));
		assertEquals(Boolean.TRUE, json.get("complete"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> strategies = (List<Map<String, Object>>) json.get("strategies");
		assertEquals(7, strategies.size(), () -> strategies.stream().map(s -> (String) s.get("id")).toList().toString());
		Set<String> ids = strategies.stream().map(s -> (String) s.get("id")).collect(Collectors.toSet());
		assertEquals(7, ids.size(), "seven different strategies");
		double weighted = 0;
		double weights = 0;
		for (Map<String, Object> strategy : strategies) {
			assertEquals(Boolean.FALSE, strategy.get("failed"), strategy::toString);
			assertEquals(null, strategy.get("failure"));
			double score = (Double) strategy.get("score");
			assertTrue(score >= 0 && score <= 100, strategy::toString);
			assertTrue(strategy.get("findings") instanceof List<?>);
			for (Object finding : (List<?>) strategy.get("findings")) {
				Map<?, ?> f = (Map<?, ?>) finding;
				assertTrue(Set.of("info", "warning", "error").contains(f.get("severity")), f::toString);
				assertTrue(f.get("message") instanceof String);
			}
			double weight = (Double) strategy.get("weight");
			weighted += weight * score;
			weights += weight;
		}
		assertEquals(weighted / weights, (Double) json.get("overall"), 1e-9, "the overall is the weighted average");
	}

	@Test
	void scorePrintsATableWithAnOverallLine() {
		Result result = Rapport.run(shared, "score", "sample.rapport");

		assertEquals(0, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(0).matches("Strategy\\s+Weight\\s+Score\\s+Findings\\s+Note"), lines.get(0));
		assertTrue(lines.get(1).matches("-+"));
		// header, rule, seven strategies, rule, overall with the health word; a line why, when the word is held back
		for (String row : lines.subList(2, 9)) {
			assertTrue(row.matches(".+\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+"), row);
		}
		assertTrue(lines.get(10).matches("Overall \\(weighted\\)\\s+\\d+\\.\\d\\s+(Good|Fair|Needs work)"), lines.get(10));
		double overall = Double.parseDouble(lines.get(10).replaceAll(".*?(\\d+\\.\\d).*", "$1"));
		boolean heldBack = overall >= 75 && lines.get(10).endsWith("Fair");
		assertEquals(heldBack ? 12 : 11, lines.size(), result::toString);
		if (heldBack) {
			assertTrue(lines.get(11).matches("\\d+ of your \\d+ open follow-ups are overdue: .*"), lines.get(11));
		}
	}

	@Test
	void scoreOfANewPlanListsItsFirstStepsAndTheJsonSaysTheSame() {
		assertEquals(0, Rapport.run(dir, "new", "new.rapport").exitCode());
		Result result = Rapport.run(dir, "score", "new.rapport");

		assertEquals(0, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(10).matches("Overall \\(weighted\\)\\s+0\\.0\\s+Getting started"), lines.get(10));
		assertEquals(List.of("", "Getting started: 0 of 5 first steps done; the plan is rated from 3 on.",
				"  [ ] Write your first career aspiration", "  [ ] Add a networking goal",
				"  [ ] Add or import your contacts", "  [ ] Define an audience", "  [ ] Schedule a follow-up"),
				lines.subList(11, lines.size()), result::toString);

		Result json = Rapport.run(dir, "score", "new.rapport", "--json");
		@SuppressWarnings("unchecked")
		Map<String, Object> parsed = (Map<String, Object>) Json.parse(json.out());
		@SuppressWarnings("unchecked")
		Map<String, Object> health = (Map<String, Object>) parsed.get("health");
		assertEquals("getting-started", health.get("word"));
		assertEquals("Getting started", health.get("label"));
		List<?> steps = (List<?>) parsed.get("firstSteps");
		assertEquals(5, steps.size());
		assertEquals(Boolean.FALSE, ((Map<?, ?>) steps.get(0)).get("done"));
		assertEquals("aspiration", ((Map<?, ?>) steps.get(0)).get("step"));
		for (Object strategy : (List<?>) parsed.get("strategies")) {
			for (Object finding : (List<?>) ((Map<?, ?>) strategy).get("findings")) {
				assertFalse("error".equals(((Map<?, ?>) finding).get("severity")), "a new plan has no errors: " + finding);
			}
		}
	}

	@Test
	void helpListsTheCommandsAndTheExitCodes() {
		Result script = Rapport.run(dir, "--help");
		assertEquals(0, script.exitCode());
		for (String command : List.of("new FILE", "validate FILE", "score FILE", "export FILE", "import FILE")) {
			assertTrue(script.out().contains("./rapport " + command), () -> command + " in\n" + script.out());
		}

		Result help = Rapport.run(dir, "help", "export");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().startsWith("Usage: rapport export FILE --out PATH"), help.out());
		assertTrue(help.out().contains("rapport.ecore"));
		assertTrue(help.out().contains("2 usage error"), help.out());

		Result commandHelp = Rapport.run(dir, "score", "--help");
		assertEquals(0, commandHelp.exitCode());
		assertTrue(commandHelp.out().startsWith("Usage: rapport score FILE"), commandHelp.out());
	}

	@Test
	void usageErrorsExitWith2AndSayWhatIsWrongOnStandardError() throws Exception {
		assertUsage(Rapport.run(dir, "help", "frobnicate"), "unknown command \"frobnicate\"");
		assertUsage(Rapport.run(dir, "validate"), "validate: FILE is missing.");
		assertUsage(Rapport.run(dir, "validate", "a.rapport", "b.rapport"), "validate: unexpected argument \"b.rapport\".");
		assertUsage(Rapport.run(dir, "score", "x.rapport", "--colour"), "score: unknown option \"--colour\".");
		assertUsage(Rapport.run(dir, "score", "x.rapport", "--today", "yesterday"), "\"yesterday\" is not a date");
		assertUsage(Rapport.run(dir, "export", "x.rapport", "--out"), "export: the option --out needs a value.");
		assertUsage(Rapport.run(dir, "export", "x.rapport", "--out", "x.pdf"), "the format cannot be told");
		assertUsage(Rapport.run(dir, "export", "x.rapport", "--out", "x.pdf", "--format", "pdf"), "unknown format \"pdf\"");
		assertUsage(Rapport.run(dir, "import", "x.rapport", "--format", "xmi"), "import: IN is missing.");
		assertUsage(Rapport.run(dir, "new", "x.rapport", "--name", " "), "the name of a plan cannot be empty");
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count(), "a usage error writes nothing");
		}
	}

	private static void assertUsage(Result result, String message) {
		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("", result.out(), result::toString);
		assertTrue(result.err().startsWith("rapport: "), result::toString);
		assertTrue(result.err().contains(message), () -> "expected \"" + message + "\" in\n" + result);
		assertTrue(result.err().contains("rapport help"), "points to the help");
	}
}
