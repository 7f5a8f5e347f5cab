/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.ui.internal.recent.RecentPlanLabels;
import org.rapport.ui.internal.recent.RecentPlans;

/** File's recent plans as plain data: order, limit, removal, the text kept between sessions, the menu labels. */
class RecentPlansTest {

	private static final Path HOME = Path.of("/home/maya");
	private final Path a = HOME.resolve("plans/a.rapport");
	private final Path b = HOME.resolve("plans/b.rapport");
	private final Path c = HOME.resolve("c.rapport");

	@Test
	void theLastOpenedComesFirstAndEachPlanIsListedOnce() {
		RecentPlans plans = new RecentPlans(8);
		assertTrue(plans.opened(a));
		assertTrue(plans.opened(b));
		assertTrue(plans.opened(c));
		assertEquals(List.of(c, b, a), plans.getFiles());

		assertTrue(plans.opened(a), "a plan opened again moves to the top");
		assertEquals(List.of(a, c, b), plans.getFiles());
		assertFalse(plans.opened(a), "opening the first one again changes nothing");
		assertTrue(plans.opened(HOME.resolve("plans/../plans/./b.rapport")), "the same file by another path");
		assertEquals(List.of(b, a, c), plans.getFiles(), "paths are normalized: b is listed once");
	}

	@Test
	void theOldestFallsOffBeyondTheLimit() {
		RecentPlans plans = new RecentPlans(2);
		plans.opened(a);
		plans.opened(b);
		plans.opened(c);
		assertEquals(List.of(c, b), plans.getFiles());
		assertEquals(2, plans.getLimit());
		assertThrows(IllegalArgumentException.class, () -> new RecentPlans(0));
	}

	@Test
	void aPlanTakenOffTheListLeavesTheOthersInOrder() {
		RecentPlans plans = new RecentPlans(8);
		plans.opened(a);
		plans.opened(b);
		plans.opened(c);
		assertTrue(plans.remove(b));
		assertEquals(List.of(c, a), plans.getFiles());
		assertFalse(plans.remove(b), "not listed any more");
	}

	@Test
	void theTextKeptBetweenSessionsGivesTheSameListBack() {
		RecentPlans plans = new RecentPlans(8);
		Path odd = HOME.resolve("Plans & notes/ünïcode plan 100%.rapport");
		Path withNewline = HOME.resolve("two\nlines.rapport");
		plans.opened(a);
		plans.opened(odd);
		plans.opened(withNewline);
		RecentPlans again = RecentPlans.decode(plans.encode(), 8);
		assertEquals(List.of(withNewline, odd, a), again.getFiles(),
				"any character of a file name survives, a line break too: " + plans.encode());
		assertEquals(3, plans.encode().lines().count(), "one line a plan");
	}

	@Test
	void damagedTextIsReadAsFarAsItMakesSense() {
		String text = a.toUri() + "\n\n  not a uri ::\nhttp://example.org/x.rapport\n" + a.toUri() + "\n" + b.toUri()
				+ "\n" + c.toUri();
		assertEquals(List.of(a, b), RecentPlans.decode(text, 2).getFiles(),
				"blank lines, non-URIs, other schemes and repeats are left out; the limit holds");
		assertEquals(List.of(), RecentPlans.decode(null, 8).getFiles());
		assertEquals(List.of(), RecentPlans.decode("", 8).getFiles());
	}

	@Test
	void menuLabelsNumberThePlansWithMnemonicsOneToNine() {
		assertEquals("&1 a.rapport  [~/plans]", RecentPlanLabels.menuText(1, a, HOME));
		assertEquals("&9 c.rapport  [~]", RecentPlanLabels.menuText(9, c, HOME));
		assertEquals("10 c.rapport  [/home/maya]", RecentPlanLabels.menuText(10, c, null), "no mnemonic beyond 9");
		assertEquals("&2 Q&&A.rapport  [/srv/Tom && Jerry]",
				RecentPlanLabels.menuText(2, Path.of("/srv/Tom & Jerry/Q&A.rapport"), HOME),
				"an ampersand in a name is not taken for a mnemonic");

		Path deep = Path.of("/data/shared/teams/developer-relations/networking/2026/quarterly/plans/q3.rapport");
		String label = RecentPlanLabels.menuText(3, deep, HOME);
		assertTrue(label.startsWith("&3 q3.rapport  [/data/shared/"), label);
		assertTrue(label.endsWith("quarterly/plans]"), "a long folder keeps its start and end: " + label);
		assertTrue(label.contains("\u2026"), label);
		assertTrue(label.length() < deep.toString().length() + 6, label);
	}
}
