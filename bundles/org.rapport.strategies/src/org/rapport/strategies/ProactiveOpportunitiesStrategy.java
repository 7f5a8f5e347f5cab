/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityKind;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.Severity;
import org.rapport.strategies.internal.Dates;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Scorecard;

/**
 * Book strategy 3: be proactive in finding and pursuing opportunities, online and offline.
 * <p>
 * With no opportunity in the plan the score is 0. Otherwise {@code score = 100 * (2U + 1M + 3F) / 6} where
 * <ul>
 * <li>U (pipeline): {@code min(upcoming, 3) / 3}; upcoming are opportunities identified, planned or
 * registered, dated today or later or not dated yet;</li>
 * <li>M (mix): over the opportunities not declined that are dated within the last 365 days, later, or not
 * dated: 1 when both online and offline ones are among them, 0.5 when only one kind is, 0 when none;</li>
 * <li>F (follow-through): mean, over the events (conferences, meetups, workshops, webinars, social events and
 * other; not online communities, volunteering or initiatives, which are ongoing) attended (attended or
 * followed-up) in the last 365 days
 * whose 48-hour window has closed (event day + 2 before today) and where somebody was met, of the share of
 * the people met there (its contacts met, and contacts whose "met at" is the event) who were followed up
 * within 48 hours: an interaction with them dated from the event day to two days later (other than one
 * at the event on the event day), or a follow-up with them done in that window (1 with no such event).</li>
 * </ul>
 */
public class ProactiveOpportunitiesStrategy implements IStrategy {

	public static final double W_PIPELINE = 2;
	public static final double W_MIX = 1;
	public static final double W_FOLLOW_THROUGH = 3;

	/** Upcoming opportunities for a full pipeline. */
	public static final int PIPELINE_TARGET = 3;
	/** Days after an event within which the people met there should hear from you (48 hours). */
	public static final int FOLLOW_UP_WINDOW_DAYS = 2;
	/** How far back the mix and the follow-through look. */
	public static final int LOOKBACK_DAYS = 365;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		LocalDate today = context.today();
		FindingCollector findings = new FindingCollector();
		if (plan.getOpportunities().isEmpty()) {
			findings.add(Severity.WARNING, plan, 0, Messages.Opportunities_none, Messages.Opportunities_none_action);
			return new StrategyResult(0, findings.build());
		}
		LocalDate lookback = today.minusDays(LOOKBACK_DAYS);

		int upcoming = 0;
		boolean online = false;
		boolean offline = false;
		double followThrough = 0;
		int judged = 0;
		Map<Opportunity, List<Contact>> metAt = null;
		for (Opportunity o : plan.getOpportunities()) {
			String name = Labels.opportunity(o);
			LocalDate day = Dates.day(o.getDate());
			OpportunityStatus status = o.getStatus();
			boolean pipelineStatus = status == OpportunityStatus.IDENTIFIED || status == OpportunityStatus.PLANNED
					|| status == OpportunityStatus.REGISTERED;
			if (pipelineStatus) {
				if (day == null || !day.isBefore(today)) {
					upcoming++;
				} else {
					findings.add(Severity.INFO, o, -Dates.between(day, today),
							NLS.bind(Messages.Opportunities_stale,
									new Object[] { name, context.formatDate(day), status.getLiteral() }),
							Messages.Opportunities_stale_action);
				}
			}
			if (status != OpportunityStatus.DECLINED && (day == null || !day.isBefore(lookback))) {
				if (o.isOnline()) {
					online = true;
				} else {
					offline = true;
				}
			}
			boolean attended = status == OpportunityStatus.ATTENDED || status == OpportunityStatus.FOLLOWED_UP;
			if (!attended || !isEvent(o.getKind()) || day == null || day.isBefore(lookback) || day.isAfter(today)) {
				continue;
			}
			if (metAt == null) {
				metAt = metAt(plan);
			}
			Set<Contact> met = peopleMet(o, metAt);
			if (met.isEmpty()) {
				continue;
			}
			LocalDate deadline = day.plusDays(FOLLOW_UP_WINDOW_DAYS);
			List<Contact> missed = new ArrayList<>();
			int followed = 0;
			for (Contact c : met) {
				if (followedUp(c, o, day, deadline)) {
					followed++;
				} else {
					missed.add(c);
				}
			}
			int metCount = met.size();
			int followedCount = followed;
			if (deadline.isBefore(today)) {
				judged++;
				followThrough += followed / (double) metCount;
				if (!missed.isEmpty()) {
					findings.add(Severity.WARNING, o, missed.size() - Dates.between(day, today) / 1000.0,
							() -> metCount == 1
									? NLS.bind(Messages.Opportunities_notFollowedUpOne,
											new Object[] { name, context.formatDate(day), Labels.contact(missed.get(0)) })
									: NLS.bind(Messages.Opportunities_notFollowedUp,
											new Object[] { name, context.formatDate(day), Integer.toString(followedCount),
													Integer.toString(metCount), names(missed) }),
							() -> Messages.Opportunities_notFollowedUp_action);
				}
			} else if (!missed.isEmpty()) {
				findings.add(Severity.INFO, o, missed.size(),
						() -> NLS.bind(Messages.Opportunities_followUpDue,
								new Object[] { name, names(missed), context.formatDate(deadline) }),
						() -> Messages.Opportunities_followUpDue_action);
			}
		}

