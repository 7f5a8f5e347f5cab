/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.robot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The UI robot tests use in the real workbench (Tycho's UI harness with {@code useUIThread=true}): one object a test
 * holds, which hands each step to the part that does that job: {@link Widgets} finds controls and reads them,
 * {@link EventLoop} waits on conditions, {@link Input} makes real input (keys, clicks, the wheel) and moves the
 * focus, on a display that has a window manager ({@link WindowManager}). The methods below that only forward are there
 * so that a test reads as a sequence of a user's steps.
 * <p>
 * All methods must be called on the UI thread. Failures throw {@link AssertionError} (JUnit reports them as test
 * failures), with a description of what was being looked for or waited on.
 * </p>
 */
public final class Robot {

	private final EventLoop loop;
	private final Input input;

	public Robot(Display display) {
		this.loop = new EventLoop(display);
		this.input = new Input(loop);
	}

	/** A robot for the current thread's display (the UI thread). */
	public static Robot current() {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new AssertionError("The robot must run on the UI thread (useUIThread=true)");
		}
		return new Robot(display);
	}

	public Display display() {
		return loop.display();
	}

	// ------------------------------------------------------------------------------------------------- waiting

	public void waitUntil(String description, BooleanSupplier condition) {
		loop.waitUntil(description, condition);
	}

	public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		loop.waitUntil(description, condition, timeout);
	}

	public void waitUntil(String description, BooleanSupplier condition, Supplier<String> state) {
		loop.waitUntil(description, condition, state);
	}

	public <T> T waitFor(String description, Supplier<T> supplier) {
		return loop.waitFor(description, supplier);
	}

	public <T> T waitFor(String description, Supplier<T> supplier, Duration timeout) {
		return loop.waitFor(description, supplier, timeout);
	}

	public void flush() {
		loop.flush();
	}

	public void settle() {
		loop.settle();
	}

	public void pause(Duration duration) {
		loop.pause(duration);
	}

	public void waitOutDoubleClick() {
		loop.waitOutDoubleClick();
	}

	// ------------------------------------------------------------------------------------------------- finding

	/** Waits until a control with the given id exists under {@code root} and returns it. */
	public <T extends Control> T byId(Control root, String id, Class<T> type) {
		return loop.waitFor("a " + type.getSimpleName() + " with id '" + id + "' is under " + root,
				() -> Widgets.findById(root, id, type));
	}

	/** Like {@link #byId} but the control must also be showing (visible, with visible parents). */
	public <T extends Control> T showingById(Control root, String id, Class<T> type) {
		return loop.waitFor("a showing " + type.getSimpleName() + " with id '" + id + "' is under " + root, () -> {
			List<T> found = Widgets.findAll(root, type,
					c -> id.equals(c.getData(Widgets.ID_KEY)) && Widgets.isShowing(c));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	/** Waits until a showing control of the type whose text (mnemonics removed) equals {@code text}. */
	public <T extends Control> T byText(Control root, Class<T> type, String text) {
		return loop.waitFor("a " + type.getSimpleName() + " with text '" + text + "' is under " + root, () -> {
			List<T> found = Widgets.findAll(root, type, c -> text.equals(Widgets.textOf(c)) && Widgets.isShowing(c));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	// ------------------------------------------------------------------------------------------------- shells

	/**
	 * Runs {@code action} on the first shell matching {@code which} that opens, from inside whatever event loop is
	 * running then: a modal dialog blocks the test in its own loop, so its answer must be given from a timer. Call
	 * {@link ShellWatcher#await()} after the step that opens the shell.
	 */
	public ShellWatcher onShell(String description, Predicate<Shell> which, Consumer<Shell> action) {
		ShellWatcher watcher = new ShellWatcher(this, description, which, action);
		watcher.start();
		return watcher;
	}

	/** Waits until a new shell whose title is {@code title} (or any, when null) is open and returns it. */
	public Shell waitForShell(String title, Shell exclude) {
		return loop.waitFor("a shell titled '" + title + "' opens", () -> {
			for (Shell shell : display().getShells()) {
				if (shell != exclude && !shell.isDisposed() && shell.isVisible()
						&& (title == null || title.equals(shell.getText()))) {
					return shell;
				}
			}
			return null;
		});
	}

	// ------------------------------------------------------------------------------------------------- input

	public void activate(Shell shell) {
		input.activate(shell);
	}

	public void focus(Control control) {
		input.focus(control);
	}

	public void reveal(Control control) {
		input.reveal(control);
	}

	public void click(Control control) {
		input.click(control);
	}

	public void click(Control control, int x, int y) {
		input.click(control, x, y);
	}

	public void clickUnfocused(Control control) {
		input.clickUnfocused(control);
	}

	public void doubleClickRow(Table table, int index) {
		input.doubleClickRow(table, index);
	}

	public void clickRow(Table table, int index) {
		input.clickRow(table, index);
	}

	public void ctrlClickRow(Table table, int index) {
		input.ctrlClickRow(table, index);
	}

	public void clickHeader(Table table, TableColumn column) {
		input.clickHeader(table, column);
	}

	public void clickTab(CTabItem item) {
		input.clickTab(item);
	}

	public void clickItem(Tree tree, TreeItem item) {
		input.clickItem(tree, item);
	}

	public Point wheel(Control control, int notches) {
		return input.wheel(control, notches);
	}

	public void wheelAt(Point at, int notches) {
		input.wheelAt(at, notches);
	}

	public void moveMouse(Point at) {
		input.moveMouse(at);
	}

	public void press(int modifiers, int key) {
		input.press(modifiers, key);
	}

	public void press(int key) {
		input.press(key);
	}

	public void pressUntil(int modifiers, int key, String description, BooleanSupplier effect) {
		input.pressUntil(modifiers, key, description, effect);
	}

	public void type(String text) {
		input.type(text);
	}

	public void selectAllText(Text text) {
		input.selectAllText(text);
	}

	// ------------------------------------------------------------------------------------------------- screenshots

	/**
	 * Writes a PNG of the whole screen (the X display the tests run on) to {@code file}, for the report of a failing
	 * test. Never fails the test itself.
	 */
	public void screenshot(Path file) {
		Display display = display();
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (Exception | Error e) {
			System.err.println("Screenshot " + file + " failed: " + e);
		}
	}
}
