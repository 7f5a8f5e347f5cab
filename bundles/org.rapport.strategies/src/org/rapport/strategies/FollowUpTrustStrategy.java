/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.Relationships;
import org.rapport.core.strategies.IIncrementalStrategy;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;
import org.rapport.model.Tier;
import org.rapport.strategies.internal.Dates;
import org.rapport.strategies.internal.FindingCollector;
import org.rapport.strategies.internal.Labels;
import org.rapport.strategies.internal.Messages;
import org.rapport.strategies.internal.Parts;
import org.rapport.strategies.internal.Scorecard;

/**
 * Book strategy 4 (build credibility and trust through consistent follow-up) with the attitude "patient and
 * persistent".
 * <p>
 * Contacts count by their relationship status ({@link Relationships}): the cadence (K and the lapsed and
 * never-met findings) judges active contacts only; prospects are summed up in one note (people to reach out to);
 * archived contacts and their follow-ups are left out. With no contact in the plan the score is 0; with contacts
 * but none active, K is 1. Otherwise {@code score = 100 * (3K + 3O + 2P) / 8} where
 * <ul>
 * <li>K (cadence kept): average over the active contacts, weighted by tier (A 3, B 2, C or none 1), of
 * {@code 1} when the days since the last interaction (dated today or earlier) are within the contact's
 * cadence, else {@code max(0, 1 - (days - cadence) / cadence)}: it falls to 0 at twice the cadence; 0 for
 * a contact never interacted with. The cadence is the one {@link FollowUpSettings#cadenceOf(Contact)} gives
 * with the scoring context's settings (the user's preferences: 30, 90 and 180 days by default);</li>
 * <li>O (on time): {@code 1 - sum(lateness) / open}, over the open follow-ups that have a due date, but those of
 * archived contacts; an overdue follow-up (due before today) weighs {@code min(1, days late / }{@value #LATE_FULL_DAYS}{@code )}:
 * a day late costs little, two months late as much as a follow-up can (1 with none);</li>
 * <li>P (persistence): {@code 1 - abandoned / sequences}. A contact's sequence is their follow-ups with
 * more than one planned attempt (attempt N of M, M &gt; 1); its last attempt (highest N, then latest due
 * date) decides: open, cancelled or the final attempt is not abandoned (cancelled sequences are not
 * counted); a done or skipped attempt N &lt; M is abandoned unless the contact replied (an interaction
 * initiated by them or mutual, dated on or after the attempt) or it was done less than 14 days ago.</li>
 * </ul>
 * Findings: a lapsed contact (days since contact above the cadence) is a warning (a note for tier C), and a note
 * when a follow-up with them is planned within 14 days; a contact never interacted with is a note (a warning for
 * tier A); an overdue follow-up is a warning, listed before the others the later and the more important the contact
 * is; an abandoned sequence is a warning. None is an error: nothing here is wrong with the plan's data, only with
 * how it is being followed.
 */
public class FollowUpTrustStrategy implements IIncrementalStrategy {

	public static final double W_CADENCE = 3;
	public static final double W_ON_TIME = 3;
	public static final double W_PERSISTENCE = 2;

	/** Days to wait for a reply after an attempt before the sequence counts as abandoned. */
	public static final int REPLY_WAIT_DAYS = 14;
	/**
	 * A lapsed contact with an open follow-up due within this many days is reported as a note: the
	 * person already plans to reach out.
	 */
	public static final int PLANNED_SOON_DAYS = 14;
	/** Days late from which an overdue follow-up weighs fully in O; one day late weighs 1/60 of that. */
	public static final int LATE_FULL_DAYS = 60;

	/** A contact's part: what it adds to the sums and its findings, in the order a full scoring finds them. */
	private record ContactPart(boolean prospect, boolean keepsCadence, int weight, boolean met, double cadence,
			boolean sequence, boolean abandoned, List<FindingCollector.Pending> findings) {
	}

