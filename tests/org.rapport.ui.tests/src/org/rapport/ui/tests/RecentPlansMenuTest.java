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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.tests.support.SyntheticPlans;
import org.rapport.core.store.PlanStore;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.internal.handlers.OpenPlanHandler;
import org.rapport.ui.internal.recent.Messages;
import org.rapport.ui.internal.recent.RecentPlans;
import org.rapport.ui.internal.recent.RecentPlansStore;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * File's recent plans, used from the keyboard as a user would: Alt+F opens the File menu, the plan's number picks
 * it. Plans opened come first; choosing one opens it or brings its editor to the front; a plan whose file is gone
 * is reported and taken off the list; the list is written to the preferences at once (so a restart keeps it).
 */
@ExtendWith(ScreenshotOnFailure.class)
class RecentPlansMenuTest {

	private final Robot robot = Robot.current();
	private final List<Path> files = new ArrayList<>();
	private Path alpha;
	private Path beta;
	private Path gamma;

	@BeforeEach
	void threePlans() throws Exception {
		Path folder = Path.of(System.getProperty(Workbench.SAMPLE_DIR_PROPERTY)).toAbsolutePath().getParent()
				.resolve("recent");
		Files.createDirectories(folder);
		alpha = plan(folder, "Alpha");
		beta = plan(folder, "Beta");
		gamma = plan(folder, "Gamma");
		robot.activate(Workbench.shell());
	}

	private Path plan(Path folder, String name) throws Exception {
		Path file = folder.resolve(name + '.' + PlanStore.FILE_EXTENSION).toAbsolutePath().normalize();
		Files.deleteIfExists(file);
		new PlanStore().save(SyntheticPlans.generate(5, name.hashCode(), LocalDate.now()), file);
		files.add(file);
		return file;
	}

	@AfterEach
	void cleanUp() {
		for (Path file : files) {
			PlanEditor editor = PlanEditors.find(Workbench.page(), file);
			if (editor != null) {
				Workbench.page().closeEditor(editor, false);
			}
			RecentPlansStore.remove(file);
		}
	}

