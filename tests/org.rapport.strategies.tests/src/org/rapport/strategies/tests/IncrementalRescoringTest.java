/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.core.internal.strategies.Rescorings;
import org.rapport.core.internal.sync.DeleteContactCommand;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;
import org.rapport.tests.support.SyntheticPlans;

/**
 * The editor's incremental rescoring gives what a full scoring gives: after each kind of edit (a contact's name, tier
 * and status, logging an interaction, completing a follow-up, and the rarer ones: a "met at", a thank-you note, a new
 * and a deleted contact, undo) every built-in strategy, rescored through {@link Rescorings} from what it kept on the
 * editor's {@link PlanReplica}, has the same score and the same findings, in the same order, as the same strategy
 * scoring the same copy from scratch; and the strategies that score incrementally did start from what they kept.
 */
class IncrementalRescoringTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
	private static final List<String> INCREMENTAL = List.of("org.rapport.strategies.followUpTrust",
			"org.rapport.strategies.authenticity", "org.rapport.strategies.reciprocity",
			"org.rapport.strategies.proactiveOpportunities");

	private final Semaphore ready = new Semaphore(0);
	private final IStrategyRegistry registry = Strategies.getRegistry();
	private final ScoringContext context = new ScoringContext(TODAY, () -> false);
	private NetworkingPlan plan;
	private AdapterFactoryEditingDomain domain;
	private PlanReplica replica;
	private Rescorings rescorings;
	private List<StrategyDescriptor> strategies;
	private int executed;

	@BeforeEach
	void editorOnAPlan() throws Exception {
		plan = SyntheticPlans.generate(400, 11, TODAY);
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI("/plans/rescoring.rapport")) {
			@Override
			protected boolean useUUIDs() {
				return true;
			}
		};
		domain.getResourceSet().getResources().add(resource);
		resource.getContents().add(plan);
		replica = new PlanReplica(plan);
		replica.addListener(ready::release);
		rescorings = new Rescorings(replica);
		strategies = registry.getStrategies().stream()
				.filter(strategy -> strategy.getId().startsWith("org.rapport.strategies.")).toList(); //$NON-NLS-1$
		assertEquals(7, strategies.size());
		// the first run scores in full and keeps what the incremental strategies keep
		assertSameAsFull("the first run", false);
	}

	@AfterEach
	void dispose() {
		rescorings.dispose();
		replica.dispose();
	}

	@Test
	void aContactsName() throws Exception {
		Contact contact = judgedContactWithFindings();
		edit("a first name", SetCommand.create(domain, contact, Literals.CONTACT__FIRST_NAME, "Renamed"));
		edit("a last name", SetCommand.create(domain, contact, Literals.CONTACT__LAST_NAME, "Otherwise"));
		undoAll();
	}

	@Test
	void aContactsTierAndStatus() throws Exception {
		Random random = new Random(5);
		for (int i = 0; i < 12; i++) {
			Contact contact = plan.getContacts().get(random.nextInt(plan.getContacts().size()));
			edit("a tier", SetCommand.create(domain, contact, Literals.CONTACT__TIER, Tier.VALUES.get(i % 3)));
			RelationshipStatus status = RelationshipStatus.VALUES.get(i % RelationshipStatus.VALUES.size());
			Command setStatus = FollowUpCommands.setStatus(domain, List.of(contact, plan.getContacts().get(i)), status);
			if (setStatus.canExecute()) {
				// not when both have it already
				edit("a status (" + status + ")", setStatus);
			}
		}
		undoAll();
	}

	@Test
	void loggingAnInteractionThatAnswersFollowUpsAndSchedulesTheNext() throws Exception {
		for (Contact contact : contactsWithOpenFollowUps(4)) {
			List<FollowUp> answered = FollowUps.answerable(List.of(contact), TODAY);
			edit("logging an interaction", FollowUpCommands.logInteraction(domain, plan, new LogRequest(
					List.of(contact, plan.getContacts().get(3)), Channel.PHONE, TODAY.minusDays(1), "Caught up", null,
					answered, TODAY.plusDays(20), "Send the article")));
		}
		// one with someone met at an event attended a day earlier: the event's follow-through changes
		Contact met = metAtAnEvent();
		edit("logging an interaction after an event", FollowUpCommands.logInteraction(domain, plan, new LogRequest(
				List.of(met), Channel.EMAIL, PlanClock.toLocalDate(met.getMetAt().getDate()).plusDays(1), "Thanks",
				null, List.of(), null, null)));
		undoAll();
	}

	@Test
	void completingAndSnoozingFollowUps() throws Exception {
		List<FollowUp> open = plan.getFollowUps().stream().filter(f -> f.getStatus() == FollowUpStatus.OPEN).limit(6)
				.toList();
		for (FollowUp followUp : open) {
			edit("completing a follow-up", FollowUpCommands.done(domain, followUp, TODAY));
		}
		edit("snoozing a follow-up", FollowUpCommands.snooze(domain, open.get(0), TODAY.plusDays(3)));
		FollowUp sequence = plan.getFollowUps().stream().filter(FollowUpCommands::hasNextAttempt).findFirst()
				.orElseThrow();
		edit("scheduling the next attempt",
				FollowUpCommands.scheduleNextAttempt(domain, plan, sequence, TODAY.plusDays(7)));
		undoAll();
	}

	@Test
	void theRarerEdits() throws Exception {
		Contact met = metAtAnEvent();
		Opportunity other = plan.getOpportunities().stream().filter(o -> o != met.getMetAt()).findFirst().orElseThrow();
		edit("a contact's \"met at\"", SetCommand.create(domain, met, Literals.CONTACT__MET_AT, other));
		edit("an opportunity's name", SetCommand.create(domain, other, Literals.OPPORTUNITY__NAME, "Renamed event"));

		Exchange received = plan.getExchanges().stream()
				.filter(e -> e.getDirection() == ExchangeDirection.RECEIVED && e.getThanks() == null).findFirst()
				.orElseThrow();
		Gratitude thanks = RapportFactory.eINSTANCE.createGratitude();
		thanks.setDate(PlanClock.toDate(TODAY));
		thanks.setContact(received.getContact());
		edit("a thank-you note", AddCommand.create(domain, plan, Literals.NETWORKING_PLAN__GRATITUDES, thanks));
		edit("linking it", SetCommand.create(domain, received, Literals.EXCHANGE__THANKS, thanks));
		edit("an exchange's direction", SetCommand.create(domain, plan.getExchanges().get(0),
				Literals.EXCHANGE__DIRECTION, ExchangeDirection.GIVEN));

		Contact added = RapportFactory.eINSTANCE.createContact();
		added.setFirstName("New");
		added.setTier(Tier.A);
		added.setMetAt(met.getMetAt());
		edit("a new contact", AddCommand.create(domain, plan, Literals.NETWORKING_PLAN__CONTACTS, added));
		edit("a deleted contact", new DeleteContactCommand(domain, plan, met));
		edit("another deleted contact", new DeleteContactCommand(domain, plan, judgedContactWithFindings()));
		undoAll();
	}

	/** Executes the edit, then rescores and compares; what undo brings back is compared too. */
	private void edit(String what, Command command) throws Exception {
		assertTrue(command.canExecute(), what);
		domain.getCommandStack().execute(command);
		executed++;
		assertSameAsFull(what, true);
	}

	private void undoAll() throws Exception {
		for (int i = 0; i < executed; i++) {
			assertTrue(domain.getCommandStack().canUndo());
			domain.getCommandStack().undo();
			assertSameAsFull("undo " + (i + 1), true);
		}
	}

	/**
	 * Rescores every built-in strategy on the replica as the editor does, and scores the same copy from scratch.
	 *
	 * @param resumed whether the incremental strategies must have started from what they kept
	 */
	private void assertSameAsFull(String what, boolean resumed) throws Exception {
		PlanSnapshot snapshot = acquire();
		try {
			for (StrategyDescriptor strategy : strategies) {
				boolean kept = rescorings.isKept(strategy.getId());
				StrategyOutcome incremental = rescorings.score(registry, strategy, snapshot.getPlan(), context);
				StrategyOutcome full = registry.score(strategy, snapshot.getPlan(), context);
				String label = what + ", " + strategy.getName();
				assertFalse(incremental.isFailed(), () -> label + ": " + incremental.getFailure());
				assertFalse(full.isFailed(), () -> label + ": " + full.getFailure());
				if (INCREMENTAL.contains(strategy.getId())) {
					assertEquals(resumed, kept, label + ": started from what it kept");
				}
				assertEquals(full.getScore(), incremental.getScore(), label + ": the score");
				assertEquals(describe(full.getFindings()), describe(incremental.getFindings()), label + ": the findings");
				for (int i = 0; i < full.getFindings().size(); i++) {
					assertSame(full.getFindings().get(i).getSubject(), incremental.getFindings().get(i).getSubject(),
							label);
				}
			}
		} finally {
			replica.release();
		}
	}

	private static List<String> describe(List<Finding> findings) {
		List<String> lines = new ArrayList<>();
		for (Finding f : findings) {
			lines.add(f.getSeverity() + " | " + f.getMessage() + " | " + f.getSuggestedAction());
		}
		return lines;
	}

	private PlanSnapshot acquire() throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			PlanSnapshot snapshot = replica.acquire();
			if (snapshot != null) {
				return snapshot;
			}
			if (!ready.tryAcquire(30, TimeUnit.SECONDS)) {
				fail("the replica never became ready");
			}
		}
		throw new AssertionError("no snapshot after 100 signals");
	}

	/** An active tier-A contact: the cadence and authenticity judge them. */
	private Contact judgedContactWithFindings() {
		return find(() -> plan.getContacts().stream()
				.filter(c -> c.getTier() == Tier.A && (c.getStatus() == null || c.getStatus() == RelationshipStatus.ACTIVE))
				.findFirst().orElse(null), "a tier-A contact");
	}

	private List<Contact> contactsWithOpenFollowUps(int count) {
		return plan.getContacts().stream()
				.filter(c -> c.getFollowUps().stream().anyMatch(f -> f.getStatus() == FollowUpStatus.OPEN)).limit(count)
				.toList();
	}

	/** A contact whose "met at" is an event attended in the last year. */
	private Contact metAtAnEvent() {
		return find(() -> plan.getContacts().stream().filter(c -> c.getMetAt() != null && c.getMetAt().getDate() != null
				&& PlanClock.toLocalDate(c.getMetAt().getDate()).isAfter(TODAY.minusDays(300))
				&& PlanClock.toLocalDate(c.getMetAt().getDate()).isBefore(TODAY.minusDays(5))).findFirst().orElse(null),
				"a contact met at a recent event");
	}

	private static <T extends EObject> T find(Supplier<T> search, String what) {
		T found = search.get();
		if (found == null) {
			fail("the synthetic plan has no " + what);
		}
		return found;
	}
}
