/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.tests.support.SyntheticPlans;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.FollowUp;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PhoneNumber;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.RapportResource;

/**
 * A replica stays equal to its plan through every kind of edit (attributes, lists of values, new and deleted
 * objects, two-way references, moves, an object put back as undo does), also for edits made while its first copy
 * was being made in the background; and it is handed to one holder at a time.
 */
class PlanReplicaTest {

	private final Semaphore signals = new Semaphore(0);
	private NetworkingPlan plan;
	private XMLResource resource;
	private PlanReplica replica;

	@BeforeEach
	void planInAResource() {
		plan = SyntheticPlans.generate(150, 7, LocalDate.of(2026, 12, 7));
		// a resource that gives every object an id, as a plan file's does
		resource = new XMIResourceImpl(URI.createFileURI("/plans/replica.rapport")) {
			@Override
			protected boolean useUUIDs() {
				return true;
			}
		};
		resource.getContents().add(plan);
		replica = new PlanReplica(plan);
		replica.addListener(signals::release);
	}

	@AfterEach
	void dispose() {
		replica.dispose();
	}

	@Test
	void theFirstCopyIsMadeInTheBackgroundAndEqualsThePlan() throws Exception {
		assertNull(replica.acquire(), "the first copy is not there yet: a job makes it");
		PlanSnapshot snapshot = acquire();
		assertNotSame(plan, snapshot.getPlan());
		assertSame(plan, snapshot.getOriginal());
		assertCopyOf(snapshot);
	}

	@ParameterizedTest
	@ValueSource(longs = { 42, 7, 1_000_003 })
	void followsEveryKindOfEdit(long seed) throws Exception {
		editInRounds(new Random(seed), this::edit);
	}

	/** Several rounds: which edits fall between which reads of the job differs from round to round. */
	@ParameterizedTest
	@ValueSource(longs = { 3, 11, 12, 13, 14 })
	void editsMadeWhileTheFirstCopyIsMadeReachIt(long seed) throws Exception {
		Random random = new Random(seed);
		assertNull(replica.acquire());
		for (int i = 0; i < 300; i++) {
			edit(random);
		}
		assertCopyOf(acquire());
	}

	/**
	 * The copy's lists follow the plan's step by step (each step as its notification tells it), and are set as a
	 * whole where a step does not fit: an object moved between two lists whose steps are replayed in the other order,
	 * a list edited while its owner was out of the plan.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 5, 8, 21 })
	void followsEveryKindOfListEdit(long seed) throws Exception {
		editInRounds(new Random(seed), this::editList);
	}

	/** Rounds of one to six random edits, the copy taken and compared with the plan after each round. */
	private void editInRounds(Random random, Consumer<Random> editor) throws Exception {
		assertCopyOf(acquire());
		replica.release();
		for (int round = 0; round < 60; round++) {
			int edits = 1 + random.nextInt(6);
			for (int i = 0; i < edits; i++) {
				editor.accept(random);
			}
			PlanSnapshot snapshot = acquire();
			assertCopyOf(snapshot);
			replica.release();
		}
	}

