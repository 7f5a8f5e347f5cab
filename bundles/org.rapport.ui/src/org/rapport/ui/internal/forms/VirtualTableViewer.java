/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Table;

/**
 * The viewer of a virtual table whose rows its part computes itself (an {@code ILazyContentProvider} over an array
 * that a filter, a sort or an edit reorders). Rows are cleared through the viewer, which forgets the element a
 * cleared row showed: its element map (with {@code setUseHashlookup}) then never names a row another element has
 * moved into, and a selection by element lands on the element's row.
 */
public final class VirtualTableViewer extends TableViewer {

	public VirtualTableViewer(Table table) {
		super(table);
	}

	/** Sets the number of rows and clears them all: the table asks for each again when it shows it. */
	public void clearAll(int rows) {
		unmapAllElements();
		Table table = getTable();
		if (table.getItemCount() != rows) {
			table.setItemCount(rows);
		}
		table.clearAll();
	}
}
