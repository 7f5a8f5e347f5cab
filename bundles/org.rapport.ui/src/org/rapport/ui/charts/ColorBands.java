/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.charts;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.swt.graphics.RGB;
import org.rapport.core.strategies.HealthRating;

/**
 * Colours for ranges of values: a value below the first limit gets the first colour, one below the second
 * limit the second colour, and so on; a value at or above the last limit gets the last colour. Charts use
 * it so that the same score has the same colour in every chart.
 */
public final class ColorBands {

	/** Scores from 0 to 100: red below 50, amber below 75, green from 75 (the limits of the health's words). */
	public static final ColorBands SCORES = new ColorBands(new double[] { HealthRating.FAIR_FROM, HealthRating.GOOD_FROM },
			new RGB[] { new RGB(206, 73, 62), new RGB(232, 163, 23), new RGB(67, 160, 71) });

	private final double[] limits;
	private final RGB[] colors;

	/**
	 * @param limits ascending upper limits (exclusive) of every band but the last
	 * @param colors one more colour than limits
	 */
	public ColorBands(double[] limits, RGB[] colors) {
		Objects.requireNonNull(limits, "limits"); //$NON-NLS-1$
		Objects.requireNonNull(colors, "colors"); //$NON-NLS-1$
		if (colors.length != limits.length + 1) {
			throw new IllegalArgumentException("need one colour more than limits"); //$NON-NLS-1$
		}
		for (int i = 1; i < limits.length; i++) {
			if (!(limits[i - 1] < limits[i])) {
				throw new IllegalArgumentException("limits must ascend: " + Arrays.toString(limits)); //$NON-NLS-1$
			}
		}
		this.limits = limits.clone();
		this.colors = colors.clone();
	}

	/** The index of the band the value falls in; -1 for NaN. */
	public int bandOf(double value) {
		if (Double.isNaN(value)) {
			return -1;
		}
		for (int i = 0; i < limits.length; i++) {
			if (value < limits[i]) {
				return i;
			}
		}
		return limits.length;
	}

	/** The colour of the value's band, or {@code null} for NaN. */
	public RGB colorOf(double value) {
		int band = bandOf(value);
		return band < 0 ? null : colors[band];
	}

	/** The limits between the bands (a copy). */
	public double[] getLimits() {
		return limits.clone();
	}
}
