/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.sample;

import java.time.LocalDate;
import java.util.Objects;

import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;

/**
 * A realistic, deterministic sample networking plan, for first-run users, screenshots, demos and tests.
 * <p>
 * Its owner, Maya Okonjo, is a senior platform engineer in Portland working toward engineering
 * management, with developer relations and climate tech as longer-term options. The plan has three
 * aspirations, seven goals (one deliberately aligned with nothing), four audiences with their
 * communication strategies, about fifty contacts, fifteen opportunities online and offline, a year of
 * interactions, follow-ups (some overdue, some due today or this week), give and take with thank-you notes
 * (and some thanks still owed), skills, learning, feedback and two past reviews.
 * <p>
 * All dates are relative to the {@code today} passed in, so the plan looks alive on any day. Two calls
 * with the same date give {@link org.eclipse.emf.ecore.util.EcoreUtil#equals(org.eclipse.emf.ecore.EObject,
 * org.eclipse.emf.ecore.EObject) equal} plans. Dates are the start of the day in the zone of
 * {@link org.rapport.model.derived.PlanClock}.
 */
public final class SamplePlan {

	/** The name of the sample plan. */
	public static final String NAME = "Sample networking plan";

	private static final long CROWD_SEED = 20240611L;

	private SamplePlan() {
	}

	/** Builds the sample plan with dates relative to {@code today}. The plan is not in any resource. */
	public static NetworkingPlan create(LocalDate today) {
		Objects.requireNonNull(today, "today");
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		PlanKit kit = new PlanKit(plan, today);
		SampleStory story = new SampleStory(kit);
		story.buildFrame();
		story.buildPeople();
		new SampleCrowd(kit, story, CROWD_SEED).build();
		story.buildGrowth();
		kit.finish();
		return plan;
	}
}
