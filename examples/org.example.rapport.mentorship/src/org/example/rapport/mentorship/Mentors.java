/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.rapport.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapport.model.ActivityStatus;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.Feedback;
import org.rapport.model.GoalStatus;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Skill;
import org.rapport.model.derived.PlanClock;

/**
 * Who mentors the user in what, read from the plan. Shared by the strategy (which scores it) and the
 * review wizard (which offers the people who could become mentors), so both agree.
 * <p>
 * Rapport's model has no "mentor" relation, so this plugin reads one from what the plan already holds:
 * </p>
 * <ul>
 * <li>a <em>mentor</em> is a contact with a tag containing "mentor" (not "mentee");</li>
 * <li>a mentor <em>helps with a skill</em> when feedback from them led to a learning activity (not dropped)
 * that works on the skill; any contact counts the same way when the activity is of kind mentoring;</li>
 * <li>an aspiration <em>has a mentor</em> when a skill serving one of its goals (not abandoned) has one, or
 * a mentor belongs to an audience of one of those goals.</li>
 * </ul>
 */
public final class Mentors {

	/** The tag the review wizard adds to make someone a mentor. */
	public static final String TAG = "mentor"; //$NON-NLS-1$

	private Mentors() {
	}

	public static boolean isMentor(Contact contact) {
		for (String tag : contact.getTags()) {
			if (tag != null && tag.toLowerCase(Locale.ROOT).contains(TAG)) {
				return true;
			}
		}
		return false;
	}

	/** The contacts tagged as mentors, in plan order. */
	public static List<Contact> mentors(NetworkingPlan plan) {
		return plan.getContacts().stream().filter(Mentors::isMentor).toList();
	}

	/** Whether the skill is one the user wants to grow: its target level is above its current level. */
	public static boolean hasGap(Skill skill) {
		return skill.getTargetLevel() > skill.getCurrentLevel();
	}

	/** The people who mentor the user in the skill (see the class comment). */
	public static Set<Contact> mentorsFor(NetworkingPlan plan, Skill skill) {
		Set<Contact> mentors = new LinkedHashSet<>();
		for (Contact c : feedbackGiversFor(plan, skill, true)) {
			mentors.add(c);
		}
		return mentors;
	}

	/**
	 * The people whose feedback already shapes how the user works on the skill but who do not count as its
	 * mentors yet: the first people to ask.
	 */
	public static List<Contact> candidatesFor(NetworkingPlan plan, Skill skill) {
		List<Contact> candidates = new ArrayList<>(feedbackGiversFor(plan, skill, false));
		candidates.removeAll(mentorsFor(plan, skill));
		return candidates;
	}

	private static Set<Contact> feedbackGiversFor(NetworkingPlan plan, Skill skill, boolean mentorsOnly) {
		Set<Contact> givers = new LinkedHashSet<>();
		for (LearningActivity activity : plan.getLearningActivities()) {
			if (activity.getStatus() == ActivityStatus.DROPPED || !activity.getSkills().contains(skill)) {
				continue;
			}
			for (Feedback feedback : activity.getPromptedBy()) {
				Contact from = feedback.getFrom();
				if (from == null) {
					continue;
				}
				if (!mentorsOnly || isMentor(from) || activity.getKind() == LearningKind.MENTORING) {
					givers.add(from);
				}
			}
		}
		return givers;
	}

	public static boolean hasMentor(NetworkingPlan plan, CareerAspiration aspiration) {
		for (NetworkingGoal goal : aspiration.getGoals()) {
			if (goal.getStatus() == GoalStatus.ABANDONED) {
				continue;
			}
			for (Audience audience : goal.getAudiences()) {
				if (audience.getMembers().stream().anyMatch(Mentors::isMentor)) {
					return true;
				}
			}
			for (Skill skill : plan.getSkills()) {
				if (skill.getGoals().contains(goal) && !mentorsFor(plan, skill).isEmpty()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The day of the last interaction with the contact on or before today, or {@code null}. */
	public static LocalDate lastTalked(Contact contact, LocalDate today) {
		LocalDate last = null;
		for (Interaction interaction : contact.getInteractions()) {
			LocalDate day = PlanClock.toLocalDate(interaction.getDate());
			if (day != null && !day.isAfter(today) && (last == null || day.isAfter(last))) {
				last = day;
			}
		}
		return last;
	}
}
