/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.resource.RapportResource;

/**
 * Unknown content (a "future feature") nested thousands of levels deep is refused at load, promptly, with the
 * line and column where it went too deep; content of a newer version at a sane depth is still kept and saved.
 */
class DeepNestingTest {

	@TempDir
	Path dir;

	/** A plan whose root holds an unknown element nested {@code depth} levels deep. */
	static String nested(int depth) {
		StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:rapport=\"http://rapport.org/model/rapport/1.0\" xmi:id=\"_p\" name=\"Deep\">\n");
		text.append("<future>".repeat(depth)).append("x").append("</future>".repeat(depth));
		return text.append("\n</rapport:NetworkingPlan>\n").toString();
	}

	@ParameterizedTest(name = "{0} levels")
	@ValueSource(ints = { 10_000, 100_000 })
	void aPlanNestedThousandsOfLevelsDeepIsRefusedWithinSecondsAndLeftAsItWas(int depth) throws Exception {
		Path file = dir.resolve("deep.rapport");
		byte[] bytes = nested(depth).getBytes(StandardCharsets.UTF_8);
		Files.write(file, bytes);

		PlanLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(PlanLoadException.class, () -> new PlanStore().load(file)));

		assertTrue(e.getMessage().matches("deep\\.rapport, line 3, column \\d+: the file nests elements more than "
				+ RapportResource.MAX_DEPTH + " levels deep, far deeper than any Rapport plan, so Rapport refuses to read it\\."),
				e.getMessage());
		assertEquals(3, e.getLine());
		assertArrayEquals(bytes, Files.readAllBytes(file));
		assertEquals(1, Files.list(dir).count(), "nothing written beside it");
	}

	@Test
	void unknownContentAtTheDepthLimitIsKeptAndSaved() throws Exception {
		Path file = dir.resolve("future.rapport");
		// the root is level 1: this fills every level up to the limit
		Files.writeString(file, nested(RapportResource.MAX_DEPTH - 1));
		NetworkingPlan plan = new PlanStore().load(file);
		assertTrue(PlanStore.hasUnknownContent(plan));

		Path copy = dir.resolve("copy.rapport");
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new PlanStore().save(plan.eResource(), copy));

		String saved = Files.readString(copy);
		assertTrue(saved.contains("<future>".repeat(RapportResource.MAX_DEPTH - 1) + "x"), "kept as it was");
		assertEquals("Deep", new PlanStore().load(copy).getName());
	}

	@Test
	void oneLevelTooDeepIsRefused() throws Exception {
		Path file = dir.resolve("deep.rapport");
		Files.writeString(file, nested(RapportResource.MAX_DEPTH));
		assertThrows(PlanLoadException.class, () -> new PlanStore().load(file));
	}
}
