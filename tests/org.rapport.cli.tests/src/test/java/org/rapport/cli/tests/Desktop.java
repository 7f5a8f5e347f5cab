/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A desktop of its own for a test that starts the workbench and uses it as a person does: a virtual display (Xvfb) with
 * a window manager (openbox: without one, the keyboard focus is lost when a dialog closes), a D-Bus session with the
 * accessibility bus, through which the test reads what the windows show as a screen reader does (AT-SPI,
 * {@code atspi/show.py}), and real keys and mouse clicks (xdotool). Its processes end with it, the session bus's too
 * (a workbench on a display without one starts a bus that outlives the test, in the test's home).
 */
final class Desktop implements AutoCloseable {

	/** A tool run on the display that takes this long is stuck. */
	private static final long TOOL_SECONDS = 60;

	private final Path dir;
	private final Map<String, String> environment = new HashMap<>();
	private final Path helper;
	private Process xvfb;
	private Process windowManager;
	private long dbusPid;

	private Desktop(Path dir) {
		this.dir = dir;
		this.helper = dir.resolve("show.py");
	}

	/** Starts a display, its window manager and a D-Bus session. */
	static Desktop start(Path dir) throws IOException, InterruptedException {
		Desktop desktop = new Desktop(dir);
		try {
			desktop.startAll();
		} catch (IOException | InterruptedException | RuntimeException | Error e) {
			desktop.close();
			throw e;
		}
		return desktop;
	}

	private void startAll() throws IOException, InterruptedException {
		try (var in = Desktop.class.getResourceAsStream("/atspi/show.py")) {
			Files.copy(in, helper);
		}
		startXvfb();
		// a session bus of its own, which starts the accessibility bus when the workbench asks for it
		Processes.Result dbus = Processes.run(dir, environment, TOOL_SECONDS, "dbus-daemon", "--session", "--fork",
				"--print-address=1", "--print-pid=1");
		assertEquals(0, dbus.exitCode(), dbus::toString);
		List<String> lines = dbus.out().lines().toList();
		environment.put("DBUS_SESSION_BUS_ADDRESS", lines.get(0).strip());
		dbusPid = Long.parseLong(lines.get(1).strip());
		ProcessBuilder openbox = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true)
				.redirectOutput(dir.resolve("openbox.log").toFile());
		openbox.environment().putAll(environment);
		windowManager = openbox.start();
		awaitWindowManager();
	}

	/**
	 * Starts Xvfb on the first display from 150 without a lock file, and waits until it is up: its lock file names it
	 * and it answers. When another display took the number between the look and the start, this Xvfb exits ("Server
	 * is already active") and the next number is tried; a socket that merely exists is no sign (waiting for it alone
	 * joined another test's display, or a dead one's socket).
	 */
	private void startXvfb() throws IOException, InterruptedException {
		for (int number = 150; number < 250; number++) {
			Path lock = Path.of("/tmp/.X" + number + "-lock");
			if (Files.exists(lock)) {
				continue;
			}
			// -noreset: by default an X server resets when its last client leaves and turns away a client that connects
			// meanwhile. Openbox was so turned away while the test's xdotool came and went (it then exits "Failed to
			// open the display", and the workbench runs without a window manager: no frames, keys lost): 11 of 160
			// starts on a loaded machine, none of 160 with -noreset
			xvfb = new ProcessBuilder("Xvfb", ":" + number, "-noreset", "-screen", "0", "1600x1000x24", "-nolisten",
					"tcp").redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
			environment.put("DISPLAY", ":" + number);
			long deadline = System.nanoTime() + TOOL_SECONDS * 1_000_000_000L;
			while (xvfb.isAlive() && !(ours(lock) && answers())) {
				assertTrue(System.nanoTime() < deadline, "Xvfb :" + number + " is not up after " + TOOL_SECONDS
						+ " s: " + log("xvfb.log"));
				Thread.sleep(50);
			}
			if (xvfb.isAlive()) {
				return;
			}
			assertTrue(log("xvfb.log").contains("already active"),
					"Xvfb :" + number + " exited (" + xvfb.exitValue() + "): " + log("xvfb.log"));
		}
		throw new AssertionError("no free display among :150 to :249");
	}

	/** Whether the display's lock file names this test's Xvfb (X servers write their process id there). */
	private boolean ours(Path lock) {
		try {
			return Files.readString(lock).strip().equals(Long.toString(xvfb.pid()));
		} catch (IOException e) {
			return false; // not written yet
		}
	}

	/** Whether the display accepts a client. */
	private boolean answers() {
		return Processes.run(dir, environment, TOOL_SECONDS, "xprop", "-root", "-notype", "_NET_SUPPORTING_WM_CHECK")
				.exitCode() == 0;
	}

	/**
	 * Waits until openbox manages the display: it then names itself on the root window (the EWMH's
	 * {@code _NET_SUPPORTING_WM_CHECK} window, whose {@code _NET_WM_NAME} is "Openbox"). A window mapped before that
	 * is managed late or, when openbox did not make it, never: no frame, and the focus goes where X puts it.
	 */
	private void awaitWindowManager() throws InterruptedException {
		long deadline = System.nanoTime() + TOOL_SECONDS * 1_000_000_000L;
		while (!managed()) {
			assertTrue(windowManager.isAlive(), this::windowManagerTrouble);
			assertTrue(System.nanoTime() < deadline,
					() -> "openbox does not manage the display after " + TOOL_SECONDS + " s; " + windowManagerTrouble());
			Thread.sleep(50);
		}
	}

	/** Whether a window manager has named itself on the display's root window, and that it is openbox. */
	private boolean managed() {
		Processes.Result check = Processes.run(dir, environment, TOOL_SECONDS, "xprop", "-root", "-notype",
				"_NET_SUPPORTING_WM_CHECK");
		Matcher id = Pattern.compile("window id # (0x[0-9a-f]+)").matcher(check.out());
		if (check.exitCode() != 0 || !id.find()) {
			return false;
		}
		Processes.Result name = Processes.run(dir, environment, TOOL_SECONDS, "xprop", "-id", id.group(1), "-notype",
				"_NET_WM_NAME");
		return name.exitCode() == 0 && name.out().contains("\"Openbox\"");
	}

	/**
	 * What is wrong with the window manager, for a failure's message: {@code null} while openbox runs and manages
	 * the display. Without it, keys go to whichever window X gives the focus, and a dialog can wait for ever.
	 */
	private String windowManagerProblem() {
		if (windowManager == null) {
			return "openbox was not started";
		}
		if (!windowManager.isAlive()) {
			return windowManagerTrouble();
		}
		return managed() ? null : windowManagerTrouble();
	}

	private String windowManagerTrouble() {
		String state = windowManager.isAlive() ? "openbox runs but does not manage the display"
				: "openbox exited (" + windowManager.exitValue() + ")";
		return state + "; it said: " + log("openbox.log");
	}

	/** A failure's message with the window manager's state: a dialog waits for ever for keys X sent elsewhere. */
	private String withDesktop(String message) {
		String problem = windowManagerProblem();
		return message + " (" + (problem == null ? "openbox runs and manages the display" : problem) + ")";
	}

	/**
	 * Fails at once when the window manager is gone: what the test does or waits for next would fail for that reason,
	 * only later.
	 */
	private void assertManaged() {
		if (!windowManager.isAlive()) {
			throw new AssertionError(windowManagerTrouble());
		}
	}

	/** The variables a program run on this desktop needs: the display and the session bus. */
	Map<String, String> environment() {
		return Map.copyOf(environment);
	}

	/** Presses keys as xdotool names them ({@code alt+h}, {@code Return}), one after the other. */
	void keys(String... keys) {
		assertManaged();
		String[] command = new String[keys.length + 3];
		command[0] = "xdotool";
		command[1] = "key";
		command[2] = "--delay=120";
		System.arraycopy(keys, 0, command, 3, keys.length);
		tool(command);
	}

	/** Types the text as keys. */
	void type(String text) {
		assertManaged();
		tool("xdotool", "type", "--delay=30", text);
	}

	/**
	 * Waits for a visible window whose title matches the regular expression (GTK ends a title with a space); its id.
	 * xdotool's own --sync gives up when a window closes while it looks (BadWindow): asked again instead.
	 */
	String awaitWindow(String title, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (true) {
			Processes.Result found = Processes.run(dir, environment, TOOL_SECONDS, "xdotool", "search", "--onlyvisible",
					"--name", title);
			if (found.exitCode() == 0 && !found.out().isBlank()) {
				return found.out().lines().findFirst().orElseThrow().strip();
			}
			assertManaged();
			assertTrue(System.nanoTime() < deadline,
					() -> withDesktop("no window '" + title + "' after " + seconds + " s"));
			Thread.sleep(100);
		}
	}

	/** The window's title. */
	String windowName(String window) {
		Processes.Result name = Processes.run(dir, environment, TOOL_SECONDS, "xdotool", "getwindowname", window);
		assertEquals(0, name.exitCode(), name::toString);
		return name.out().strip();
	}

	/** The first visible window of the process whose title matches the regular expression, or {@code null}. */
	String windowOf(ProcessHandle process, String title) {
		// --all: xdotool matches windows that meet any one of the conditions otherwise
		Processes.Result found = Processes.run(dir, environment, TOOL_SECONDS, "xdotool", "search", "--all",
				"--onlyvisible", "--pid", Long.toString(process.pid()), "--name", title);
		return found.exitCode() == 0 && !found.out().isBlank() ? found.out().lines().findFirst().get().strip() : null;
	}

	/** The window's width and height. */
	int[] size(String window) {
		Processes.Result geometry = Processes.run(dir, environment, TOOL_SECONDS, "xdotool", "getwindowgeometry",
				"--shell", window);
		assertEquals(0, geometry.exitCode(), geometry::toString);
		return new int[] { value(geometry.out(), "WIDTH"), value(geometry.out(), "HEIGHT") };
	}

	private static int value(String shell, String name) {
		return shell.lines().filter(l -> l.startsWith(name + "="))
				.map(l -> Integer.parseInt(l.substring(name.length() + 1))).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in " + shell));
	}

	/**
	 * Waits until the window has the keyboard focus (openbox's active window), as a person looks before typing: keys
	 * pressed earlier would go to the window that had it.
	 */
	void awaitActive(String window, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (true) {
			Processes.Result found = Processes.run(dir, environment, TOOL_SECONDS, "xdotool", "getactivewindow");
			String active = found.out().strip();
			if (found.exitCode() == 0 && active.equals(window)) {
				return;
			}
			assertManaged();
			assertTrue(System.nanoTime() < deadline, () -> withDesktop("the window " + window
					+ " is not the active one after " + seconds + " s, " + (active.isEmpty() ? "none" : active) + " is"));
			Thread.sleep(100);
		}
	}

	/** Waits until the window is gone. */
	void awaitGone(String window, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (Processes.run(dir, environment, TOOL_SECONDS, "xdotool", "getwindowname", window).exitCode() == 0) {
			assertManaged();
			assertTrue(System.nanoTime() < deadline,
					() -> withDesktop("the window " + window + " is still open after " + seconds + " s"));
			Thread.sleep(100);
		}
	}

	/** An element of a window as assistive technologies see it, and where it is on the screen (0 when hidden). */
	record Element(String role, String name, List<String> states, int x, int y, int width, int height) {

		static Element of(String line) {
			String[] fields = line.strip().split("\\|", -1);
			int[] box = new int[4];
			if (fields.length > 3 && !fields[3].isEmpty()) {
				String[] numbers = fields[3].split(",");
				for (int i = 0; i < 4; i++) {
					box[i] = Integer.parseInt(numbers[i]);
				}
			}
			return new Element(fields[0], fields[1], fields[2].isEmpty() ? List.of() : List.of(fields[2].split(",")),
					box[0], box[1], box[2], box[3]);
		}

		boolean is(String aRole, String aName) {
			return role.equals(aRole) && name.equals(aName);
		}

		boolean has(String state) {
			return states.contains(state);
		}
	}

	/**
	 * What the windows with this title show to assistive technologies, one element a line, indented by level:
	 * {@code role|name|states|x,y,width,height}.
	 */
	String show(String title) {
		Processes.Result shown = Processes.run(dir, environment, TOOL_SECONDS, "/usr/bin/python3", helper.toString(),
				title);
		assertEquals(0, shown.exitCode(), shown::toString);
		return shown.out();
	}

	/** Waits until the windows with this title show an element that the condition accepts; that element. */
	Element await(String title, String what, Predicate<Element> condition, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		String shown = "";
		while (System.nanoTime() < deadline) {
			shown = show(title);
			var found = shown.lines().map(Element::of).filter(condition).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			assertManaged();
			Thread.sleep(200);
		}
		throw new AssertionError(withDesktop("no " + what + " in '" + title + "' after " + seconds + " s")
				+ "; it shows:\n" + shown);
	}

	/** Clicks with the mouse at this point of the screen. */
	void click(int x, int y) {
		assertManaged();
		tool("xdotool", "mousemove", Integer.toString(x), Integer.toString(y), "click", "1");
	}

	/**
	 * Writes a picture of the window, or of the whole screen for {@code "root"}, as PNG (by the window: under Xvfb a
	 * picture of the screen shows dialogs and menus black).
	 */
	void screenshot(String window, Path png) throws IOException {
		Files.createDirectories(png.getParent());
		String which = "root".equals(window) ? "-root" : "-id \"$0\"";
		Processes.Result shot = Processes.run(dir, environment, TOOL_SECONDS, "sh", "-c",
				"xwd -silent " + which + " | xwdtopnm 2>/dev/null | pnmtopng > \"$1\"", window, png.toString());
		assertEquals(0, shot.exitCode(), shot::toString);
	}

	private void tool(String... command) {
		Processes.Result result = Processes.run(dir, environment, TOOL_SECONDS, command);
		assertEquals(0, result.exitCode(), result::toString);
	}

	private String log(String name) {
		try {
			return Files.readString(dir.resolve(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		if (windowManager != null) {
			windowManager.destroy();
		}
		if (dbusPid != 0) {
			ProcessHandle.of(dbusPid).ifPresent(bus -> {
				bus.descendants().forEach(ProcessHandle::destroy);
				bus.destroy();
			});
		}
		if (xvfb != null) {
			xvfb.destroy();
		}
	}
}
