/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.LosingTouch;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.ImportantDate;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.Tier;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.derived.PlanClock;
import org.rapport.tests.support.SyntheticPlans;

/**
 * {@link Agenda#update}: after each kind of edit the agenda brought up to date from the objects the edit changed is
 * the agenda computed anew, entry for entry and in the same order; edits of what the agenda does not show keep it.
 */
class AgendaUpdateTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
	private static final FollowUpSettings SETTINGS = FollowUpSettings.defaults();

	private NetworkingPlan plan;
	private Agenda agenda;
	private final Set<Object> changed = Collections.newSetFromMap(new IdentityHashMap<>());
	// what was added to, removed from or moved in a containment list, as the UI's ModelRefresher tells it
	private final Set<Object> contents = Collections.newSetFromMap(new IdentityHashMap<>());

	@BeforeEach
	void plan() {
		plan = SyntheticPlans.generate(400, 7, TODAY);
		plan.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
					changed.add(notification.getNotifier());
					if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
						addObjects(notification.getOldValue());
						addObjects(notification.getNewValue());
					}
				}
			}
		});
		agenda = Agenda.compute(plan, TODAY, SETTINGS);
	}

	private void addObjects(Object value) {
		if (value instanceof EObject object) {
			contents.add(object);
		} else if (value instanceof Collection<?> objects) {
			objects.stream().filter(EObject.class::isInstance).forEach(contents::add);
		}
	}

	/**
	 * Edits the plan, brings the agenda up to date from what changed, told what the plan's lists gained or lost and not
	 * told it, and compares both with one computed anew (also the status line's agenda of follow-ups alone).
	 */
	private Agenda edit(String what, Consumer<NetworkingPlan> edit) {
		changed.clear();
		contents.clear();
		Agenda followUps = Agenda.followUps(plan, TODAY, SETTINGS);
		edit.accept(plan);
		Agenda expected = Agenda.compute(plan, TODAY, SETTINGS);
		assertSameAgenda(expected, agenda.update(plan, changed, TODAY, SETTINGS), what + ", lists not known");
		Agenda updated = agenda.update(plan, changed, contents, TODAY, SETTINGS);
		assertSameAgenda(expected, updated, what);
		assertSameAgenda(Agenda.followUps(plan, TODAY, SETTINGS), followUps.update(plan, changed, contents, TODAY, SETTINGS),
				what + ", follow-ups alone");
		agenda = updated;
		return updated;
	}

	private static void assertSameAgenda(Agenda expected, Agenda actual, String what) {
		for (Section section : Section.values()) {
			assertEquals(expected.entries(section), actual.entries(section), what + ": " + section);
		}
	}

	private Contact losing(int which) {
		List<LosingTouch> losing = agenda.losingTouch();
		assertFalse(losing.isEmpty(), "the synthetic plan has people losing touch");
		return losing.get(which % losing.size()).contact();
	}

	private FollowUp open(Section section) {
		List<FollowUp> followUps = agenda.followUps(section);
		assertFalse(followUps.isEmpty(), "the synthetic plan has follow-ups " + section);
		return followUps.get(followUps.size() / 2);
	}

	@Test
	void namesStatusesTiersAndDatesOfContacts() {
		edit("a first name that sorts first", p -> losing(3).setFirstName("Aaron"));
		edit("a last name that sorts last", p -> losing(5).setLastName("Zzyzx"));
		edit("the same name as another", p -> losing(7).setLastName(losing(2).getLastName()));
		edit("archived", p -> losing(1).setStatus(RelationshipStatus.ARCHIVED));
		edit("a prospect made active", p -> p.getContacts().stream().filter(c -> c.getStatus() == RelationshipStatus.PROSPECT)
				.findFirst().ifPresent(c -> c.setStatus(RelationshipStatus.ACTIVE)));
		edit("another tier", p -> losing(4).setTier(Tier.C));
		edit("a birthday tomorrow", p -> p.getContacts().get(10).setBirthday(PartialDate.of(1980, 12, 8)));
		edit("a birthday today without a year", p -> p.getContacts().get(11).setBirthday(PartialDate.of(12, 7)));
		edit("an important date next week", p -> {
			ImportantDate date = RapportFactory.eINSTANCE.createImportantDate();
			date.setLabel("anniversary");
			date.setDate(PartialDate.of(2016, 12, 15));
			p.getContacts().get(12).getImportantDates().add(date);
		});
		edit("its label", p -> p.getContacts().get(12).getImportantDates().get(0).setLabel("work anniversary"));
	}

	@Test
	void interactionsAndFollowUps() {
		edit("an interaction of someone losing touch dated today", p -> {
			Contact contact = losing(0);
			Interaction last = contact.getInteractions().get(0);
			last.setDate(PlanClock.toDate(TODAY));
		});
		edit("someone added to an interaction", p -> p.getInteractions().get(3).getContacts().add(losing(2)));
		edit("someone taken off an interaction", p -> {
			Interaction interaction = losing(6).getInteractions().get(0);
			interaction.getContacts().remove(losing(6));
		});
		edit("a follow-up done", p -> open(Section.OVERDUE).setStatus(FollowUpStatus.DONE));
		edit("a follow-up due today", p -> open(Section.LATER).setDueDate(PlanClock.toDate(TODAY)));
		edit("a follow-up due on the day of another", p -> open(Section.OVERDUE).setDueDate(open(Section.NEXT_WEEK).getDueDate()));
		edit("a follow-up for another contact", p -> open(Section.NEXT_WEEK).setContact(losing(8)));
		edit("an interaction logged (a list of the plan)", p -> {
			Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
			interaction.setDate(PlanClock.toDate(TODAY.minusDays(1)));
			interaction.getContacts().add(losing(9));
			p.getInteractions().add(interaction);
		});
	}

	@Test
	void whatTheListsOfThePlanGainAndLose() {
		edit("an interaction logged with a follow-up answered and the next one scheduled", p -> {
			Contact contact = losing(10);
			Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
			interaction.setDate(PlanClock.toDate(TODAY));
			interaction.getContacts().add(contact);
			p.getInteractions().add(interaction);
			contact.getFollowUps().stream().filter(f -> f.getStatus() == FollowUpStatus.OPEN)
					.forEach(f -> f.setStatus(FollowUpStatus.DONE));
			FollowUp next = RapportFactory.eINSTANCE.createFollowUp();
			next.setContact(contact);
			next.setDueDate(PlanClock.toDate(TODAY.plusDays(9)));
			next.setStatus(FollowUpStatus.OPEN);
			p.getFollowUps().add(next);
		});
		edit("a follow-up due on the day of another, added", p -> {
			FollowUp next = RapportFactory.eINSTANCE.createFollowUp();
			next.setContact(losing(11));
			next.setDueDate(open(Section.OVERDUE).getDueDate());
			next.setStatus(FollowUpStatus.OPEN);
			p.getFollowUps().add(0, next);
		});
		edit("a follow-up removed", p -> p.getFollowUps().remove(open(Section.THIS_WEEK)));
		edit("a follow-up moved in the plan's list", p -> p.getFollowUps().move(0, p.getFollowUps().indexOf(open(Section.LATER))));
		edit("a contact with a birthday tomorrow, added", p -> {
			Contact contact = RapportFactory.eINSTANCE.createContact();
			contact.setFirstName("Ada");
			contact.setBirthday(PartialDate.of(1990, 12, 8));
			p.getContacts().add(0, contact);
		});
		edit("a contact losing touch, removed", p -> p.getContacts().remove(losing(12)));
		edit("a contact losing touch, moved in the plan's list", p -> p.getContacts().move(0, p.getContacts().indexOf(losing(13))));
		edit("an interaction removed", p -> p.getInteractions().remove(losing(14).getInteractions().get(0)));
		Agenda before = agenda;
		assertSame(before, edit("a goal added", p -> p.getGoals().add(RapportFactory.eINSTANCE.createNetworkingGoal())));
	}

	@Test
	void editsOfWhatTheAgendaDoesNotShowKeepIt() {
		Agenda before = agenda;
		assertSame(before, edit("a goal", p -> p.getGoals().get(0).setDescription("Another goal")));
		assertSame(before,
				edit("an e-mail address", p -> p.getContacts().get(0).getEmailAddresses().forEach(e -> e.setAddress("x@example.org"))));
	}

	@Test
	void anotherDayOrOtherSettingsComputeItAllAgain() {
		Agenda tomorrow = agenda.update(plan, Set.of(), TODAY.plusDays(1), SETTINGS);
		assertSameAgenda(Agenda.compute(plan, TODAY.plusDays(1), SETTINGS), tomorrow, "tomorrow");
		FollowUpSettings shorter = new FollowUpSettings(7, 30, 60, SETTINGS.workingDays(), SETTINGS.defaultDelay());
		assertSameAgenda(Agenda.compute(plan, TODAY, shorter), agenda.update(plan, Set.of(), TODAY, shorter), "settings");
		assertSameAgenda(Agenda.compute(plan, TODAY, SETTINGS), agenda.update(plan, null, TODAY, SETTINGS), "unknown");
	}
}
