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

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IIncrementalStrategy;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.Gratitude;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.strategies.internal.Dates;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Parts;
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
public class ReciprocityStrategy implements IIncrementalStrategy {

	public static final double W_BALANCE = 2;
	public static final double W_TWO_WAY = 2;
	public static final double W_THANKED = 3;

	/** Help received this many days ago or less that is not thanked yet is a note, older a warning. */
	public static final int THANKS_GRACE_DAYS = 7;

	/** An exchange's part: its direction, contact and kind, whether it was thanked, and its finding. */
	private record ExchangePart(boolean given, Contact contact, ExchangeKind kind, boolean thanked,
			List<FindingCollector.Pending> findings) {
	}

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return score(plan, context, Parts.none(1));
	}

	/**
	 * An exchange's part depends on the exchange alone (its thank-you note's link is on both sides); a contact's tier,
	 * which weighs a one-way relationship, is read again every time.
	 */
	@Override
	public StrategyResult rescore(NetworkingPlan plan, ScoringContext context, Rescoring rescoring) {
		Parts partials = Parts.resume(rescoring, 1);
		if (partials.isResumed()) {
			for (EObject edited : rescoring.getChanged()) {
				if (edited instanceof Exchange e) {
					partials.stale(e);
				} else if (edited instanceof Gratitude g) {
					partials.stale(g.getExchange());
				}
			}
		}
		StrategyResult result = score(plan, context, partials);
		partials.keepIn(rescoring);
		return result;
	}

	private static StrategyResult score(NetworkingPlan plan, ScoringContext context, Parts parts) {
		if (plan.getExchanges().isEmpty()) {
			FindingCollector findings = new FindingCollector();
			findings.add(Severity.WARNING, plan, 0, Messages.Reciprocity_none, Messages.Reciprocity_none_action);
			return new StrategyResult(0, findings.build());
		}

		int given = 0;
		int received = 0;
		int thanked = 0;
		Map<Contact, int[]> ledger = new LinkedHashMap<>();
		Map<Contact, Set<ExchangeKind>> kindsReceived = new LinkedHashMap<>();
		for (ExchangePart part : parts.of(0, plan.getExchanges(), e -> exchangePart(e, context),
				ExchangePart::findings)) {
			Contact c = part.contact();
			if (c != null) {
				ledger.computeIfAbsent(c, k -> new int[2])[part.given() ? 0 : 1]++;
			}
			if (part.given()) {
				given++;
				continue;
			}
			received++;
			if (c != null) {
				kindsReceived.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(part.kind());
			}
			if (part.thanked()) {
				thanked++;
			}
		}

		// about the plan's contacts and the plan as a whole, found after the exchanges'
		List<FindingCollector.Pending> about = new ArrayList<>();
		int takers = 0;
		for (Map.Entry<Contact, int[]> entry : ledger.entrySet()) {
			int[] counts = entry.getValue();
			if (counts[0] == 0 && counts[1] > 0) {
				takers++;
				Contact c = entry.getKey();
				Set<ExchangeKind> kinds = kindsReceived.get(c);
				about.add(new FindingCollector.Pending(Severity.WARNING, c,
						counts[1] * FollowUpTrustStrategy.tierWeight(c.getTier()), () -> taker(c, counts[1], kinds),
						() -> NLS.bind(Messages.Reciprocity_taker_action, Labels.contact(c))));
			}
		}

		double balance = received == 0 ? 1 : Math.min(1, given / (double) received);
		if (balance < 1) {
			String imbalance = NLS.bind(Messages.Reciprocity_imbalance, Integer.toString(given),
					Integer.toString(received));
			about.add(new FindingCollector.Pending(balance < 0.5 ? Severity.WARNING : Severity.INFO, plan, 0,
					() -> imbalance, () -> Messages.Reciprocity_imbalance_action));
		}

		Scorecard card = new Scorecard()
				.part("balance", W_BALANCE, balance) //$NON-NLS-1$
				.part("twoWay", W_TWO_WAY, Scorecard.complement(takers, ledger.size())) //$NON-NLS-1$
				.part("thanked", W_THANKED, Scorecard.share(thanked, received)); //$NON-NLS-1$
		return new StrategyResult(card.score(), parts.findings(about));
	}

	private static ExchangePart exchangePart(Exchange e, ScoringContext context) {
		boolean isGiven = e.getDirection() == ExchangeDirection.GIVEN;
		Contact c = e.getContact();
		boolean isThanked = e.getThanks() != null;
		if (isGiven || isThanked) {
			return new ExchangePart(isGiven, c, e.getKind(), isThanked, List.of());
		}
		LocalDate day = Dates.day(e.getDate());
		long age = day == null ? Long.MAX_VALUE : Dates.between(day, context.today());
		return new ExchangePart(false, c, e.getKind(), false,
				List.of(new FindingCollector.Pending(age > THANKS_GRACE_DAYS ? Severity.WARNING : Severity.INFO, e,
						day == null ? 0 : 1000 - age, () -> unthanked(e, c, day, context),
						() -> NLS.bind(Messages.Reciprocity_unthanked_action, Labels.contact(c)))));
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
