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
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.tests.support.SyntheticPlans;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.recent.RecentPlansStore;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * Rapport's keys, pressed as a user presses them: Alt+Shift+Q and a letter shows a view (Q: the Show View dialog), Ctrl+Shift+N adds a
 * contact (Ctrl+Z takes it back), Alt+PageDown and Alt+PageUp turn the editor's pages and Ctrl+PageDown goes to the
 * next editor, Ctrl+Shift+L lists the keys; the menus show them; and none of Rapport's keys takes one the platform
 * already binds.
 */
@ExtendWith(ScreenshotOnFailure.class)
class KeyBindingsTest {

	static final String SCHEME = "org.rapport.ui.scheme";
	static final String PLATFORM_SCHEME = "org.eclipse.ui.defaultAcceleratorConfiguration";

	private final Robot robot = Robot.current();
	private PlanEditor editor;

	@BeforeEach
	void openTheSamplePlan() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
	}

	@Test
	void rapportsKeysAreActiveAndTakeNoneOfThePlatforms() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(SCHEME, bindings.getActiveScheme().getId(), "Rapport's scheme is the active one");

		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("org.rapport.ui.addContact", "M1+M2+N");
		expected.put("org.eclipse.ui.file.saveAs", "M1+M3+S");
		expected.put("org.eclipse.ui.window.showKeyAssist", "M1+M2+L");
		expected.put("org.rapport.ui.newPlan", "M1+N");
		expected.put("org.rapport.ui.openPlan", "M1+O");
		expected.put("org.rapport.ui.logInteraction", "M1+M3+L");
		expected.put("org.rapport.ui.runPlanReview", "M1+M3+R");
		expected.put("org.eclipse.ui.file.save", "M1+S");
		expected.put("org.eclipse.ui.file.saveAll", "M1+M2+S");
		expected.put("org.eclipse.ui.edit.undo", "M1+Z");
		expected.put("org.eclipse.ui.edit.redo", "M1+M2+Z");
		expected.put("org.eclipse.ui.edit.selectAll", "M1+A");
		expected.put("org.eclipse.ui.edit.delete", "DEL");
		expected.put("org.eclipse.ui.navigate.nextSubTab", "M3+PAGE_DOWN");
		expected.put("org.eclipse.ui.navigate.nextTab", "M1+PAGE_DOWN");
		// bound by Rapport's scheme: the platform binds it only in org.eclipse.ui.ide, which the product does not ship
		expected.put("org.eclipse.ui.window.quickAccess", "M1+3");
		expected.forEach((command, keys) -> assertEquals(keys(keys), bindings.getBestActiveBindingFormattedFor(command),
				"the key of " + command));

		// the platform's bindings that apply here (GTK, any locale), against Rapport's own
		List<Binding> platform = new ArrayList<>();
		List<Binding> ours = new ArrayList<>();
		for (Binding binding : bindings.getBindings()) {
			if (binding.getParameterizedCommand() == null || binding.getType() != Binding.SYSTEM
					|| (binding.getPlatform() != null && !"gtk".equals(binding.getPlatform()))
					|| (binding.getLocale() != null && !binding.getLocale().isEmpty())) {
				continue;
			}
			if (SCHEME.equals(binding.getSchemeId())) {
				ours.add(binding);
			} else if (PLATFORM_SCHEME.equals(binding.getSchemeId())) {
				platform.add(binding);
			}
		}
		assertTrue(ours.size() >= 13, "Rapport's scheme has its keys: " + ours);
		// Ctrl+N is the one on purpose: New Plan instead of the generic New wizard, which Rapport does not show
		Set<String> overridden = Set.of(keys("M1+N"));
		List<String> clashes = new ArrayList<>();
		for (Binding mine : ours) {
			TriggerSequence keys = mine.getTriggerSequence();
			for (Binding theirs : platform) {
				TriggerSequence other = theirs.getTriggerSequence();
				// the test runtime's IDE bundles bind some of Rapport's keys to the same commands: that is no clash
				boolean clash = (keys.equals(other) && !mine.getParameterizedCommand().equals(theirs.getParameterizedCommand()))
						|| keys.startsWith(other, false) || other.startsWith(keys, false);
				if (clash && !overridden.contains(keys.format())) {
					clashes.add(keys.format() + " (" + mine.getParameterizedCommand().getId() + ") vs "
							+ other.format() + " (" + theirs.getParameterizedCommand().getId() + ")");
				}
			}
		}
		assertEquals(List.of(), clashes, "Rapport's keys leave the platform's alone");
	}

	@Test
	void altShiftQThenALetterShowsTheView() {
		Map<Character, String> views = new LinkedHashMap<>();
		views.put('c', UiIds.VIEW_CONTACTS);
		views.put('a', "org.rapport.ui.views.agenda");
		views.put('s', UiIds.VIEW_SCORECARD);
		views.put('v', "org.rapport.ui.views.validation");
		views.put('p', IPageLayout.ID_PROP_SHEET);
		views.forEach((letter, id) -> {
			focusEditor();
			robot.press(SWT.ALT | SWT.SHIFT, 'q');
			robot.press(letter);
			robot.waitUntil("Alt+Shift+Q, " + Character.toUpperCase(letter) + " shows and activates " + id
					+ " (active part: " + activePartId() + ")", () -> id.equals(activePartId()), Duration.ofSeconds(5));
		});

		focusEditor();
		ShellWatcher showView = robot.onShell("Alt+Shift+Q, Q opens Show View", shell -> "Show View".equals(shell.getText()),
				shell -> shell.close());
		robot.press(SWT.ALT | SWT.SHIFT, 'q');
		robot.press('q');
		showView.await(Duration.ofSeconds(10));
		robot.waitUntil("the Show View dialog closed", () -> showView.shell().isDisposed());
	}

	@Test
	void ctrlShiftNAddsAContactToTypeInAndCtrlZTakesItBack() {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getContacts().size();
		boolean wasDirty = editor.isDirty();
		focusEditor();
		robot.press(SWT.MOD1 | SWT.SHIFT, 'n');
		robot.waitUntil("Ctrl+Shift+N added a contact (" + plan.getContacts().size() + " of " + before + ")",
				() -> plan.getContacts().size() == before + 1);
		Contact added = plan.getContacts().get(plan.getContacts().size() - 1);
		assertEquals(UiIds.PAGE_CONTACTS, editor.getActivePageInstance().getId(), "the Contacts page shows it");
		robot.waitUntil("the cursor is in the first name (focus: " + Widgets.describe(robot.display().getFocusControl())
				+ ")", () -> robot.display().getFocusControl() instanceof Text text
						&& UiIds.CONTACT_FIRST_NAME.equals(text.getData(UiIds.KEY)));
		robot.type("Zelda");
		robot.press(SWT.TAB);
		robot.waitUntil("what was typed is the new contact's first name (has '" + added.getFirstName() + "')",
				() -> "Zelda".equals(added.getFirstName()));

		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("Ctrl+Z takes the name back", () -> added.getFirstName() == null || added.getFirstName().isEmpty());
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("a second Ctrl+Z takes the contact back", () -> plan.getContacts().size() == before);
		assertEquals(wasDirty, editor.isDirty(), "the editor is as dirty as it was");
	}

	/**
	 * As in Eclipse: Alt+PageDown and Alt+PageUp turn a multi-page editor's pages; Ctrl+PageDown and Ctrl+PageUp go
	 * from editor to editor (the page tabs pass them on to the editor tabs, Eclipse bug 199499).
	 */
	@Test
	void altPageDownTurnsTheEditorsPagesAndCtrlPageDownGoesToTheNextEditor() throws Exception {
		editor.setActivePage(UiIds.PAGE_OVERVIEW);
		assertEquals(0, editor.getActivePage(), "the Overview is the first page");
		focusEditor();
		int pages = Workbench.pageTabs(editor).getItemCount();
		assertTrue(pages >= 3, "the editor has pages to turn: " + pages);
		robot.press(SWT.ALT, SWT.PAGE_DOWN);
		robot.waitUntil("Alt+PageDown shows the second page (shows " + editor.getActivePage() + ")",
				() -> editor.getActivePage() == 1);
		robot.press(SWT.ALT, SWT.PAGE_DOWN);
		robot.waitUntil("Alt+PageDown again shows the third page (shows " + editor.getActivePage() + ")",
				() -> editor.getActivePage() == 2);
		robot.press(SWT.ALT, SWT.PAGE_UP);
		robot.waitUntil("Alt+PageUp goes back to the second page (shows " + editor.getActivePage() + ")",
				() -> editor.getActivePage() == 1);

		Path other = Path.of(System.getProperty(Workbench.SAMPLE_DIR_PROPERTY)).toAbsolutePath().getParent()
				.resolve("keys").resolve("Other plan.rapport");
		Files.createDirectories(other.getParent());
		Files.deleteIfExists(other);
		new PlanStore().save(SyntheticPlans.generate(3, 7L, LocalDate.now()), other);
		PlanEditor second = (PlanEditor) PlanEditors.open(Workbench.page(), other);
		try {
			// on the Contacts page, whose table passes Ctrl+PageUp on to the editor tabs; a form page whose focus is
			// a form composite does not (FormToolkit gives it a key listener, so SWT makes no traversal of the keys)
			second.setActivePage(UiIds.PAGE_CONTACTS);
			focusEditor();
			robot.press(SWT.MOD1, SWT.PAGE_DOWN);
			robot.waitUntil("Ctrl+PageDown goes to the other editor (active: " + Workbench.page().getActiveEditor() + ")",
					() -> Workbench.page().getActiveEditor() == second);
			String focus = Widgets.describe(robot.display().getFocusControl());
			robot.press(SWT.MOD1, SWT.PAGE_UP);
			robot.waitUntil("Ctrl+PageUp comes back (active: " + Workbench.page().getActiveEditor() + "; focus before: "
					+ focus + ")",
					() -> Workbench.page().getActiveEditor() == editor);
			assertEquals(1, editor.getActivePage(), "on the page it was on");
		} finally {
			Workbench.page().closeEditor(second, false);
			RecentPlansStore.remove(other);
		}
	}

	@Test
	void menusShowTheKeysAndCtrlShiftLListsThem() {
		focusEditor();
		List<String> file = menuTexts('f', "File");
		assertTrue(file.contains("New Plan...\t" + keys("M1+N")), "File shows New Plan's key: " + file);
		assertTrue(file.contains("Open Plan...\t" + keys("M1+O")), "File shows Open Plan's key: " + file);
		assertTrue(file.contains("Save As...\t" + keys("M1+M3+S")), "File shows Save As's key: " + file);
		List<String> edit = menuTexts('e', "Edit");
		assertTrue(edit.contains("Add Contact\t" + keys("M1+M2+N")), "Edit shows Add Contact's key: " + edit);
		assertTrue(edit.contains("Log Interaction...\t" + keys("M1+M3+L")), "Edit shows Log Interaction's key: " + edit);

		Shell workbench = Workbench.shell();
		focusEditor();
		robot.press(SWT.MOD1 | SWT.SHIFT, 'l');
		Shell assist = robot.waitFor("Ctrl+Shift+L opens the key assist", () -> {
			for (Shell shell : robot.display().getShells()) {
				if (shell != workbench && shell.isVisible()
						&& !Widgets.findAll(shell, Table.class, table -> table.getItemCount() > 0).isEmpty()) {
					return shell;
				}
			}
			return null;
		});
		List<String> rows = new ArrayList<>();
		for (Table table : Widgets.findAll(assist, Table.class, table -> true)) {
			for (TableItem item : table.getItems()) {
				rows.add(String.join(" | ", Widgets.rowTexts(item)));
			}
		}
		screenshot("KeyBindings-keyAssist");
		robot.press(SWT.ESC);
		robot.waitUntil("the key assist closes", () -> assist.isDisposed() || !assist.isVisible());
		assertTrue(rows.stream().anyMatch(r -> r.contains("Add Contact") && r.contains(keys("M1+M2+N"))),
				"the key assist lists Add Contact with its key: " + rows);
		// GTK menus cannot show a two-stroke key (Window > Show View has none): the key assist is where they are
		assertTrue(rows.stream().anyMatch(r -> r.contains("Contacts") && r.contains(keys("M2+M3+Q C"))),
				"the key assist lists the Contacts view with its keys: " + rows);
	}

	/**
	 * What Ctrl+Shift+L lists with the plan editor active are commands that do something in Rapport: none of the text
	 * editor's and IDE's commands the platform binds by default (Content Assist, Find and Replace, Print, Rename, ...)
	 * has a key, and the keys the README's table gives are all listed.
	 */
	@Test
	void ctrlShiftLListsOnlyCommandsThatWorkInRapport() {
		focusEditor();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Map<String, String> idle = new LinkedHashMap<>();
		idle.put("org.eclipse.ui.edit.text.contentAssist.proposals", "Content Assist");
		idle.put("org.eclipse.ui.edit.text.contentAssist.contextInformation", "Context Information");
		idle.put("org.eclipse.ui.edit.findReplace", "Find and Replace");
		idle.put("org.eclipse.ui.file.print", "Print");
		idle.put("org.eclipse.ui.edit.rename", "Rename");
		idle.put("org.eclipse.ui.file.refresh", "Refresh");
		idle.put("org.eclipse.ui.file.properties", "Properties");
		idle.put("org.eclipse.ui.navigate.next", "Next");
		idle.put("org.eclipse.ui.navigate.previous", "Previous");
		idle.put("org.eclipse.ui.navigate.backwardHistory", "Backward History");
		idle.put("org.eclipse.ui.navigate.forwardHistory", "Forward History");
		idle.put("org.eclipse.ui.navigate.collapseAll", "Collapse All");
		idle.put("org.eclipse.ui.navigate.expandAll", "Expand All");
		idle.put("org.eclipse.ui.window.nextPerspective", "Next Perspective");
		idle.put("org.eclipse.ui.window.previousPerspective", "Previous Perspective");
		List<String> bound = new ArrayList<>();
		idle.forEach((id, name) -> {
			for (TriggerSequence keys : bindings.getActiveBindingsFor(id)) {
				bound.add(name + " " + keys.format());
			}
		});
		assertEquals(List.of(), bound, "no key is bound to a command that does nothing in Rapport");
		for (Binding binding : bindings.getBindings()) {
			if (binding.getParameterizedCommand() != null
					&& binding.getParameterizedCommand().getId().equals("org.eclipse.ui.window.splitEditor")) {
				assertEquals(0, bindings.getActiveBindingsFor(binding.getParameterizedCommand()).length,
						"Toggle Split Editor (text editors only) has no key");
			}
		}

		List<String> rows = keyAssistRows();
		System.out.println("KeyBindingsTest: the key assist lists " + rows);
		List<String> listed = new ArrayList<>();
		for (String name : idle.values()) {
			if (rows.stream().anyMatch(row -> row.startsWith(name + " | "))) {
				listed.add(name);
			}
		}
		if (rows.stream().anyMatch(row -> row.startsWith("Toggle Split Editor"))) {
			listed.add("Toggle Split Editor");
		}
		assertEquals(List.of(), listed, "the key assist lists no command that does nothing in Rapport: " + rows);
		// the README's table of keys
		for (String command : List.of("New Plan", "Open Plan", "Save", "Save As", "Save All", "Close", "Close All",
				"Undo", "Redo", "Delete", "Select All", "Add Contact", "Log Interaction", "Run Plan Review",
				"Next Sub-Tab", "Previous Sub-Tab", "Next Tab", "Previous Tab", "Show View (Contacts)",
				"Show View (Agenda)", "Show View (Scorecard)", "Show View (Validation)", "Show View (Properties)",
				"Show View |", "Show Key Assist")) {
			assertTrue(rows.stream().anyMatch(row -> row.startsWith(command)), "the key assist lists " + command + ": "
					+ rows);
		}
	}

	/** Opens the key assist with Ctrl+Shift+L and reads its rows ("command | keys"), then closes it. */
	private List<String> keyAssistRows() {
		Shell workbench = Workbench.shell();
		robot.press(SWT.MOD1 | SWT.SHIFT, 'l');
		Shell assist = robot.waitFor("Ctrl+Shift+L opens the key assist", () -> {
			for (Shell shell : robot.display().getShells()) {
				if (shell != workbench && shell.isVisible()
						&& !Widgets.findAll(shell, Table.class, table -> table.getItemCount() > 0).isEmpty()) {
					return shell;
				}
			}
			return null;
		});
		List<String> rows = new ArrayList<>();
		for (Table table : Widgets.findAll(assist, Table.class, table -> true)) {
			for (TableItem item : table.getItems()) {
				rows.add(String.join(" | ", Widgets.rowTexts(item)));
			}
		}
		screenshot("KeyBindings-keyAssist-onlyRapport");
		robot.press(SWT.ESC);
		robot.waitUntil("the key assist closes", () -> assist.isDisposed() || !assist.isVisible());
		return rows;
	}

	// ------------------------------------------------------------------------------------------------- helpers

	/** Opens a menu of the menu bar with Alt and its mnemonic, reads its items' texts, closes it. */
	private List<String> menuTexts(char mnemonic, String title) {
		Shell shell = Workbench.shell();
		robot.activate(shell);
		robot.press(SWT.ALT, mnemonic);
		Menu menu = null;
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(title)) {
				menu = item.getMenu();
			}
		}
		assertNotNull(menu, "the menu bar has " + title);
		Menu shown = menu;
		robot.waitUntil("Alt+" + mnemonic + " opened " + title, shown::isVisible, Duration.ofSeconds(5));
		List<String> texts = new ArrayList<>();
		for (MenuItem item : shown.getItems()) {
			texts.add(item.getText().replace("&", ""));
		}
		screenshot("KeyBindings-menu-" + title);
		robot.press(SWT.ESC);
		robot.waitUntil(title + " closed", () -> !shown.isVisible());
		return texts;
	}

	/** Keys as this platform shows them (GTK: "Shift+Ctrl+N"), from the notation of plugin.xml ("M1+M2+N"). */
	private static String keys(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			throw new AssertionError(sequence, e);
		}
	}

	private void focusEditor() {
		Workbench.page().activate(editor);
		robot.activate(Workbench.shell());
		robot.waitUntil("the plan editor is the active part", () -> Workbench.page().getActivePart() == editor);
		editor.setFocus();
		robot.flush();
	}

	private static String activePartId() {
		IWorkbenchPart part = Workbench.page().getActivePart();
		return part == null ? null : part.getSite().getId();
	}

	private void screenshot(String name) {
		robot.flush();
		Path folder = Workbench.screenshotFolder();
		robot.screenshot(folder.resolve(name + ".png"));
	}
}
