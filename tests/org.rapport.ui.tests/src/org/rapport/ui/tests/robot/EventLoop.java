/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.robot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting, on the UI thread, while the workbench's event loop runs: until a condition holds (failing with what was
 * waited for after a timeout), or until the events a step caused have been handled. Tests wait on conditions; the
 * only waits on time are {@link #pause(Duration)}, for a test that checks something does not happen within a while.
 */
public final class EventLoop {

	/** How long {@link #waitUntil(String, BooleanSupplier)} waits by default. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

	/** The longest {@link #flush()} waits for the application to go quiet. */
	private static final long FLUSH_LIMIT_NANOS = 2_000_000_000L;
	/** How long the queue must stay empty for {@link #flush()} to call the application quiet. */
	private static final long QUIET_NANOS = 50_000_000L;

	/**
	 * Counts the events the application handles, paints left out: GTK's own animations (a pulsing progress bar while
	 * a job runs, an owner-drawn list repainting) keep the loop dispatching all the time without the application
	 * doing anything a test waits for.
	 */
	private static int events;
	private static Display counting;
	private static final Set<Integer> NOT_COUNTED = Set.of(SWT.Paint, SWT.MeasureItem, SWT.EraseItem, SWT.PaintItem,
			// sent around every dispatch of the loop and its sleeps: the loop running, not the application working
			SWT.PreExternalEventDispatch, SWT.PostExternalEventDispatch);

	private final Display display;
	/** Wakes {@link Display#sleep()} up for another look at the clock. */
	private final Runnable wake = () -> {
	};

	public EventLoop(Display display) {
		this.display = Objects.requireNonNull(display, "display");
		if (counting != display) {
			counting = display;
			for (int type = SWT.None + 1; type <= SWT.ZoomChanged; type++) {
				if (!NOT_COUNTED.contains(type)) {
					display.addFilter(type, e -> events++);
				}
			}
		}
	}

	public Display display() {
		return display;
	}

	/** Waits (running the event loop) until the condition holds, for {@link #DEFAULT_TIMEOUT}. */
	public void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	/**
	 * Waits until the condition holds, dispatching events meanwhile.
	 *
	 * @param description what is waited for, used in the failure message ("the editor is dirty")
	 * @throws AssertionError after the timeout
	 */
	public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!test(condition)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting until " + description);
			}
			spinOnce();
		}
	}

	/** Waits until the condition holds; on timeout the message also tells what {@code state} says then. */
	public void waitUntil(String description, BooleanSupplier condition, Supplier<String> state) {
		try {
			waitUntil(description, condition, DEFAULT_TIMEOUT);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + " (" + state.get() + ")", e);
		}
	}

	/** Waits until the supplier gives a non-null value and returns it. */
	public <T> T waitFor(String description, Supplier<T> supplier) {
		return waitFor(description, supplier, DEFAULT_TIMEOUT);
	}

	public <T> T waitFor(String description, Supplier<T> supplier, Duration timeout) {
		List<T> found = new ArrayList<>(1);
		waitUntil(description, () -> {
			T value = supplier.get();
			if (value != null) {
				found.add(value);
			}
			return value != null;
		}, timeout);
		return found.get(0);
	}

	/** Whether the condition holds now; a condition that throws (a widget disposed meanwhile) does not, yet. */
	static boolean test(BooleanSupplier condition) {
		try {
			return condition.getAsBoolean();
		} catch (RuntimeException e) {
			return false;
		}
	}

	/** Dispatches one event, or sleeps at most 20 ms when there is none. */
	void spinOnce() {
		if (!display.readAndDispatch()) {
			display.timerExec(20, wake);
			display.sleep();
		}
	}

	/**
	 * Dispatches every pending event and waits a little longer, until the application has handled no event for 50 ms
	 * (or at most 2 s). Paints and GTK's own animations do not count (see {@link #events}): waiting for them to stop
	 * made every key press cost 2 s while a job ran.
	 */
	public void flush() {
		long quietSince = System.nanoTime();
		long end = quietSince + FLUSH_LIMIT_NANOS;
		while (System.nanoTime() - quietSince < QUIET_NANOS && System.nanoTime() < end) {
			int eventsBefore = events;
			if (!display.readAndDispatch()) {
				display.timerExec(10, wake);
				display.sleep();
			} else if (events != eventsBefore) {
				quietSince = System.nanoTime();
			}
		}
	}

	/**
	 * Waits until the work the application queued with {@link Display#asyncExec} so far has run: a runnable queued
	 * now runs after it. A control just created may still have such work pending (a workbench filter field puts its
	 * hint text in, selected, once it has the focus), which would otherwise land between the keys typed next. SWT runs
	 * queued work only when GTK has no events pending: while a job's progress bar animates, it waits.
	 */
	public void settle() {
		boolean[] ran = { false };
		display.asyncExec(() -> ran[0] = true);
		waitUntil("the work the application queued has run", () -> ran[0]);
	}

	/**
	 * Keeps the event loop running for a while: only for a test that checks that something does not happen within
	 * that while (a debounced job that must not run, a second click that must not count as a double click).
	 */
	public void pause(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			spinOnce();
		}
	}

	/** Waits out the double-click time, so that the next click does not make a double click with the last one. */
	public void waitOutDoubleClick() {
		pause(Duration.ofMillis(display.getDoubleClickTime() + 50L));
	}
}
