/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Channel;
import org.rapport.strategies.AuthenticityStrategy;
import org.rapport.strategies.FollowUpTrustStrategy;
import org.rapport.strategies.ReciprocityStrategy;
import org.rapport.strategies.ui.ReviewAction;
import org.rapport.strategies.ui.ReviewActions;

/**
 * Acting on a strategy's findings through the review actions resolves them: the strategy, scored again,
 * no longer reports them and scores higher. This ties the actions to what the built-in strategies look at.
 */
class ActingOnFindingsTest {

	private static final LocalDate TODAY = ReviewActionsTest.TODAY;
	private static final ScoringContext CONTEXT = new ScoringContext(TODAY, () -> false);

	private NetworkingPlan plan;
	private AdapterFactoryEditingDomain domain;
	private ReviewActions actions;

	@BeforeEach
	void setUp() {
		plan = SamplePlan.create(TODAY);
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		actions = new ReviewActions(domain, plan, TODAY);
	}

	private static <T extends EObject> List<T> subjects(StrategyResult result, Class<T> type) {
		return result.getFindings().stream().map(Finding::getSubject).filter(type::isInstance).map(type::cast)
				.distinct().toList();
	}

	private void run(ReviewAction action) {
		assertTrue(action.canExecute(), action.decision());
		domain.getCommandStack().execute(action.command());
	}

	@Test
	void reschedulingOverdueFollowUpsClearsThem() {
		IStrategy strategy = new FollowUpTrustStrategy();
		StrategyResult before = strategy.score(plan, CONTEXT);
		List<FollowUp> overdue = subjects(before, FollowUp.class).stream()
				.filter(f -> f.getStatus() == FollowUpStatus.OPEN).toList();
		assertFalse(overdue.isEmpty(), "the sample plan has overdue follow-ups: " + before.getFindings());
		overdue.forEach(f -> run(actions.reschedule(f, TODAY.plusDays(7))));

		StrategyResult after = strategy.score(plan, CONTEXT);
		assertTrue(subjects(after, FollowUp.class).stream().noneMatch(overdue::contains),
				"no finding about the rescheduled follow-ups: " + after.getFindings());
		assertTrue(after.getScore() > before.getScore(), before.getScore() + " -> " + after.getScore());

		// and undoing every step brings the findings back
		while (domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
		}
		assertEquals(before.getScore(), strategy.score(plan, CONTEXT).getScore(), 1e-9);
	}

	@Test
	void thankingForHelpClearsTheUnthankedFindings() {
		IStrategy strategy = new ReciprocityStrategy();
		StrategyResult before = strategy.score(plan, CONTEXT);
		List<Exchange> unthanked = subjects(before, Exchange.class);
		assertFalse(unthanked.isEmpty(), "the sample plan owes thanks: " + before.getFindings());
		unthanked.forEach(e -> run(actions.thank(e, Channel.EMAIL, "Thank you!")));

		StrategyResult after = strategy.score(plan, CONTEXT);
		assertTrue(subjects(after, Exchange.class).isEmpty(), after.getFindings().toString());
		assertTrue(after.getScore() > before.getScore(), before.getScore() + " -> " + after.getScore());
	}

	@Test
	void notingSharedGroundClearsTheAuthenticityFindings() {
		IStrategy strategy = new AuthenticityStrategy();
		StrategyResult before = strategy.score(plan, CONTEXT);
		List<Contact> contacts = subjects(before, Contact.class);
		assertFalse(contacts.isEmpty(), before.getFindings().toString());
		for (Contact c : contacts) {
			if (c.getSharedInterests().isEmpty()) {
				run(actions.addSharedInterest(c, "cycling"));
			}
			if (c.getSharedValues().isEmpty()) {
				run(actions.addSharedValue(c, "curiosity"));
			}
		}
		StrategyResult after = strategy.score(plan, CONTEXT);
		assertTrue(subjects(after, Contact.class).stream().noneMatch(contacts::contains), after.getFindings().toString());
		assertTrue(after.getScore() > before.getScore(), before.getScore() + " -> " + after.getScore());
	}
}
