/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.tests.robot.Robot;

/**
 * Helps with failing UI tests: saves a PNG of the screen when a test fails, as
 * {@code target/screenshots/Class.method.png} (next to the sample folder the build gives the application), prints
 * the failure at once, and prints the stacks of all threads when a test is still running after two minutes (a UI
 * test that hangs, typically in a modal dialog nobody answers). After each test it closes the notification an action
 * ended with ({@link Outcomes}): SWT's {@code Display.post} hands the robot's keys to the newest top-level window, so
 * a notification still showing would take the keys of the next test.
 */
public final class ScreenshotOnFailure implements TestWatcher, BeforeEachCallback, AfterEachCallback {

	private static final long HANG_MS = 120_000;

	private Timer watchdog;

	@Override
	public void beforeEach(ExtensionContext context) {
		String name = name(context);
		watchdog = new Timer("UI test watchdog", true);
		watchdog.schedule(new TimerTask() {
			@Override
			public void run() {
				StringBuilder out = new StringBuilder("UI test " + name + " still running after " + HANG_MS + " ms:\n");
				for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
					out.append('"').append(e.getKey().getName()).append("\"\n");
					for (StackTraceElement element : e.getValue()) {
						out.append("\tat ").append(element).append('\n');
					}
				}
				System.err.println(out);
			}
		}, HANG_MS);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (watchdog != null) {
			watchdog.cancel();
		}
		if (Display.getCurrent() != null) {
			Outcomes.closeNotification();
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Display display = Display.getCurrent();
		String name = name(context);
		System.err.println("FAILED " + name + ": " + cause);
		if (display == null) {
			return;
		}
		Path folder = Workbench.screenshotFolder();
		Path file = folder.resolve(name + ".png");
		new Robot(display).screenshot(file);
		System.err.println("Screenshot of the failure: " + file);
	}

	@Override
	public void testDisabled(ExtensionContext context, Optional<String> reason) {
	}

	private static String name(ExtensionContext context) {
		return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
	}
}
