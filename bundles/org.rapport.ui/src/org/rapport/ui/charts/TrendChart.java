/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.charts;

import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A small line chart of values over time drawn with SWT's {@link GC}: the {@link Point points} in order, left
 * to right at equal distances (reviews happen at irregular dates; the order is what matters), joined by a
 * line, each a dot in its value's {@linkplain #setBands(ColorBands) band colour}, the last one larger. Points
 * without a value (NaN) break the line. The first and last labels are written under the chart; the tooltip
 * names the point under the pointer.
 * <p>
 * Colours are not disposed: since SWT 4.17 a {@link Color} made from an {@link RGB} holds no system resource.
 * </p>
 */
public class TrendChart extends Canvas {

	/** One point of the trend. Immutable. */
	public static final class Point {
		private final String label;
		private final double value;
		private final String toolTip;

		/**
		 * @param label   the point's name on the axis (for example a date)
		 * @param value   its value, or NaN when there is none
		 * @param toolTip shown when the pointer is near it, or {@code null}
		 */
		public Point(String label, double value, String toolTip) {
			this.label = Objects.requireNonNull(label, "label"); //$NON-NLS-1$
			this.value = value;
			this.toolTip = toolTip;
		}

		public String getLabel() {
			return label;
		}

		public double getValue() {
			return value;
		}

		public String getToolTip() {
			return toolTip;
		}
	}

	private static final int MARGIN = 6;
	private static final int DOT = 6;
	private static final int LAST_DOT = 10;
	private static final RGB GRID = new RGB(215, 215, 215);
	private static final RGB LINE = new RGB(110, 110, 110);

	private List<Point> points = List.of();
	private double maximum = 100;
	private ColorBands bands = ColorBands.SCORES;
	private String emptyMessage = ""; //$NON-NLS-1$

	public TrendChart(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.Resize, e -> redraw());
		addListener(SWT.MouseMove, e -> {
			int index = indexAt(e.x);
			String tip = index >= 0 ? points.get(index).getToolTip() : null;
			if (!Objects.equals(tip, getToolTipText())) {
				setToolTipText(tip);
			}
		});
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				StringBuilder out = new StringBuilder();
				for (Point point : points) {
					out.append(point.getLabel()).append(": ").append(Math.round(point.getValue())).append("; "); //$NON-NLS-1$ //$NON-NLS-2$
				}
				e.result = out.toString();
			}
		});
	}

	public void setPoints(List<Point> newPoints) {
		checkWidget();
		points = List.copyOf(newPoints);
		redraw();
	}

	public List<Point> getPoints() {
		checkWidget();
		return points;
	}

	/** The value at the top of the chart (100 by default); the bottom is 0. */
	public void setMaximum(double maximum) {
		checkWidget();
		if (!(maximum > 0) || Double.isInfinite(maximum)) {
			throw new IllegalArgumentException("maximum must be a positive number: " + maximum); //$NON-NLS-1$
		}
		this.maximum = maximum;
		redraw();
	}

	public void setBands(ColorBands bands) {
		checkWidget();
		this.bands = Objects.requireNonNull(bands, "bands"); //$NON-NLS-1$
		redraw();
	}

	/** Shown instead of the chart when it has no points. */
	public void setEmptyMessage(String message) {
		checkWidget();
		emptyMessage = message == null ? "" : message; //$NON-NLS-1$
		redraw();
	}

	@Override
	public org.eclipse.swt.graphics.Point computeSize(int wHint, int hHint, boolean changed) {
		checkWidget();
		GC gc = new GC(this);
		int textHeight;
		try {
			textHeight = gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
		int width = wHint != SWT.DEFAULT ? wHint : 180;
		int height = hHint != SWT.DEFAULT ? hHint : 3 * textHeight + 2 * MARGIN + 20;
		Rectangle trim = computeTrim(0, 0, width, height);
		return new org.eclipse.swt.graphics.Point(wHint != SWT.DEFAULT ? wHint : trim.width,
				hHint != SWT.DEFAULT ? hHint : trim.height);
	}

	/** The plot area: the client area less the margins and the row of labels at the bottom. */
	private Rectangle plot(GC gc) {
		Rectangle area = getClientArea();
		int labels = gc.getFontMetrics().getHeight() + 2;
		return new Rectangle(area.x + MARGIN + LAST_DOT / 2, area.y + MARGIN + LAST_DOT / 2,
				Math.max(1, area.width - 2 * MARGIN - LAST_DOT), Math.max(1, area.height - 2 * MARGIN - LAST_DOT - labels));
	}

	private int xOf(Rectangle plot, int index) {
		return points.size() == 1 ? plot.x + plot.width / 2 : plot.x + plot.width * index / (points.size() - 1);
	}

	private int yOf(Rectangle plot, double value) {
		double clamped = Math.max(0, Math.min(maximum, value));
		return plot.y + plot.height - (int) Math.round(plot.height * clamped / maximum);
	}

	private int indexAt(int x) {
		if (points.isEmpty()) {
			return -1;
		}
		GC gc = new GC(this);
		try {
			Rectangle plot = plot(gc);
			int best = -1;
			int bestDistance = Integer.MAX_VALUE;
			for (int i = 0; i < points.size(); i++) {
				int distance = Math.abs(xOf(plot, i) - x);
				if (distance < bestDistance) {
					best = i;
					bestDistance = distance;
				}
			}
			return best;
		} finally {
			gc.dispose();
		}
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Rectangle area = getClientArea();
		if (points.isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			gc.drawText(emptyMessage, area.x + MARGIN, area.y + MARGIN, true);
			return;
		}
		Rectangle plot = plot(gc);

		// the band limits as dotted lines: "above the line" is what the colours mean
		gc.setForeground(new Color(GRID));
		gc.setLineStyle(SWT.LINE_DOT);
		for (double limit : bands.getLimits()) {
			if (limit > 0 && limit < maximum) {
				int y = yOf(plot, limit);
				gc.drawLine(plot.x, y, plot.x + plot.width, y);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);

		gc.setForeground(new Color(LINE));
		gc.setLineWidth(2);
		for (int i = 1; i < points.size(); i++) {
			double from = points.get(i - 1).getValue();
			double to = points.get(i).getValue();
			if (!Double.isNaN(from) && !Double.isNaN(to)) {
				gc.drawLine(xOf(plot, i - 1), yOf(plot, from), xOf(plot, i), yOf(plot, to));
			}
		}
		gc.setLineWidth(1);
		for (int i = 0; i < points.size(); i++) {
			double value = points.get(i).getValue();
			if (Double.isNaN(value)) {
				continue;
			}
			int size = i == points.size() - 1 ? LAST_DOT : DOT;
			gc.setBackground(new Color(bands.colorOf(value)));
			gc.fillOval(xOf(plot, i) - size / 2, yOf(plot, value) - size / 2, size, size);
		}

		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		int labelY = plot.y + plot.height + LAST_DOT / 2 + 2;
		String first = points.get(0).getLabel();
		gc.drawText(first, area.x + MARGIN, labelY, true);
		if (points.size() > 1) {
			String last = points.get(points.size() - 1).getLabel();
			org.eclipse.swt.graphics.Point extent = gc.textExtent(last);
			int firstEnd = area.x + MARGIN + gc.textExtent(first).x;
			int lastX = area.x + area.width - MARGIN - extent.x;
			if (lastX > firstEnd + MARGIN) {
				gc.drawText(last, lastX, labelY, true);
			}
		}
	}
}
