/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.rapport.tests.support.SyntheticPlans;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;

/** Large synthetic plans saved where the UI tests and benchmarks can open them (the test bundle's target folder). */
public final class LargePlans {

	/** The seed of the plans the tests and benchmarks use. */
	public static final long SEED = 4242L;

	private LargePlans() {
	}

	/** The folder for generated plans: beside the sample plan's folder ({@code target/large}), else a temporary one. */
	public static Path folder() throws java.io.IOException {
		String sample = System.getProperty("rapport.sample.dir");
		Path folder = sample == null ? Files.createTempDirectory("rapport-large")
				: Path.of(sample).toAbsolutePath().getParent().resolve("large");
		Files.createDirectories(folder);
		return folder;
	}

	/** Generates a plan of that many contacts, relative to today. */
	public static NetworkingPlan generate(int contacts) {
		return SyntheticPlans.generate(contacts, SEED, LocalDate.now());
	}

	/** Saves the plan as {@code name.rapport} in {@link #folder()} (replacing an older file) and returns the path. */
	public static Path save(NetworkingPlan plan, String name) throws Exception {
		Path file = folder().resolve(name + '.' + PlanStore.FILE_EXTENSION);
		Files.deleteIfExists(file);
		new PlanStore().save(plan, file);
		return file;
	}
}
