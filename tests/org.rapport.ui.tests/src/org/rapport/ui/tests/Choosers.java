/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import java.util.Locale;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/** The filtered chooser dialogs of the form pages (Add... of a reference list, Choose... of a reference). */
final class Choosers {

	private Choosers() {
	}

	/**
	 * Opens a chooser with {@code open} (a click on its button), types into its filter and presses OK. The dialog
	 * is modal: it is answered from a watcher set up before the click, and the watcher is cancelled when the click
	 * fails.
	 */
	static void choose(Robot robot, Runnable open, String typed) {
		Shell workbench = Workbench.shell();
		ShellWatcher chooser = robot.onShell("the chooser opens", s -> isChooser(s, workbench), s -> {
			robot.activate(s);
			// the filter field, before typing: the first key would be lost while the dialog is still opening
			robot.focus(Widgets.findAll(s, Text.class, t -> true).get(0));
			robot.type(typed);
			Button ok = Widgets.findAll(s, Button.class, b -> "OK".equals(Widgets.textOf(b))).get(0);
			try {
				robot.waitUntil("the chooser filtered its list down to '" + typed + "' and OK is enabled", ok::isEnabled);
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; the chooser shows " + describe(s), e);
			}
			robot.click(ok);
		});
		try {
			open.run();
		} catch (RuntimeException | AssertionError e) {
			chooser.cancel();
			throw e;
		}
		chooser.await();
		robot.waitUntil("the chooser closed", () -> chooser.shell().isDisposed());
	}

	/** Whether no other contact's label starts with this one's name (the chooser then filters down to it alone). */
	static boolean unique(NetworkingPlan plan, Contact contact) {
		String label = RapportLabels.contactName(contact).toLowerCase(Locale.ROOT);
		return plan.getContacts().stream()
				.filter(c -> c != contact && RapportLabels.text(c).toLowerCase(Locale.ROOT).startsWith(label)).count() == 0;
	}

	private static String describe(Shell shell) {
		if (shell.isDisposed()) {
			return "nothing (it was closed)";
		}
		StringBuilder text = new StringBuilder();
		for (Text field : Widgets.findAll(shell, Text.class, t -> true)) {
			text.append("a field with '").append(field.getText()).append("' ");
		}
		for (Table list : Widgets.findAll(shell, Table.class, t -> true)) {
			text.append("a list of ").append(list.getItemCount()).append(" (").append(list.getSelectionCount())
					.append(" selected)");
			for (int i = 0; i < Math.min(3, list.getItemCount()); i++) {
				text.append(" '").append(list.getItem(i).getText()).append('\'');
			}
		}
		return text.toString();
	}

	/** A dialog of the workbench window with an OK button (not a tooltip or a decoration's hover). */
	private static boolean isChooser(Shell shell, Shell workbench) {
		return shell != workbench && shell.getParent() == workbench
				&& !Widgets.findAll(shell, Button.class, b -> "OK".equals(Widgets.textOf(b))).isEmpty();
	}
}
