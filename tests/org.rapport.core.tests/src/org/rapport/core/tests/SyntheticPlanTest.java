/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.tests.support.SyntheticPlans;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;

class SyntheticPlanTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 137, 1000 })
	void yieldsExactlyTheRequestedNumberOfContacts(int n) {
		NetworkingPlan plan = SyntheticPlans.generate(n, 42, TODAY);
		assertEquals(n, plan.getContacts().size());
		for (Contact c : plan.getContacts()) {
			assertFalse(c.getFullName().isBlank());
			assertFalse(c.getAudiences().isEmpty());
			assertFalse(c.getInteractions().isEmpty());
		}
	}

	@Test
	void tenThousandContactsQuicklyWithAConsistentGraph() {
		int n = 10_000;
		// the generating thread's processor time, which a loaded machine does not stretch as it stretches the clock
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpuNanos = new long[1];
		NetworkingPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			long start = threads.getCurrentThreadCpuTime();
			NetworkingPlan generated = SyntheticPlans.generate(n, 7, TODAY);
			cpuNanos[0] = threads.getCurrentThreadCpuTime() - start;
			return generated;
		}, "generation ends");
		assertTrue(cpuNanos[0] < Duration.ofSeconds(10).toNanos(),
				"generation is linear: " + cpuNanos[0] / 1_000_000 + " ms of processor time");
		assertEquals(n, plan.getContacts().size());
		int interactions = plan.getInteractions().size();
		assertTrue(interactions >= 4 * n && interactions <= 6 * n, "about five interactions each: " + interactions);
		int followUps = plan.getFollowUps().size();
		assertTrue(followUps >= n / 2 && followUps <= 3 * n / 2, "about one follow-up each: " + followUps);
		assertTrue(plan.getAudiences().size() >= 4);
		assertTrue(plan.getOpportunities().size() >= 10);
		assertTrue(plan.getExchanges().stream().anyMatch(e -> e.getDirection() == ExchangeDirection.GIVEN));
		assertTrue(plan.getExchanges().stream().anyMatch(e -> e.getDirection() == ExchangeDirection.RECEIVED));
		assertFalse(plan.getGratitudes().isEmpty());
		assertTrue(plan.getFollowUps().stream().anyMatch(f -> f.getStatus() == FollowUpStatus.OPEN));
		assertTrue(plan.getFollowUps().stream().anyMatch(f -> f.getStatus() == FollowUpStatus.DONE));

		// The inverse ends of the bidirectional references were filled in (addUnique keeps eOpposites).
		int memberships = 0;
		for (Contact c : plan.getContacts()) {
			memberships += c.getAudiences().size();
			for (Audience a : c.getAudiences()) {
				assertTrue(a.getMembers().contains(c));
			}
		}
		assertEquals(memberships, plan.getAudiences().stream().mapToInt(a -> a.getMembers().size()).sum());
		int links = 0;
		for (Interaction i : plan.getInteractions()) {
			links += i.getContacts().size();
		}
		assertEquals(links, plan.getContacts().stream().mapToInt(c -> c.getInteractions().size()).sum());
		for (FollowUp f : plan.getFollowUps()) {
			assertTrue(f.getContact().getFollowUps().contains(f));
		}
		// Every e-mail address is distinct, so importers and exporters can key on it.
		long distinctEmails = plan.getContacts().stream().flatMap(c -> ContactInfo.emails(c).stream()).distinct().count();
		assertEquals(n, distinctEmails);
		// Dates are within the last year, relative to today.
		LocalDate oldest = plan.getInteractions().stream().map(i -> PlanClock.toLocalDate(i.getDate()))
				.min(LocalDate::compareTo).orElseThrow();
		LocalDate newest = plan.getInteractions().stream().map(i -> PlanClock.toLocalDate(i.getDate()))
				.max(LocalDate::compareTo).orElseThrow();
		assertFalse(oldest.isBefore(TODAY.minusDays(366)), oldest.toString());
		assertTrue(newest.isBefore(TODAY), newest.toString());
	}

	@Test
	void isDeterministicForASeed() {
		NetworkingPlan a = SyntheticPlans.generate(300, 99, TODAY);
		NetworkingPlan b = SyntheticPlans.generate(300, 99, TODAY);
		NetworkingPlan c = SyntheticPlans.generate(300, 100, TODAY);
		assertTrue(EcoreUtil.equals(a, b));
		assertFalse(EcoreUtil.equals(a, c));
	}

	@Test
	void rejectsANegativeCount() {
		assertThrows(IllegalArgumentException.class, () -> SyntheticPlans.generate(-1, 1, TODAY));
	}
}
