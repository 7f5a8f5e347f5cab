/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The mouse wheel never changes data by accident: turned with real input over every combo, spinner, date and list of
 * every page of the plan editor and of every details section (a row of each list selected in turn) while the focus
 * is elsewhere, it scrolls the form and leaves the plan's command stack where it was.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MouseWheelTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Command mark;

	@BeforeEach
	void openTheSamplePlan() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		mark = editor.getEditingDomain().getCommandStack().getUndoCommand();
	}

	@AfterEach
	void undoWhatTheWheelChanged() {
		// nothing is saved: a field another test left typed into must not be written to the sample by this one
		Workbench.undoToSaved(robot, editor);
	}

	@Test
	void theWheelOverAFieldWithoutTheFocusScrollsTheFormAndChangesNothing() {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		CTabFolder pages = Workbench.pageTabs(editor);
		Map<String, Integer> wheeled = new LinkedHashMap<>();
		List<String> scrolled = new ArrayList<>();
		for (int index = 0; index < pages.getItemCount(); index++) {
			robot.clickTab(pages.getItem(index));
			IFormPage page = editor.getActivePageInstance();
			robot.flush();
			if (page instanceof MasterDetailsFormPage masterDetails) {
				for (ElementListPart<?> list : masterDetails.getLists()) {
					if (list.getItemCount() == 0) {
						continue;
					}
					Table table = list.getViewer().getTable();
					robot.reveal(table);
					robot.clickRow(table, 0);
					robot.flush();
					wheelOverFields(page, table, wheeled, scrolled);
				}
			} else {
				wheelOverFields(page, null, wheeled, scrolled);
			}
		}
		System.out.println("MouseWheelTest: the wheel went over " + wheeled + " and scrolled " + scrolled.size() + " times");
		int total = wheeled.values().stream().mapToInt(Integer::intValue).sum();
		assertTrue(total >= 5, "the wheel went over the editor's combos and lists: " + wheeled);
		assertEquals(mark, stack.getUndoCommand(), "the wheel changed nothing (" + wheeled + ")");
		assertTrue(!scrolled.isEmpty(), "the wheel scrolled a form somewhere (over " + wheeled + ")");
	}

	/**
	 * Turns the wheel down and up over each combo, spinner, date and list showing on the page, with the focus in
	 * {@code focus} (the list whose row is shown, or the page), checking after each that nothing changed.
	 */
	private void wheelOverFields(IFormPage page, Control focus, Map<String, Integer> wheeled, List<String> scrolled) {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Control root = page.getPartControl();
		List<Control> fields = Widgets.findAll(root, Control.class, c -> Widgets.isShowing(c) && c.isEnabled()
				&& (c instanceof Combo || c instanceof CCombo || c instanceof Spinner || c instanceof DateTime
						|| c instanceof org.eclipse.swt.widgets.List));
		for (Control field : fields) {
			if (field.isDisposed() || !Widgets.isShowing(field)) {
				continue; // the page changed under the wheel (it must not), the assertion below says so
			}
			robot.reveal(field);
			if (focus != null && !focus.isDisposed()) {
				robot.focus(focus);
			} else {
				robot.focus(page.getManagedForm().getForm());
			}
			assertTrue(!field.isFocusControl(), Widgets.describe(field) + " does not have the focus");
			String before = valueOf(field);
			ScrolledComposite form = scrollable(field);
			Point origin = form == null ? null : form.getOrigin();
			String where = page.getId() + " / " + Widgets.describe(field);
			Point at = robot.wheel(field, 3);
			if (form != null && !form.getOrigin().equals(origin)) {
				scrolled.add(where);
			}
			robot.wheelAt(at, -3);
			robot.flush();
			assertEquals(mark, stack.getUndoCommand(), "the wheel over " + where + " changed nothing (it did: "
					+ (stack.canUndo() ? stack.getUndoCommand().getLabel() : "?") + ")");
			if (!field.isDisposed()) {
				assertEquals(before, valueOf(field), "the wheel over " + where + " left its value");
			}
			wheeled.merge(page.getId(), 1, Integer::sum);
		}
	}

	/** The innermost scrolled composite around the control that can scroll down, or {@code null}. */
	private static ScrolledComposite scrollable(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled && scrolled.getContent() != null
					&& scrolled.getOrigin().y + scrolled.getClientArea().height < scrolled.getContent().getSize().y) {
				return scrolled;
			}
		}
		return null;
	}

	private static String valueOf(Control field) {
		if (field instanceof Combo combo) {
			return combo.getText() + "#" + combo.getSelectionIndex();
		} else if (field instanceof CCombo combo) {
			return combo.getText();
		} else if (field instanceof Spinner spinner) {
			return Integer.toString(spinner.getSelection());
		} else if (field instanceof DateTime date) {
			return date.getYear() + "-" + date.getMonth() + "-" + date.getDay();
		} else if (field instanceof org.eclipse.swt.widgets.List list) {
			return String.join(",", list.getSelection());
		}
		return "";
	}
}
