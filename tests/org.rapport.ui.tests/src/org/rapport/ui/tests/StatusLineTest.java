/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.NextFollowUpContribution;
import org.rapport.ui.tests.robot.Robot;

/**
 * The status line's next follow-up is shown whole, inside the window: its text arrives after the status line is
 * made (the plan opens later), and the item must grow to it rather than keep the width of an empty label.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StatusLineTest {

	private final Robot robot = Robot.current();

	@Test
	void theNextFollowUpIsShownWholeInsideTheWindow() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		Workbench.page().activate(editor);
		CLabel status = robot.showingById(Workbench.shell(), NextFollowUpContribution.ID_LABEL, CLabel.class);
		robot.waitUntil("the status line names the next follow-up", () -> !status.getText().isEmpty());
		robot.flush();
		screenshot("StatusLine-nextFollowUp");

		Shell shell = status.getShell();
		Point wanted = status.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		Rectangle onDisplay = robot.display().map(status.getParent(), null, status.getBounds());
		Rectangle window = robot.display().map(shell, null, shell.getClientArea());
		String where = "'" + status.getText() + "' at " + onDisplay + " wants " + wanted + "; window " + window + "; "
				+ chain(status);
		assertTrue(status.getSize().x >= wanted.x, "the label is as wide as its text: " + where);
		assertTrue(onDisplay.x >= window.x && onDisplay.x + onDisplay.width <= window.x + window.width,
				"the label is inside the window: " + where);
		for (Control c = status; c != shell; c = c.getParent()) {
			Rectangle area = c.getParent().getClientArea();
			Rectangle bounds = c.getBounds();
			assertTrue(bounds.x >= 0 && bounds.x + bounds.width <= area.width,
					describe(c) + " fits in its parent " + describe(c.getParent()) + ": " + where);
		}
		assertFalse(status.getText().contains("\u2026"), "the text is not shortened: " + where);
	}

	private static String chain(Control control) {
		StringBuilder out = new StringBuilder();
		for (Control c = control; c != null; c = c.getParent()) {
			out.append(describe(c)).append(c instanceof Composite composite && composite.getLayout() != null
					? " layout " + composite.getLayout().getClass().getSimpleName() : "").append(" < ");
		}
		return out.toString();
	}

	private static String describe(Control c) {
		return c.getClass().getSimpleName() + c.getBounds();
	}

	private void screenshot(String name) {
		Path folder = Workbench.screenshotFolder();
		robot.screenshot(folder.resolve(name + ".png"));
	}
}
