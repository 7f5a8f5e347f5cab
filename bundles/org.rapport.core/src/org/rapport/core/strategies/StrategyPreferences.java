/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

/**
 * Preferences of the strategy registry, kept in the instance scope of {@value #QUALIFIER} with defaults in
 * its default scope. The registry reads them on every call, so a preference page only has to store new
 * values.
 */
public final class StrategyPreferences {

	/** The preference node the keys below live in. */
	public static final String QUALIFIER = "org.rapport.core"; //$NON-NLS-1$

	/**
	 * How long one call of a strategy may take, in milliseconds (a long greater than 0). A call that takes
	 * longer is abandoned and recorded as failed.
	 */
	public static final String TIME_LIMIT_MILLIS = "strategyTimeLimitMillis"; //$NON-NLS-1$

	/** The default of {@link #TIME_LIMIT_MILLIS}. */
	public static final long DEFAULT_TIME_LIMIT_MILLIS = 2000;

	/**
	 * Prefix of the key of a strategy's weight in the plan health (a decimal of 0 or more); the strategy's
	 * id follows it. Without such a preference the strategy's default weight applies.
	 *
	 * @see #weightKey(String)
	 */
	public static final String WEIGHT_PREFIX = "weight."; //$NON-NLS-1$

	private StrategyPreferences() {
	}

	/** The key of the weight preference of the strategy with this id. */
	public static String weightKey(String strategyId) {
		return WEIGHT_PREFIX + strategyId;
	}
}
