/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/** What the tests of the plan editor's form pages share: bringing a field of a scrolled details form into view. */
final class FormPages {

	private FormPages() {
	}

	/**
	 * Gives the control the focus, as a user tabbing to it would, so that the form scrolls it into view, and waits
	 * until it is wholly inside the visible part of every scrolled composite around it (a click then reaches it).
	 */
	static <T extends Control> T reveal(Robot robot, T control) {
		robot.focus(control);
		robot.waitUntil(Widgets.describe(control) + " is scrolled into view", () -> inView(control));
		return control;
	}

	/**
	 * Replaces the text of a field by typing, as a user selecting all and typing over it, and checks that the field
	 * shows exactly what was typed before the caller applies it (Tab, Enter), so that a lost key fails here, with what
	 * the field shows, rather than as a wrong value later.
	 */
	static void typeInto(Robot robot, Text text, String typed) {
		reveal(robot, text);
		robot.selectAllText(text);
		robot.type(typed);
		robot.waitUntil(Widgets.describe(text) + " shows what was typed, '" + typed + "'", () -> typed.equals(shown(text)),
				() -> "it shows '" + shown(text) + "'");
	}

	private static String shown(Text text) {
		return text.getText().replace("\r", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Clicks a button of a page (scrolled into view first: the forms are long); when the click cannot reach it,
	 * fails with where the button and the scrolled areas around it were.
	 */
	static void clickButton(Robot robot, Control page, String id) {
		Button button = robot.showingById(page, id, Button.class);
		robot.reveal(button);
		try {
			robot.click(button);
		} catch (AssertionError e) {
			StringBuilder scrolled = new StringBuilder();
			for (Composite c = button.getParent(); c != null; c = c.getParent()) {
				if (c instanceof ScrolledComposite sc) {
					scrolled.append(" ").append(sc.getClass().getSimpleName()).append(" area ").append(sc.getClientArea())
							.append(" origin ").append(sc.getOrigin()).append(" content ")
							.append(sc.getContent() == null ? null : sc.getContent().getSize()).append(" min ")
							.append(sc.getMinHeight()).append(" vbar ")
							.append(sc.getVerticalBar() == null ? null : sc.getVerticalBar().getMaximum());
				}
			}
			throw new AssertionError(e.getMessage() + "; button at " + button.getBounds() + " in display "
					+ button.getParent().toDisplay(button.getLocation()) + "; scrolled:" + scrolled, e);
		}
	}

	/** Presses Ctrl+Z and waits for its effect, failing with what the command stack and the focus were then. */
	static void undo(Robot robot, PlanEditor editor, String description, BooleanSupplier condition) {
		try {
			robot.pressUntil(SWT.MOD1, 'z', description, condition);
		} catch (AssertionError e) {
			CommandStack stack = editor.getEditingDomain().getCommandStack();
			throw new AssertionError(description + " (next undo: "
					+ (stack.canUndo() ? stack.getUndoCommand().getLabel() : "none") + ", focus: "
					+ Widgets.describe(robot.display().getFocusControl()) + ", active shell: "
					+ Widgets.describe(robot.display().getActiveShell()) + ")", e);
		}
	}

	/**
	 * Writes a screenshot of the workbench as it is, and one with the editor maximized (the page with room to
	 * breathe), restoring the editor after.
	 */
	static void screenshots(Robot robot, PlanEditor editor, Path folder, String name) {
		robot.screenshot(folder.resolve(name + ".png"));
		IWorkbenchPage page = editor.getSite().getPage();
		IWorkbenchPartReference reference = page.getReference(editor);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			robot.flush();
			robot.screenshot(folder.resolve(name + "-maximized.png"));
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			robot.flush();
		}
	}

	private static boolean inView(Control control) {
		Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				Rectangle visible = control.getDisplay().map(scrolled, null, scrolled.getClientArea());
				if (!visible.contains(bounds.x, bounds.y)
						|| !visible.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1)) {
					return false;
				}
			}
		}
		return true;
	}
}
