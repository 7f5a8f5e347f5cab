/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Point;

/**
 * A column of a view's list whose cells give their whole text as a tooltip (the views are narrow in the default
 * layout), as the Scorecard's findings do: after half a second, below and right of the pointer, so that a tooltip
 * never covers the row being clicked nor pops up at every move across the list.
 */
abstract class CellTipLabelProvider extends ColumnLabelProvider {

	private static final Point SHIFT = new Point(12, 20);
	private static final int DELAY_MILLIS = 500;

	@Override
	public Point getToolTipShift(Object object) {
		return SHIFT;
	}

	@Override
	public int getToolTipDisplayDelayTime(Object object) {
		return DELAY_MILLIS;
	}
}
