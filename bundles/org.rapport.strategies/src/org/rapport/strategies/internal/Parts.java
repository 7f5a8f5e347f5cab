/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.Rescoring;
import org.rapport.model.Severity;
import org.rapport.strategies.internal.FindingCollector.Pending;

/**
 * A strategy's per-object parts (a contact's share of the sums and its findings), list by list of the plan, kept from
 * one scoring of a plan to the next ({@link org.rapport.core.strategies.IIncrementalStrategy}). After an edit only the
 * parts of objects the strategy marked stale, or that are new or moved, are computed again: a list whose objects are
 * the same as before up to some position keeps the parts before it without looking them up, and the findings of all
 * parts stay ranked (as {@link FindingCollector} ranks them, their order of discovery being the lists' order) so that
 * the kept ones are read from the top instead of ranking every finding again. The strategy adds up the parts in the
 * lists' order with the same arithmetic as a full scoring, which uses the same parts, so a rescoring gives exactly
 * what a full scoring gives. What a part depends on, and so when it is stale, is the strategy's rule.
 */
public final class Parts {

	/** A finding of a part with its place in the order of discovery: list, position, then its place in the part. */
	private record Ranked(Pending finding, long order) {
	}

	/** Errors first, then the more relevant, then in the order found: {@link FindingCollector}'s order. */
	private static final Comparator<Ranked> ORDER = Comparator
			.comparingInt((Ranked r) -> -r.finding().severity().getValue())
			.thenComparing(Comparator.comparingDouble((Ranked r) -> r.finding().relevance()).reversed())
			.thenComparingLong(Ranked::order);

	/** Findings not of a part (about the plan as a whole) come after all parts' findings. */
	private static final long PLAN_ORDER = Long.MAX_VALUE >> 1;

	/** One list of the plan as it was at the last scoring, with its objects' parts. */
	private static final class Section {
		Object[] objects = new Object[0];
		Object[] parts = new Object[0];
		// position by object, made when needed, dropped when positions change
		Map<Object, Integer> index;

		Map<Object, Integer> index() {
			if (index == null) {
				index = new IdentityHashMap<>(objects.length * 2);
				for (int i = 0; i < objects.length; i++) {
					index.put(objects[i], i);
				}
			}
			return index;
		}
	}

	private final Section[] sections;
	private final List<Ranked> ranked = new ArrayList<>();
	private final int[] counts = new int[Severity.VALUES.size()];
	private final Set<EObject> stale = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean resumed;
	// false while parts are computed from scratch: their findings are appended, then sorted once
	private boolean sorted;

	private Parts(int sections) {
		this.sections = new Section[sections];
		for (int i = 0; i < sections; i++) {
			this.sections[i] = new Section();
		}
	}

	/** For a full scoring ({@link org.rapport.core.strategies.IStrategy#score}). */
	public static Parts none(int sections) {
		return new Parts(sections);
	}

	/**
	 * The parts the strategy kept in the rescoring at its previous call, or new ones (then every part is computed).
	 * They are changed in place: the rescoring drops them when the call fails.
	 */
	public static Parts resume(Rescoring rescoring, int sections) {
		if (rescoring.getState() instanceof Parts kept && kept.sections.length == sections) {
			kept.stale.clear();
			kept.resumed = true;
			return kept;
		}
		return new Parts(sections);
	}

	/** Whether these are the parts of a previous scoring: only then do the edits since matter. */
	public boolean isResumed() {
		return resumed;
	}

	/** Keeps the parts for the next call. */
	public void keepIn(Rescoring rescoring) {
		stale.clear();
		rescoring.setState(this);
	}

	/** Marks an object's part stale: it is computed again. */
	public void stale(EObject object) {
		if (object != null) {
			stale.add(object);
		}
	}

	/** The parts of a list at the previous scoring, in its order then (for staleness rules that look at them). */
	public List<Object> previous(int section) {
		return Collections.unmodifiableList(Arrays.asList(sections[section].parts));
	}