	/**
	 * In a plan file's resource the job reads the ids again until none changed meanwhile, and the first copy then
	 * mends only the ids of the objects added meanwhile and the references the copier could not point at a copy.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 3, 11, 12 })
	void editsMadeWhileTheFirstCopyOfAPlanFileIsMadeReachIt(long seed) throws Exception {
		replica.dispose();
		resource.getContents().remove(plan);
		resource = new RapportResource(URI.createFileURI("/plans/replica.rapport"));
		resource.getContents().add(plan);
		replica = new PlanReplica(plan);
		replica.addListener(signals::release);
		Random random = new Random(seed);
		assertNull(replica.acquire());
		for (int i = 0; i < 300; i++) {
			if (random.nextBoolean()) {
				edit(random);
			} else {
				editList(random);
			}
		}
		assertCopyOf(acquire());
	}

	@Test
	void isHandedToOneHolderAtATime() throws Exception {
		PlanSnapshot held = acquire();
		plan.getContacts().get(0).setFirstName("Changed while held");
		assertNull(replica.acquire(), "another holder waits");
		assertNotEquals("Changed while held", held.getPlan().getContacts().get(0).getFirstName(),
				"the held copy does not change under its holder");
		signals.drainPermits();
		replica.release();
		assertTrue(signals.availablePermits() >= 1, "the listener is told it may try again");
		PlanSnapshot next = replica.acquire();
		assertNotNull(next);
		assertEquals("Changed while held", next.getPlan().getContacts().get(0).getFirstName());
	}

	@Test
	void tellsWhichObjectsOfTheCopyAnEditChanged() throws Exception {
		List<Set<EObject>> told = new ArrayList<>();
		replica.addEditListener(edited -> told.add(Set.copyOf(edited)));
		acquire();
		replica.release();
		assertTrue(told.isEmpty(), "the first copy is no edit");
		Contact contact = plan.getContacts().get(2);
		Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
		plan.getInteractions().add(interaction);
		interaction.getContacts().add(contact);
		PlanSnapshot snapshot = acquire();
		replica.release();
		assertEquals(1, told.size());
		Set<EObject> edited = told.get(0);
		NetworkingPlan copy = snapshot.getPlan();
		EObject contactCopy = copy.getContacts().get(2);
		EObject interactionCopy = copy.getInteractions().get(copy.getInteractions().size() - 1);
		assertTrue(edited.contains(contactCopy), "the contact now has one interaction more");
		assertTrue(edited.contains(interactionCopy), "the new interaction");
		assertTrue(edited.contains(copy), "the plan's list of interactions");
		assertEquals(3, edited.size(), () -> "nothing else: " + edited);
	}

	@Test
	void aSnapshotOfTheWholePlanEqualsThePlan() {
		// PlanSnapshot.of uses the same linear copier as the replica
		PlanSnapshot snapshot = PlanSnapshot.of(plan);
		assertCopyOf(snapshot);
	}

	private PlanSnapshot acquire() throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			PlanSnapshot snapshot = replica.acquire();
			if (snapshot != null) {
				return snapshot;
			}
			if (!signals.tryAcquire(30, TimeUnit.SECONDS)) {
				fail("the replica never became ready");
			}
		}
		throw new AssertionError("no snapshot after 100 signals");
	}

	/** The copy equals the plan, object by object, with the same ids, and maps back to the plan's objects. */
	private void assertCopyOf(PlanSnapshot snapshot) {
		NetworkingPlan copy = snapshot.getPlan();
		assertEquals("", firstDifference(snapshot), "the copy equals the plan");
		assertTrue(new EcoreUtil.EqualityHelper().equals(plan, copy), "the copy equals the plan");
		XMLResource copyResource = (XMLResource) copy.eResource();
		List<EObject> originals = contents(plan);
		List<EObject> copies = contents(copy);
		assertEquals(originals.size(), copies.size());
		for (int i = 0; i < copies.size(); i++) {
			EObject copied = copies.get(i);
			assertSame(originals.get(i), snapshot.toOriginal(copied), "maps back to the plan's own object");
			assertEquals(resource.getID(originals.get(i)), copyResource.getID(copied), "keeps the id");
			for (EReference reference : copied.eClass().getEAllReferences()) {
				if (reference.isMany() || reference.isContainer()) {
					continue;
				}
				Object target = copied.eGet(reference, false);
				assertTrue(!(target instanceof EObject object) || object.eResource() == copyResource,
						"refers to the copy's objects only: " + reference.getName());
			}
		}
		for (Contact contact : copy.getContacts()) {
			for (Audience audience : contact.getAudiences()) {
				assertTrue(audience.getMembers().contains(contact), "two-way references agree");
				assertSame(copyResource, audience.eResource());
			}
		}
	}

