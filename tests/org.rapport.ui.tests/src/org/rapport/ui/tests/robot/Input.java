/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.robot;

import static org.rapport.ui.tests.robot.Widgets.describe;
import static org.rapport.ui.tests.robot.Widgets.isShowing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/**
 * Real input: the keyboard focus, mouse moves and clicks at a control's display coordinates, the wheel, key presses
 * with modifiers and typed text. Keys and most clicks go in through {@link Display#post(Event)}, so they pass GTK
 * and the workbench's key binding dispatcher exactly as a user's would: Ctrl+Z reaches the Undo command, a click
 * selects a table row, Tab moves the focus.
 * <p>
 * One exception: on GTK 3, a click posted with {@code Display.post} carries no root coordinates, and SWT computes the
 * position of its own {@code MouseDown} from them. Native widgets (tables, trees, buttons, text fields) do not care,
 * but custom-drawn ones (tab folders, canvases, form hyperlinks) would see the click at the screen's top left corner.
 * Those, table headers and the wheel get real X input through {@code xdotool} (XTEST) instead. The display has a
 * window manager ({@link WindowManager}), which gives the keyboard focus to the shell activated and back to the
 * workbench when a dialog closes, as on a desktop. Every input is made once: one that cannot be made, or whose effect
 * does not come, fails the test with the reason; nothing is made again and no event is sent in its place.
 * </p>
 * <p>
 * Input waits for what a user waits for: a row or header is scrolled into view (sideways with the wheel where a narrow
 * table hides it), and a second click on the spot of a recent one comes after the double-click time.
 * </p>
 */
public final class Input {

	/** Where the last mouse button press went, for failure messages ("the click landed on ..."). */
	private static String lastMouseDown = "no mouse press seen";
	private static Display tracking;

	private final Display display;
	private final EventLoop loop;

	public Input(EventLoop loop) {
		this.loop = loop;
		this.display = loop.display();
		WindowManager.ensure(loop);
		if (tracking != display) {
			tracking = display;
			display.addFilter(SWT.MouseDown, e -> lastMouseDown = "button " + e.button + " pressed on " + describe(e.widget)
					+ " at " + e.x + "," + e.y + (e.widget instanceof Control c ? " (display " + c.toDisplay(e.x, e.y) + ")" : ""));
		}
	}

	/** Describes where the last mouse press went. */
	public static String lastMouseDown() {
		return lastMouseDown;
	}

	// ------------------------------------------------------------------------------------------------- focus

	/**
	 * Brings the shell to the front and makes it the active one, as a user's click on its window would, then waits
	 * until SWT reports it active.
	 */
	public void activate(Shell shell) {
		if (display.getActiveShell() == shell) {
			return;
		}
		shell.setVisible(true);
		shell.setActive();
		shell.forceActive();
		loop.waitUntil("shell '" + shell.getText() + "' is active (active now: " + describe(display.getActiveShell()) + ")",
				() -> {
					if (display.getActiveShell() != shell) {
						shell.forceActive();
						return false;
					}
					return true;
				});
	}

	/**
	 * Gives the control the keyboard focus (activating its shell first) and waits until it has it: the workbench may
	 * move it on once more while it activates the part the control is in (a view gives the focus to its table), so it is
	 * given again until it stays.
	 */
	public void focus(Control control) {
		activate(control.getShell());
		control.forceFocus();
		loop.waitUntil(describe(control) + " has the focus (focus now: " + describe(display.getFocusControl()) + ")",
				() -> {
					if (control.isFocusControl()) {
						return true;
					}
					control.forceFocus();
					return false;
				});
	}

	// ------------------------------------------------------------------------------------------------- mouse

