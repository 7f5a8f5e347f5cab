/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.FilteredTree;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * What the import, export and merge tests share: plans of their own (the sample plan stays as the other tests
 * expect it), the workbench's menus, the Import and Export dialogs, and pictures of a dialog.
 */
final class InterchangeUi {

	private InterchangeUi() {
	}

	/** A contact with a name (and nothing else yet). */
	static Contact contact(String first, String last) {
		Contact contact = RapportFactory.eINSTANCE.createContact();
		contact.setFirstName(first);
		contact.setLastName(last);
		return contact;
	}

	/** Records, as a LinkedIn import does, the day the contact and you connected on LinkedIn. */
	static void connectedOnLinkedIn(Contact contact, int year, int month, int day) {
		org.rapport.model.ImportantDate date = RapportFactory.eINSTANCE.createImportantDate();
		date.setLabel("Connected on LinkedIn");
		date.setDate(org.rapport.model.contacts.PartialDate.of(year, month, day));
		contact.getImportantDates().add(date);
	}

	/** Saves a new plan with the given name and content as {@code dir/file} and opens it in a plan editor. */
	static PlanEditor openNewPlan(Robot robot, Path dir, String file, String name, Consumer<NetworkingPlan> fill)
			throws Exception {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		plan.setName(name);
		fill.accept(plan);
		Path path = dir.resolve(file);
		new PlanStore().save(plan, path);
		return open(robot, path);
	}

	/** Opens a plan file (as File &gt; Open would) and waits for its editor. */
	static PlanEditor open(Robot robot, Path path) throws Exception {
		PlanEditors.open(Workbench.page(), path);
		PlanEditor editor = robot.waitFor("the plan editor of " + path + " is open",
				() -> PlanEditors.find(Workbench.page(), path));
		assertNotNull(editor.getPlan(), "the plan loaded: " + editor.getLoadProblem());
		Workbench.page().activate(editor);
		robot.activate(Workbench.shell());
		robot.flush();
		return editor;
	}

	/** Closes an editor without saving (the tests save what they check themselves). */
	static void close(PlanEditor editor) {
		if (editor != null && Workbench.page().findEditor(editor.getEditorInput()) != null) {
			Workbench.page().closeEditor(editor, false);
		}
	}

	/** Makes the editor the active part with the keyboard focus, so that its key bindings (Ctrl+Z, Ctrl+S) apply. */
	static void focusEditor(Robot robot, PlanEditor editor) {
		Workbench.page().activate(editor);
		robot.activate(Workbench.shell());
		robot.waitUntil("the plan editor is the active part", () -> Workbench.page().getActivePart() == editor);
		editor.setFocus();
		robot.flush();
	}

	/**
	 * Checks that the notification the action ended with says {@code message}, then closes it: SWT's
	 * {@code Display.post} hands the robot's keys to the newest top-level window, which the notification is.
	 */
	static void closeNotice(Robot robot, String message) {
		Shell notice = robot.waitFor("the notification shows", Outcomes::lastNotificationShell);
		assertEquals(message, robot.showingById(notice, Outcomes.ID_MESSAGE, Label.class).getText());
		Outcomes.closeNotification();
		robot.waitUntil("the notification closed", notice::isDisposed);
	}

	// ------------------------------------------------------------------------------------------------- menus

	/**
	 * The item of a menu of the workbench window's menu bar, e.g. ("File", "Import..."), after the menu was shown
	 * (which fills it and updates its items' enablement, as opening it does).
	 */
	static MenuItem menuItem(String menu, String item) {
		Shell shell = Workbench.shell();
		Menu bar = shell.getMenuBar();
		assertNotNull(bar, "the workbench window has a menu bar");
		List<String> seen = new ArrayList<>();
		for (MenuItem top : bar.getItems()) {
			if (menu.equals(label(top)) && top.getMenu() != null) {
				Menu sub = top.getMenu();
				sub.notifyListeners(SWT.Show, new Event());
				for (MenuItem candidate : sub.getItems()) {
					seen.add(label(candidate));
					if (item.equals(label(candidate))) {
						return candidate;
					}
				}
			}
		}
		throw new AssertionError("no item '" + item + "' in the menu '" + menu + "' (it has " + seen + ")");
	}

	/** The item of a control's context menu (shown first, see {@link #contextMenuItems}). */
	static MenuItem contextMenuItem(Control control, String item) {
		List<MenuItem> items = contextMenuItems(control);
		return items.stream().filter(candidate -> item.equals(label(candidate))).findFirst()
				.orElseThrow(() -> new AssertionError("no item '" + item + "' in the context menu (it has "
						+ items.stream().map(InterchangeUi::label).toList() + ")"));
	}

