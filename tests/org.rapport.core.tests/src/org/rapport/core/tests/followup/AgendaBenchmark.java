/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.followup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.followup.Timeline;
import org.rapport.tests.support.SyntheticPlans;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/**
 * Times the agenda (computed, and brought up to date after one edit) and a contact's timeline on the 10,000-contact
 * synthetic plan (about 50,000 interactions), warm:
 * prints the median and the worst of 21 runs after 10 warm-ups. Asserts nothing about times. Runs only with
 * {@code RAPPORT_BENCH=1}.
 */
class AgendaBenchmark {

	@Test
	void agendaAndTimelineOnTenThousandContacts() {
		Assumptions.assumeTrue("1".equals(System.getenv("RAPPORT_BENCH")), "a benchmark: runs with RAPPORT_BENCH=1");
		LocalDate today = LocalDate.of(2026, 12, 7);
		NetworkingPlan plan = SyntheticPlans.generate(10_000, 42, today);
		FollowUpSettings settings = FollowUpSettings.defaults();
		Agenda agenda = null;
		long[] times = new long[21];
		for (int i = -10; i < times.length; i++) {
			long start = System.nanoTime();
			agenda = Agenda.compute(plan, today, settings);
			if (i >= 0) {
				times[i] = System.nanoTime() - start;
			}
		}
		report("Agenda.compute", plan, times);
		// what the Agenda view and the status line do after one edit: a first name, then the same name back
		Contact edited = agenda.losingTouch().isEmpty() ? plan.getContacts().get(0) : agenda.losingTouch().get(0).contact();
		String name = edited.getFirstName();
		Set<Object> changed = Set.of(edited);
		for (int i = -10; i < times.length; i++) {
			edited.setFirstName(i % 2 == 0 ? name + "x" : name);
			long start = System.nanoTime();
			agenda = agenda.update(plan, changed, today, settings);
			if (i >= 0) {
				times[i] = System.nanoTime() - start;
			}
		}
		edited.setFirstName(name);
		report("Agenda.update after one edit (a first name)", plan, times);
		StringBuilder counts = new StringBuilder();
		for (Section section : Section.values()) {
			counts.append(section).append('=').append(agenda.entries(section).size()).append(' ');
		}
		System.out.println("AgendaBenchmark: groups " + counts.toString().strip());

		Contact busiest = plan.getContacts().stream()
				.max((a, b) -> Integer.compare(a.getInteractions().size(), b.getInteractions().size())).orElseThrow();
		for (int i = -10; i < times.length; i++) {
			long start = System.nanoTime();
			Timeline.of(plan, busiest);
			if (i >= 0) {
				times[i] = System.nanoTime() - start;
			}
		}
		report("Timeline.of (busiest contact, " + busiest.getInteractions().size() + " interactions)", plan, times);
	}

	private static void report(String what, NetworkingPlan plan, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.println(String.format(Locale.ROOT,
				"AgendaBenchmark: %s on %,d contacts, %,d interactions, %,d follow-ups: median %.1f ms, worst %.1f ms", what,
				plan.getContacts().size(), plan.getInteractions().size(), plan.getFollowUps().size(),
				sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6));
	}
}