	/**
	 * Scrolls the control into view in the scrolled composites around it (a long form scrolls), so that a click
	 * reaches it; waits until it is in view (a form may still be computing its scrolled size).
	 */
	public void reveal(Control control) {
		loop.waitUntil(describe(control) + " is scrolled into view", () -> {
			boolean inView = true;
			for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
					scrolled.showControl(control);
					Rectangle bounds = display.map(control.getParent(), scrolled, control.getBounds());
					Rectangle area = scrolled.getClientArea();
					inView &= bounds.y >= 0 && bounds.y + bounds.height <= area.height && bounds.x >= 0
							&& bounds.x < area.width;
				}
			}
			return inView;
		});
		loop.flush();
	}

	/** Clicks the middle of the control with the left button. */
	public void click(Control control) {
		Point size = control.getSize();
		click(control, size.x / 2, size.y / 2);
	}

	/** Clicks the control at a point relative to its top left corner. */
	public void click(Control control, int x, int y) {
		if (!isShowing(control)) {
			throw new AssertionError("Cannot click " + describe(control) + ": it is not showing");
		}
		activate(control.getShell());
		Point at = control.toDisplay(x, y);
		if (!display.getBounds().contains(at)) {
			throw new AssertionError("Cannot click " + describe(control) + " at " + x + "," + y + ": that is " + at
					+ " on a screen of " + display.getBounds());
		}
		if (isCustomDrawn(control)) {
			xdotoolClick(at, 1);
			return;
		}
		notTheSecondHalfOfADoubleClick(at);
		moveMouse(at);
		post(mouse(SWT.MouseDown, 1));
		post(mouse(SWT.MouseUp, 1));
		clicked(at);
		loop.flush();
	}

	/** Where and when the recent clicks were made (x, y, nanoTime), so that a click does not complete a double click. */
	private static final List<long[]> recentClicks = new ArrayList<>();
	/** How far apart two presses still make a double click, in pixels (GTK's default is 5). */
	private static final int DOUBLE_CLICK_DISTANCE = 8;

	private static void clicked(Point at) {
		recentClicks.add(new long[] { at.x, at.y, System.nanoTime() });
	}

	/**
	 * Waits out the rest of the double-click time when a click was made on the same spot less than that time ago: GTK
	 * would take the two presses for a double click (a table then selects nothing with the second), which a user's two
	 * single clicks on one spot never are, their hand having moved in between. The Give &amp; Take ledger's row 0 is
	 * clicked, then the "Thanks owed" choice, then row 0 again, all within 0.4 s at times.
	 */
	private void notTheSecondHalfOfADoubleClick(Point at) {
		long window = (display.getDoubleClickTime() + 50L) * 1_000_000L;
		long now = System.nanoTime();
		recentClicks.removeIf(click -> now - click[2] > window);
		long until = now;
		for (long[] click : recentClicks) {
			if (Math.abs(at.x - click[0]) <= DOUBLE_CLICK_DISTANCE && Math.abs(at.y - click[1]) <= DOUBLE_CLICK_DISTANCE) {
				until = Math.max(until, click[2] + window);
			}
		}
		if (until > now) {
			loop.pause(java.time.Duration.ofNanos(until - now));
		}
	}

	/**
	 * Clicks the middle of a control in a window that never takes the focus (a desktop notification), with real X
	 * input and without activating its shell, as the user's click does.
	 */
	public void clickUnfocused(Control control) {
		if (!isShowing(control)) {
			throw new AssertionError("Cannot click " + describe(control) + ": it is not showing");
		}
		Point size = control.getSize();
		xdotoolClick(control.toDisplay(size.x / 2, size.y / 2), 1);
	}

	/**
	 * Whether SWT itself, not GTK, decides what a click at a point means (tab folders, canvases, form hyperlinks,
	 * styled text). On GTK 3, {@link Display#post(Event)} fills a button event's window coordinates but leaves its
	 * root coordinates at 0, and SWT computes the position of its own {@code MouseDown} from the root coordinates: a
	 * posted click reaches the right widget but SWT reports it at the screen's top left corner (native widgets such as
	 * tables, buttons and text fields use the window coordinates and are clicked correctly).
	 */
	private static boolean isCustomDrawn(Control control) {
		return control instanceof CTabFolder || control instanceof org.eclipse.swt.widgets.Canvas
				|| control instanceof org.eclipse.swt.widgets.Link;
	}

	/**
	 * Clicks at a display position with real X input through {@code xdotool} (XTEST), for custom-drawn controls where
	 * a posted click gets wrong coordinates (see {@link #isCustomDrawn}).
	 */
	private void xdotoolClick(Point at, int count) {
		notTheSecondHalfOfADoubleClick(at);
		xdotoolAt(at, "click", "--repeat", String.valueOf(count), "--delay", "80", "1");
		clicked(at);
		loop.flush();
	}

	/**
	 * Turns the mouse wheel over the middle of a control with real X input through {@code xdotool} (buttons 4 and 5:
	 * what a wheel mouse sends), {@code notches} clicks down (positive) or up (negative). The pointer goes there first,
	 * so the wheel reaches whatever lies under it then, as a user's would.
	 *
	 * @return where the pointer is, to turn the wheel again without moving it ({@link #wheelAt})
	 */
	public Point wheel(Control control, int notches) {
		if (!isShowing(control)) {
			throw new AssertionError("Cannot turn the wheel over " + describe(control) + ": it is not showing");
		}
		Point size = control.getSize();
		Point at = control.toDisplay(size.x / 2, size.y / 2);
		wheelAt(at, notches);
		return at;
	}

	/**
	 * Turns the mouse wheel at a display position (the pointer moves there first unless it is there), {@code notches}
	 * clicks down (positive) or up (negative), as a user turns it without moving the mouse.
	 */
	public void wheelAt(Point at, int notches) {
		xdotoolAt(at, "click", "--repeat", String.valueOf(Math.abs(notches)), "--delay", "60", notches > 0 ? "5" : "4");
		loop.flush();
	}

	/**
	 * Makes real X input at a display position with xdotool: the pointer moves there first (unless it is there:
	 * {@code mousemove --sync} would wait for a move that never comes), then the actions ("click", "1").
	 */
	private void xdotoolAt(Point at, String... actions) {
		List<String> command = new ArrayList<>(List.of("xdotool"));
		if (!display.getCursorLocation().equals(at)) {
			command.addAll(List.of("mousemove", "--sync", String.valueOf(at.x), String.valueOf(at.y)));
		}
		command.addAll(List.of(actions));
		xdotool(command);
	}

	/** Runs xdotool (real X input); input that cannot be made fails the test with xdotool's own words. */
	private static void xdotool(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("xdotool did not finish within 10 s: " + command);
			}
			if (process.exitValue() != 0) {
				throw new AssertionError("xdotool failed: " + command + ": "
						+ new String(process.getInputStream().readAllBytes()));
			}
		} catch (java.io.IOException e) {
			throw new AssertionError("Real X input needs xdotool, which is not available for " + command + " (" + e
					+ "); ./rapport test installs it", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}


	/** Moves the mouse pointer to a display position and waits until the pointer is there. */
	public void moveMouse(Point at) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		post(move);
		loop.waitUntil("the mouse pointer is at " + at + " (it is at " + display.getCursorLocation() + ")",
				() -> display.getCursorLocation().equals(at));
		loop.flush();
	}

	private static Event mouse(int type, int button) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		return event;
	}

	/** How high GTK's overlay scroll bar is over the bottom of a list, in pixels (with some room). */
	private static final int OVERLAY_SCROLL_BAR = 16;

	/** Clicks a table row (in its first column), as a user selects it; the row is scrolled into view first. */
	public void clickRow(Table table, int index) {
		Point at = rowPoint(table, index);
		click(table, at.x, at.y);
		waitUntilRowSelected(table, index, "a click at " + at);
	}

	/**
	 * Double-clicks a table row (in its first column), as a user opens it, with real X input: two clicks posted with
	 * {@code Display.post} do not make GTK report a double click. The first click selects the row.
	 */
	public void doubleClickRow(Table table, int index) {
		Point at = rowPoint(table, index);
		activate(table.getShell());
		hideHoverShells();
		xdotoolClick(table.toDisplay(at), 2);
		waitUntilRowSelected(table, index, "a double click at " + at);
	}

	/**
	 * Adds a table row to the selection as a user does, clicking it with Ctrl held down, with real X input: a click
	 * posted through SWT does not carry a modifier posted before it to GTK's tree view.
	 */
	public void ctrlClickRow(Table table, int index) {
		Point at = rowPoint(table, index);
		activate(table.getShell());
		hideHoverShells();
		Point on = table.toDisplay(at);
		notTheSecondHalfOfADoubleClick(on);
		xdotoolAt(on, "keydown", "ctrl", "click", "1", "keyup", "ctrl");
		clicked(on);
		loop.flush();
		loop.waitUntil("row " + index + " of " + describe(table) + " is selected too after a Ctrl+click at " + at,
				() -> table.isSelected(index), () -> "selection: " + java.util.Arrays.toString(table.getSelectionIndices())
						+ "; " + lastMouseDown);
	}

	/**
	 * Scrolls a table row into view and returns a point in it (in the first column) to click, relative to the table.
	 */
	private Point rowPoint(Table table, int index) {
		TableItem item = table.getItem(index);
		table.showItem(item);
		Rectangle bounds = inView(table, () -> item.getBounds(0), "row " + index);
		// a row at the bottom edge lies under GTK's overlay scroll bar, which takes the click: scroll it up
		if (bounds.y + bounds.height > table.getClientArea().height - OVERLAY_SCROLL_BAR) {
			table.setTopIndex(index);
			bounds = inView(table, () -> item.getBounds(0), "row " + index);
		}
		Point at = new Point(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 3);
		scrollSideways(table, at.x, "row " + index + "'s first column");
		return at;
	}

	/**
	 * Waits until a row or item a table or tree was told to show lies within its visible area (GTK scrolls a moment
	 * later, with the next frame) and returns its bounds then.
	 */
	private Rectangle inView(Scrollable list, Supplier<Rectangle> item, String what) {
		loop.flush();
		loop.waitUntil(what + " of " + describe(list) + " is scrolled into view", () -> {
			// the last row may reach a pixel or two below the visible area: what counts is the part that is clicked
			Rectangle bounds = item.get();
			Rectangle area = list.getClientArea();
			return bounds.height > 0 && bounds.y >= 0 && bounds.y + bounds.height / 2 < area.y + area.height;
		}, () -> "it lies at " + item.get() + ", the visible area is " + list.getClientArea());
		return item.get();
	}

	private void waitUntilRowSelected(Table table, int index, String click) {
		loop.waitUntil("row " + index + " of " + describe(table) + " is selected after " + click,
				() -> table.getSelectionIndex() == index,
				() -> "selection: " + java.util.Arrays.toString(table.getSelectionIndices()) + "; " + lastMouseDown
						+ "; the focus is on " + describe(display.getFocusControl()) + ", the active shell is "
						+ describe(display.getActiveShell()) + ", " + xFocus());
	}

	/**
	 * Clicks a table's column header, as a user sorts by it, and waits until the table is sorted another way. GTK's
	 * header buttons take real X input only (a posted click does not reach them): the click is made with xdotool. A
	 * header beyond a narrow table's visible width is scrolled into view first, as a user turns the wheel sideways
	 * ({@link #scrollToHeader}).
	 */
	public void clickHeader(Table table, TableColumn column) {
		activate(table.getShell());
		hideHoverShells();
		int left = 0;
		for (int i : table.getColumnOrder()) {
			if (table.getColumn(i) == column) {
				break;
			}
			left += table.getColumn(i).getWidth();
		}
		int x = left + Math.min(column.getWidth() / 2, 30);
		scrollSideways(table, x, "the header '" + column.getText() + "'");
		// a table's coordinates start below its header, at its first row
		int y = table.getClientArea().y + table.getHeaderHeight() / 2;
		int sortDirection = table.getSortDirection();
		TableColumn sortColumn = table.getSortColumn();
		Point at = table.toDisplay(x, y);
		xdotoolAt(at, "click", "1");
		loop.waitUntil("a click on the header '" + column.getText() + "' at " + x + "," + y + " of " + describe(table)
				+ " sorts it another way (last press: " + lastMouseDown + ")",
				() -> table.getSortColumn() != sortColumn || table.getSortDirection() != sortDirection);
	}

	/**
	 * Scrolls a table sideways until {@code x} (in the table's coordinates, as {@link TableItem#getBounds(int)} gives
	 * them) lies within its visible width, with real X input: the wheel's sideways buttons (6 and 7, what a touchpad or
	 * a tilting wheel sends) over the table. Each notch must move the table; one that does not fails the test.
	 */
	private void scrollSideways(Table table, int x, String what) {
		for (;;) {
			Rectangle visible = table.getClientArea();
			if (x >= visible.x && x < visible.x + visible.width) {
				return;
			}
			String direction = x < visible.x ? "left" : "right";
			// the middle of its rows (its visible area starts with its header, above the table's y = 0)
			Point middle = table.toDisplay(visible.x + visible.width / 2, (visible.y + visible.height) / 2);
			xdotoolAt(middle, "click", x < visible.x ? "6" : "7");
			loop.waitUntil("turning the wheel " + direction + " over " + describe(table) + " scrolls it towards " + what
					+ " (at " + x + ", the table shows " + visible.x + " to " + (visible.x + visible.width) + ")",
					() -> table.getClientArea().x != visible.x);
		}
	}

	/** Clicks a tab of a tab folder (an editor tab, a multi-page editor's page tab) and waits until it is selected. */
	public void clickTab(CTabItem item) {
		CTabFolder folder = item.getParent();
		// a tab that does not fit is behind the folder's chevron; a user would open the chevron, the folder can
		// bring the tab into the row, and a folder just opened may not have laid its tabs out yet
		folder.showItem(item);
		loop.flush();
		if (!item.isShowing() && folder.getSelection() != null && folder.getSelection().getControl() != null) {
			turnTo(item);
			return;
		}
		loop.waitUntil("tab '" + item.getText() + "' is laid out in its folder (bounds " + item.getBounds() + ", folder "
				+ folder.getSize() + ")", () -> {
					Rectangle b = item.getBounds();
					return item.isShowing() && b.height > 0 && b.x + b.width <= folder.getSize().x;
				});
		Rectangle bounds = item.getBounds();
		int x = bounds.x + Math.min(bounds.width / 3, 30);
		int y = bounds.y + bounds.height / 2;
		click(folder, x, y);
		loop.waitUntil("tab '" + item.getText() + "' is selected after a click at " + x + "," + y + " in its folder (display "
				+ folder.toDisplay(x, y) + "; " + lastMouseDown + ")", () -> folder.getSelection() == item);
	}

	/**
	 * Selects a page tab that does not fit in a narrow folder (behind its chevron: {@link CTabFolder#showItem} brings
	 * a tab into the row only in MRU mode) as a keyboard user turns a multi-page editor's pages: Alt+PageDown or
	 * Alt+PageUp, with the focus in the page shown.
	 */
	private void turnTo(CTabItem item) {
		CTabFolder folder = item.getParent();
		int target = folder.indexOf(item);
		focus(folder.getSelection().getControl());
		for (int turns = 0; folder.getSelection() != item && turns < folder.getItemCount(); turns++) {
			int current = folder.getSelectionIndex();
			pressUntil(SWT.ALT, current < target ? SWT.PAGE_DOWN : SWT.PAGE_UP,
					"Alt+PageDown or Alt+PageUp turns the page from tab " + current + " towards '" + item.getText() + "'",
					() -> folder.getSelectionIndex() != current);
		}
		loop.waitUntil("tab '" + item.getText() + "' is selected", () -> folder.getSelection() == item);
	}

	/** Clicks a tree item (expanding nothing), as a user selects it. */
	public void clickItem(Tree tree, TreeItem item) {
		tree.showItem(item);
		Rectangle bounds = inView(tree, () -> item.getBounds(0), "tree item '" + item.getText() + "'");
		click(tree, bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
		loop.waitUntil("tree item '" + item.getText() + "' is selected",
				() -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == item);
	}

	// ------------------------------------------------------------------------------------------------- keyboard

	/**
	 * Presses a key for a command whose effect the test can see (Ctrl+Z, Ctrl+S) and waits for the effect. A key bound
	 * to a workbench command is pressed once the part with the focus is active and the command enabled, as a user
	 * waits until the menu shows the item enabled: the workbench enables Save a moment after the dirty flag. The key is
	 * pressed once; when its effect does not come, the failure says where the keyboard focus was and is, which X window
	 * has it and whether the command was enabled.
	 */
	public void pressUntil(int modifiers, int key, String description, BooleanSupplier effect) {
		requireActiveShell("press " + describeKey(modifiers, key));
		Command command = commandBoundTo(modifiers, key);
		if (command != null) {
			waitUntilThePartWithTheFocusIsActive();
			loop.waitUntil(describeKey(modifiers, key) + " runs '" + commandName(command) + "', which is enabled",
					command::isEnabled, () -> "the focus is on " + describe(display.getFocusControl()));
		}
		Shell active = display.getActiveShell();
		Control focus = display.getFocusControl();
		press(modifiers, key);
		loop.waitUntil(description, effect, () -> describeKey(modifiers, key) + " went to " + describe(focus) + " in "
				+ describe(active) + (command == null ? "" : " for '" + commandName(command)
						+ "' (enabled now: " + command.isEnabled() + ")")
				+ "; the focus is now on " + describe(display.getFocusControl()) + " in "
				+ describe(display.getActiveShell()) + " (" + xFocus() + ")");
	}

	/**
	 * Which X window has the keyboard focus and its name, for failure messages: the window manager moves the focus
	 * between top-level windows, GTK and SWT only learn of it.
	 */
	private static String xFocus() {
		try {
			Process process = new ProcessBuilder("xdotool", "getwindowfocus", "getwindowname")
					.redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes()).strip();
			process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			return "X keyboard focus: '" + output + "'";
		} catch (java.io.IOException e) {
			return "X keyboard focus unknown: " + e;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "X keyboard focus unknown";
		}
	}

	/**
	 * Waits until the workbench part that holds the keyboard focus is the active part: a key binding runs the handler
	 * of the active part, and the workbench activates a part a moment after the focus moved into it.
	 */
	private void waitUntilThePartWithTheFocusIsActive() {
		Control focus = display.getFocusControl();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (focus == null || page == null || focus.getShell() != window.getShell()) {
			return;
		}
		List<IWorkbenchPartReference> references = new ArrayList<>(List.of(page.getViewReferences()));
		references.addAll(List.of(page.getEditorReferences()));
		for (IWorkbenchPartReference reference : references) {
			IWorkbenchPart part = reference.getPart(false);
			MPart model = part == null ? null : part.getSite().getService(MPart.class);
			if (model != null && model.getWidget() instanceof Control control && contains(control, focus)) {
				loop.waitUntil("the part with the focus, '" + part.getTitle() + "', is the active part",
						() -> page.getActivePart() == part,
						() -> "the active part is "
								+ (page.getActivePart() == null ? "none" : page.getActivePart().getTitle()));
				return;
			}
		}
	}

	private static boolean contains(Control ancestor, Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The command the key runs in the workbench as it is now (its contexts), or {@code null}. */
	private static Command commandBoundTo(int modifiers, int key) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		int accelerator = modifiers | ((key & SWT.KEYCODE_BIT) != 0 ? key : Character.toUpperCase((char) key));
		Binding binding = bindings == null ? null
				: bindings.getPerfectMatch(KeySequence.getInstance(SWTKeySupport.convertAcceleratorToKeyStroke(accelerator)));
		return binding == null || binding.getParameterizedCommand() == null ? null
				: binding.getParameterizedCommand().getCommand();
	}

	private static String commandName(Command command) {
		try {
			return command.getName();
		} catch (NotDefinedException e) {
			return command.getId();
		}
	}

	/**
	 * Presses a key or a key combination: modifiers ({@link SWT#MOD1}, {@link SWT#CTRL}, {@link SWT#SHIFT},
	 * {@link SWT#ALT}, or combinations) are held down while the last key is pressed and released, e.g.
	 * {@code press(SWT.MOD1, 'z')}, {@code press(SWT.MOD1 | SWT.SHIFT, 'z')}, {@code press(0, SWT.CR)},
	 * {@code press(0, SWT.ARROW_DOWN)}. The key is a character ({@code 'a'}, {@link SWT#TAB}, {@link SWT#CR},
	 * {@link SWT#ESC}, {@link SWT#BS}, {@link SWT#DEL}) or an SWT key code ({@link SWT#HOME}, {@link SWT#END},
	 * {@link SWT#F2}, ...).
	 */
	public void press(int modifiers, int key) {
		requireActiveShell("press " + describeKey(modifiers, key));
		List<Integer> mods = new ArrayList<>();
		for (int mod : new int[] { SWT.CTRL, SWT.ALT, SWT.SHIFT, SWT.COMMAND }) {
			if ((modifiers & mod) != 0) {
				mods.add(mod);
			}
		}
		for (int mod : mods) {
			post(key(SWT.KeyDown, mod, (char) 0));
		}
		Event down = keyEvent(SWT.KeyDown, key);
		Event up = keyEvent(SWT.KeyUp, key);
		post(down);
		post(up);
		for (int i = mods.size() - 1; i >= 0; i--) {
			post(key(SWT.KeyUp, mods.get(i), (char) 0));
		}
		loop.flush();
	}

	/** Presses a single key without modifiers. */
	public void press(int key) {
		press(0, key);
	}

	private static Event keyEvent(int type, int key) {
		boolean isKeyCode = (key & SWT.KEYCODE_BIT) != 0;
		if (isKeyCode) {
			return key(type, key, (char) 0);
		}
		char c = (char) key;
		switch (c) {
		case SWT.CR, SWT.LF, SWT.TAB, SWT.ESC, SWT.BS, SWT.DEL:
			// special characters: SWT maps the key code to the X key (Return, Tab, Escape, ...)
			return key(type, c, c);
		default:
			return key(type, 0, c);
		}
	}

	private static Event key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	/** Characters typed with Shift on a US keyboard (Xvfb's default layout). */
	private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

	/**
	 * Types text into the focus control key by key. Upper case letters and shifted punctuation are typed with
	 * Shift held down, as on a US keyboard; {@code '\n'} presses Enter and {@code '\t'} Tab.
	 */
	public void type(String text) {
		requireActiveShell("type '" + text + "'");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				press(0, SWT.CR);
			} else if (c == '\t') {
				press(0, SWT.TAB);
			} else if (Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0) {
				post(key(SWT.KeyDown, SWT.SHIFT, (char) 0));
				post(key(SWT.KeyDown, 0, c));
				post(key(SWT.KeyUp, 0, c));
				post(key(SWT.KeyUp, SWT.SHIFT, (char) 0));
			} else {
				post(key(SWT.KeyDown, 0, c));
				post(key(SWT.KeyUp, 0, c));
			}
			// each key settles before the next, as a person types: a filter field that reacts to a key (replacing
			// its hint text, filtering a tree) would otherwise see the rest of the keys before it has reacted
			loop.flush();
		}
	}

	/**
	 * Selects all text of a text field as a user would: gives it the focus and presses Ctrl+A (the text field's own
	 * Select All, or the workbench's where it binds the key), then waits until all is selected.
	 */
	public void selectAllText(Text text) {
		focus(text);
		press(SWT.MOD1, 'a');
		loop.waitUntil("Ctrl+A selected all text of " + describe(text),
				() -> text.getSelectionCount() == text.getCharCount(), () -> "selected " + text.getSelectionCount()
						+ " of " + text.getCharCount() + "; the focus is on " + describe(display.getFocusControl()));
	}

	private void requireActiveShell(String what) {
		if (display.getActiveShell() == null) {
			throw new AssertionError("Cannot " + what + ": no shell is active, so the keys would go nowhere"
					+ " (call activate(shell) or focus(control) first)");
		}
		hideHoverShells();
	}

	/**
	 * Hides the tooltip windows the pointer left open (a table cell's tooltip under the mouse), which would cover what
	 * is clicked next; moving the mouse away hides them the same way for a user.
	 */
	private void hideHoverShells() {
		Shell active = display.getActiveShell();
		boolean hid = false;
		for (Shell shell : display.getShells()) {
			int style = shell.getStyle();
			// JFace's tooltips; a notification popup (NO_TRIM as well) stays: tests close it themselves
			if (shell != active && shell.isVisible() && (style & SWT.TOOL) != 0 && (style & SWT.ON_TOP) != 0
					&& (style & SWT.NO_TRIM) == 0) {
				shell.setVisible(false);
				hid = true;
			}
		}
		if (hid) {
			loop.flush();
		}
	}

	private void post(Event event) {
		if (!display.post(event)) {
			throw new AssertionError("Display.post refused " + describeEvent(event)
					+ " (no focused window for key events, or the key has no key code in the keymap)");
		}
	}

	private static String describeKey(int modifiers, int key) {
		StringBuilder out = new StringBuilder();
		if ((modifiers & SWT.CTRL) != 0) {
			out.append("Ctrl+");
		}
		if ((modifiers & SWT.ALT) != 0) {
			out.append("Alt+");
		}
		if ((modifiers & SWT.SHIFT) != 0) {
			out.append("Shift+");
		}
		if ((key & SWT.KEYCODE_BIT) != 0) {
			out.append("keyCode ").append(key & ~SWT.KEYCODE_BIT);
		} else {
			out.append(switch (key) {
			case SWT.CR -> "Enter";
			case SWT.TAB -> "Tab";
			case SWT.ESC -> "Escape";
			default -> String.valueOf((char) key);
			});
		}
		return out.toString();
	}

	private static String describeEvent(Event event) {
		return switch (event.type) {
		case SWT.KeyDown -> "KeyDown(keyCode=" + event.keyCode + ", character=" + (int) event.character + ")";
		case SWT.KeyUp -> "KeyUp(keyCode=" + event.keyCode + ", character=" + (int) event.character + ")";
		case SWT.MouseMove -> "MouseMove(" + event.x + "," + event.y + ")";
		case SWT.MouseDown -> "MouseDown(button " + event.button + ")";
		case SWT.MouseUp -> "MouseUp(button " + event.button + ")";
		default -> "event type " + event.type;
		};
	}
}