		if (upcoming == 0) {
			findings.add(Severity.WARNING, plan, 0, Messages.Opportunities_noPipeline,
					Messages.Opportunities_noPipeline_action);
		} else if (upcoming < PIPELINE_TARGET) {
			findings.add(Severity.INFO, plan, 0, upcoming == 1 ? Messages.Opportunities_thinPipelineOne
					: NLS.bind(Messages.Opportunities_thinPipeline, upcoming),
					Messages.Opportunities_noPipeline_action);
		}
		double mix = online && offline ? 1 : online || offline ? 0.5 : 0;
		if (online && !offline) {
			findings.add(Severity.INFO, plan, 0, Messages.Opportunities_onlyOnline,
					Messages.Opportunities_onlyOnline_action);
		} else if (offline && !online) {
			findings.add(Severity.INFO, plan, 0, Messages.Opportunities_onlyOffline,
					Messages.Opportunities_onlyOffline_action);
		} else if (!online) {
			findings.add(Severity.WARNING, plan, 0, Messages.Opportunities_noRecent,
					Messages.Opportunities_noPipeline_action);
		}

		Scorecard card = new Scorecard()
				.part("pipeline", W_PIPELINE, Math.min(upcoming, PIPELINE_TARGET) / (double) PIPELINE_TARGET) //$NON-NLS-1$
				.part("mix", W_MIX, mix) //$NON-NLS-1$
				.part("followThrough", W_FOLLOW_THROUGH, judged == 0 ? 1 : followThrough / judged); //$NON-NLS-1$
		return new StrategyResult(card.score(), findings.build());
	}

	/**
	 * Whether the opportunity is an event, a day you meet people at, rather than something ongoing (an online
	 * community, volunteering or an initiative), where a 48-hour follow-up has no meaning.
	 */
	public static boolean isEvent(OpportunityKind kind) {
		return kind != OpportunityKind.ONLINE_COMMUNITY && kind != OpportunityKind.VOLUNTEERING
				&& kind != OpportunityKind.INITIATIVE;
	}

	/** The contacts met at the opportunity: its contacts met, then those whose "met at" is it. */
	private static Set<Contact> peopleMet(Opportunity o, Map<Opportunity, List<Contact>> metAt) {
		Set<Contact> met = new LinkedHashSet<>(o.getContactsMet());
		met.addAll(metAt.getOrDefault(o, List.of()));
		return met;
	}

	/**
	 * The contacts by their "met at" opportunity, in the plan's order: one pass over the contacts per scoring
	 * instead of one per attended event.
	 */
	private static Map<Opportunity, List<Contact>> metAt(NetworkingPlan plan) {
		Map<Opportunity, List<Contact>> index = new HashMap<>();
		for (Contact c : plan.getContacts()) {
			Opportunity o = c.getMetAt();
			if (o != null) {
				index.computeIfAbsent(o, k -> new ArrayList<>()).add(c);
			}
		}
		return index;
	}

	private static String names(List<Contact> contacts) {
		List<String> names = new ArrayList<>(contacts.size());
		for (Contact c : contacts) {
			names.add(Labels.contact(c));
		}
		return String.join(Messages.Opportunities_nameSeparator, names);
	}

	/** Whether the contact heard from you from the event day to the deadline, other than at the event. */
	static boolean followedUp(Contact c, Opportunity event, LocalDate day, LocalDate deadline) {
		for (Interaction i : c.getInteractions()) {
			LocalDate d = Dates.day(i.getDate());
			if (d == null || d.isBefore(day) || d.isAfter(deadline)) {
				continue;
			}
			if (d.equals(day) && i.getOpportunity() == event) {
				continue; // the meeting itself
			}
			return true;
		}
		for (FollowUp f : c.getFollowUps()) {
			if (f.getStatus() != FollowUpStatus.DONE) {
				continue;
			}
			LocalDate d = Dates.day(f.getCompletedOn() != null ? f.getCompletedOn() : f.getDueDate());
			if (d != null && !d.isBefore(day) && !d.isAfter(deadline)) {
				return true;
			}
		}
		return false;
	}
}