	/** Where the copy differs from the plan first (object, feature, values), or "". */
	private String firstDifference(PlanSnapshot snapshot) {
		List<EObject> originals = contents(plan);
		List<EObject> copies = contents(snapshot.getPlan());
		if (originals.size() != copies.size()) {
			return "objects: " + originals.size() + " in the plan, " + copies.size() + " in the copy";
		}
		for (int i = 0; i < originals.size(); i++) {
			EObject original = originals.get(i);
			EObject copied = copies.get(i);
			if (snapshot.toOriginal(copied) != original) {
				return "object " + i + " " + original.eClass().getName() + " maps back to another object";
			}
			for (var feature : original.eClass().getEAllStructuralFeatures()) {
				if (feature.isDerived() || !feature.isChangeable()) {
					continue;
				}
				Object expected = original.eGet(feature, false);
				Object actual = copied.eGet(feature, false);
				if (feature instanceof EReference) {
					actual = feature.isMany() ? ((List<?>) actual).stream().map(o -> snapshot.toOriginal((EObject) o)).toList()
							: snapshot.toOriginal((EObject) actual);
					expected = feature.isMany() ? new ArrayList<>((List<?>) expected) : expected;
				} else if (feature.isMany()) {
					expected = new ArrayList<>((List<?>) expected);
					actual = new ArrayList<>((List<?>) actual);
				}
				if (!java.util.Objects.equals(expected, actual)) {
					return original.eClass().getName() + " " + i + "." + feature.getName() + ": " + expected + " vs " + actual;
				}
			}
		}
		return "";
	}

	private static List<EObject> contents(EObject root) {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		for (Iterator<EObject> i = root.eAllContents(); i.hasNext();) {
			all.add(i.next());
		}
		return all;
	}

	/** One edit of a kind the workbench makes. */
	private void edit(Random random) {
		EList<Contact> contacts = plan.getContacts();
		Contact contact = contacts.get(random.nextInt(contacts.size()));
		switch (random.nextInt(11)) {
		case 0 -> stringAttribute(random);
		case 1 -> {
			Contact added = RapportFactory.eINSTANCE.createContact();
			added.setFirstName("New" + random.nextInt(1000));
			added.setLastName("Person");
			added.getTags().add("fresh");
			contacts.add(random.nextInt(contacts.size() + 1), added);
			if (!plan.getAudiences().isEmpty()) {
				added.getAudiences().add(plan.getAudiences().get(random.nextInt(plan.getAudiences().size())));
			}
			added.setIntroducedBy(contact);
		}
		case 2 -> {
			if (contacts.size() > 20) {
				EcoreUtil.delete(contact, true);
			}
		}
		case 3 -> {
			Audience audience = plan.getAudiences().get(random.nextInt(plan.getAudiences().size()));
			if (audience.getMembers().contains(contact)) {
				contact.getAudiences().remove(audience);
			} else {
				audience.getMembers().add(0, contact);
			}
		}
		case 4 -> contacts.move(random.nextInt(contacts.size()), random.nextInt(contacts.size()));
		case 5 -> {
			if (!plan.getFollowUps().isEmpty()) {
				FollowUp followUp = plan.getFollowUps().get(random.nextInt(plan.getFollowUps().size()));
				followUp.setContact(random.nextBoolean() ? contact : null);
			}
		}
		case 6 -> {
			Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
			interaction.setSummary("Coffee " + random.nextInt(100));
			interaction.getContacts().add(contact);
			interaction.getContacts().add(contacts.get(random.nextInt(contacts.size())));
			plan.getInteractions().add(interaction);
		}
		case 7 -> contact.eUnset(contact.eClass().getEStructuralFeature("organization"));
		case 8 -> {
			// removed and put back elsewhere, as Delete and Undo do: the same object returns
			if (!plan.getInteractions().isEmpty()) {
				Interaction interaction = plan.getInteractions().remove(random.nextInt(plan.getInteractions().size()));
				interaction.setSummary("edited while out of the plan");
				plan.getInteractions().add(random.nextInt(plan.getInteractions().size() + 1), interaction);
			}
		}
		case 9 -> contact.getTags().add("tag" + random.nextInt(50));
		default -> {
			// a contact moved out of the plan and a new plan-level list changed in one burst
			Contact removed = contacts.remove(random.nextInt(contacts.size()));
			contacts.add(removed);
			removed.setLastName("Back");
		}
		}
	}

