/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.Relationships;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Scorecard;

/**
 * The attitude "authentic": connect on shared interests and values, above all with the people who matter
 * most.
 * <p>
 * Each tier A or B contact that is active or dormant (not a prospect you have not met, nor archived) scores {@code k = (I + V) / 2}, where I is 1 when at least one shared interest
 * is noted and V is 1 when at least one shared value is. {@code score = 100 * (2 * meanA + 1 * meanB) / 3};
 * a tier with no contact drops out of the average (score = 100 * the other tier's mean); with no tier A or
 * B contact the score is 0.
 */
public class AuthenticityStrategy implements IStrategy {

	public static final double W_TIER_A = 2;
	public static final double W_TIER_B = 1;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		FindingCollector findings = new FindingCollector();
		double sumA = 0;
		int countA = 0;
		double sumB = 0;
		int countB = 0;
		for (Contact c : plan.getContacts()) {
			Tier tier = c.getTier();
			if (tier != Tier.A && tier != Tier.B || !Relationships.isJudged(c)) {
				continue;
			}
			boolean interests = c.getSharedInterests().stream().anyMatch(s -> !Labels.isBlank(s));
			boolean values = c.getSharedValues().stream().anyMatch(s -> !Labels.isBlank(s));
			double k = ((interests ? 1 : 0) + (values ? 1 : 0)) / 2.0;
			if (tier == Tier.A) {
				sumA += k;
				countA++;
			} else {
				sumB += k;
				countB++;
			}
			double relevance = (tier == Tier.A ? 2 : 1) * (1 - k);
			if (!interests && !values) {
				findings.add(tier == Tier.A ? Severity.WARNING : Severity.INFO, c, relevance,
						() -> NLS.bind(Messages.Authenticity_nothing, Labels.contact(c), Labels.tier(tier)),
						() -> NLS.bind(Messages.Authenticity_nothing_action, Labels.contact(c)));
			} else if (!interests) {
				findings.add(Severity.INFO, c, relevance,
						() -> NLS.bind(Messages.Authenticity_noInterests, Labels.contact(c), Labels.tier(tier)),
						() -> NLS.bind(Messages.Authenticity_noInterests_action, Labels.contact(c)));
			} else if (!values) {
				findings.add(Severity.INFO, c, relevance,
						() -> NLS.bind(Messages.Authenticity_noValues, Labels.contact(c), Labels.tier(tier)),
						() -> NLS.bind(Messages.Authenticity_noValues_action, Labels.contact(c)));
			}
		}
		if (countA + countB == 0) {
			findings.add(Severity.WARNING, plan, 0, Messages.Authenticity_noKeyPeople,
					Messages.Authenticity_noKeyPeople_action);
			return new StrategyResult(0, findings.build());
		}
		Scorecard card = new Scorecard()
				.part("tierA", countA == 0 ? 0 : W_TIER_A, countA == 0 ? 0 : sumA / countA) //$NON-NLS-1$
				.part("tierB", countB == 0 ? 0 : W_TIER_B, countB == 0 ? 0 : sumB / countB); //$NON-NLS-1$
		return new StrategyResult(card.score(), findings.build());
	}
}
