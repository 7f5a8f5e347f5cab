/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.repository.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md hold: each bundle requires only the Rapport bundles its row allows, and the
 * headless bundles import nothing of SWT, JFace or the workbench.
 */
class LayersTest {

	/** What each bundle may require of Rapport's own bundles (docs/architecture.md, "Bundles and layers"). */
	private static final Map<String, Set<String>> MAY_USE = Map.of(
			"org.rapport.model", Set.of(),
			"org.rapport.model.edit", Set.of("org.rapport.model"),
			"org.rapport.core", Set.of("org.rapport.model"),
			"org.rapport.strategies", Set.of("org.rapport.core"),
			"org.rapport.ui", Set.of("org.rapport.core", "org.rapport.model.edit"),
			"org.rapport.strategies.ui", Set.of("org.rapport.ui", "org.rapport.core"),
			"org.rapport.help", Set.of(),
			"org.rapport.ui.p2", Set.of(),
			"org.rapport.app", Set.of("org.rapport.core", "org.rapport.ui", "org.rapport.help"));

	private static final Set<String> HEADLESS = Set.of("org.rapport.model", "org.rapport.model.edit", "org.rapport.core",
			"org.rapport.strategies");

	private static final Pattern RAPPORT_REQUIREMENT = Pattern.compile("(?:^|,)\\s*(org\\.rapport\\.[\\w.]+)");
	private static final Pattern UI_IMPORT = Pattern.compile("^import (?:static )?org\\.eclipse\\.(?:swt|jface|ui)\\.",
			Pattern.MULTILINE);

	@Test
	void bundlesRequireOnlyTheLayersBelowThem() throws IOException {
		Map<String, Set<String>> required = new TreeMap<>();
		for (String bundle : MAY_USE.keySet()) {
			String manifest = Files.readString(Repository.root().resolve("bundles/" + bundle + "/META-INF/MANIFEST.MF"));
			String header = manifest.replaceAll("\\R ", "").lines().filter(line -> line.startsWith("Require-Bundle:"))
					.findFirst().orElse("Require-Bundle:").substring("Require-Bundle:".length());
			Set<String> rapport = new TreeSet<>();
			Matcher m = RAPPORT_REQUIREMENT.matcher(header.replaceAll("\"[^\"]*\"", ""));
			while (m.find()) {
				rapport.add(m.group(1));
			}
			if (!MAY_USE.get(bundle).containsAll(rapport)) {
				required.put(bundle, rapport);
			}
		}
		assertEquals(Map.of(), required, "bundles that require Rapport bundles their layer may not use");
	}

	@Test
	void headlessBundlesImportNoUserInterface() throws IOException {
		List<String> offending = new ArrayList<>();
		for (Path source : Repository.files(path -> path.endsWith(".java") && HEADLESS.stream()
				.anyMatch(bundle -> path.startsWith("bundles/" + bundle + "/")))) {
			if (UI_IMPORT.matcher(Files.readString(source)).find()) {
				offending.add(Repository.relative(source));
			}
		}
		assertEquals(List.of(), offending, "headless bundles' sources that import SWT, JFace or the workbench");
	}
}
