/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.Relationships;
import org.rapport.core.strategies.IIncrementalStrategy;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Parts;
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
public class AuthenticityStrategy implements IIncrementalStrategy {

	public static final double W_TIER_A = 2;
	public static final double W_TIER_B = 1;

	/** A contact's part: its tier (A, B, or none when it is not judged), k and its finding. */
	private record ContactPart(Tier tier, double k, List<FindingCollector.Pending> findings) {
	}

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return score(plan, Parts.none(1));
	}

	/** A contact's part depends on the contact alone. */
	@Override
	public StrategyResult rescore(NetworkingPlan plan, ScoringContext context, Rescoring rescoring) {
		Parts partials = Parts.resume(rescoring, 1);
		if (partials.isResumed()) {
			for (EObject edited : rescoring.getChanged()) {
				if (edited instanceof Contact c) {
					partials.stale(c);
				}
			}
		}
		StrategyResult result = score(plan, partials);
		partials.keepIn(rescoring);
		return result;
	}

	private static StrategyResult score(NetworkingPlan plan, Parts parts) {
		double sumA = 0;
		int countA = 0;
		double sumB = 0;
		int countB = 0;
		for (ContactPart part : parts.of(0, plan.getContacts(), AuthenticityStrategy::contactPart,
				ContactPart::findings)) {
			if (part.tier() == Tier.A) {
				sumA += part.k();
				countA++;
			} else if (part.tier() == Tier.B) {
				sumB += part.k();
				countB++;
			}
		}
		if (countA + countB == 0) {
			return new StrategyResult(0, parts.findings(List.of(new FindingCollector.Pending(Severity.WARNING, plan, 0,
					() -> Messages.Authenticity_noKeyPeople, () -> Messages.Authenticity_noKeyPeople_action))));
		}
		Scorecard card = new Scorecard()
				.part("tierA", countA == 0 ? 0 : W_TIER_A, countA == 0 ? 0 : sumA / countA) //$NON-NLS-1$
				.part("tierB", countB == 0 ? 0 : W_TIER_B, countB == 0 ? 0 : sumB / countB); //$NON-NLS-1$
		return new StrategyResult(card.score(), parts.findings(List.of()));
	}

	private static ContactPart contactPart(Contact c) {
		Tier tier = c.getTier();
		if (tier != Tier.A && tier != Tier.B || !Relationships.isJudged(c)) {
			return new ContactPart(null, 0, List.of());
		}
		boolean interests = c.getSharedInterests().stream().anyMatch(s -> !Labels.isBlank(s));
		boolean values = c.getSharedValues().stream().anyMatch(s -> !Labels.isBlank(s));
		double k = ((interests ? 1 : 0) + (values ? 1 : 0)) / 2.0;
		double relevance = (tier == Tier.A ? 2 : 1) * (1 - k);
		FindingCollector.Pending finding;
		if (!interests && !values) {
			finding = new FindingCollector.Pending(tier == Tier.A ? Severity.WARNING : Severity.INFO, c, relevance,
					() -> NLS.bind(Messages.Authenticity_nothing, Labels.contact(c), Labels.tier(tier)),
					() -> NLS.bind(Messages.Authenticity_nothing_action, Labels.contact(c)));
		} else if (!interests) {
			finding = new FindingCollector.Pending(Severity.INFO, c, relevance,
					() -> NLS.bind(Messages.Authenticity_noInterests, Labels.contact(c), Labels.tier(tier)),
					() -> NLS.bind(Messages.Authenticity_noInterests_action, Labels.contact(c)));
		} else if (!values) {
			finding = new FindingCollector.Pending(Severity.INFO, c, relevance,
					() -> NLS.bind(Messages.Authenticity_noValues, Labels.contact(c), Labels.tier(tier)),
					() -> NLS.bind(Messages.Authenticity_noValues_action, Labels.contact(c)));
		} else {
			return new ContactPart(tier, k, List.of());
		}
		return new ContactPart(tier, k, List.of(finding));
	}
}
