/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.robot;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The window manager of the X display the tests run on, as every desktop has one. A bare Xvfb has none, and then X
 * behaves as no user's desktop does: the keyboard goes to whatever window lies under the pointer (a tooltip that
 * pops up there takes it), a dialog that closes leaves the keyboard focus on no window and the workbench does not see
 * itself active again, so its keys go nowhere and its commands (Save) stay disabled. When the display has no window
 * manager, openbox is started on it once for the test run ({@code ./rapport test} installs it) and ends with the run;
 * a display that has one (a developer's desktop) is left alone.
 */
final class WindowManager {

	private static boolean ensured;

	private WindowManager() {
	}

	/** Makes sure the display has a window manager, starting openbox and waiting until it manages the display. */
	static synchronized void ensure(EventLoop loop) {
		if (ensured) {
			return;
		}
		if (running()) {
			ensured = true;
			return;
		}
		Process openbox;
		try {
			openbox = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new AssertionError("The display " + System.getenv("DISPLAY") + " has no window manager and openbox"
					+ " cannot be started (" + e + "); ./rapport test installs it (apt-get install openbox)", e);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(openbox::destroy, "stop openbox"));
		loop.waitUntil("openbox manages the display " + System.getenv("DISPLAY"), () -> {
			if (!openbox.isAlive()) {
				throw new AssertionError("openbox ended at once with exit code " + openbox.exitValue()
						+ " on the display " + System.getenv("DISPLAY"));
			}
			return running();
		});
		ensured = true;
	}

	/**
	 * Whether a window manager runs on the display: xdotool asks for the active window, and without a window manager
	 * that keeps it (EWMH's {@code _NET_ACTIVE_WINDOW}) it says the window manager "claims not to support" it.
	 */
	private static boolean running() {
		List<String> command = List.of("xdotool", "getactivewindow");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroy();
				throw new AssertionError(command + " did not answer within 10 s");
			}
			return !output.contains("claims not to support");
		} catch (IOException e) {
			throw new AssertionError("Real X input needs xdotool, which is not available (" + e
					+ "); ./rapport test installs it", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