	@Test
	void plansOpenedAreListedMostRecentFirstAndReopenFromTheFileMenu() throws Exception {
		for (Path file : List.of(alpha, beta, gamma)) {
			// what File > Open does with the files chosen in its dialog
			assertTrue(OpenPlanHandler.open(Workbench.page(), file, Workbench.shell()), "opened " + file);
		}
		assertEquals(List.of(gamma, beta, alpha), RecentPlansStore.files().subList(0, 3), "most recent first");
		assertEquals(List.of("&1 Gamma.rapport", "&2 Beta.rapport", "&3 Alpha.rapport"), recentItemsInFileMenu(3),
				"the File menu numbers them 1, 2, 3");

		// 3 is Alpha, open behind Gamma: its editor comes to the front, and it comes first in the list
		IEditorPart alphaEditor = PlanEditors.find(Workbench.page(), alpha);
		assertNotNull(alphaEditor);
		chooseFromFileMenu('3');
		robot.waitUntil("Alpha's editor is active (active: " + Workbench.page().getActiveEditor() + ")",
				() -> Workbench.page().getActiveEditor() == alphaEditor);
		assertEquals(1, editorsOf(alpha), "no second editor for Alpha");
		assertEquals(List.of(alpha, gamma, beta), RecentPlansStore.files().subList(0, 3));

		// a plan closed opens again from the menu
		Workbench.page().closeEditor(PlanEditors.find(Workbench.page(), beta), false);
		assertEquals(0, editorsOf(beta));
		chooseFromFileMenu('3');
		PlanEditor betaEditor = robot.waitFor("Beta opens again", () -> PlanEditors.find(Workbench.page(), beta));
		robot.waitUntil("Beta's editor is active", () -> Workbench.page().getActiveEditor() == betaEditor);
		assertNotNull(betaEditor.getPlan(), "Beta loaded: " + betaEditor.getLoadProblem());
		assertEquals(List.of(beta, alpha, gamma), RecentPlansStore.files().subList(0, 3));

		// written to the preferences at once: a restart reads the same list back
		assertEquals(List.of(beta, alpha, gamma), RecentPlans
				.decode(RecentPlansStore.node().get(RecentPlansStore.KEY_FILES, null), RecentPlans.DEFAULT_LIMIT)
				.getFiles().subList(0, 3));
		Path prefs = Path.of(Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.rapport.ui.prefs");
		String stored = Files.readString(prefs);
		assertTrue(stored.contains(RecentPlansStore.NODE + "/" + RecentPlansStore.KEY_FILES + "="),
				"the list is in " + prefs + ":\n" + stored);
		assertTrue(stored.contains("Beta.rapport"), stored);
	}

	@Test
	void aPlanThatNoLongerExistsIsReportedAndTakenOffTheList() throws Exception {
		for (Path file : List.of(alpha, gamma)) {
			assertTrue(OpenPlanHandler.open(Workbench.page(), file, Workbench.shell()));
		}
		Workbench.page().closeEditor(PlanEditors.find(Workbench.page(), alpha), false);
		Files.delete(alpha);
		assertEquals(List.of("&1 Gamma.rapport", "&2 Alpha.rapport"), recentItemsInFileMenu(2));

		String[] message = new String[1];
		ShellWatcher dialog = robot.onShell("the missing plan is reported",
				shell -> Messages.RecentPlans_missingTitle.equals(shell.getText()), shell -> {
					message[0] = Widgets.findAll(shell, Label.class, label -> !label.getText().isBlank()).stream()
							.map(Label::getText).reduce("", String::concat);
					Button ok = Widgets.findAll(shell, Button.class, button -> "OK".equals(button.getText().replace("&", ""))).get(0);
					robot.click(ok);
				});
		chooseFromFileMenu('2');
		dialog.await(Duration.ofSeconds(20));
		robot.waitUntil("the dialog closed", () -> dialog.shell().isDisposed());
		assertTrue(message[0].contains("Alpha.rapport") && message[0].contains(alpha.getParent().toString())
				&& message[0].contains("removed from the list"), "the message names the plan and its folder: " + message[0]);
		assertEquals(0, editorsOf(alpha), "nothing was opened for the missing file");
		assertTrue(!RecentPlansStore.files().contains(alpha), "Alpha is off the list: " + RecentPlansStore.files());
		assertEquals(List.of("&1 Gamma.rapport"), recentItemsInFileMenu(1).subList(0, 1));
		assertTrue(recentItemsInFileMenu(RecentPlansStore.files().size()).stream().noneMatch(t -> t.contains("Alpha")),
				"and off the File menu");
	}

	// ------------------------------------------------------------------------------------------------- helpers

	/** Opens the File menu with Alt+F, reads the first {@code count} recent plans (their text up to the folder), closes it. */
	private List<String> recentItemsInFileMenu(int count) {
		Menu menu = openFileMenu();
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText();
			if (text.matches("&?\\d+ .*") && texts.size() < count) {
				int folder = text.lastIndexOf("  [");
				texts.add(folder < 0 ? text : text.substring(0, folder));
			}
		}
		robot.pressUntil(0, SWT.ESC, "the File menu closed", () -> menu.isDisposed() || !menu.isVisible());
		return texts;
	}

	/** Alt+F, then the plan's number, as a user picks a recent plan from the keyboard. */
	private void chooseFromFileMenu(char number) {
		Menu menu = openFileMenu();
		robot.press(number);
		robot.waitUntil("the File menu closed after pressing " + number, () -> menu.isDisposed() || !menu.isVisible());
	}

	private Menu openFileMenu() {
		Shell shell = Workbench.shell();
		robot.activate(shell);
		robot.press(SWT.ALT, 'f');
		Menu bar = shell.getMenuBar();
		MenuItem file = null;
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("File")) {
				file = item;
			}
		}
		assertNotNull(file, "the menu bar has File");
		Menu menu = file.getMenu();
		robot.waitUntil("Alt+F opened the File menu", menu::isVisible, Duration.ofSeconds(5));
		return menu;
	}

	private static int editorsOf(Path file) {
		int count = 0;
		for (var ref : Workbench.page().getEditorReferences()) {
			if (ref.getPart(false) instanceof PlanEditor editor && editor.getEditorInput() != null
					&& file.equals(editor.getEditorInput().getAdapter(Path.class))) {
				count++;
			}
		}
		return count;
	}
}
