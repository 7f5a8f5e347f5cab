/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests.robot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Finding controls and reading what they show, as a user reads it: by Rapport's widget id
 * ({@code widget.getData("org.rapport.ui.id")}), by type and text, rows of tables and items of trees. Nothing here
 * waits or acts; see {@link EventLoop} and {@link Input}.
 */
public final class Widgets {

	/** The data key under which Rapport's controls carry their id (see {@code org.rapport.ui.UiIds.KEY}). */
	public static final String ID_KEY = "org.rapport.ui.id";

	private Widgets() {
	}

	/** All controls under (and including) {@code root} that are instances of {@code type} and match. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> filter,
			List<T> found) {
		if (control == null || control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/** The control with the given Rapport widget id under {@code root}, or {@code null}. */
	public static <T extends Control> T findById(Control root, String id, Class<T> type) {
		List<T> found = findAll(root, type, c -> id.equals(c.getData(ID_KEY)));
		return found.isEmpty() ? null : found.get(0);
	}


	/** Whether the control and all its parents are visible. */
	public static boolean isShowing(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.isDisposed() || !c.getVisible()) {
				return false;
			}
		}
		return true;
	}

	/** The text a user reads on a control or item, with mnemonic ampersands removed; {@code null} if none. */
	public static String textOf(Widget widget) {
		String text = null;
		if (widget instanceof Button b) {
			text = b.getText();
		} else if (widget instanceof Label l) {
			text = l.getText();
		} else if (widget instanceof Text t) {
			text = t.getText();
		} else if (widget instanceof CTabItem i) {
			text = i.getText();
		} else if (widget instanceof org.eclipse.swt.widgets.Item i) {
			text = i.getText();
		} else if (widget instanceof Shell s) {
			text = s.getText();
		} else if (widget instanceof org.eclipse.swt.widgets.Combo c) {
			text = c.getText();
		} else if (widget instanceof org.eclipse.swt.custom.CCombo c) {
			text = c.getText();
		} else if (widget instanceof org.eclipse.swt.custom.CLabel c) {
			text = c.getText();
		} else if (widget instanceof org.eclipse.ui.forms.widgets.Hyperlink h) {
			text = h.getText();
		}
		return text == null ? null : stripMnemonic(text);
	}

	private static String stripMnemonic(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
					out.append('&');
					i++;
				}
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	/** The element a table row shows; its text is asked for first, which makes a virtual table fill the row. */
	public static Object dataOf(TableItem item) {
		item.getText(0);
		return item.getData();
	}

	/** The texts of all columns of a table row. */
	public static List<String> rowTexts(TableItem item) {
		int columns = Math.max(1, item.getParent().getColumnCount());
		List<String> texts = new ArrayList<>(columns);
		for (int i = 0; i < columns; i++) {
			texts.add(item.getText(i));
		}
		return texts;
	}

	/** Every item of a tree, depth first, expanded or not (items that are not created yet are skipped). */
	public static List<TreeItem> allItems(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			addItems(item, items);
		}
		return items;
	}

	private static void addItems(TreeItem item, List<TreeItem> items) {
		items.add(item);
		for (TreeItem child : item.getItems()) {
			addItems(child, items);
		}
	}

	/** The CTabItem of a folder with the given text (mnemonics removed), or {@code null}. */
	public static CTabItem tabItem(CTabFolder folder, String text) {
		for (CTabItem item : folder.getItems()) {
			if (text.equals(textOf(item))) {
				return item;
			}
		}
		return null;
	}

	/** A readable description of a widget for failure messages: type, id and text. */
	public static String describe(Widget widget) {
		if (widget == null) {
			return "nothing";
		}
		if (widget.isDisposed()) {
			return widget.getClass().getSimpleName() + " (disposed)";
		}
		Object id = widget.getData(ID_KEY);
		String text = textOf(widget);
		return widget.getClass().getSimpleName() + (id != null ? " [" + id + "]" : "")
				+ (text != null ? " '" + text + "'" : "");
	}
}
