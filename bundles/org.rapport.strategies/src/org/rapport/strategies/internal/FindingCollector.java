/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.Finding;
import org.rapport.model.Severity;

/**
 * Collects a strategy's findings and keeps the most relevant ones: ordered by severity (errors first),
 * then by relevance (higher first), then in the order they were found. Beyond the limit the rest are
 * summarized in one note (counted by severity), so a large plan does not drown the person in findings.
 * Messages can be given as suppliers: only the kept findings' are built, so a large plan with thousands of
 * findings costs no thousands of formatted messages.
 */
public final class FindingCollector {

	/** How many findings a built-in strategy lists before summarizing the rest. */
	public static final int DEFAULT_LIMIT = 20;

	/**
	 * A finding not yet added: what a strategy keeps of an object's findings between two scorings of the same plan
	 * (see {@link Parts}), its message and action still to be built.
	 */
	public record Pending(Severity severity, EObject subject, double relevance, Supplier<String> message,
			Supplier<String> action) {
		public Pending {
			Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
		}
	}

	private record Entry(Severity severity, EObject subject, double relevance, int order, Supplier<String> message,
			Supplier<String> action) {
	}

	/** Errors first, then the more relevant, then in the order found. */
	private static final Comparator<Entry> ORDER = Comparator.comparingInt((Entry e) -> -e.severity().getValue())
			.thenComparing(Comparator.comparingDouble(Entry::relevance).reversed()).thenComparingInt(Entry::order);

	private final List<Entry> entries = new ArrayList<>();
	private final int limit;

	public FindingCollector() {
		this(DEFAULT_LIMIT);
	}

	public FindingCollector(int limit) {
		this.limit = Math.max(1, limit);
	}

	public void add(Severity severity, EObject subject, double relevance, String message, String action) {
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		add(severity, subject, relevance, () -> message, () -> action);
	}

	/** Adds a finding whose message and action are built only if it is kept. */
	public void add(Severity severity, EObject subject, double relevance, Supplier<String> message,
			Supplier<String> action) {
		entries.add(new Entry(Objects.requireNonNull(severity, "severity"), subject, relevance, entries.size(), //$NON-NLS-1$
				message, action));
	}

	/** Adds a finding kept from an earlier scoring, as if it had been added the way it was made. */
	public void add(Pending pending) {
		add(pending.severity(), pending.subject(), pending.relevance(), pending.message(), pending.action());
	}

	public int size() {
		return entries.size();
	}

	/** The findings to report: at most the limit, plus one summary note when some were left out. */
	public List<Finding> build() {
		// one pass keeping the first `limit` in ORDER in a heap whose head is the last of them: n log(limit)
		PriorityQueue<Entry> kept = new PriorityQueue<>(limit + 1, ORDER.reversed());
		int errors = 0;
		int warnings = 0;
		int notes = 0;
		for (Entry e : entries) {
			Entry omitted = e;
			if (kept.size() < limit || ORDER.compare(e, kept.peek()) < 0) {
				kept.add(e);
				omitted = kept.size() > limit ? kept.poll() : null;
			}
			if (omitted != null) {
				switch (omitted.severity()) {
				case ERROR -> errors++;
				case WARNING -> warnings++;
				default -> notes++;
				}
			}
		}
		List<Entry> sorted = new ArrayList<>(kept);
		sorted.sort(ORDER);
		List<Pending> pending = new ArrayList<>(sorted.size());
		for (Entry e : sorted) {
			pending.add(new Pending(e.severity(), e.subject(), e.relevance(), e.message(), e.action()));
		}
		return finish(pending, errors, warnings, notes);
	}

	/**
	 * The findings kept, in order, with their messages built, then one summary note when some were left out.
	 *
	 * @param errors   how many errors were left out; {@code warnings} and {@code notes} likewise
	 */
	static List<Finding> finish(List<Pending> kept, int errors, int warnings, int notes) {
		List<Finding> result = new ArrayList<>(kept.size() + 1);
		for (Pending e : kept) {
			result.add(new Finding(e.severity(), e.message().get(), e.subject(), e.action().get()));
		}
		int omitted = errors + warnings + notes;
		if (omitted > 0) {
			result.add(new Finding(Severity.INFO,
					NLS.bind(Messages.Summary_more, new Object[] { omitted, errors, warnings, notes }), null,
					Messages.Summary_more_action));
		}
		return result;
	}
}
