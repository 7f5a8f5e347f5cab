/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.rapport.strategies.internal.Parts;
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
public class ProactiveOpportunitiesStrategy implements IIncrementalStrategy {

	public static final double W_PIPELINE = 2;
	public static final double W_MIX = 1;
	public static final double W_FOLLOW_THROUGH = 3;

	/** Upcoming opportunities for a full pipeline. */
	public static final int PIPELINE_TARGET = 3;
	/** Days after an event within which the people met there should hear from you (48 hours). */
	public static final int FOLLOW_UP_WINDOW_DAYS = 2;
	/** How far back the mix and the follow-through look. */
	public static final int LOOKBACK_DAYS = 365;

	/**
	 * An opportunity's part: whether it is in the pipeline, what it adds to the mix and the follow-through, the people
	 * met there (empty unless it is an attended event judged) and its findings.
	 */
	private record OpportunityPart(Opportunity opportunity, boolean upcoming, boolean online, boolean offline,
			boolean judged, double followThrough, Set<Contact> met, List<FindingCollector.Pending> findings) {
	}

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return score(plan, context, Parts.none(1));
	}

	/**
	 * An opportunity's part depends on the opportunity, the contacts met there (its contacts met and those whose "met
	 * at" it is) and their interactions and follow-ups: an edit of one of them makes it stale, and so does a contact
	 * met there leaving the plan.
	 */
	@Override
	public StrategyResult rescore(NetworkingPlan plan, ScoringContext context, Rescoring rescoring) {
		Parts partials = Parts.resume(rescoring, 1);
		if (partials.isResumed()) {
			Set<EObject> people = Collections.newSetFromMap(new IdentityHashMap<>());
			boolean planChanged = false;
			for (EObject edited : rescoring.getChanged()) {
				if (edited instanceof Opportunity o) {
					partials.stale(o);
				} else if (edited instanceof Contact c) {
					people.add(c);
					partials.stale(c.getMetAt());
				} else if (edited instanceof Interaction i) {
					people.addAll(i.getContacts());
				} else if (edited instanceof FollowUp f && f.getContact() != null) {
					people.add(f.getContact());
				} else if (edited == plan) {
					planChanged = true;
				}
			}
			if (!people.isEmpty() || planChanged) {
				for (Object kept : partials.previous(0)) {
					OpportunityPart part = (OpportunityPart) kept;
					for (Contact c : part.met()) {
						if (people.contains(c) || planChanged && c.eContainer() != plan) {
							partials.stale(part.opportunity());
							break;
						}
					}
				}
			}
		}
		StrategyResult result = score(plan, context, partials);
		partials.keepIn(rescoring);
		return result;
	}

	private static StrategyResult score(NetworkingPlan plan, ScoringContext context, Parts parts) {
		if (plan.getOpportunities().isEmpty()) {
			FindingCollector findings = new FindingCollector();
			findings.add(Severity.WARNING, plan, 0, Messages.Opportunities_none, Messages.Opportunities_none_action);
			return new StrategyResult(0, findings.build());
		}

		int upcoming = 0;
		boolean online = false;
		boolean offline = false;
		double followThrough = 0;
		int judged = 0;
		// the "met at" index, made once per scoring when an opportunity's part needs it
		List<Map<Opportunity, List<Contact>>> metAt = new ArrayList<>(1);
		for (OpportunityPart part : parts.of(0, plan.getOpportunities(), o -> opportunityPart(o, plan, context, metAt),
				OpportunityPart::findings)) {
			if (part.upcoming()) {
				upcoming++;
			}
			online |= part.online();
			offline |= part.offline();
			if (part.judged()) {
				judged++;
				followThrough += part.followThrough();
			}
		}

		List<FindingCollector.Pending> about = new ArrayList<>();
		if (upcoming == 0) {
			plan(about, Severity.WARNING, plan, Messages.Opportunities_noPipeline,
					Messages.Opportunities_noPipeline_action);
		} else if (upcoming < PIPELINE_TARGET) {
			plan(about, Severity.INFO, plan, upcoming == 1 ? Messages.Opportunities_thinPipelineOne
					: NLS.bind(Messages.Opportunities_thinPipeline, upcoming),
					Messages.Opportunities_noPipeline_action);
		}
		double mix = online && offline ? 1 : online || offline ? 0.5 : 0;
		if (online && !offline) {
			plan(about, Severity.INFO, plan, Messages.Opportunities_onlyOnline,
					Messages.Opportunities_onlyOnline_action);
		} else if (offline && !online) {
			plan(about, Severity.INFO, plan, Messages.Opportunities_onlyOffline,
					Messages.Opportunities_onlyOffline_action);
		} else if (!online) {
			plan(about, Severity.WARNING, plan, Messages.Opportunities_noRecent,
					Messages.Opportunities_noPipeline_action);
		}

		Scorecard card = new Scorecard()
				.part("pipeline", W_PIPELINE, Math.min(upcoming, PIPELINE_TARGET) / (double) PIPELINE_TARGET) //$NON-NLS-1$
				.part("mix", W_MIX, mix) //$NON-NLS-1$
				.part("followThrough", W_FOLLOW_THROUGH, judged == 0 ? 1 : followThrough / judged); //$NON-NLS-1$
		return new StrategyResult(card.score(), parts.findings(about));
	}

	/** Adds a finding about the plan as a whole. */
	private static void plan(List<FindingCollector.Pending> about, Severity severity, NetworkingPlan plan,
			String message, String action) {
		about.add(new FindingCollector.Pending(severity, plan, 0, () -> message, () -> action));
	}

	private static OpportunityPart opportunityPart(Opportunity o, NetworkingPlan plan, ScoringContext context,
			List<Map<Opportunity, List<Contact>>> metAtIndex) {
		LocalDate today = context.today();
		LocalDate lookback = today.minusDays(LOOKBACK_DAYS);
		List<FindingCollector.Pending> found = new ArrayList<>(2);
		String name = Labels.opportunity(o);
		LocalDate day = Dates.day(o.getDate());
		OpportunityStatus status = o.getStatus();
		boolean upcoming = false;
		boolean pipelineStatus = status == OpportunityStatus.IDENTIFIED || status == OpportunityStatus.PLANNED
				|| status == OpportunityStatus.REGISTERED;
		if (pipelineStatus) {
			if (day == null || !day.isBefore(today)) {
				upcoming = true;
			} else {
				String message = NLS.bind(Messages.Opportunities_stale,
						new Object[] { name, context.formatDate(day), status.getLiteral() });
				found.add(new FindingCollector.Pending(Severity.INFO, o, -Dates.between(day, today), () -> message,
						() -> Messages.Opportunities_stale_action));
			}
		}
		boolean online = false;
		boolean offline = false;
		if (status != OpportunityStatus.DECLINED && (day == null || !day.isBefore(lookback))) {
			online = o.isOnline();
			offline = !o.isOnline();
		}
		boolean attended = status == OpportunityStatus.ATTENDED || status == OpportunityStatus.FOLLOWED_UP;
		if (!attended || !isEvent(o.getKind()) || day == null || day.isBefore(lookback) || day.isAfter(today)) {
			return new OpportunityPart(o, upcoming, online, offline, false, 0, Set.of(), List.copyOf(found));
		}
		if (metAtIndex.isEmpty()) {
			metAtIndex.add(metAt(plan));
		}
		Set<Contact> met = peopleMet(o, metAtIndex.get(0));
		if (met.isEmpty()) {
			return new OpportunityPart(o, upcoming, online, offline, false, 0, met, List.copyOf(found));
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
			if (!missed.isEmpty()) {
				found.add(new FindingCollector.Pending(Severity.WARNING, o,
						missed.size() - Dates.between(day, today) / 1000.0,
						() -> metCount == 1
								? NLS.bind(Messages.Opportunities_notFollowedUpOne,
										new Object[] { name, context.formatDate(day), Labels.contact(missed.get(0)) })
								: NLS.bind(Messages.Opportunities_notFollowedUp,
										new Object[] { name, context.formatDate(day), Integer.toString(followedCount),
												Integer.toString(metCount), names(missed) }),
						() -> Messages.Opportunities_notFollowedUp_action));
			}
			return new OpportunityPart(o, upcoming, online, offline, true, followed / (double) metCount, met,
					List.copyOf(found));
		}
		if (!missed.isEmpty()) {
			found.add(new FindingCollector.Pending(Severity.INFO, o, missed.size(),
					() -> NLS.bind(Messages.Opportunities_followUpDue,
							new Object[] { name, names(missed), context.formatDate(deadline) }),
					() -> Messages.Opportunities_followUpDue_action));
		}
		return new OpportunityPart(o, upcoming, online, offline, false, 0, met, List.copyOf(found));
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
