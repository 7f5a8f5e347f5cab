package org.rapport.core.sample;

import java.util.List;

/**
 * Ids and names of the built-in strategies (the book's five strategies and five attitudes) as they appear
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
	public static final String PERSISTENCE = PREFIX + "persistence";
	public static final String AUTHENTICITY = PREFIX + "authenticity";
	public static final String OPENNESS = PREFIX + "openness";
	public static final String RECIPROCITY = PREFIX + "reciprocity";
	public static final String GRATITUDE = PREFIX + "gratitude";

	/** The five strategies, then the five attitudes, in the book's order. */
	public static final List<String> IDS = List.of(GOAL_ALIGNMENT, AUDIENCE_TARGETING, PROACTIVE_OPPORTUNITIES,
			FOLLOW_UP_TRUST, LEARNING, PERSISTENCE, AUTHENTICITY, OPENNESS, RECIPROCITY, GRATITUDE);

	/** Display names, in the order of {@link #IDS}. */
	public static final List<String> NAMES = List.of("Goals aligned with aspirations", "Target audiences",
			"Proactive opportunities", "Follow-up and trust", "Learning and skills", "Patient and persistent",
			"Authentic", "Open to learning and feedback", "Generous", "Grateful");
}
