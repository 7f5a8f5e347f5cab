/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.charts;

import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A horizontal bar chart drawn with SWT's {@link GC}: one row per {@link Bar}, its label on the left, a bar
 * whose length is the value's share of the {@linkplain #setMaximum(double) maximum}, coloured by the value's
 * {@linkplain #setBands(ColorBands) band}, and the value's text after it. A bar without a value (NaN) is drawn
 * as a grey hatched bar across the whole width with its text (for example "failed"), so that it reads as
 * "no value" rather than as a value of zero.
 * <p>
 * A click or the arrow keys select a row and send {@link SWT#Selection} (the row is
 * {@link #getSelectionIndex()}, -1 when the selection was cleared by clicking the selected row again or
 * pressing Escape; untyped listeners also get it as {@link Event#index}, and the row's data as
 * {@link Event#data}); a double click or Enter sends {@link SWT#DefaultSelection}. The tooltip follows the row under the pointer.
 * </p>
 * <p>
 * Style: {@link SWT#BORDER} and the styles of {@link Canvas}. Colours are not disposed: since SWT 4.17 a
 * {@link Color} made from an {@link RGB} holds no system resource.
 * </p>
 */
public class BarChart extends Canvas {

	/** One row of the chart. Immutable. */
	public static final class Bar {
		private final String label;
		private final double value;
		private final String valueText;
		private final String toolTip;
		private final Object data;

		/**
		 * @param label     the text left of the bar
		 * @param value     the bar's value, or NaN for a row without a value (drawn hatched)
		 * @param valueText the text after the bar (for example the rounded value, or "failed")
		 * @param toolTip   shown when the pointer rests on the row, or {@code null}
		 * @param data      the client's object for the row, or {@code null}
		 */
		public Bar(String label, double value, String valueText, String toolTip, Object data) {
			this.label = Objects.requireNonNull(label, "label"); //$NON-NLS-1$
			this.value = value;
			this.valueText = valueText == null ? "" : valueText; //$NON-NLS-1$
			this.toolTip = toolTip;
			this.data = data;
		}

		public String getLabel() {
			return label;
		}

		public double getValue() {
			return value;
		}

		/** Whether the row has no value and is drawn hatched. */
		public boolean isMissing() {
			return Double.isNaN(value);
		}

		public String getValueText() {
			return valueText;
		}

		public String getToolTip() {
			return toolTip;
		}

		public Object getData() {
			return data;
		}
	}

	private static final int MARGIN = 6;
	private static final int GAP = 8;
	private static final int ROW_PADDING = 8;
	private static final int MAX_LABEL_SHARE_PERCENT = 45;
	private static final RGB MISSING_FILL = new RGB(225, 225, 225);
	private static final RGB MISSING_HATCH = new RGB(160, 160, 160);
	private static final RGB GRID = new RGB(215, 215, 215);

	private List<Bar> bars = List.of();
	private double maximum = 100;
	private ColorBands bands = ColorBands.SCORES;
	private int selection = -1;
	private String emptyMessage = ""; //$NON-NLS-1$

	public BarChart(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseDoubleClick, e -> {
			if (e.button == 1 && indexAt(e.x, e.y) >= 0) {
				fire(SWT.DefaultSelection, selection);
			}
		});
		addListener(SWT.MouseMove, e -> updateToolTip(indexAt(e.x, e.y)));
		addListener(SWT.MouseExit, e -> updateToolTip(-1));
		addListener(SWT.KeyDown, this::keyDown);
		// take the focus with Tab like any other control, and show that it has it
		addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS
				|| e.detail == SWT.TRAVERSE_ESCAPE && selection < 0 || e.detail == SWT.TRAVERSE_RETURN && selection < 0);
		addListener(SWT.FocusIn, e -> redraw());
		addListener(SWT.FocusOut, e -> redraw());
		addListener(SWT.Resize, e -> redraw());
		initAccessible();
	}

	/** Replaces the rows; the selection is kept on the row with the same data, if any. */
	public void setBars(List<Bar> newBars) {
		checkWidget();
		Object selectedData = selection >= 0 && selection < bars.size() ? bars.get(selection).getData() : null;
		bars = List.copyOf(newBars);
		selection = -1;
		if (selectedData != null) {
			for (int i = 0; i < bars.size(); i++) {
				if (selectedData.equals(bars.get(i).getData())) {
					selection = i;
				}
			}
		}
		redraw();
	}

	public List<Bar> getBars() {
		checkWidget();
		return bars;
	}

	/** The value of a full-length bar (100 by default). */
	public void setMaximum(double maximum) {
		checkWidget();
		if (!(maximum > 0) || Double.isInfinite(maximum)) {
			throw new IllegalArgumentException("maximum must be a positive number: " + maximum); //$NON-NLS-1$
		}
		this.maximum = maximum;
		redraw();
	}

	public double getMaximum() {
		checkWidget();
		return maximum;
	}

	/** The colours of the bars by value ({@link ColorBands#SCORES} by default). */
	public void setBands(ColorBands bands) {
		checkWidget();
		this.bands = Objects.requireNonNull(bands, "bands"); //$NON-NLS-1$
		redraw();
	}

	/** The colour a row's bar is drawn in, or {@code null} for a row without a value (hatched grey). */
	public RGB getBarColor(int index) {
		checkWidget();
		return bands.colorOf(bars.get(index).getValue());
	}

	/** Shown instead of the chart when it has no rows. */
	public void setEmptyMessage(String message) {
		checkWidget();
		emptyMessage = message == null ? "" : message; //$NON-NLS-1$
		redraw();
	}

	/** Selects a row (-1: none) without sending an event. */
	public void setSelection(int index) {
		checkWidget();
		selection = index >= 0 && index < bars.size() ? index : -1;
		redraw();
	}

	/** The selected row, or -1. */
	public int getSelectionIndex() {
		checkWidget();
		return selection;
	}

	/**
	 * Adds a listener told when a row is selected or the selection cleared ({@code widgetSelected}) or a row is
	 * opened ({@code widgetDefaultSelected}); {@code e.data} is the row's data.
	 */
	public void addSelectionListener(SelectionListener listener) {
		checkWidget();
		addTypedListener(listener, SWT.Selection, SWT.DefaultSelection);
	}

	public void removeSelectionListener(SelectionListener listener) {
		checkWidget();
		removeTypedListener(SWT.Selection, listener);
		removeTypedListener(SWT.DefaultSelection, listener);
	}

	/** The area of the row (label, bar and text) in the chart's coordinates: where a click selects it. */
	public Rectangle getRowBounds(int index) {
		checkWidget();
		Rectangle area = getClientArea();
		int height = rowHeight();
		return new Rectangle(area.x, area.y + MARGIN + index * height, area.width, height);
	}

	/** The row at a point of the chart, or -1. */
	public int indexAt(int x, int y) {
		checkWidget();
		Rectangle area = getClientArea();
		if (x < area.x || x >= area.x + area.width || y < area.y + MARGIN) {
			return -1;
		}
		int index = (y - area.y - MARGIN) / rowHeight();
		return index < bars.size() ? index : -1;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		checkWidget();
		int width = wHint != SWT.DEFAULT ? wHint : 320;
		int height = hHint != SWT.DEFAULT ? hHint : 2 * MARGIN + Math.max(1, bars.size()) * rowHeight();
		Rectangle trim = computeTrim(0, 0, width, height);
		return new Point(wHint != SWT.DEFAULT ? wHint : trim.width, hHint != SWT.DEFAULT ? hHint : trim.height);
	}

	private int rowHeight() {
		GC gc = new GC(this);
		try {
			return gc.getFontMetrics().getHeight() + ROW_PADDING;
		} finally {
			gc.dispose();
		}
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Color foreground = getForeground();
		if (bars.isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			gc.drawText(emptyMessage, area.x + MARGIN, area.y + MARGIN, true);
			return;
		}
		int rowHeight = gc.getFontMetrics().getHeight() + ROW_PADDING;
		int labelWidth = 0;
		int valueWidth = 0;
		for (Bar bar : bars) {
			labelWidth = Math.max(labelWidth, gc.textExtent(bar.getLabel()).x);
			valueWidth = Math.max(valueWidth, gc.textExtent(bar.getValueText()).x);
		}
		int available = area.width - 2 * MARGIN;
		labelWidth = Math.min(labelWidth, available * MAX_LABEL_SHARE_PERCENT / 100);
		int barX = area.x + MARGIN + labelWidth + GAP;
		int barWidth = Math.max(10, available - labelWidth - GAP - GAP - valueWidth);
		int top = area.y + MARGIN;

		// grid lines at the band limits, so that a bar's colour can be read against its length too
		gc.setForeground(new Color(GRID));
		gc.setLineStyle(SWT.LINE_DOT);
		for (double limit : bands.getLimits()) {
			if (limit > 0 && limit < maximum) {
				int x = barX + (int) Math.round(barWidth * limit / maximum);
				gc.drawLine(x, top, x, top + bars.size() * rowHeight);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);

		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = top + i * rowHeight;
			boolean selected = i == selection;
			if (selected) {
				gc.setBackground(getDisplay().getSystemColor(
						isFocusControl() ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_LIGHT_SHADOW));
				gc.fillRectangle(area.x, y, area.width, rowHeight);
			}
			Color text = selected && isFocusControl() ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT)
					: foreground;
			gc.setForeground(text);
			String label = shorten(gc, bar.getLabel(), labelWidth);
			int textY = y + (rowHeight - gc.getFontMetrics().getHeight()) / 2;
			gc.drawText(label, area.x + MARGIN, textY, true);

			int barTop = y + ROW_PADDING / 2 + 1;
			int barHeight = rowHeight - ROW_PADDING - 2;
			int valueX;
			if (bar.isMissing()) {
				drawHatched(gc, barX, barTop, barWidth, barHeight);
				valueX = barX + GAP;
				gc.setForeground(foreground);
			} else {
				double clamped = Math.max(0, Math.min(maximum, bar.getValue()));
				int length = (int) Math.round(barWidth * clamped / maximum);
				gc.setBackground(new Color(bands.colorOf(bar.getValue())));
				if (length > 0) {
					gc.fillRoundRectangle(barX, barTop, length, barHeight, 4, 4);
				} else {
					// a zero is a value: a thin mark keeps it from looking like a missing bar
					gc.fillRectangle(barX, barTop, 2, barHeight);
				}
				valueX = barX + Math.max(length, 2) + GAP;
				gc.setForeground(text);
			}
			gc.drawText(bar.getValueText(), valueX, textY, true);
		}
		if (isFocusControl()) {
			int focused = selection >= 0 ? selection : 0;
			gc.setForeground(foreground);
			gc.drawFocus(area.x + 1, top + focused * rowHeight, area.width - 2, rowHeight);
		}
	}

	private static void drawHatched(GC gc, int x, int y, int width, int height) {
		gc.setBackground(new Color(MISSING_FILL));
		gc.fillRectangle(x, y, width, height);
		gc.setForeground(new Color(MISSING_HATCH));
		gc.setClipping(x, y, width, height);
		for (int offset = -height; offset < width; offset += 6) {
			gc.drawLine(x + offset, y + height, x + offset + height, y);
		}
		gc.setClipping((Rectangle) null);
		gc.drawRectangle(x, y, width - 1, height - 1);
	}

	/** The text, cut with an ellipsis to fit the width (the full text is in the tooltip). */
	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String ellipsis = "\u2026"; //$NON-NLS-1$
		int end = text.length();
		while (end > 0 && gc.textExtent(text.substring(0, end) + ellipsis).x > width) {
			end--;
		}
		return text.substring(0, end).trim() + ellipsis;
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		int index = indexAt(e.x, e.y);
		if (index < 0) {
			return;
		}
		// a click on the selected row clears the selection: the way back to "all rows" with the mouse alone
		select(index == selection && e.count == 1 ? -1 : index);
	}

	private void keyDown(Event e) {
		if (bars.isEmpty()) {
			return;
		}
		switch (e.keyCode) {
		case SWT.ARROW_DOWN -> select(Math.min(bars.size() - 1, selection + 1));
		case SWT.ARROW_UP -> select(Math.max(0, selection < 0 ? 0 : selection - 1));
		case SWT.HOME -> select(0);
		case SWT.END -> select(bars.size() - 1);
		case SWT.ESC -> select(-1);
		case SWT.CR, SWT.KEYPAD_CR -> {
			if (selection >= 0) {
				fire(SWT.DefaultSelection, selection);
			}
		}
		default -> {
			// other keys are not the chart's
		}
		}
	}

	private void select(int index) {
		if (index == selection) {
			return;
		}
		selection = index;
		redraw();
		getAccessible().setFocus(index >= 0 ? index : ACC.CHILDID_SELF);
		fire(SWT.Selection, index);
	}

	private void fire(int type, int index) {
		Event event = new Event();
		event.index = index;
		event.data = index >= 0 ? bars.get(index).getData() : null;
		notifyListeners(type, event);
	}

	private void updateToolTip(int index) {
		String tip = index >= 0 ? bars.get(index).getToolTip() : null;
		if (!Objects.equals(tip, getToolTipText())) {
			setToolTipText(tip);
		}
	}

	/** Screen readers read each row as "label: value". */
	private void initAccessible() {
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID >= 0 && e.childID < bars.size()) {
					Bar bar = bars.get(e.childID);
					e.result = bar.getLabel() + ": " + bar.getValueText(); //$NON-NLS-1$
				}
			}
		});
		getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
			@Override
			public void getChildCount(AccessibleControlEvent e) {
				e.detail = bars.size();
			}

			@Override
			public void getRole(AccessibleControlEvent e) {
				e.detail = e.childID == ACC.CHILDID_SELF ? ACC.ROLE_LIST : ACC.ROLE_LISTITEM;
			}

			@Override
			public void getFocus(AccessibleControlEvent e) {
				e.childID = selection >= 0 ? selection : ACC.CHILDID_SELF;
			}
		});
	}
}
