/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * {@code ./rapport package} as a user meets its result: the .deb unpacked into a temporary root (as dpkg would
 * install it, without its scripts), the workbench started from it on the display until its window shows, and
 * the command line from it validating and scoring a plan. The package's own Java runtime runs both; no JDK.
 */
class PackageTest {

	/** jpackage, jlink and dpkg-deb on a loaded 2-core machine; a run that takes longer is stuck. */
	private static final long PACKAGE_SECONDS = 600;

	/** The workbench's window shows within seconds; this long means it never will. */
	private static final long WINDOW_SECONDS = 120;

	@TempDir
	Path dir;

	@Test
	void theDebInstallsAWorkbenchAndACommandLineThatRunOnTheirOwnRuntime() throws Exception {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");

		// level 1: what is tested is the package's content, not how hard dpkg-deb squeezes it
		Result packaged = Processes.run(Rapport.root(), Map.of("RAPPORT_NO_BUILD", "1", "DPKG_DEB_COMPRESSOR_LEVEL", "1"),
				PACKAGE_SECONDS, Rapport.root().resolve("rapport").toString(), "package");
		assertEquals(0, packaged.exitCode(), packaged::toString);
		Path deb;
		try (Stream<Path> files = Files.list(Rapport.root().resolve("releng/org.rapport.product/target/package"))) {
			deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
		}

		Path root = dir.resolve("root");
		assertEquals(0, Processes.run(dir, Map.of(), 120, "dpkg-deb", "-x", deb.toString(), root.toString()).exitCode());
		Path app = root.resolve("opt/rapport");
		assertTrue(Files.isExecutable(app.resolve("bin/rapport")), "the native launcher");
		assertTrue(Files.isExecutable(app.resolve("lib/rapport-command")), "the command put on the PATH");
		assertTrue(Files.isRegularFile(app.resolve("lib/rapport.png")), "the icon");
		String desktop = Files.readString(app.resolve("lib/rapport-rapport.desktop"));
		assertTrue(desktop.contains("Name=Rapport") && desktop.contains("Exec=/opt/rapport/bin/rapport %F")
				&& desktop.contains("Icon=/opt/rapport/lib/rapport.png"), desktop);
		assertFalse(Files.exists(app.resolve("lib/rapport-rapport-cli.desktop")), "the command line has no menu entry");
		Path runtime = app.resolve("lib/runtime");
		assertTrue(Files.isExecutable(runtime.resolve("bin/java")), "its own Java runtime");
		assertFalse(Files.exists(runtime.resolve("bin/javac")), "a trimmed runtime, not a JDK");
		assertFalse(Files.exists(runtime.resolve("jmods")), "a trimmed runtime, not a JDK");

		Result scripts = Processes.run(dir, Map.of(), 60, "dpkg-deb", "-I", deb.toString(), "postinst");
		assertTrue(scripts.out().contains("ln -sf /opt/rapport/lib/rapport-command /usr/bin/rapport"), scripts::toString);
		assertTrue(scripts.out().contains("xdg-desktop-menu install /opt/rapport/lib/rapport-rapport.desktop"),
				scripts::toString);
		Result control = Processes.run(dir, Map.of(), 60, "dpkg-deb", "-f", deb.toString(), "Depends");
		assertTrue(control.out().contains("libgtk-3-0"), control::toString);

		// user.home decides where the workbench keeps its configuration, workspace and sample plan: here, not ~
		Path home = Files.createDirectories(dir.resolve("home"));
		Map<String, String> asUser = Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home, "HOME", home.toString());
		startWorkbench(app, asUser);
		assertTrue(Files.isRegularFile(home.resolve("Rapport/Sample networking plan.rapport")),
				"the first launch writes the sample plan");
		assertTrue(Files.isDirectory(home.resolve(".rapport/configuration")), "the configuration is the user's");

