/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.util.List;

/** The ids of the built-in strategies, as contributed in this bundle's {@code plugin.xml}. */
public final class StrategyIds {

	private StrategyIds() {
	}

	private static final String PREFIX = "org.rapport.strategies."; //$NON-NLS-1$

	public static final String GOAL_ALIGNMENT = PREFIX + "goalAlignment"; //$NON-NLS-1$
	public static final String AUDIENCE_TARGETING = PREFIX + "audienceTargeting"; //$NON-NLS-1$
	public static final String PROACTIVE_OPPORTUNITIES = PREFIX + "proactiveOpportunities"; //$NON-NLS-1$
	public static final String FOLLOW_UP_TRUST = PREFIX + "followUpTrust"; //$NON-NLS-1$
	public static final String LEARNING = PREFIX + "learning"; //$NON-NLS-1$
	public static final String RECIPROCITY = PREFIX + "reciprocity"; //$NON-NLS-1$
	public static final String AUTHENTICITY = PREFIX + "authenticity"; //$NON-NLS-1$

	/** All of them: the book's five strategies, then the attitudes. */
	public static final List<String> ALL = List.of(GOAL_ALIGNMENT, AUDIENCE_TARGETING, PROACTIVE_OPPORTUNITIES,
			FOLLOW_UP_TRUST, LEARNING, RECIPROCITY, AUTHENTICITY);
}
