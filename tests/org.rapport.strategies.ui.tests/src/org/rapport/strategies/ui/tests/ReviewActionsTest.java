/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.sample.SamplePlan;
import org.rapport.model.ActivityStatus;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.GoalStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.RapportFactory;
import org.rapport.model.Skill;
import org.rapport.model.derived.PlanClock;
import org.rapport.strategies.ui.ReviewAction;
import org.rapport.strategies.ui.ReviewActions;

/**
 * Each review action changes the plan as its decision says, as one step on the command stack, and undoing
 * that step gives back exactly the plan there was before (including EMF's back references).
 */
class ReviewActionsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private NetworkingPlan plan;
	private AdapterFactoryEditingDomain domain;
	private ReviewActions actions;

	@BeforeEach
	void setUp() {
		plan = SamplePlan.create(TODAY);
		ResourceSetImpl resources = new ResourceSetImpl();
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/sample.rapport"));
		resources.getResources().add(resource);
		resource.getContents().add(plan);
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), resources);
		actions = new ReviewActions(domain, plan, TODAY);
	}

	/**
	 * Runs the action as the review does, checks the change, undoes it and checks the plan equals a copy
	 * taken before, then redoes it and checks the change again.
	 */
	private void runUndoRedo(ReviewAction action, Runnable changed) {
		NetworkingPlan before = EcoreUtil.copy(plan);
		assertTrue(EcoreUtil.equals(before, plan), "the copy equals the plan before the action");
		assertTrue(action.canExecute(), "the action can run: " + action.decision());
		Command previous = domain.getCommandStack().getUndoCommand();
		domain.getCommandStack().execute(action.command());
		assertSame(action.command(), domain.getCommandStack().getUndoCommand(), "one step on the command stack");
		changed.run();
		assertFalse(EcoreUtil.equals(before, plan), "the action changed the plan");

		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, plan), "undo restores the plan exactly: " + action.decision());
		assertSame(previous, domain.getCommandStack().getUndoCommand(), "undo took exactly one step back");

		domain.getCommandStack().redo();
		changed.run();
	}

	private static LocalDate day(java.util.Date date) {
		return PlanClock.toLocalDate(date);
	}

	private FollowUp overdueFollowUp() {
		return plan.getFollowUps().stream()
				.filter(f -> f.getStatus() == FollowUpStatus.OPEN && f.getDueDate() != null
						&& day(f.getDueDate()).isBefore(TODAY) && f.getContact() != null)
				.findFirst().orElseThrow(() -> new AssertionError("the sample plan has an overdue follow-up"));
	}

	@Test
	void rescheduleMovesTheDueDate() {
		FollowUp followUp = overdueFollowUp();
		LocalDate next = TODAY.plusDays(7);
		ReviewAction action = actions.reschedule(followUp, next);
		assertTrue(action.decision().contains(followUp.getContact().getFullName()), action.decision());
		assertTrue(action.decision().contains("2026-03-09"), action.decision());
		runUndoRedo(action, () -> assertEquals(next, day(followUp.getDueDate())));
		assertEquals(FollowUpStatus.OPEN, followUp.getStatus());
	}

	@Test
	void markDoneClosesTheFollowUpToday() {
		FollowUp followUp = overdueFollowUp();
		runUndoRedo(actions.markDone(followUp), () -> {
			assertEquals(FollowUpStatus.DONE, followUp.getStatus());
			assertEquals(TODAY, day(followUp.getCompletedOn()));
		});
		assertFalse(actions.markDone(followUp).canExecute(), "a done follow-up cannot be marked done again");
	}

	@Test
	void planFollowUpAddsAnOpenFollowUpLinkedBothWays() {
		Contact contact = plan.getContacts().get(3);
		int before = contact.getFollowUps().size();
		runUndoRedo(actions.planFollowUp(contact, TODAY.plusDays(3), " Check in ", FollowUpOrigin.CADENCE, null), () -> {
			FollowUp added = plan.getFollowUps().get(plan.getFollowUps().size() - 1);
			assertSame(contact, added.getContact());
			assertEquals(before + 1, contact.getFollowUps().size(), "the contact lists the new follow-up");
			assertTrue(contact.getFollowUps().contains(added));
			assertEquals(FollowUpStatus.OPEN, added.getStatus());
			assertEquals(FollowUpOrigin.CADENCE, added.getOrigin());
			assertEquals("Check in", added.getReason());
			assertEquals(TODAY.plusDays(3), day(added.getDueDate()));
		});
	}

	@Test
	void nextAttemptContinuesTheSequence() {
		FollowUp last = RapportFactory.eINSTANCE.createFollowUp();
		Contact contact = plan.getContacts().get(5);
		last.setContact(contact);
		last.setReason("Ask about the platform team");
		last.setStatus(FollowUpStatus.DONE);
		last.setAttempt(3);
		last.setMaxAttempts(3);
		plan.getFollowUps().add(last);
		ReviewAction action = actions.planNextAttempt(last, TODAY.plusDays(2));
		assertTrue(action.decision().contains("4 of 4"), action.decision());
		runUndoRedo(action, () -> {
			FollowUp next = plan.getFollowUps().get(plan.getFollowUps().size() - 1);
			assertSame(contact, next.getContact());
			assertEquals(4, next.getAttempt());
			assertEquals(4, next.getMaxAttempts());
			assertEquals(last.getReason(), next.getReason());
			assertEquals(FollowUpStatus.OPEN, next.getStatus());
		});
	}

	@Test
	void thankRecordsAGratitudeLinkedToTheExchange() {
		Exchange exchange = plan.getExchanges().stream()
				.filter(e -> e.getDirection() == ExchangeDirection.RECEIVED && e.getThanks() == null && e.getContact() != null)
				.findFirst().orElseThrow(() -> new AssertionError("the sample plan owes a thank-you"));
		int gratitudes = plan.getGratitudes().size();
		runUndoRedo(actions.thank(exchange, Channel.LINKEDIN, "It got me the interview."), () -> {
			Gratitude thanks = exchange.getThanks();
			assertNotNull(thanks);
			assertSame(exchange, thanks.getExchange(), "both ends of the link");
			assertSame(exchange.getContact(), thanks.getContact());
			assertEquals(Channel.LINKEDIN, thanks.getChannel());
			assertEquals(TODAY, day(thanks.getDate()));
			assertEquals(gratitudes + 1, plan.getGratitudes().size());
		});
		assertFalse(actions.thank(exchange, Channel.EMAIL, null).canExecute(), "thanked once is enough");
	}

	@Test
	void planToGiveCreatesAFollowUpWithAReason() {
		Contact contact = plan.getContacts().get(7);
		runUndoRedo(actions.planToGive(contact, TODAY.plusDays(7)), () -> {
			FollowUp added = plan.getFollowUps().get(plan.getFollowUps().size() - 1);
			assertSame(contact, added.getContact());
			assertTrue(added.getReason().contains(contact.getFullName()), added.getReason());
		});
	}

	@Test
	void linkAspirationTiesBothEnds() {
		NetworkingGoal goal = plan.getGoals().stream().filter(g -> g.getAspirations().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("the sample plan has an unaligned goal"));
		CareerAspiration aspiration = plan.getAspirations().get(0);
		runUndoRedo(actions.linkAspiration(goal, aspiration), () -> {
			assertEquals(List.of(aspiration), goal.getAspirations());
			assertTrue(aspiration.getGoals().contains(goal));
		});
		assertFalse(actions.linkAspiration(goal, aspiration).canExecute(), "already linked");
	}

	@Test
	void setTargetDueDateAndActivate() {
		NetworkingGoal goal = RapportFactory.eINSTANCE.createNetworkingGoal();
		goal.setTitle("Speak at a conference");
		goal.setStatus(GoalStatus.PROPOSED);
		plan.getGoals().add(goal);
		runUndoRedo(actions.setTarget(goal, " talks given ", 2), () -> {
			assertEquals("talks given", goal.getMetric());
			assertEquals(2.0, goal.getTargetValue());
		});
		assertThrows(IllegalArgumentException.class, () -> actions.setTarget(goal, " ", 2));
		assertThrows(IllegalArgumentException.class, () -> actions.setTarget(goal, "talks", 0));
		runUndoRedo(actions.setDueDate(goal, TODAY.plusDays(90)), () -> assertEquals(TODAY.plusDays(90), day(goal.getDueDate())));
		runUndoRedo(actions.activate(goal), () -> assertEquals(GoalStatus.ACTIVE, goal.getStatus()));
		assertFalse(actions.activate(goal).canExecute());
	}

	@Test
	void communicateCreatesASkeletonForAnAudienceWithoutOne() {
		Audience audience = RapportFactory.eINSTANCE.createAudience();
		audience.setName("Climate founders");
		plan.getAudiences().add(audience);
		runUndoRedo(actions.communicate(audience, Channel.EVENT, "Platforms that scale on a budget", "Architecture reviews"),
				() -> {
					CommunicationStrategy cs = audience.getCommunication();
					assertNotNull(cs);
					assertEquals(List.of(Channel.EVENT), cs.getChannels());
					assertEquals(List.of("Platforms that scale on a budget"), cs.getKeyMessages());
					assertEquals("Architecture reviews", cs.getValueOffered());
				});
	}

	@Test
	void communicateOnlyAddsWhatIsMissing() {
		Audience audience = RapportFactory.eINSTANCE.createAudience();
		CommunicationStrategy cs = RapportFactory.eINSTANCE.createCommunicationStrategy();
		cs.getChannels().add(Channel.EMAIL);
		cs.setValueOffered("Kept");
		audience.setCommunication(cs);
		plan.getAudiences().add(audience);
		runUndoRedo(actions.communicate(audience, Channel.EMAIL, "A message", "Not taken"), () -> {
			assertEquals(List.of(Channel.EMAIL), cs.getChannels(), "a channel already there is not repeated");
			assertEquals(List.of("A message"), cs.getKeyMessages());
			assertEquals("Kept", cs.getValueOffered(), "the value offered is not overwritten");
		});
		assertFalse(actions.communicate(audience, Channel.EMAIL, "A message", "").canExecute(), "nothing is missing");
	}

	@Test
	void assignAudiencesAddsOnlyNewOnes() {
		NetworkingGoal goal = plan.getGoals().stream().filter(g -> g.getAudiences().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("the sample plan has a goal without audiences"));
		List<Audience> two = plan.getAudiences().subList(0, 2);
		runUndoRedo(actions.assignAudiences(goal, List.copyOf(two)), () -> assertEquals(two, goal.getAudiences()));
		assertFalse(actions.assignAudiences(goal, List.copyOf(two)).canExecute());
	}

	@Test
	void followUpPeopleMetPlansOneFollowUpEach() {
		Opportunity event = plan.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.ATTENDED && !ReviewActions.peopleMet(plan, o).isEmpty())
				.findFirst().orElseThrow(() -> new AssertionError("the sample plan has an attended event"));
		List<Contact> met = ReviewActions.peopleMet(plan, event);
		int before = plan.getFollowUps().size();
		runUndoRedo(actions.followUpPeopleMet(event, met, TODAY.plusDays(1)), () -> {
			assertEquals(before + met.size(), plan.getFollowUps().size());
			for (Contact c : met) {
				assertTrue(c.getFollowUps().stream().anyMatch(f -> f.getOriginOpportunity() == event
						&& f.getOrigin() == FollowUpOrigin.OPPORTUNITY && f.getStatus() == FollowUpStatus.OPEN),
						c.getFullName() + " has a follow-up from the event");
			}
		});
		assertFalse(actions.followUpPeopleMet(event, met, TODAY.plusDays(1)).canExecute(),
				"everybody already has an open follow-up from the event");
	}

	@Test
	void setStatusOfAnOpportunity() {
		Opportunity opportunity = plan.getOpportunities().get(0);
		OpportunityStatus other = opportunity.getStatus() == OpportunityStatus.DECLINED ? OpportunityStatus.ATTENDED
				: OpportunityStatus.DECLINED;
		runUndoRedo(actions.setStatus(opportunity, other), () -> assertEquals(other, opportunity.getStatus()));
	}

	@Test
	void learnFromFeedbackLinksTheActivityBothWays() {
		Feedback feedback = plan.getFeedback().stream().filter(f -> f.getActions().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("the sample plan has feedback without action"));
		Skill skill = plan.getSkills().get(0);
		runUndoRedo(actions.learnFromFeedback(feedback, "Collect leadership stories", LearningKind.PRACTICE, skill), () -> {
			assertEquals(1, feedback.getActions().size());
			LearningActivity activity = feedback.getActions().get(0);
			assertTrue(activity.getPromptedBy().contains(feedback));
			assertTrue(plan.getLearningActivities().contains(activity));
			assertEquals(ActivityStatus.PLANNED, activity.getStatus());
			assertEquals(List.of(skill), activity.getSkills());
			assertEquals(Set.copyOf(skill.getGoals()), Set.copyOf(activity.getGoals()));
		});
		assertThrows(IllegalArgumentException.class,
				() -> actions.learnFromFeedback(feedback, "  ", LearningKind.BOOK, null));
	}

	@Test
	void planLearningAndLinkSkill() {
		Skill skill = plan.getSkills().get(1);
		runUndoRedo(actions.planLearning(skill, "Toastmasters", LearningKind.PRACTICE), () -> {
			LearningActivity added = plan.getLearningActivities().get(plan.getLearningActivities().size() - 1);
			assertEquals("Toastmasters", added.getTitle());
			assertEquals(List.of(skill), added.getSkills());
		});
		LearningActivity untied = RapportFactory.eINSTANCE.createLearningActivity();
		untied.setTitle("Read a book");
		plan.getLearningActivities().add(untied);
		runUndoRedo(actions.linkSkill(untied, skill), () -> assertEquals(List.of(skill), untied.getSkills()));
		assertFalse(actions.linkSkill(untied, skill).canExecute());
	}

	@Test
	void sharedInterestsAndValues() {
		Contact contact = plan.getContacts().get(10);
		int interests = contact.getSharedInterests().size();
		runUndoRedo(actions.addSharedInterest(contact, " trail running "), () -> {
			assertEquals(interests + 1, contact.getSharedInterests().size());
			assertEquals("trail running", contact.getSharedInterests().get(interests));
		});
		assertFalse(actions.addSharedInterest(contact, "Trail Running").canExecute(), "noted already, in any case");
		runUndoRedo(actions.addSharedValue(contact, "mentoring others"),
				() -> assertTrue(contact.getSharedValues().contains("mentoring others")));
		assertThrows(IllegalArgumentException.class, () -> actions.addSharedValue(contact, ""));
	}

	@Test
	void unexecutableActionsLeaveTheStackAlone() {
		FollowUp followUp = overdueFollowUp();
		followUp.setStatus(FollowUpStatus.DONE);
		ReviewAction action = actions.markDone(followUp);
		assertFalse(action.canExecute());
		domain.getCommandStack().execute(action.command());
		assertFalse(domain.getCommandStack().canUndo());
		assertNull(domain.getCommandStack().getUndoCommand());
	}
}