	/** One edit of a containment list of a kind {@link #edit(Random)} does not make. */
	private void editList(Random random) {
		EList<Contact> contacts = plan.getContacts();
		Contact contact = contacts.get(random.nextInt(contacts.size()));
		switch (random.nextInt(7)) {
		case 0 -> {
			// several taken out at once and put back elsewhere at once (one of them edited meanwhile)
			EList<Interaction> interactions = plan.getInteractions();
			if (interactions.size() > 10) {
				Set<Interaction> out = new LinkedHashSet<>();
				for (int i = 0; i < 4; i++) {
					out.add(interactions.get(random.nextInt(interactions.size())));
				}
				interactions.removeAll(out);
				List<Interaction> back = new ArrayList<>(out);
				back.get(0).setSummary("edited while out of the plan");
				int half = random.nextInt(back.size() + 1);
				interactions.addAll(random.nextInt(interactions.size() + 1), back.subList(0, half));
				interactions.addAll(random.nextInt(interactions.size() + 1), back.subList(half, back.size()));
			}
		}
		case 1 -> {
			FollowUp first = RapportFactory.eINSTANCE.createFollowUp();
			first.setReason("Call back " + random.nextInt(100));
			first.setContact(contact);
			FollowUp second = RapportFactory.eINSTANCE.createFollowUp();
			second.setReason("Write " + random.nextInt(100));
			plan.getFollowUps().addAll(random.nextInt(plan.getFollowUps().size() + 1), List.of(first, second));
		}
		case 2 -> {
			// moved to a contact whose list changed first: the other end's steps may come first or last
			Contact to = contacts.get(random.nextInt(contacts.size()));
			EmailAddress added = RapportFactory.eINSTANCE.createEmailAddress();
			added.setAddress("new" + random.nextInt(1000) + "@example.com");
			to.getEmailAddresses().add(0, added);
			if (to != contact && !contact.getEmailAddresses().isEmpty()) {
				to.getEmailAddresses().add(random.nextInt(to.getEmailAddresses().size() + 1),
						contact.getEmailAddresses().get(0));
			}
		}
		case 3 -> contact.getEmailAddresses().clear();
		case 4 -> {
			if (!contact.getEmailAddresses().isEmpty()) {
				EmailAddress replacement = RapportFactory.eINSTANCE.createEmailAddress();
				replacement.setAddress("replaced" + random.nextInt(1000) + "@example.com");
				contact.getEmailAddresses().set(random.nextInt(contact.getEmailAddresses().size()), replacement);
			}
		}
		case 5 -> {
			// a list changed, then its owner out of the plan, the list changed unseen, and the owner back
			PhoneNumber number = RapportFactory.eINSTANCE.createPhoneNumber();
			number.setNumber("+41 " + random.nextInt(1000));
			contact.getPhoneNumbers().add(number);
			contacts.remove(contact);
			contact.getPhoneNumbers().move(0, contact.getPhoneNumbers().size() - 1);
			contact.getPhoneNumbers().add(0, EcoreUtil.copy(number));
			contacts.add(random.nextInt(contacts.size() + 1), contact);
		}
		default -> contacts.move(random.nextInt(contacts.size()), random.nextInt(contacts.size()));
		}
	}

	/** Sets a random single-valued text attribute of a random object. */
	private void stringAttribute(Random random) {
		List<EObject> all = contents(plan);
		for (int attempt = 0; attempt < 20; attempt++) {
			EObject object = all.get(random.nextInt(all.size()));
			List<EAttribute> texts = object.eClass().getEAllAttributes().stream()
					.filter(a -> !a.isMany() && a.isChangeable() && !a.isDerived()
							&& a.getEType() == EcorePackage.Literals.ESTRING)
					.toList();
			if (!texts.isEmpty()) {
				object.eSet(texts.get(random.nextInt(texts.size())), "text " + random.nextInt(10_000));
				return;
			}
		}
	}
}