	/** A follow-up's part: whether it counts as open with a due date, its lateness and its finding. */
	private record FollowUpPart(boolean open, double lateness, List<FindingCollector.Pending> findings) {
	}

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		return score(plan, context, Parts.none(2));
	}

	/**
	 * A contact's part depends on the contact, its interactions and its follow-ups; a follow-up's on the follow-up and
	 * its contact: an edit of one of them makes the parts that read it stale.
	 */
	@Override
	public StrategyResult rescore(NetworkingPlan plan, ScoringContext context, Rescoring rescoring) {
		Parts partials = Parts.resume(rescoring, 2);
		if (partials.isResumed()) {
			for (EObject edited : rescoring.getChanged()) {
				if (edited instanceof Contact c) {
					partials.stale(c);
					c.getFollowUps().forEach(partials::stale);
				} else if (edited instanceof FollowUp f) {
					partials.stale(f);
					partials.stale(f.getContact());
				} else if (edited instanceof Interaction i) {
					i.getContacts().forEach(partials::stale);
				}
			}
		}
		StrategyResult result = score(plan, context, partials);
		partials.keepIn(rescoring);
		return result;
	}

	private StrategyResult score(NetworkingPlan plan, ScoringContext context, Parts parts) {
		if (plan.getContacts().isEmpty()) {
			FindingCollector findings = new FindingCollector();
			findings.add(Severity.WARNING, plan, 0, Messages.FollowUp_noContacts, Messages.FollowUp_noContacts_action);
			return new StrategyResult(0, findings.build());
		}

		double cadenceSum = 0;
		double tierSum = 0;
		int sequences = 0;
		int abandoned = 0;
		int prospects = 0;
		for (ContactPart part : parts.of(0, plan.getContacts(), c -> contactPart(c, context), ContactPart::findings)) {
			if (part.prospect()) {
				prospects++;
			}
			if (!part.keepsCadence()) {
				continue;
			}
			tierSum += part.weight();
			if (part.met()) {
				cadenceSum += part.cadence();
			}
			if (part.sequence()) {
				sequences++;
				if (part.abandoned()) {
					abandoned++;
				}
			}
		}

		int open = 0;
		double lateness = 0;
		for (FollowUpPart part : parts.of(1, plan.getFollowUps(), f -> followUpPart(f, context),
				FollowUpPart::findings)) {
			if (part.open()) {
				open++;
				lateness += part.lateness();
			}
		}

		String prospectsNote = NLS.bind(Messages.FollowUp_prospects, Integer.toString(prospects));
		List<FindingCollector.Pending> about = prospects == 0 ? List.of()
				: List.of(new FindingCollector.Pending(Severity.INFO, plan, 0, () -> prospectsNote,
						() -> Messages.FollowUp_prospects_action));
		Scorecard card = new Scorecard()
				.part("cadence", W_CADENCE, tierSum == 0 ? 1 : cadenceSum / tierSum) //$NON-NLS-1$
				.part("onTime", W_ON_TIME, open == 0 ? 1 : 1 - lateness / open) //$NON-NLS-1$
				.part("persistence", W_PERSISTENCE, Scorecard.complement(abandoned, sequences)); //$NON-NLS-1$
		return new StrategyResult(card.score(), parts.findings(about));
	}

	private static ContactPart contactPart(Contact c, ScoringContext context) {
		boolean prospect = Relationships.isProspect(c);
		if (!Relationships.keepsCadence(c)) {
			return new ContactPart(prospect, false, 0, false, 0, false, false, List.of());
		}
		LocalDate today = context.today();
		List<FindingCollector.Pending> found = new ArrayList<>(2);
		int weight = tierWeight(c.getTier());
		int cadence = context.followUpSettings().cadenceOf(c);
		LocalDate last = FollowUps.lastContact(c, today);
		LocalDate next = nextPlanned(c, today);
		// too far off to count as already in hand
		LocalDate planned = next != null && Dates.between(today, next) > PLANNED_SOON_DAYS ? null : next;
		double cadenceKept = 0;
		if (last == null) {
			Severity severity = c.getTier() == Tier.A && planned == null ? Severity.WARNING : Severity.INFO;
			found.add(new FindingCollector.Pending(severity, c, weight,
					() -> NLS.bind(Messages.FollowUp_never, Labels.contact(c), Labels.tier(c.getTier())),
					() -> planned != null ? NLS.bind(Messages.FollowUp_planned_action, context.formatDate(planned))
							: Messages.FollowUp_never_action));
		} else {
			long days = Dates.between(last, today);
			double kept = days <= cadence ? 1 : Math.max(0, 1 - (days - cadence) / (double) cadence);
			cadenceKept = weight * kept;
			if (days > cadence) {
				Severity severity;
				if (planned != null) {
					severity = Severity.INFO;
				} else if (c.getTier() == Tier.C) {
					severity = Severity.INFO;
				} else {
					severity = Severity.WARNING;
				}
				found.add(new FindingCollector.Pending(severity, c, weight * (days - cadence) / (double) cadence,
						() -> c.getCadenceDays() > 0
								? NLS.bind(Messages.FollowUp_lapsedOwn,
										new Object[] { Labels.contact(c), Long.toString(days),
												Integer.toString(cadence) })
								: NLS.bind(Messages.FollowUp_lapsed,
										new Object[] { Labels.contact(c), Long.toString(days),
												Integer.toString(cadence), Labels.tier(c.getTier()) }),
						() -> planned != null ? NLS.bind(Messages.FollowUp_planned_action, context.formatDate(planned))
								: NLS.bind(Messages.FollowUp_lapsed_action, Labels.contact(c))));
			}
		}

		boolean sequence = false;
		boolean isAbandoned = false;
		FollowUp lastAttempt = lastSequenceAttempt(c);
		if (lastAttempt != null && lastAttempt.getStatus() != FollowUpStatus.CANCELLED) {
			sequence = true;
			if (isAbandoned(c, lastAttempt, today)) {
				isAbandoned = true;
				LocalDate since = attemptDay(lastAttempt);
				found.add(new FindingCollector.Pending(Severity.WARNING, lastAttempt, weight,
						() -> NLS.bind(Messages.FollowUp_abandoned,
								new Object[] { Integer.toString(lastAttempt.getAttempt()),
										Integer.toString(lastAttempt.getMaxAttempts()), Labels.contact(c),
										reason(lastAttempt), context.formatDate(since) }),
						() -> NLS.bind(Messages.FollowUp_abandoned_action,
								Integer.toString(lastAttempt.getAttempt() + 1), Labels.contact(c))));
			}
		}
		return new ContactPart(prospect, true, weight, last != null, cadenceKept, sequence, isAbandoned,
				List.copyOf(found));
	}

	private static FollowUpPart followUpPart(FollowUp f, ScoringContext context) {
		LocalDate today = context.today();
		LocalDate due = Dates.day(f.getDueDate());
		if (f.getStatus() != FollowUpStatus.OPEN || due == null || !Relationships.counts(f)) {
			return new FollowUpPart(false, 0, List.of());
		}
		if (!FollowUps.isOverdue(f, today)) {
			return new FollowUpPart(true, 0, List.of());
		}
		long late = Dates.between(due, today);
		return new FollowUpPart(true, lateness(late), List.of(new FindingCollector.Pending(Severity.WARNING, f,
				late * tierWeight(f.getContact() == null ? null : f.getContact().getTier()),
				() -> NLS.bind(late == 1 ? Messages.FollowUp_overdueYesterday : Messages.FollowUp_overdue,
						new Object[] { Labels.contact(f.getContact()), context.formatDate(due), Long.toString(late),
								reason(f) }),
				() -> NLS.bind(Messages.FollowUp_overdue_action, Labels.contact(f.getContact())))));
	}

	/** How much a follow-up this many days late counts against O: from 1/60 for a day to 1 from two months on. */
	public static double lateness(long daysLate) {
		return daysLate <= 0 ? 0 : Math.min(1, daysLate / (double) LATE_FULL_DAYS);
	}

	/** A tier's weight: A 3, B 2, C or none 1 (a contact without a tier counts as C, as for the cadence). */
	static int tierWeight(Tier tier) {
		if (tier == Tier.A) {
			return 3;
		}
		return tier == Tier.B ? 2 : 1;
	}

	/** The earliest open follow-up with the contact due today or later, or {@code null}. */
	static LocalDate nextPlanned(Contact c, LocalDate today) {
		LocalDate next = null;
		for (FollowUp f : c.getFollowUps()) {
			LocalDate due = Dates.day(f.getDueDate());
			if (f.getStatus() == FollowUpStatus.OPEN && due != null && !due.isBefore(today)
					&& (next == null || due.isBefore(next))) {
				next = due;
			}
		}
		return next;
	}

	static FollowUp lastSequenceAttempt(Contact c) {
		FollowUp last = null;
		for (FollowUp f : c.getFollowUps()) {
			if (f.getMaxAttempts() <= 1) {
				continue;
			}
			if (last == null || f.getAttempt() > last.getAttempt()
					|| f.getAttempt() == last.getAttempt() && later(f, last)) {
				last = f;
			}
		}
		return last;
	}

	private static boolean later(FollowUp a, FollowUp b) {
		LocalDate da = Dates.day(a.getDueDate());
		LocalDate db = Dates.day(b.getDueDate());
		return da != null && (db == null || da.isAfter(db));
	}

	static LocalDate attemptDay(FollowUp f) {
		return Dates.day(f.getCompletedOn() != null ? f.getCompletedOn() : f.getDueDate());
	}

	static boolean isAbandoned(Contact c, FollowUp last, LocalDate today) {
		FollowUpStatus status = last.getStatus();
		if (status != FollowUpStatus.DONE && status != FollowUpStatus.SKIPPED) {
			return false;
		}
		if (last.getAttempt() >= last.getMaxAttempts()) {
			return false;
		}
		LocalDate since = attemptDay(last);
		for (Interaction i : c.getInteractions()) {
			LocalDate d = Dates.day(i.getDate());
			if (i.getInitiatedBy() != Initiator.ME && d != null && !d.isAfter(today)
					&& (since == null || !d.isBefore(since))) {
				return false; // they replied
			}
		}
		return !(status == FollowUpStatus.DONE && since != null && Dates.between(since, today) < REPLY_WAIT_DAYS);
	}

	private static String reason(FollowUp f) {
		return Labels.isBlank(f.getReason()) ? Messages.FollowUp_noReason : f.getReason().strip();
	}
}
