/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.rapport.mentorship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.example.rapport.mentorship.internal.Messages;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Skill;
import org.rapport.model.edit.provider.RapportLabels;

/**
 * Mentorship coverage: the attitude "open to learning and feedback" asks for mentors; this strategy checks
 * that one helps with each skill the user wants to grow and each career aspiration (see {@link Mentors}).
 * <p>
 * {@code score = 100 * (2S + 1A) / 3}, where S is the share of the skills with a gap that have a mentor
 * (1 with no such skill) and A the share of the aspirations that have one (1 with no aspiration). A plan
 * with neither scores 0: there is nothing for a mentor to help with yet. Stateless, and it never changes
 * the plan, as the extension point requires.
 * </p>
 */
public class MentorshipCoverageStrategy implements IStrategy {

	public static final String ID = "org.example.rapport.mentorship.coverage"; //$NON-NLS-1$

	static final double W_SKILLS = 2;
	static final double W_ASPIRATIONS = 1;

	/** A mentor not talked to for longer than this is reported. */
	public static final int QUIET_DAYS = 90;

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		StrategyResult.Builder result = StrategyResult.builder();
		List<Skill> gaps = plan.getSkills().stream().filter(Mentors::hasGap).toList();
		List<CareerAspiration> aspirations = plan.getAspirations();
		if (gaps.isEmpty() && aspirations.isEmpty()) {
			result.add(Finding.warning(plan, Messages.Coverage_nothing, Messages.Coverage_nothing_action));
			return result.score(0);
		}
		List<Contact> mentors = Mentors.mentors(plan);
		if (mentors.isEmpty()) {
			result.add(Finding.warning(plan, Messages.Coverage_noMentors, Messages.Coverage_noMentors_action));
		}

		int coveredSkills = 0;
		for (Skill skill : gaps) {
			if (context.isCanceled()) {
				return result.score(0);
			}
			if (!Mentors.mentorsFor(plan, skill).isEmpty()) {
				coveredSkills++;
				continue;
			}
			result.add(Finding.warning(skill, NLS.bind(Messages.Coverage_skill, new Object[] { name(skill),
					Integer.toString(skill.getCurrentLevel()), Integer.toString(skill.getTargetLevel()) }),
					skillAction(Mentors.candidatesFor(plan, skill), mentors)));
		}

		int coveredAspirations = 0;
		for (CareerAspiration aspiration : aspirations) {
			if (Mentors.hasMentor(plan, aspiration)) {
				coveredAspirations++;
			} else {
				result.add(Finding.info(aspiration, NLS.bind(Messages.Coverage_aspiration, RapportLabels.text(aspiration)),
						Messages.Coverage_aspiration_action));
			}
		}

		LocalDate today = context.today();
		for (Contact mentor : mentors) {
			LocalDate last = Mentors.lastTalked(mentor, today);
			String name = RapportLabels.contactName(mentor);
			if (last == null) {
				result.add(Finding.info(mentor, NLS.bind(Messages.Coverage_mentorNever, name),
						NLS.bind(Messages.Coverage_mentorQuiet_action, name)));
			} else if (ChronoUnit.DAYS.between(last, today) > QUIET_DAYS) {
				result.add(Finding.info(mentor,
						NLS.bind(Messages.Coverage_mentorQuiet, name, Long.toString(ChronoUnit.DAYS.between(last, today))),
						NLS.bind(Messages.Coverage_mentorQuiet_action, name)));
			}
		}

		double skills = gaps.isEmpty() ? 1 : coveredSkills / (double) gaps.size();
		double aspirationShare = aspirations.isEmpty() ? 1 : coveredAspirations / (double) aspirations.size();
		return result.score(100 * (W_SKILLS * skills + W_ASPIRATIONS * aspirationShare) / (W_SKILLS + W_ASPIRATIONS));
	}

	private static String skillAction(List<Contact> candidates, List<Contact> mentors) {
		if (!candidates.isEmpty()) {
			return NLS.bind(Messages.Coverage_skill_askCandidates, names(candidates));
		}
		if (!mentors.isEmpty()) {
			return NLS.bind(Messages.Coverage_skill_askMentors, names(mentors));
		}
		return Messages.Coverage_skill_find;
	}

	private static String names(Collection<Contact> contacts) {
		List<String> names = new ArrayList<>();
		contacts.forEach(c -> names.add(RapportLabels.contactName(c)));
		return String.join(Messages.List_separator, names);
	}

	static String name(Skill skill) {
		return skill.getName() == null || skill.getName().isBlank() ? Messages.Label_unnamedSkill : skill.getName().strip();
	}
}
