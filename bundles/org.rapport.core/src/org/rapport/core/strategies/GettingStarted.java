/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.List;
import java.util.function.Predicate;

import org.rapport.core.internal.strategies.Messages;
import org.rapport.model.NetworkingPlan;

/**
 * The first steps of a new plan, and the one rule for when a plan is still so empty that scoring it would only
 * list what is missing: then the workbench's Scorecard and {@code rapport score} show these steps instead of scores
 * and findings.
 * <p>
 * A plan is <em>getting started</em> while fewer than {@value #STEPS_TO_SCORE} of the {@link Step five steps} are
 * done. From then on it is scored: what is still missing shows as the strategies' warnings.
 * </p>
 */
public final class GettingStarted {

	/** How many of the steps must be done before the plan is scored rather than shown the checklist. */
	public static final int STEPS_TO_SCORE = 3;

	/** A first step: done as soon as the plan holds one element of its kind. */
	public enum Step {
		ASPIRATION(plan -> !plan.getAspirations().isEmpty()),
		GOAL(plan -> !plan.getGoals().isEmpty()),
		CONTACTS(plan -> !plan.getContacts().isEmpty()),
		AUDIENCE(plan -> !plan.getAudiences().isEmpty()),
		FOLLOW_UP(plan -> !plan.getFollowUps().isEmpty());

		private final Predicate<NetworkingPlan> done;

		Step(Predicate<NetworkingPlan> done) {
			this.done = done;
		}

		public boolean isDone(NetworkingPlan plan) {
			return done.test(plan);
		}

		/** What to do, for a person: "Write your first career aspiration". */
		public String getLabel() {
			return switch (this) {
			case ASPIRATION -> Messages.Step_aspiration;
			case GOAL -> Messages.Step_goal;
			case CONTACTS -> Messages.Step_contacts;
			case AUDIENCE -> Messages.Step_audience;
			case FOLLOW_UP -> Messages.Step_followUp;
			};
		}

		/** Why it matters, in a sentence. */
		public String getDescription() {
			return switch (this) {
			case ASPIRATION -> Messages.Step_aspiration_description;
			case GOAL -> Messages.Step_goal_description;
			case CONTACTS -> Messages.Step_contacts_description;
			case AUDIENCE -> Messages.Step_audience_description;
			case FOLLOW_UP -> Messages.Step_followUp_description;
			};
		}
	}

	private GettingStarted() {
	}

	/** The steps in the order a person takes them. */
	public static List<Step> steps() {
		return List.of(Step.values());
	}

	/** How many of the steps the plan has done. */
	public static int done(NetworkingPlan plan) {
		int done = 0;
		for (Step step : Step.values()) {
			if (step.isDone(plan)) {
				done++;
			}
		}
		return done;
	}

	/** Whether the plan is new or nearly empty: fewer than {@value #STEPS_TO_SCORE} steps done. */
	public static boolean isGettingStarted(NetworkingPlan plan) {
		return done(plan) < STEPS_TO_SCORE;
	}
}