	/**
	 * The parts of the list's objects, in its order: kept unless stale, new or moved, else computed.
	 *
	 * @param section  which of the strategy's lists (from 0, always the same list for the same number)
	 * @param findings the findings of a part, in the order a full scoring finds them
	 */
	@SuppressWarnings("unchecked")
	public <E extends EObject, P> List<P> of(int section, List<E> list, Function<? super E, P> compute,
			Function<P, List<Pending>> findings) {
		Section s = sections[section];
		if (ranked.isEmpty()) {
			sorted = false;
		}
		Object[] now = list.toArray();
		Object[] before = s.objects;
		Object[] parts = s.parts;
		int same = 0;
		int common = Math.min(now.length, before.length);
		while (same < common && now[same] == before[same]) {
			same++;
		}
		Object[] result = same == now.length && now.length == before.length ? parts : new Object[now.length];
		if (result != parts) {
			System.arraycopy(parts, 0, result, 0, same);
		}
		if (!stale.isEmpty() && same > 0) {
			Map<Object, Integer> index = s.index();
			for (EObject object : stale) {
				Integer at = index.get(object);
				if (at != null && at < same) {
					unrank(section, at, (P) parts[at], findings);
					P part = compute.apply((E) now[at]);
					result[at] = part;
					rank(section, at, part, findings);
				}
			}
		}
		if (same < Math.max(now.length, before.length)) {
			Map<Object, Integer> index = same < before.length ? s.index() : Map.of();
			for (int i = same; i < before.length; i++) {
				unrank(section, i, (P) parts[i], findings);
			}
			for (int i = same; i < now.length; i++) {
				Integer at = index.get(now[i]);
				P part = at != null && !stale.contains(now[i]) ? (P) parts[at] : compute.apply((E) now[i]);
				result[i] = part;
				rank(section, i, part, findings);
			}
			s.index = null;
		}
		s.objects = now;
		s.parts = result;
		return (List<P>) Collections.unmodifiableList(Arrays.asList(result));
	}

	private <P> void rank(int section, int position, P part, Function<P, List<Pending>> findings) {
		List<Pending> found = findings.apply(part);
		for (int i = 0; i < found.size(); i++) {
			Ranked r = new Ranked(found.get(i), order(section, position, i));
			counts[r.finding().severity().getValue()]++;
			if (sorted) {
				int at = Collections.binarySearch(ranked, r, ORDER);
				ranked.add(at < 0 ? -at - 1 : at, r);
			} else {
				ranked.add(r);
			}
		}
	}

	private <P> void unrank(int section, int position, P part, Function<P, List<Pending>> findings) {
		List<Pending> found = findings.apply(part);
		for (int i = 0; i < found.size(); i++) {
			Ranked r = new Ranked(found.get(i), order(section, position, i));
			counts[r.finding().severity().getValue()]--;
			sort();
			int at = Collections.binarySearch(ranked, r, ORDER);
			if (at >= 0) {
				ranked.remove(at);
			}
		}
	}

	private static long order(int section, int position, int index) {
		return (long) section << 48 | (long) position << 12 | index;
	}

	private void sort() {
		if (!sorted) {
			ranked.sort(ORDER);
			sorted = true;
		}
	}

	/**
	 * The findings to report, as {@link FindingCollector#build()} gives them for the parts' findings in the lists'
	 * order followed by the plan's: at most {@link FindingCollector#DEFAULT_LIMIT}, then a summary of the rest.
	 *
	 * @param plan findings about the plan as a whole, found after the parts'
	 */
	public List<Finding> findings(List<Pending> plan) {
		sort();
		int limit = FindingCollector.DEFAULT_LIMIT;
		List<Ranked> candidates = new ArrayList<>(ranked.subList(0, Math.min(limit, ranked.size())));
		int[] total = counts.clone();
		for (int i = 0; i < plan.size(); i++) {
			candidates.add(new Ranked(plan.get(i), PLAN_ORDER + i));
			total[plan.get(i).severity().getValue()]++;
		}
		candidates.sort(ORDER);
		List<Pending> kept = new ArrayList<>(limit);
		for (Ranked r : candidates.subList(0, Math.min(limit, candidates.size()))) {
			kept.add(r.finding());
			total[r.finding().severity().getValue()]--;
		}
		return FindingCollector.finish(kept, total[Severity.ERROR_VALUE], total[Severity.WARNING_VALUE],
				total[Severity.INFO_VALUE]);
	}
}