		String command = app.resolve("lib/rapport-command").toString();
		Result created = Processes.run(dir, asUser, 180, command, "new", "plan.rapport", "--sample");
		assertEquals(0, created.exitCode(), created::toString);
		Result validated = Processes.run(dir, asUser, 180, command, "validate", "plan.rapport");
		assertEquals(0, validated.exitCode(), validated::toString);
		assertTrue(validated.out().contains("plan.rapport: errors: 0"), validated::toString);
		Result scored = Processes.run(dir, asUser, 180, command, "score", "plan.rapport", "--json");
		assertEquals(0, scored.exitCode(), scored::toString);
		assertTrue(scored.out().contains("\"overall\""), scored::toString);
		// p2's director runs on the installation: no plugin installed yet
		Result plugins = Processes.run(dir, asUser, 180, command, "plugins", "list");
		assertEquals(0, plugins.exitCode(), plugins::toString);
		assertEquals("", plugins.out().strip(), plugins::toString);
		assertTrue(Files.isDirectory(home.resolve(".rapport/cli-configuration")), "the command line's configuration");
	}

	/**
	 * Starts the installed workbench on a display of its own, waits for its window, writes a picture of it next to the
	 * test reports and closes it. Not on the build's display: there this test's xdotool calls, each a client that comes
	 * and goes, were often its only clients, so it reset as each left, and a client connecting then is turned away; a
	 * workbench turned away says "An error has occurred" with its log in the configuration area (SWT: "No more handles
	 * [gtk_init_check() failed]"), all that the one CI run that failed here showed (its log was lost). Its own D-Bus
	 * session ends with it too.
	 */
	private void startWorkbench(Path app, Map<String, String> asUser) throws Exception {
		try (Desktop desktop = Desktop.start(Files.createDirectories(dir.resolve("desktop")))) {
			Map<String, String> environment = new HashMap<>(desktop.environment());
			environment.putAll(asUser);
			ProcessBuilder builder = new ProcessBuilder(app.resolve("bin/rapport").toString()).directory(dir.toFile())
					.redirectErrorStream(true).redirectOutput(dir.resolve("workbench.log").toFile());
			builder.environment().putAll(environment);
			long start = System.nanoTime();
			Process workbench = builder.start();
			try {
				String window = null;
				long deadline = start + WINDOW_SECONDS * 1_000_000_000L;
				while (window == null && System.nanoTime() < deadline && workbench.isAlive()) {
					window = desktop.windowOf(workbench.toHandle(), "Rapport");
					if (window == null) {
						Thread.sleep(200);
					}
				}
				assertNotNull(window, () -> "no Rapport window; the workbench said:\n" + log());
				System.out.printf("PackageTest: the installed workbench showed its window %.1f s after it started%n",
						(System.nanoTime() - start) / 1e9);
				int[] size = desktop.size(window);
				assertTrue(size[0] >= 800 && size[1] >= 500, () -> "the window is " + size[0] + "x" + size[1]);

				// a window is mapped before the workbench paints it: wait for its content
				Path png = Rapport.root().resolve("tests/org.rapport.cli.tests/target/package-workbench.png");
				desktop.screenshot(window, png);
				while (colours(png) <= 16 && System.nanoTime() < deadline) {
					Thread.sleep(250);
					desktop.screenshot(window, png);
				}
				assertTrue(colours(png) > 16, "the window shows something: " + png);
				System.out.printf("PackageTest: its content showed %.1f s after it started%n",
						(System.nanoTime() - start) / 1e9);
			} finally {
				workbench.descendants().forEach(ProcessHandle::destroy);
				workbench.destroy();
				if (!workbench.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
					workbench.destroyForcibly();
				}
			}
		}
	}

	/** What the workbench printed, and the platform's log files when it wrote any ("An error has occurred"). */
	private String log() {
		StringBuilder text = new StringBuilder();
		try {
			text.append(Files.readString(dir.resolve("workbench.log")));
			try (var files = Files.find(dir, 6, (path, attributes) -> attributes.isRegularFile()
					&& path.getFileName().toString().endsWith(".log") && path.toString().contains(".rapport"))) {
				for (Path file : (Iterable<Path>) files::iterator) {
					text.append("\n--- ").append(file).append(":\n").append(Files.readString(file));
				}
			}
		} catch (IOException e) {
			text.append(e);
		}
		return text.toString();
	}

	private static int colours(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 7) {
			for (int x = 0; x < image.getWidth(); x += 7) {
				seen.add(image.getRGB(x, y));
			}
		}
		return seen.size();
	}
}
