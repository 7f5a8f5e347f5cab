/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanPreloads;

/**
 * Plans read ahead while the workbench starts (the sample plan, the plan of the last session) are handed to the
 * editor once, and never when the file changed after it was read: the editor then reads it again.
 */
class PlanPreloadsTest {

	@TempDir
	Path dir;

	@Test
	void aPlanReadAheadIsHandedOutOnce() throws Exception {
		Path file = dir.resolve("ahead.rapport");
		new PlanStore().createNew(file, "Read ahead");
		PlanPreloads.load(file);

		NetworkingPlan plan = PlanPreloads.take(dir.resolve("./ahead.rapport"));
		assertNotNull(plan, "the same file, by another path");
		assertEquals("Read ahead", plan.getName());
		assertNotNull(plan.eResource().getResourceSet(), "in a resource set of its own, as the editor needs");
		assertNull(PlanPreloads.take(file), "handed out once");
		assertNull(PlanPreloads.take(dir.resolve("never.rapport")), "nothing was read ahead");
	}

	@Test
	void aFileChangedSinceItWasReadIsReadAgain() throws Exception {
		Path file = dir.resolve("changed.rapport");
		new PlanStore().createNew(file, "First");
		PlanPreloads.load(file);
		Files.writeString(file, Files.readString(file).replace("First", "Written after"));

		// read before or after the change: either it is not handed out or it is the file as it is now
		NetworkingPlan plan = PlanPreloads.take(file);
		assertTrue(plan == null || "Written after".equals(plan.getName()), "a stale plan: " + plan);
	}

	@Test
	void aFileThatCannotBeReadLeavesItToTheEditor() {
		Path file = dir.resolve("missing.rapport");
		PlanPreloads.load(file);
		assertNull(PlanPreloads.take(file), "the editor reads it and says what is wrong");
	}
}
