/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted average of sub-scores, each a ratio from 0 to 1: {@code score = 100 * sum(w * r) / sum(w)}.
 * Ratios outside 0..1 (or NaN) are clamped, so a strategy's score is always a number from 0 to 100.
 */
public final class Scorecard {

	private final Map<String, Double> weights = new LinkedHashMap<>();
	private final Map<String, Double> ratios = new LinkedHashMap<>();

	/** Adds a sub-score; a weight of 0 or less leaves it out of the average. */
	public Scorecard part(String key, double weight, double ratio) {
		weights.put(key, weight);
		ratios.put(key, clamp(ratio));
		return this;
	}

	/** The ratio of a sub-score, or NaN when there is no such sub-score. */
	public double ratio(String key) {
		Double r = ratios.get(key);
		return r == null ? Double.NaN : r;
	}

	public List<String> keys() {
		return Collections.unmodifiableList(new ArrayList<>(weights.keySet()));
	}

	/** The weighted average, 0..100; 0 when no sub-score has a positive weight. */
	public double score() {
		double sum = 0;
		double total = 0;
		for (Map.Entry<String, Double> e : weights.entrySet()) {
			double w = e.getValue();
			if (w > 0) {
				sum += w * ratios.get(e.getKey());
				total += w;
			}
		}
		return total > 0 ? Math.max(0, Math.min(100, 100 * sum / total)) : 0;
	}

	/** {@code part / whole}, or {@code 1} when the whole is empty (nothing to fault). */
	public static double share(long part, long whole) {
		return whole <= 0 ? 1.0 : (double) part / whole;
	}

	/** {@code 1 - part / whole}, or {@code 1} when the whole is empty (nothing to fault). */
	public static double complement(long part, long whole) {
		return whole <= 0 ? 1.0 : 1.0 - (double) part / whole;
	}

	public static double clamp(double ratio) {
		if (Double.isNaN(ratio) || ratio < 0) {
			return 0;
		}
		return Math.min(1, ratio);
	}

	@Override
	public String toString() {
		return ratios + " -> " + score(); //$NON-NLS-1$
	}
}
