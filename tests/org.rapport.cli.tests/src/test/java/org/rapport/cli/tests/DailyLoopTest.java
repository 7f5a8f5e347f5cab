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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * The daily loop on the command line: {@code rapport agenda} prints the Agenda's groups, {@code rapport log}
 * records an interaction that answers the follow-ups due, and importing connections not met yet adds prospects,
 * not warnings.
 */
class DailyLoopTest {

	@TempDir
	Path dir;

	@BeforeEach
	void setUp() {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		Result created = Rapport.run(dir, "new", "plan.rapport", "--sample");
		assertEquals(0, created.exitCode(), created::toString);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAgendaListsEveryGroupWithItsCountAsTextAndJson() {
		Result text = Rapport.run(dir, "agenda", "plan.rapport");
		assertEquals(0, text.exitCode(), text::toString);
		for (String group : List.of("Overdue (", "Due today (", "Later this week (", "Next week (", "Later (",
				"Losing touch (")) {
			assertTrue(text.out().contains("\n" + group), "the text names the group " + group + ": " + text.out());
		}

		Result json = Rapport.run(dir, "agenda", "plan.rapport", "--json", "--days", "14");
		assertEquals(0, json.exitCode(), json::toString);
		Map<String, Object> agenda = (Map<String, Object>) Json.parse(json.out());
		assertEquals(14L, ((Number) agenda.get("days")).longValue());
		List<Map<String, Object>> groups = (List<Map<String, Object>>) agenda.get("groups");
		assertEquals(List.of("overdue", "today", "thisWeek", "nextWeek", "later", "losingTouch"),
				groups.stream().map(g -> g.get("id")).toList());
		Map<String, Object> overdue = groups.get(0);
		List<Map<String, Object>> items = (List<Map<String, Object>>) overdue.get("items");
		assertTrue(!items.isEmpty(), "the sample plan always has overdue follow-ups");
		assertEquals(items.size(), ((Number) overdue.get("count")).intValue());
		assertTrue(items.get(0).containsKey("contact") && items.get(0).containsKey("due")
				&& items.get(0).containsKey("reason"), items.get(0).toString());
	}

	@Test
	@SuppressWarnings("unchecked")
	void loggingWithSomeoneOverdueAnswersTheirFollowUpAndTheAgendaStopsListingIt() throws Exception {
		Map<String, Object> before = (Map<String, Object>) Json
				.parse(Rapport.run(dir, "agenda", "plan.rapport", "--json").out());
		Map<String, Object> first = ((List<Map<String, Object>>) ((List<Map<String, Object>>) before.get("groups"))
				.get(0).get("items")).get(0);
		String who = first.get("email") != null ? (String) first.get("email") : (String) first.get("contact");
		int overdueBefore = count(before, "overdue");

		Result logged = Rapport.run(dir, "log", "plan.rapport", "--contact", who.toUpperCase(), "--channel", "phone",
				"--summary", "Caught up on the launch", "--outcome", "Intro to Dee promised", "--follow-up",
				java.time.LocalDate.now().plusDays(10).toString(), "--reason", "Send the deck");
		assertEquals(0, logged.exitCode(), logged::toString);
		assertTrue(logged.out().startsWith("Logged phone with " + first.get("contact")), logged.out());
		assertTrue(logged.out().contains("answered: " + first.get("contact")), logged.out());
		assertTrue(logged.out().contains("next follow-up: "), logged.out());

		Map<String, Object> after = (Map<String, Object>) Json
				.parse(Rapport.run(dir, "agenda", "plan.rapport", "--json").out());
		assertTrue(count(after, "overdue") < overdueBefore, "the answered follow-up left the Overdue group");
		String plan = Files.readString(dir.resolve("plan.rapport"), StandardCharsets.UTF_8);
		assertTrue(plan.contains("summary=\"Caught up on the launch\"") && plan.contains("outcome=\"Intro to Dee promised\""));
		assertTrue(plan.contains("answeredBy=\""), "the follow-up is linked to the interaction that answered it");
		assertTrue(plan.contains("reason=\"Send the deck\""));
	}

	@Test
	void anUnknownOrAmbiguousContactIsAUsageErrorThatListsTheCandidatesAndChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(dir.resolve("plan.rapport"));
		Result unknown = Rapport.run(dir, "log", "plan.rapport", "--contact", "Nobody Atall", "--channel", "email",
				"--summary", "x");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("no contact in the plan is named \"Nobody Atall\""), unknown.err());

