/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.validation.PlanValidation;

/**
 * The plans of the hostile corpus ({@code data/hostile/plan-*.rapport}): each is refused with its file, line and
 * column, or loads without anything outside it being resolved, and validates and saves, within seconds.
 */
class HostilePlanFilesTest {

	@TempDir
	Path dir;

	static Stream<String> plans() {
		List<String> names = new ArrayList<>();
		for (URL url : Collections.list(Platform.getBundle("org.rapport.core.tests").findEntries("data/hostile", "plan-*", false))) {
			names.add(url.getPath().substring(url.getPath().lastIndexOf('/') + 1));
		}
		Collections.sort(names);
		return names.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void aHostilePlanIsRefusedWhereItIsWrongOrLoadsWithoutReachingOutside(String name) throws Exception {
		Path file = dir.resolve(name);
		try (InputStream in = Platform.getBundle("org.rapport.core.tests").getEntry("data/hostile/" + name).openStream()) {
			Files.copy(in, file);
		}
		byte[] before = Files.readAllBytes(file);
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			NetworkingPlan plan;
			try {
				plan = new PlanStore().load(file);
			} catch (PlanLoadException e) {
				assertTrue(e.getMessage().matches("(?s)" + java.util.regex.Pattern.quote(name) + ", line \\d+, column \\d+: .+\\."),
						e.getMessage());
				return;
			}
			PlanValidation.problems(PlanValidation.validate(plan));
			plan.getContacts().forEach(c -> c.getIntroducedBy());
			assertEquals(1, plan.eResource().getResourceSet().getResources().size(), "nothing else was loaded");
			new PlanStore().save(plan.eResource(), dir.resolve("saved.rapport"));
		});
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is left as it was");
	}
}