	/**
	 * The items of a control's context menu, separators left out, after the menu was shown: showing fills it from
	 * its menu manager and the menu contributions and updates its items' enablement, as a right-click does.
	 */
	static List<MenuItem> contextMenuItems(Control control) {
		Menu menu = control.getMenu();
		assertNotNull(menu, "the control has a context menu: " + Widgets.describe(control));
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0).toList();
	}

	/** A menu item's text as the user reads it: without mnemonic and accelerator. */
	static String label(MenuItem item) {
		String text = Widgets.textOf(item);
		int tab = text.indexOf('\t');
		return tab < 0 ? text : text.substring(0, tab);
	}

	/**
	 * Chooses a menu item as a user clicking it: the item's selection runs its action or command. A dialog it
	 * opens blocks this call until it closes, so answer it through {@link Robot#onShell} first.
	 */
	static void choose(MenuItem item) {
		assertTrue(item.isEnabled(), "the menu item '" + label(item) + "' is enabled");
		item.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Opens File &gt; {@code item} ("Import..." or "Export...") and runs {@code steps} in the dialog once it is
	 * open; returns when the dialog has closed, rethrowing what the steps threw (the dialog is closed then).
	 */
	static void inFileDialog(Robot robot, String item, String dialogTitle, Consumer<Shell> steps) {
		ShellWatcher watcher = robot.onShell("the " + dialogTitle + " dialog opens",
				shell -> dialogTitle.equals(shell.getText()), steps);
		choose(menuItem("File", item));
		watcher.await(Duration.ofSeconds(30));
		robot.waitUntil("the " + dialogTitle + " dialog closed", () -> watcher.shell().isDisposed());
	}

	/**
	 * On the first page of the workbench's Import or Export dialog, finds Rapport's wizard by typing (part of) its
	 * name into the filter, selects it under "Rapport" and presses Next.
	 */
	static void chooseWizard(Robot robot, Shell dialog, String filterText, String wizardName) {
		robot.activate(dialog);
		Text filter = robot.waitFor("the wizard filter is showing",
				() -> Widgets.findAll(dialog, Text.class, Widgets::isShowing).stream().findFirst().orElse(null));
		robot.focus(filter);
		// the filter puts its hint text in, selected, once it has the focus, in work it queued when the dialog was
		// made: the keys typed before that would be replaced
		robot.settle();
		robot.type(filterText);
		robot.waitUntil("the filter shows '" + filterText + "' (shows '" + filter.getText() + "')",
				() -> filterText.equals(filter.getText()));
		// the tree is filtered by a job a moment after the last key, which makes its items anew: one clicked before
		// that is gone with its selection
		robot.waitUntil("the wizard tree is filtered", () -> !filterPending());
		Tree tree = robot.waitFor("the wizard tree is showing",
				() -> Widgets.findAll(dialog, Tree.class, Widgets::isShowing).stream().findFirst().orElse(null));
		TreeItem wizard = robot.waitFor("the tree shows Rapport > " + wizardName, () -> {
			for (TreeItem item : Widgets.allItems(tree)) {
				if (wizardName.equals(item.getText()) && item.getParentItem() != null
						&& "Rapport".equals(item.getParentItem().getText())) {
					return item;
				}
			}
			return null;
		});
		robot.clickItem(tree, wizard);
		robot.click(button(dialog, "Next >"));
	}

	/** Whether a {@link FilteredTree} has yet to apply what was typed into its filter. */
	private static boolean filterPending() {
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getClass().getName().startsWith(FilteredTree.class.getName() + '$')) {
				return true;
			}
		}
		return false;
	}

	/** The showing button with that label (mnemonics removed). */
	static Button button(Shell shell, String label) {
		List<Button> found = Widgets.findAll(shell, Button.class, b -> label.equals(Widgets.textOf(b)) && Widgets.isShowing(b));
		assertTrue(found.size() == 1, "one button '" + label + "' in '" + shell.getText() + "' (found " + found.size()
				+ " among " + Widgets.findAll(shell, Button.class, Widgets::isShowing).stream().map(Widgets::textOf).toList() + ")");
		return found.get(0);
	}

	/** Clicks a button once it is enabled. */
	static void press(Robot robot, Shell shell, String label) {
		Button button = button(shell, label);
		robot.waitUntil("'" + label + "' is enabled", button::isEnabled);
		robot.click(button);
	}

	/**
	 * Replaces the text of a field by pasting (Ctrl+V) from the clipboard, as a user pastes a path copied from a
	 * file manager: long paths typed key by key make slow tests.
	 */
	static void paste(Robot robot, Text field, String text) {
		Clipboard clipboard = new Clipboard(field.getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
			robot.click(field);
			robot.selectAllText(field);
			robot.press(SWT.MOD1, 'v');
			robot.waitUntil("the field shows the pasted '" + text + "' (shows '" + field.getText() + "')",
					() -> text.equals(field.getText()));
		} finally {
			clipboard.dispose();
		}
	}

	// ------------------------------------------------------------------------------------------------- pictures

	/** The folder where the tests leave their screenshots ({@code target/screenshots}). */
	static Path screenshots() {
		return Workbench.screenshotFolder();
	}

	/** Paints a shell (a dialog) into {@code target/screenshots/name.png}, whatever covers it on the screen. */
	static void paint(Robot robot, Shell shell, String name) {
		robot.flush();
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				shell.print(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = screenshots().resolve(name + ".png");
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (Exception e) {
			System.err.println("Screenshot " + name + " failed: " + e);
		} finally {
			image.dispose();
		}
	}
}
