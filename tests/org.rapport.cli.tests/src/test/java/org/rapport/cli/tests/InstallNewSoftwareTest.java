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
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Desktop.Element;

/**
 * A user installs another team's plugin with Help > Install New Software... and removes it with Help > About Rapport >
 * Installation Details, in a copy of the built product started by {@code ./rapport} on a desktop of its own
 * ({@link Desktop}): the keys a person presses, the windows and restarts that follow. The plugin is the example
 * mentorship plugin, from the p2 repository the build made; the Scorecard is read as a screen reader reads it. Pictures
 * of the wizard's steps go to {@code target/install-new-software/}.
 */
class InstallNewSoftwareTest {

	private static final String FEATURE = "org.example.rapport.mentorship.feature.feature.group";
	private static final String FEATURE_NAME = "Mentorship Coverage for Rapport (example)";
	private static final String STRATEGY = "Mentorship coverage";
	/** The workbench's window, as xdotool finds it and by its title. */
	private static final String MAIN_WINDOW = "^Rapport ?$";
	private static final String MAIN_TITLE = "Rapport";
	/** The workbench starts within seconds, p2 installs a local plugin in fewer: this long means never. */
	private static final long SECONDS = 120;

	@TempDir
	Path dir;

	private Desktop desktop;
	private Path product;
	private Path shots;
	private Map<String, String> environment;
	private Process workbench;
	private long start;

	@Test
	void installThePluginThroughTheWizardThenUninstallIt() throws Exception {
		assumeTrue(Rapport.productExists(), "the product is built by the Maven build before these tests");
		product = dir.resolve("rapport");
		Processes.Result copied = Processes.run(dir, Map.of(), 60, "cp", "-a", Rapport.product().toString(),
				product.toString());
		assertEquals(0, copied.exitCode(), copied::toString);
		shots = Rapport.root().resolve("tests/org.rapport.cli.tests/target/install-new-software");
		Path home = Files.createDirectories(dir.resolve("home"));
		start = System.nanoTime();
		try (Desktop started = Desktop.start(dir)) {
			desktop = started;
			environment = new HashMap<>(desktop.environment());
			environment.putAll(Map.of("RAPPORT_PRODUCT", product.toString(), "RAPPORT_NO_BUILD", "1", "HOME",
					home.toString(), "JAVA_TOOL_OPTIONS", "-Duser.home=" + home));
			startWorkbench();
			try {
				String window = desktop.awaitWindow(MAIN_WINDOW, SECONDS);
				step("the workbench's window");
				closeWelcome();
				awaitScorecard(window, 7, "0-scorecard-before.png");
				window = install(window);
				step("the restarted workbench's window");
				awaitScorecard(window, 8, "5-scorecard-installed.png");
				assertTrue(configured(), "the installation starts the plugin's bundle");
				Processes.Result listed = Rapport.run(dir, Map.of("RAPPORT_PRODUCT", product.toString()), null, "plugins",
						"list");
				assertTrue(listed.out().startsWith(FEATURE + "/"), "p2 has the plugin installed: " + listed);
				step("plugins list");
				window = uninstall(window);
				step("the restarted workbench's window");
				awaitScorecard(window, 7, "9-scorecard-uninstalled.png");
			} catch (AssertionError | Exception e) {
				explain(e);
				throw e;
			} finally {
				stopWorkbench();
			}
		}
		step("installed and uninstalled through the wizards");
		Processes.Result list = Rapport.run(dir, Map.of("RAPPORT_PRODUCT", product.toString()), null, "plugins", "list");
		assertEquals(0, list.exitCode(), list::toString);
		assertEquals("", list.out().strip(), "p2 has nothing installed but Rapport: " + list);
		assertFalse(configured(), "the plugin's bundle is no longer started");
	}

	/** Adds what the screen showed (a picture) and what the workbench said to a failure, for whoever reads it. */
	private void explain(Throwable failure) {
		try {
			Path picture = shots.resolve("failure.png");
			desktop.screenshot("root", picture);
			failure.addSuppressed(new AssertionError("the screen: " + picture + "; the workbench said:\n"
					+ Files.readString(dir.resolve("workbench.log"))));
		} catch (IOException | RuntimeException | AssertionError e) {
			failure.addSuppressed(e);
		}
	}

	/** Says how long the test took to this step (the workbench starts three times, and does so slowly under load). */
	private void step(String what) {
		System.out.printf("InstallNewSoftwareTest: %s after %.1f s%n", what, (System.nanoTime() - start) / 1e9);
	}

	/** The first start shows the Welcome over the whole window: closed by its tab's close button. */
	private void closeWelcome() throws Exception {
		Element tab = desktop.await(MAIN_TITLE, "the Welcome", e -> e.is("page tab", "Welcome") && e.has("showing"),
				SECONDS);
		desktop.click(tab.x() + tab.width() - 14, tab.y() + tab.height() / 2);
	}