		Result ambiguous = Rapport.run(dir, "log", "plan.rapport", "--contact", "a", "--channel", "email", "--summary",
				"x");
		assertEquals(2, ambiguous.exitCode(), ambiguous::toString);
		assertTrue(ambiguous.err().contains("could be any of"), ambiguous.err());
		assertTrue(ambiguous.err().lines().count() > 3, "the candidates are listed: " + ambiguous.err());

		Result channel = Rapport.run(dir, "log", "plan.rapport", "--contact", "a", "--channel", "pigeon", "--summary",
				"x");
		assertEquals(2, channel.exitCode(), channel::toString);
		assertTrue(channel.err().contains("unknown channel \"pigeon\""), channel.err());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("plan.rapport")), "nothing changed");
	}

	@Test
	void importingFiveHundredConnectionsNotMetYetAddsNoWarningOrError() throws Exception {
		StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
		for (int i = 0; i < 500; i++) {
			csv.append("Newperson").append(i).append(",Connection,https://www.linkedin.com/in/np").append(i)
					.append(",np").append(i).append("@example.org,Firm ").append(i % 40).append(",Engineer,12 Mar 2024\n");
		}
		Files.writeString(dir.resolve("Connections.csv"), csv, StandardCharsets.UTF_8);
		List<String> before = problems(Rapport.run(dir, "score", "plan.rapport", "--json"));

		Result imported = Rapport.run(dir, "import", "plan.rapport", "--format", "linkedin", "Connections.csv");
		assertEquals(0, imported.exitCode(), imported::toString);
		assertTrue(imported.out().contains("500 new"), imported.out());
		String plan = Files.readString(dir.resolve("plan.rapport"), StandardCharsets.UTF_8);
		assertEquals(500, count(plan, "status=\"prospect\""), "every new person comes in as a prospect");

		Result after = Rapport.run(dir, "score", "plan.rapport", "--json");
		assertEquals(before, problems(after), "the same warnings and errors as before the import");
	}

	/** The warnings and errors of a score, with the counts of those a strategy did not list. */
	@SuppressWarnings("unchecked")
	private static List<String> problems(Result score) {
		Map<String, Object> json = (Map<String, Object>) Json.parse(score.out());
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> strategy : (List<Map<String, Object>>) json.get("strategies")) {
			for (Map<String, Object> finding : (List<Map<String, Object>>) strategy.get("findings")) {
				String severity = String.valueOf(finding.get("severity"));
				String message = String.valueOf(finding.get("message"));
				Matcher unlisted = Pattern.compile("errors: (\\d+), warnings: (\\d+)").matcher(message);
				if (unlisted.find()) {
					problems.add(strategy.get("id") + " unlisted " + unlisted.group());
				} else if (!severity.equalsIgnoreCase("info")) {
					problems.add(strategy.get("id") + " " + severity + " " + message);
				}
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private static int count(Map<String, Object> agenda, String group) {
		for (Map<String, Object> g : (List<Map<String, Object>>) agenda.get("groups")) {
			if (group.equals(g.get("id"))) {
				return ((Number) g.get("count")).intValue();
			}
		}
		throw new AssertionError("no group " + group);
	}

	private static int count(String text, String fragment) {
		int n = 0;
		for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
			n++;
		}
		return n;
	}
}
