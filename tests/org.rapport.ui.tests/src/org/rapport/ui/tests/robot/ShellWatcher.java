/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.robot;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Shell;

/**
 * Watches for a shell (typically a modal dialog) and acts on it from a display timer, so that the action runs inside
 * the dialog's own event loop while the test's call that opened it is still blocked. See
 * {@link Robot#onShell(String, Predicate, Consumer)}.
 */
public final class ShellWatcher {

	private static final int POLL_MS = 50;

	private final Robot robot;
	private final String description;
	private final Predicate<Shell> which;
	private final Consumer<Shell> action;
	private final Runnable poll = this::poll;

	private boolean done;
	private boolean cancelled;
	private Shell seen;
	private Throwable failure;

	ShellWatcher(Robot robot, String description, Predicate<Shell> which, Consumer<Shell> action) {
		this.robot = robot;
		this.description = description;
		this.which = which;
		this.action = action;
	}

	void start() {
		robot.display().timerExec(POLL_MS, poll);
	}

	private void poll() {
		if (done || cancelled) {
			return;
		}
		for (Shell shell : robot.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && which.test(shell)) {
				done = true;
				seen = shell;
				try {
					action.accept(shell);
				} catch (Throwable t) {
					failure = t;
					// do not leave a modal dialog open: that would hang the whole test run
					if (!shell.isDisposed()) {
						shell.close();
					}
				}
				return;
			}
		}
		robot.display().timerExec(POLL_MS, poll);
	}

	/** Whether the shell was found (and acted on). */
	public boolean happened() {
		return done;
	}

	/** The shell that was seen, or {@code null}. */
	public Shell shell() {
		return seen;
	}

	/**
	 * Waits until the shell was seen and acted on, and rethrows what the action threw.
	 *
	 * @throws AssertionError when no such shell opened within the timeout
	 */
	public void await(Duration timeout) {
		try {
			robot.waitUntil(description, () -> done, timeout);
		} finally {
			cancelled = true;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		if (failure != null) {
			throw new AssertionError("While handling " + description + ": " + failure, failure);
		}
	}

	public void await() {
		await(EventLoop.DEFAULT_TIMEOUT);
	}

	/** Stops watching (when the shell is not expected after all). */
	public void cancel() {
		cancelled = true;
	}
}