	/** Help > Install New Software..., through to Restart Now; the window of the restarted workbench. */
	private String install(String window) throws Exception {
		desktop.awaitActive(window, SECONDS);
		desktop.keys("alt+h", "i");
		String wizard = desktop.awaitWindow("^Install ?$", SECONDS);
		desktop.awaitActive(wizard, SECONDS);
		desktop.await("Install", "the page Available Software", e -> e.is("label", "Available Software"), SECONDS);
		// Work with has the focus: the example's repository, as a user types or pastes a location
		desktop.await("Install", "the focus in Work with", e -> e.role().equals("text") && e.has("focused"), SECONDS);
		desktop.type(exampleRepository());
		desktop.keys("Return");
		desktop.await("Install", "the example's category", e -> e.is("table cell", "Rapport extensions"), SECONDS);
		desktop.keys("alt+s");
		desktop.await("Install", "Next enabled once something is ticked",
				e -> e.is("push button", "Next >") && e.has("enabled"), SECONDS);
		desktop.screenshot(wizard, shots.resolve("1-available-software.png"));
		desktop.keys("alt+n");
		desktop.await("Install", "the page Install Details", e -> e.is("label", "Install Details"), SECONDS);
		desktop.await("Install", FEATURE_NAME, e -> e.is("table cell", FEATURE_NAME), SECONDS);
		// no licence to accept: the example's is a link only
		desktop.await("Install", "Finish enabled", e -> e.is("push button", "Finish") && e.has("enabled"), SECONDS);
		desktop.screenshot(wizard, shots.resolve("2-install-details.png"));
		desktop.awaitActive(wizard, SECONDS);
		desktop.keys("alt+f");
		desktop.awaitGone(wizard, SECONDS);
		step("Finish");
		// the example is not signed: p2 asks whether to trust it
		String trust = desktop.awaitWindow("^Trust Artifacts ?$", SECONDS);
		desktop.await("Trust Artifacts", "the unsigned content", e -> e.is("table cell", "Unsigned"), SECONDS);
		desktop.screenshot(trust, shots.resolve("3-trust.png"));
		desktop.awaitActive(trust, SECONDS);
		desktop.keys("alt+s");
		desktop.await("Trust Artifacts", "Trust Selected enabled",
				e -> e.is("push button", "Trust Selected") && e.has("enabled"), SECONDS);
		desktop.keys("alt+t");
		return restart(window, "4-restart.png");
	}

	/** Help > About Rapport > Installation Details > Uninstall..., through to Restart Now; the new window. */
	private String uninstall(String window) throws Exception {
		desktop.awaitActive(window, SECONDS);
		desktop.keys("alt+h", "a");
		desktop.awaitActive(desktop.awaitWindow("^About Rapport ?$", SECONDS), SECONDS);
		desktop.keys("alt+i");
		String details = desktop.awaitWindow("^Rapport Installation Details ?$", SECONDS);
		Element row = desktop.await("Rapport Installation Details", FEATURE_NAME,
				e -> e.is("table cell", FEATURE_NAME) && e.has("showing"), SECONDS);
		desktop.click(row.x() + row.width() / 2, row.y() + row.height() / 2);
		desktop.await("Rapport Installation Details", "Uninstall... enabled",
				e -> e.is("push button", "Uninstall...") && e.has("enabled"), SECONDS);
		desktop.screenshot(details, shots.resolve("6-installation-details.png"));
		desktop.awaitActive(details, SECONDS);
		desktop.keys("alt+u");
		String wizard = desktop.awaitWindow("^Uninstall ?$", SECONDS);
		desktop.await("Uninstall", "the page Uninstall Details", e -> e.is("label", "Uninstall Details"), SECONDS);
		desktop.await("Uninstall", FEATURE_NAME, e -> e.is("table cell", FEATURE_NAME), SECONDS);
		desktop.await("Uninstall", "Finish enabled", e -> e.is("push button", "Finish") && e.has("enabled"), SECONDS);
		desktop.screenshot(wizard, shots.resolve("7-uninstall-details.png"));
		desktop.awaitActive(wizard, SECONDS);
		desktop.keys("alt+f");
		desktop.awaitGone(wizard, SECONDS);
		step("Finish");
		return restart(window, "8-restart.png");
	}

	/** Answers Restart Now to p2's question; the window of the workbench that started again. */
	private String restart(String window, String shot) throws Exception {
		String question = desktop.awaitWindow("^Software Updates ?$", SECONDS);
		desktop.await("Software Updates", "Restart Now", e -> e.is("push button", "Restart Now"), SECONDS);
		desktop.screenshot(question, shots.resolve(shot));
		desktop.awaitActive(question, SECONDS);
		desktop.keys("alt+r");
		desktop.awaitGone(window, SECONDS);
		return desktop.awaitWindow(MAIN_WINDOW, SECONDS);
	}

	/**
	 * Waits until the Scorecard shows the scores of so many strategies, then checks that its strategies (the items
	 * of its Show: list) have the example's exactly when there are eight.
	 */
	private void awaitScorecard(String window, int strategies, String picture) throws Exception {
		desktop.await(MAIN_TITLE, strategies + " strategies scored",
				e -> e.role().equals("label") && e.name().startsWith(strategies + " strategies;") && e.has("showing"),
				SECONDS);
		String shown = desktop.show(MAIN_TITLE);
		assertEquals(strategies == 8, shown.lines().map(Element::of).anyMatch(e -> e.is("menu item", STRATEGY)),
				"the Scorecard's strategies and " + STRATEGY + ":\n" + shown);
		desktop.screenshot(window, shots.resolve(picture));
		step("the Scorecard with " + strategies + " strategies");
	}

	private void startWorkbench() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Rapport.root().resolve("rapport").toString()).directory(dir.toFile())
				.redirectErrorStream(true).redirectOutput(dir.resolve("workbench.log").toFile());
		builder.environment().putAll(environment);
		workbench = builder.start();
	}

	private void stopWorkbench() throws InterruptedException {
		workbench.descendants().forEach(ProcessHandle::destroy);
		workbench.destroy();
		if (!workbench.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			workbench.descendants().forEach(ProcessHandle::destroyForcibly);
			workbench.destroyForcibly();
		}
	}

	private static String exampleRepository() {
		return Rapport.root().resolve("examples/org.example.rapport.mentorship.repository/target/repository").toUri()
				.toString();
	}

	/** Whether the installation's bundles.info, which the workbench starts, has the example plugin's bundle. */
	private boolean configured() throws IOException {
		return Files.readAllLines(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
				.stream().anyMatch(line -> line.startsWith("org.example.rapport.mentorship,"));
	}
}
