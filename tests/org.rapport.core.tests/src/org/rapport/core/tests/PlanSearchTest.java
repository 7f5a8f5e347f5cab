/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.search.PlanSearch;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.RapportFactory;
import org.rapport.model.Skill;

/** What Quick Access (Ctrl+3) finds in a plan, and by which words. */
class PlanSearchTest {

	private static final RapportFactory F = RapportFactory.eINSTANCE;

	private NetworkingPlan plan;
	private Contact maria;

	@BeforeEach
	void plan() {
		plan = F.createNetworkingPlan();
		maria = F.createContact();
		maria.setFirstName("Maria");
		maria.setLastName("Chen");
		ContactInfo.addEmail(maria, "m.chen@brightloop.io");
		ContactInfo.addEmail(maria, "maria@home.example");
		ContactInfo.addPhone(maria, "+44 20 7946 0018");
		maria.setOrganization("Brightloop");
		maria.setPosition("Engineering Manager");
		maria.getTags().add("platform");
		plan.getContacts().add(maria);
		Contact other = F.createContact();
		other.setFirstName("Tom");
		other.setLastName("Becker");
		plan.getContacts().add(other);
	}

	@Test
	void aContactIsFoundByAnyNameEmailPhoneOrganizationOrTag() {
		for (String query : List.of("maria", "CHEN", "maria chen", "m.chen@brightloop.io", "home.example", "7946 0018",
				"brightloop", "engineering manager", "platform", "chen platform")) {
			assertEquals(List.of(maria), PlanSearch.find(plan, query), query);
		}
		assertEquals(List.of(), PlanSearch.find(plan, "maria becker"), "every word must match");
		assertEquals(2, PlanSearch.find(plan, "").size(), "an empty query finds everything");
	}

	@Test
	void theMatchingKeywordSaysWhatTheContactWasFoundBy() {
		assertEquals("m.chen@brightloop.io", PlanSearch.matchingKeyword(maria, "M.CHEN@"));
		assertEquals("+44 20 7946 0018", PlanSearch.matchingKeyword(maria, "7946"));
		assertNull(PlanSearch.matchingKeyword(maria, "nothing like it"));
	}

	@Test
	void goalsAspirationsAudiencesOpportunitiesAndSkillsAreFoundButNotInteractions() {
		NetworkingGoal goal = F.createNetworkingGoal();
		goal.setTitle("Six informational interviews");
		goal.setMetric("interviews held");
		plan.getGoals().add(goal);
		var aspiration = F.createCareerAspiration();
		aspiration.setTitle("Lead a platform team");
		plan.getAspirations().add(aspiration);
		Audience audience = F.createAudience();
		audience.setName("Hiring managers");
		audience.getTags().add("climate");
		plan.getAudiences().add(audience);
		Opportunity meetup = F.createOpportunity();
		meetup.setName("Climate tech mixer");
		meetup.setPlace("Berlin");
		plan.getOpportunities().add(meetup);
		Skill skill = F.createSkill();
		skill.setName("Public speaking");
		plan.getSkills().add(skill);
		Interaction call = F.createInteraction();
		call.setSummary("Informational interview about climate");
		plan.getInteractions().add(call);

		assertEquals(List.of(goal), PlanSearch.find(plan, "informational"));
		assertEquals(List.of(goal), PlanSearch.find(plan, "interviews held"));
		assertEquals(List.of(maria, aspiration), PlanSearch.find(plan, "platform"), "contacts first, by their tag");
		assertEquals(List.of(audience, meetup), PlanSearch.find(plan, "climate"));
		assertEquals(List.of(meetup), PlanSearch.find(plan, "berlin"));
		assertEquals(List.of(skill), PlanSearch.find(plan, "speaking"));
		assertTrue(PlanSearch.searchable(plan).stream().noneMatch(Interaction.class::isInstance));
	}
}
