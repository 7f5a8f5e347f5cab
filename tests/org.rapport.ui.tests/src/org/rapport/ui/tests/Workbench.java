/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanStore;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.editors.PlanEditors;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/** What the UI tests need to know about Rapport's workbench: the window, the sample plan, its editor, views. */
final class Workbench {

	/** The folder the application writes the sample plan to (set by the test bundle's pom). */
	static final String SAMPLE_DIR_PROPERTY = "rapport.sample.dir";

	private Workbench() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	static Shell shell() {
		return window().getShell();
	}

	/**
	 * The sample plan file as the application names it ({@code SamplePlanInstaller}): the plan's name with a capital
	 * first letter, {@code .rapport}, in {@code rapport.sample.dir}.
	 */
	static Path sampleFile() {
		String dir = System.getProperty(SAMPLE_DIR_PROPERTY);
		assertNotNull(dir, "the tests must run with -D" + SAMPLE_DIR_PROPERTY);
		String name = SamplePlan.NAME.substring(0, 1).toUpperCase(Locale.ROOT) + SamplePlan.NAME.substring(1) + '.'
				+ PlanStore.FILE_EXTENSION;
		return Path.of(dir, name).toAbsolutePath().normalize();
	}

	/** Waits until the plan editor of the sample plan is open and returns it. */
	static PlanEditor sampleEditor(Robot robot) {
		return robot.waitFor("the plan editor of " + sampleFile() + " is open (editors: " + editorTitles() + ")",
				() -> PlanEditors.find(page(), sampleFile()));
	}

	/** Opens the sample plan (as File &gt; Open would) unless it is open, and returns its editor. */
	static PlanEditor openSample(Robot robot) throws PartInitException {
		PlanEditor editor = PlanEditors.find(page(), sampleFile());
		if (editor == null) {
			PlanEditors.open(page(), sampleFile());
		}
		return sampleEditor(robot);
	}

	static List<String> editorTitles() {
		List<String> titles = new ArrayList<>();
		for (var ref : page().getEditorReferences()) {
			titles.add(ref.getTitle());
		}
		return titles;
	}

	/**
	 * The tab a control sits in, in the nearest enclosing tab folder: the tab item whose control is the control or
	 * one of its ancestors. With {@code outermost}, the outermost such tab (for a control in an editor: the editor's
	 * own tab in the editor area rather than a page tab of a multi-page editor).
	 */
	static CTabItem tabOf(Control control, boolean outermost) {
		CTabItem found = null;
		Control child = control;
		for (Control parent = control.getParent(); parent != null; child = parent, parent = parent.getParent()) {
			if (parent instanceof CTabFolder folder) {
				for (CTabItem item : folder.getItems()) {
					if (item.getControl() == child) {
						found = item;
						if (!outermost) {
							return found;
						}
					}
				}
			}
		}
		return found;
	}

	/** The editor's tab in the editor area, found from the control of one of its pages. */
	static CTabItem editorTab(PlanEditor editor) {
		IFormPage page = editor.getActivePageInstance();
		assertNotNull(page, "the plan editor has an active page");
		CTabItem tab = tabOf(page.getPartControl(), true);
		assertNotNull(tab, "the plan editor's tab in the editor area");
		return tab;
	}

	/** The page tabs of the multi-page editor (Overview, Contacts, ...): the folder holding the page controls. */
	/** The folder where the tests leave their screenshots ({@code target/screenshots}, beside the sample's folder). */
	static Path screenshotFolder() {
		String dir = System.getProperty(SAMPLE_DIR_PROPERTY);
		return dir == null ? Path.of("screenshots") : Path.of(dir).toAbsolutePath().getParent().resolve("screenshots");
	}

	static CTabFolder pageTabs(PlanEditor editor) {
		IFormPage page = editor.getActivePageInstance();
		assertNotNull(page, "the plan editor has an active page");
		CTabItem tab = tabOf(page.getPartControl(), false);
		assertNotNull(tab, "the page tab of " + page.getId());
		return tab.getParent();
	}

	/** Shows a page of the plan editor by clicking its tab (unless it is showing) and returns its control. */
	static Control showPage(Robot robot, PlanEditor editor, String pageId) {
		IFormPage page = editor.findPage(pageId);
		assertNotNull(page, "the plan editor has the page " + pageId);
		if (editor.getActivePageInstance() != page) {
			robot.clickTab(pageTabs(editor).getItem(page.getIndex()));
			robot.waitUntil("the page " + pageId + " is active", () -> editor.getActivePageInstance() == page);
		}
		return page.getPartControl();
	}

	/** Undoes what a test left unsaved, so that the next test finds the sample plan as it was saved. */
	static void undoToSaved(Robot robot, PlanEditor editor) {
		org.eclipse.emf.common.command.CommandStack stack = editor.getEditingDomain().getCommandStack();
		while (editor.isDirty() && stack.canUndo()) {
			stack.undo();
		}
		robot.flush();
	}

	/**
	 * Undoes every command executed since {@code mark} (the command on top of the stack when the test began) and
	 * saves when the file was saved in between, so that the editor and the file are as the test found them.
	 */
	static void undoSince(Robot robot, PlanEditor editor, org.eclipse.emf.common.command.Command mark) {
		org.eclipse.emf.common.command.CommandStack stack = editor.getEditingDomain().getCommandStack();
		while (stack.canUndo() && stack.getUndoCommand() != mark) {
			stack.undo();
		}
		robot.flush();
		if (editor.isDirty()) {
			editor.doSave(null);
		}
		robot.flush();
	}

	/** Shows the Properties view (without activating it: the selection it shows stays the editor's). */
	static PropertySheet propertiesView() throws PartInitException {
		IViewPart view = page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		return (PropertySheet) view;
	}

	/** The tree of the Properties view's current page (what the user sees in it). */
	static Tree propertiesTree(PropertySheet sheet) {
		Control control = sheet.getCurrentPage() == null ? null : sheet.getCurrentPage().getControl();
		return control instanceof Tree tree ? tree : null;
	}

	/** The value the Properties view shows for a property (by its display name), or {@code null} if not shown. */
	static String propertyValue(PropertySheet sheet, String property) {
		Tree tree = propertiesTree(sheet);
		if (tree == null || tree.isDisposed()) {
			return null;
		}
		for (TreeItem item : Widgets.allItems(tree)) {
			if (property.equals(item.getText(0))) {
				return item.getText(1);
			}
		}
		return null;
	}

	/** Names and values the Properties view shows, for failure messages. */
	static String propertiesShown(PropertySheet sheet) {
		Tree tree = propertiesTree(sheet);
		if (tree == null || tree.isDisposed()) {
			return "(no property tree)";
		}
		StringBuilder out = new StringBuilder("{");
		for (TreeItem item : Widgets.allItems(tree)) {
			out.append(item.getText(0)).append('=').append(item.getText(1)).append("; ");
		}
		return out.append('}').toString();
	}

	/** The fragment that identifies an object in its file (its UUID), to find it again in a fresh load. */
	static String idOf(EObject object) {
		return object.eResource().getURIFragment(object);
	}
}
