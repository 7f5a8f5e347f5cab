/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.strategies.internal.Dates;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Scorecard;

/**
 * The attitudes "generous" (networking is two-way) and "grateful" (thank people for their time and help).
 * <p>
 * With no exchange in the plan the score is 0. Otherwise {@code score = 100 * (2B + 2C + 3T) / 7} where
 * <ul>
 * <li>B (balance): {@code min(1, given / received)} over all exchanges (1 when nothing was received);</li>
 * <li>C (no one-way relationships): {@code 1 - takers / partners}: partners are the contacts with at least
 * one exchange, takers those you have received from and never given to (1 with no partner);</li>
 * <li>T (thanked): share of the received exchanges that have a thank-you note linked (1 with none).</li>
 * </ul>
 */
public class ReciprocityStrategy implements IStrategy {

	public static final double W_BALANCE = 2;
	public static final double W_TWO_WAY = 2;
	public static final double W_THANKED = 3;

	/** Help received this many days ago or less that is not thanked yet is a note, older a warning. */
	public static final int THANKS_GRACE_DAYS = 7;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		LocalDate today = context.today();
		FindingCollector findings = new FindingCollector();
		if (plan.getExchanges().isEmpty()) {
			findings.add(Severity.WARNING, plan, 0, Messages.Reciprocity_none, Messages.Reciprocity_none_action);
			return new StrategyResult(0, findings.build());
		}

		int given = 0;
		int received = 0;
		int thanked = 0;
		Map<Contact, int[]> ledger = new LinkedHashMap<>();
		Map<Contact, Set<ExchangeKind>> kindsReceived = new LinkedHashMap<>();
		for (Exchange e : plan.getExchanges()) {
			boolean isGiven = e.getDirection() == ExchangeDirection.GIVEN;
			Contact c = e.getContact();
			if (c != null) {
				ledger.computeIfAbsent(c, k -> new int[2])[isGiven ? 0 : 1]++;
			}
			if (isGiven) {
				given++;
				continue;
			}
			received++;
			if (c != null) {
				kindsReceived.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(e.getKind());
			}
			if (e.getThanks() != null) {
				thanked++;
				continue;
			}
			LocalDate day = Dates.day(e.getDate());
			long age = day == null ? Long.MAX_VALUE : Dates.between(day, today);
			findings.add(age > THANKS_GRACE_DAYS ? Severity.WARNING : Severity.INFO, e, day == null ? 0 : 1000 - age,
					() -> unthanked(e, c, day, context),
					() -> NLS.bind(Messages.Reciprocity_unthanked_action, Labels.contact(c)));
		}

		int takers = 0;
		for (Map.Entry<Contact, int[]> entry : ledger.entrySet()) {
			int[] counts = entry.getValue();
			if (counts[0] == 0 && counts[1] > 0) {
				takers++;
				Contact c = entry.getKey();
				Set<ExchangeKind> kinds = kindsReceived.get(c);
				findings.add(Severity.WARNING, c, counts[1] * FollowUpTrustStrategy.tierWeight(c.getTier()),
						() -> taker(c, counts[1], kinds),
						() -> NLS.bind(Messages.Reciprocity_taker_action, Labels.contact(c)));
			}
		}

		double balance = received == 0 ? 1 : Math.min(1, given / (double) received);
		if (balance < 1) {
			findings.add(balance < 0.5 ? Severity.WARNING : Severity.INFO, plan, 0,
					NLS.bind(Messages.Reciprocity_imbalance, Integer.toString(given), Integer.toString(received)),
					Messages.Reciprocity_imbalance_action);
		}

		Scorecard card = new Scorecard()
				.part("balance", W_BALANCE, balance) //$NON-NLS-1$
				.part("twoWay", W_TWO_WAY, Scorecard.complement(takers, ledger.size())) //$NON-NLS-1$
				.part("thanked", W_THANKED, Scorecard.share(thanked, received)); //$NON-NLS-1$
		return new StrategyResult(card.score(), findings.build());
	}

	private static String unthanked(Exchange e, Contact c, LocalDate day, ScoringContext context) {
		String name = Labels.contact(c);
		String what = Labels.isBlank(e.getDescription()) ? Labels.exchangeKind(e.getKind())
				: NLS.bind(Messages.Reciprocity_kindAndDescription, Labels.exchangeKind(e.getKind()),
						e.getDescription().strip());
		return day == null ? NLS.bind(Messages.Reciprocity_unthankedUndated, name, what)
				: NLS.bind(Messages.Reciprocity_unthanked, new Object[] { name, what, context.formatDate(day) });
	}

	private static String taker(Contact c, int received, Set<ExchangeKind> kindsReceived) {
		List<String> kinds = new ArrayList<>();
		for (ExchangeKind k : kindsReceived) {
			kinds.add(Labels.exchangeKind(k));
		}
		return NLS.bind(received == 1 ? Messages.Reciprocity_takerOnce : Messages.Reciprocity_taker,
				new Object[] { Labels.contact(c), Integer.toString(received),
						String.join(Messages.Reciprocity_listSeparator, kinds) });
	}
}
