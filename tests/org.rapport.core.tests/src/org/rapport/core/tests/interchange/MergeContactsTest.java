/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.importer.MergeContactsCommand;
import org.rapport.core.sample.SamplePlan;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.Gratitude;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.Tier;

/** Merging duplicate contacts: every reference moves to the survivor, and undo restores everything. */
class MergeContactsTest {

	private static final RapportFactory F = RapportFactory.eINSTANCE;

	/** Two contacts with plenty of history each, referenced from everywhere a contact can be. */
	private static final class World {
		final Fixtures.Setup setup = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY));
		final NetworkingPlan plan = setup.plan();
		final Contact survivor;
		final Contact duplicate;
		final Contact introduced;
		final Opportunity opportunity;

		World() {
			// the two people of the sample with the most interactions, so both have long opposite lists
			List<Contact> byActivity = new ArrayList<>(plan.getContacts());
			byActivity.sort((a, b) -> b.getInteractions().size() - a.getInteractions().size());
			survivor = byActivity.get(0);
			duplicate = byActivity.get(1);
			ContactInfo.addEmail(duplicate, ContactInfo.emails(survivor).isEmpty() ? "x@y.example" : ContactInfo.emails(survivor).get(0).toUpperCase());
			ContactInfo.addEmail(duplicate, "duplicate.only@example.org");
			duplicate.getTags().add("from-duplicate");
			duplicate.getSharedInterests().add("sailing");
			duplicate.setNotes("Duplicate's own notes.");
			duplicate.setTier(Tier.A);
			survivor.setTier(Tier.B);
			survivor.setHowMet(null);
			duplicate.setHowMet("At a conference dinner");

			Interaction both = F.createInteraction();
			both.setSummary("Coffee with both of them");
			both.getContacts().add(survivor);
			both.getContacts().add(duplicate);
			plan.getInteractions().add(both);

			FollowUp followUp = F.createFollowUp();
			followUp.setReason("Ask the duplicate about the role");
			followUp.setContact(duplicate);
			plan.getFollowUps().add(followUp);

			Exchange exchange = F.createExchange();
			exchange.setContact(duplicate);
			plan.getExchanges().add(exchange);
			Gratitude thanks = F.createGratitude();
			thanks.setContact(duplicate);
			plan.getGratitudes().add(thanks);
			exchange.setThanks(thanks);

			Feedback feedback = F.createFeedback();
			feedback.setFrom(duplicate);
			plan.getFeedback().add(feedback);

			Audience audience = plan.getAudiences().get(0);
			duplicate.getAudiences().add(audience);
			if (plan.getAudiences().size() > 1) {
				duplicate.getAudiences().add(plan.getAudiences().get(1));
				survivor.getAudiences().remove(plan.getAudiences().get(1));
			}

			opportunity = plan.getOpportunities().get(0);
			opportunity.getContactsMet().add(duplicate);
			duplicate.setMetAt(opportunity);
			survivor.setMetAt(null);

			introduced = plan.getContacts().stream().filter(c -> c != survivor && c != duplicate).findFirst().orElseThrow();
			introduced.setIntroducedBy(duplicate);
		}

		MergeContactsCommand merge() {
			return new MergeContactsCommand(setup.domain(), survivor, List.of(duplicate));
		}
	}

	/** Every object of the plan still referring to the contact, and how. */
	private static List<String> referencesTo(NetworkingPlan plan, Contact contact) {
		List<String> found = new ArrayList<>();
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EReference r : o.eClass().getEAllReferences()) {
				if (r.isDerived() || r.isContainment()) {
					continue;
				}
				Object value = o.eGet(r);
				if (r.isMany() ? ((List<?>) value).contains(contact) : value == contact) {
					found.add(o.eClass().getName() + "." + r.getName());
				}
			}
		}
		return found;
	}

	@Test
	void everythingMovesToTheSurvivor() {
		World w = new World();
		java.util.Set<Interaction> union = new java.util.LinkedHashSet<>(w.survivor.getInteractions());
		union.addAll(w.duplicate.getInteractions());
		int interactions = union.size();
		int followUps = w.survivor.getFollowUps().size() + w.duplicate.getFollowUps().size();
		int exchanges = w.survivor.getExchanges().size() + w.duplicate.getExchanges().size();
		int contacts = w.plan.getContacts().size();
		List<String> expectedEmails = new ArrayList<>(ContactInfo.emails(w.survivor));
		for (String email : ContactInfo.emails(w.duplicate)) {
			if (expectedEmails.stream().noneMatch(e -> e.equalsIgnoreCase(email))) {
				expectedEmails.add(email);
			}
		}

		int duplicateInteractions = w.duplicate.getInteractions().size();
		int duplicateFollowUps = w.duplicate.getFollowUps().size();
		int duplicateExchanges = w.duplicate.getExchanges().size();
		long duplicateThanks = w.plan.getGratitudes().stream().filter(g -> g.getContact() == w.duplicate).count();
		long introducedByDuplicate = w.plan.getContacts().stream().filter(c -> c.getIntroducedBy() == w.duplicate).count();

		MergeContactsCommand merge = w.merge();
		assertTrue(merge.canExecute());
		assertTrue(merge.getMoved().isEmpty(), "nothing moved before it executes");
		w.setup.domain().getCommandStack().execute(merge);

		java.util.Map<org.eclipse.emf.ecore.EClass, Integer> moved = merge.getMoved();
		RapportPackage p = RapportPackage.eINSTANCE;
		assertEquals(duplicateInteractions, moved.get(p.getInteraction()), "the duplicate's interactions: " + moved);
		assertEquals(duplicateFollowUps, moved.get(p.getFollowUp()));
		assertEquals(duplicateExchanges, moved.get(p.getExchange()));
		assertEquals(duplicateThanks, moved.get(p.getGratitude()).longValue());
		assertEquals(1, moved.get(p.getFeedback()));
		assertEquals(introducedByDuplicate, moved.get(p.getContact()).longValue(), "the people the duplicate introduced");
		assertEquals(contacts - 1, w.plan.getContacts().size());
		assertFalse(w.plan.getContacts().contains(w.duplicate));
		assertEquals(List.of(), referencesTo(w.plan, w.duplicate), "nothing in the plan refers to the duplicate");
		assertEquals(interactions, w.survivor.getInteractions().size(), "the shared interaction counts once");
		assertEquals(followUps, w.survivor.getFollowUps().size());
		assertEquals(exchanges, w.survivor.getExchanges().size());
		assertTrue(w.plan.getGratitudes().stream().anyMatch(g -> g.getContact() == w.survivor));
		assertTrue(w.plan.getFeedback().stream().anyMatch(f -> f.getFrom() == w.survivor));
		assertTrue(w.survivor.getAudiences().containsAll(w.plan.getAudiences().subList(0, Math.min(2, w.plan.getAudiences().size()))));
		assertTrue(w.opportunity.getContactsMet().contains(w.survivor));
		assertSame(w.survivor, w.introduced.getIntroducedBy());
		assertSame(w.opportunity, w.survivor.getMetAt(), "an empty reference is filled from the duplicate");

		assertEquals(expectedEmails, ContactInfo.emails(w.survivor), "union, without the same address in another case");
		assertTrue(w.survivor.getTags().contains("from-duplicate"));
		assertTrue(w.survivor.getSharedInterests().contains("sailing"));
		assertTrue(w.survivor.getNotes().endsWith("Duplicate's own notes."), "notes are joined, not dropped");
		assertEquals("At a conference dinner", w.survivor.getHowMet());
		assertEquals(Tier.A, w.survivor.getTier(), "the survivor's tier was the default, so the duplicate's is taken");
	}

	@Test
	void undoRestoresEverything() {
		World w = new World();
		NetworkingPlan before = EcoreUtil.copy(w.plan);
		w.setup.domain().getCommandStack().execute(w.merge());
		assertFalse(EcoreUtil.equals(before, w.plan));
		w.setup.domain().getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, w.plan), "after undo the plan equals its copy from before the merge");
		assertTrue(w.plan.getContacts().contains(w.duplicate));
		assertSame(w.duplicate, w.introduced.getIntroducedBy());

		w.setup.domain().getCommandStack().redo();
		assertFalse(w.plan.getContacts().contains(w.duplicate));
		assertEquals(List.of(), referencesTo(w.plan, w.duplicate));
		w.setup.domain().getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, w.plan), "undo after redo too");
	}

	@Test
	void survivorIntroducedByItsDuplicateDoesNotPointToItself() {
		World w = new World();
		w.survivor.setIntroducedBy(w.duplicate);
		w.setup.domain().getCommandStack().execute(w.merge());
		assertNull(w.survivor.getIntroducedBy());
	}

	@Test
	void severalDuplicatesAtOnce() {
		World w = new World();
		Contact third = Fixtures.contact(w.plan, w.survivor.getFirstName(), w.survivor.getLastName(), null, "third@example.org");
		Interaction i = F.createInteraction();
		i.getContacts().add(w.duplicate);
		i.getContacts().add(third);
		w.plan.getInteractions().add(i);
		NetworkingPlan before = EcoreUtil.copy(w.plan);
		w.setup.domain().getCommandStack().execute(new MergeContactsCommand(w.setup.domain(), w.survivor, List.of(w.duplicate, third, w.survivor)));
		assertEquals(List.of(w.survivor), i.getContacts());
		assertTrue(ContactInfo.emails(w.survivor).contains("third@example.org"));
		assertEquals(List.of(), referencesTo(w.plan, third));
		w.setup.domain().getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, w.plan));
	}

	@Test
	void notExecutableForContactsOutsideThePlan() {
		World w = new World();
		Contact stranger = F.createContact();
		assertFalse(new MergeContactsCommand(w.setup.domain(), w.survivor, List.of(stranger)).canExecute());
		assertFalse(new MergeContactsCommand(w.setup.domain(), w.survivor, List.of(w.survivor)).canExecute());
	}
}
