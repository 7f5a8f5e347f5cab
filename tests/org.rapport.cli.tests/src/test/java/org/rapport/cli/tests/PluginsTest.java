/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins installed into the product by users: {@code rapport plugins install|list|uninstall} over p2's director, and
 * a plugin jar dropped into {@code dropins/}, which the workbench's dropins reconciler adds at its next start. The
 * example mentorship plugin, from the p2 repository the build made, is the plugin; what the installation has is read
 * from p2 ({@code rapport plugins list}) and from the bundles it starts ({@code bundles.info}). The command line
 * cannot score that plugin's strategy: the plugin needs the workbench's bundles, which the command line leaves out.
 */
class PluginsTest {

	private static final String FEATURE = "org.example.rapport.mentorship.feature.feature.group";
	private static final String BUNDLE = "org.example.rapport.mentorship";

	@TempDir
	static Path dir;
	private static Path plan;

	@BeforeAll
	static void samplePlan() {
		assumeTrue(Rapport.productExists(), "the product is built by the Maven build before these tests");
		plan = dir.resolve("plan.rapport");
		Processes.Result result = Rapport.run(dir, "new", plan.toString(), "--sample");
		assertEquals(0, result.exitCode(), result.toString());
	}

	private static Path exampleRepository() {
		return Rapport.root().resolve("examples/org.example.rapport.mentorship.repository/target/repository");
	}

	@Test
	void installListAndUninstallThroughTheDirector() throws IOException {
		assertFalse(configured(), "the product comes without the example plugin");
		Processes.Result install = Rapport.run(dir, "plugins", "install", exampleRepository().toUri().toString(), FEATURE);
		try {
			assertEquals(0, install.exitCode(), install.toString());
			Processes.Result list = Rapport.run(dir, "plugins", "list");
			assertEquals(0, list.exitCode(), list.toString());
			assertTrue(list.out().startsWith(FEATURE + "/1.0.0."), list.toString());
			assertFalse(list.out().contains("org.rapport.product"), "Rapport itself is not listed: " + list);
			assertTrue(configured(), "the installation starts the plugin's bundle");
			assertEquals(0, Rapport.run(dir, "score", plan.toString()).exitCode(), "the command line still runs");
		} finally {
			Processes.Result uninstall = Rapport.run(dir, "plugins", "uninstall", FEATURE);
			assertEquals(0, uninstall.exitCode(), uninstall.toString());
		}
		assertEquals("", Rapport.run(dir, "plugins", "list").out().strip());
		assertFalse(configured(), "the uninstalled plugin is gone");
	}

	@Test
	void badUsageSaysHow() {
		Processes.Result result = Rapport.run(dir, "plugins", "install", "not-a-url", FEATURE);
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("not a repository URL"), result.toString());
		result = Rapport.run(dir, "plugins", "remove");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("rapport plugins install REPOSITORY-URL ID"), result.toString());
	}

	@Test
	void aJarInDropinsIsPickedUpAtTheNextStart() throws Exception {
		String display = System.getenv("DISPLAY");
		assumeTrue(display != null && !display.isEmpty(), "the workbench needs a display (./rapport test gives one)");
		Path dropins = Rapport.product().resolve("dropins");
		Path jar;
		try (Stream<Path> plugins = Files.list(exampleRepository().resolve("plugins"))) {
			jar = plugins.filter(p -> p.getFileName().toString().startsWith("org.example.rapport.mentorship_")).findFirst()
					.orElseThrow();
		}
		Files.createDirectories(dropins);
		Path dropped = Files.copy(jar, dropins.resolve(jar.getFileName()));
		try {
			startWorkbench("dropped");
			assertTrue(configured(), "the dropped plugin was added at the workbench's start");
		} finally {
			Files.delete(dropped);
		}
		startWorkbench("removed");
		assertFalse(configured(), "the plugin taken out of dropins is gone after the next start");
	}

	/** Whether the installation's bundles.info, which the workbench starts, has the example plugin's bundle. */
	private static boolean configured() throws IOException {
		return Files.readAllLines(Rapport.product().resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
				.stream().anyMatch(line -> line.startsWith(BUNDLE + ","));
	}

	/** Starts the workbench until its window is up (./rapport --screenshot), in a home of its own. */
	private static void startWorkbench(String name) throws IOException {
		Path home = Files.createDirectories(dir.resolve("home-" + name));
		Path shot = dir.resolve(name + ".png");
		Processes.Result result = Processes.run(dir, Map.of("HOME", home.toString(), "RAPPORT_NO_BUILD", "1",
				"JAVA_TOOL_OPTIONS", "-Duser.home=" + home), 180, Rapport.root().resolve("rapport").toString(),
				"--screenshot", shot.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(Files.size(shot) > 0, result.toString());
	}
}
