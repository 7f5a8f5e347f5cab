/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.model.tests.Fixtures.F;
import static org.rapport.model.tests.Fixtures.contact;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.NetworkingGoal;

/** Bidirectional references (eOpposite) keep both ends in step. */
class OppositeReferencesTest {

	@Test
	void interactionContactsShowInContactInteractions() {
		Contact maria = contact("Maria", "Chen");
		Contact jan = contact("Jan", "Novak");
		Interaction interaction = F.createInteraction();
		interaction.getContacts().add(maria);
		interaction.getContacts().add(jan);
		assertEquals(List.of(interaction), List.copyOf(maria.getInteractions()));
		assertEquals(List.of(interaction), List.copyOf(jan.getInteractions()));

		interaction.getContacts().remove(maria);
		assertTrue(maria.getInteractions().isEmpty(), "removal shows on the other end too");
		assertEquals(List.of(interaction), List.copyOf(jan.getInteractions()));
	}

	@Test
	void contactInteractionsShowInInteractionContacts() {
		Contact maria = contact("Maria", "Chen");
		Interaction interaction = F.createInteraction();
		maria.getInteractions().add(interaction);
		assertEquals(List.of(maria), List.copyOf(interaction.getContacts()));
	}

	@Test
	void followUpContactShowsInContactFollowUps() {
		Contact maria = contact("Maria", "Chen");
		Contact jan = contact("Jan", "Novak");
		FollowUp followUp = F.createFollowUp();
		followUp.setContact(maria);
		assertEquals(List.of(followUp), List.copyOf(maria.getFollowUps()));
		followUp.setContact(jan);
		assertTrue(maria.getFollowUps().isEmpty(), "moved to Jan");
		assertEquals(List.of(followUp), List.copyOf(jan.getFollowUps()));
		followUp.setContact(null);
		assertTrue(jan.getFollowUps().isEmpty());
	}

	@Test
	void exchangeContactShowsInContactExchanges() {
		Contact maria = contact("Maria", "Chen");
		Exchange exchange = F.createExchange();
		exchange.setContact(maria);
		assertEquals(List.of(exchange), List.copyOf(maria.getExchanges()));
		maria.getExchanges().remove(exchange);
		assertNull(exchange.getContact());
	}

	@Test
	void exchangeThanksAndGratitudeExchange() {
		Exchange exchange = F.createExchange();
		Gratitude gratitude = F.createGratitude();
		exchange.setThanks(gratitude);
		assertSame(exchange, gratitude.getExchange());
		gratitude.setExchange(null);
		assertNull(exchange.getThanks());
	}

	@Test
	void goalAspirationsAndAspirationGoals() {
		CareerAspiration aspiration = F.createCareerAspiration();
		NetworkingGoal goal = F.createNetworkingGoal();
		goal.getAspirations().add(aspiration);
		assertEquals(List.of(goal), List.copyOf(aspiration.getGoals()));
		aspiration.getGoals().clear();
		assertTrue(goal.getAspirations().isEmpty());
	}

	@Test
	void contactAudiencesAndAudienceMembers() {
		Contact maria = contact("Maria", "Chen");
		Audience audience = F.createAudience();
		maria.getAudiences().add(audience);
		assertEquals(List.of(maria), List.copyOf(audience.getMembers()));
	}

	@Test
	void feedbackActionsAndActivityPromptedBy() {
		Feedback feedback = F.createFeedback();
		LearningActivity activity = F.createLearningActivity();
		feedback.getActions().add(activity);
		assertEquals(List.of(feedback), List.copyOf(activity.getPromptedBy()));
	}
}
