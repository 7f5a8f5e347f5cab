/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Audience;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.GoalStatus;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Scorecard;

/**
 * Book strategy 2: define target audiences and tailor a communication strategy to each.
 * <p>
 * With no audience in the plan the score is 0. Otherwise {@code score = 100 * (2G + 3S + 2C) / 7} where
 * <ul>
 * <li>G (goals targeted): share of the open goals (proposed or active) that name at least one audience (1
 * with no open goal);</li>
 * <li>S (communication): mean over the audiences of the completeness of their communication strategy:
 * one third each for channels, at least one key message, and the value offered (0 without a strategy);</li>
 * <li>C (populated): mean over the audiences of {@code min(members, 3) / 3}.</li>
 * </ul>
 * Audiences that serve no open goal are reported, but not scored.
 */
public class AudienceTargetingStrategy implements IStrategy {

	public static final double W_GOALS = 2;
	public static final double W_COMMUNICATION = 3;
	public static final double W_POPULATED = 2;

	/** Members an audience needs to count as fully populated. */
	public static final int MEMBERS_TARGET = 3;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		FindingCollector findings = new FindingCollector();
		List<Audience> audiences = plan.getAudiences();
		if (audiences.isEmpty()) {
			findings.add(Severity.WARNING, plan, 0, Messages.Audiences_none, Messages.Audiences_none_action);
			return new StrategyResult(0, findings.build());
		}

		int open = 0;
		int targeted = 0;
		Set<Audience> needed = new HashSet<>();
		for (NetworkingGoal g : plan.getGoals()) {
			if (g.getStatus() != GoalStatus.PROPOSED && g.getStatus() != GoalStatus.ACTIVE) {
				continue;
			}
			open++;
			needed.addAll(g.getAudiences());
			if (!g.getAudiences().isEmpty()) {
				targeted++;
			} else {
				findings.add(Severity.WARNING, g, g.getPriority().getValue(),
						NLS.bind(Messages.Audiences_goalUntargeted, Labels.goal(g)),
						Messages.Audiences_goalUntargeted_action);
			}
		}

		double communication = 0;
		double populated = 0;
		for (Audience a : audiences) {
			String name = Labels.audience(a);
			double relevance = needed.contains(a) ? 1 : 0;
			CommunicationStrategy cs = a.getCommunication();
			if (cs == null) {
				findings.add(Severity.WARNING, a, relevance, NLS.bind(Messages.Audiences_noCommunication, name),
						Messages.Audiences_noCommunication_action);
			} else {
				List<String> missing = new ArrayList<>();
				int parts = 0;
				if (!cs.getChannels().isEmpty()) {
					parts++;
				} else {
					missing.add(Messages.Audiences_missingChannels);
				}
				if (cs.getKeyMessages().stream().anyMatch(m -> !Labels.isBlank(m))) {
					parts++;
				} else {
					missing.add(Messages.Audiences_missingMessages);
				}
				if (!Labels.isBlank(cs.getValueOffered())) {
					parts++;
				} else {
					missing.add(Messages.Audiences_missingValue);
				}
				communication += parts / 3.0;
				if (!missing.isEmpty()) {
					findings.add(Severity.WARNING, cs, relevance,
							NLS.bind(Messages.Audiences_incompleteCommunication, name,
									String.join(Messages.Audiences_listSeparator, missing)),
							Messages.Audiences_incompleteCommunication_action);
				}
			}
			int members = a.getMembers().size();
			populated += Math.min(members, MEMBERS_TARGET) / (double) MEMBERS_TARGET;
			if (members == 0) {
				findings.add(Severity.WARNING, a, relevance, NLS.bind(Messages.Audiences_empty, name),
						Messages.Audiences_empty_action);
			} else if (members < MEMBERS_TARGET) {
				findings.add(Severity.INFO, a, relevance,
						members == 1 ? NLS.bind(Messages.Audiences_fewOne, name)
								: NLS.bind(Messages.Audiences_few, name, Integer.toString(members)),
						Messages.Audiences_few_action);
			}
			if (!needed.contains(a)) {
				findings.add(Severity.INFO, a, -1, NLS.bind(Messages.Audiences_unused, name),
						Messages.Audiences_unused_action);
			}
		}

		Scorecard card = new Scorecard()
				.part("goals", W_GOALS, Scorecard.share(targeted, open)) //$NON-NLS-1$
				.part("communication", W_COMMUNICATION, communication / audiences.size()) //$NON-NLS-1$
				.part("populated", W_POPULATED, populated / audiences.size()); //$NON-NLS-1$
		return new StrategyResult(card.score(), findings.build());
	}
}
