/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.sample;

import java.util.List;

/**
 * Ids and names of the built-in strategies (the book's five strategies, with the five attitudes folded in) as they appear
 * in the sample plan's past reviews.
 */
public final class SampleStrategies {

	private SampleStrategies() {
	}

	private static final String PREFIX = "org.rapport.strategies.";

	public static final String GOAL_ALIGNMENT = PREFIX + "goalAlignment";
	public static final String AUDIENCE_TARGETING = PREFIX + "audienceTargeting";
	public static final String PROACTIVE_OPPORTUNITIES = PREFIX + "proactiveOpportunities";
	public static final String FOLLOW_UP_TRUST = PREFIX + "followUpTrust";
	public static final String LEARNING = PREFIX + "learning";
	public static final String RECIPROCITY = PREFIX + "reciprocity";
	public static final String AUTHENTICITY = PREFIX + "authenticity";

	/** The strategies in the book's order, the attitudes folded into the strategies that score them. */
	public static final List<String> IDS = List.of(GOAL_ALIGNMENT, AUDIENCE_TARGETING, PROACTIVE_OPPORTUNITIES,
			FOLLOW_UP_TRUST, LEARNING, RECIPROCITY, AUTHENTICITY);

	/** Display names, in the order of {@link #IDS}, as the built-in strategies name themselves. */
	public static final List<String> NAMES = List.of("Goal alignment", "Audience targeting and communication",
			"Proactive opportunities", "Follow-up and trust", "Learning and skill development",
			"Reciprocity and gratitude", "Authenticity");
}
