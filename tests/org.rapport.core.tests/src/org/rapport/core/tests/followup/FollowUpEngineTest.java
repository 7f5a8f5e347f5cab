/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.LosingTouch;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.core.followup.Snooze;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;

/** The headless follow-up engine: agenda groups, cadences, answering, snoozing and relationship statuses. */
class FollowUpEngineTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday
	private static final RapportFactory FACTORY = RapportFactory.eINSTANCE;
	private static final FollowUpSettings DEFAULTS = FollowUpSettings.defaults();

	@Test
	void sortsOpenFollowUpsIntoOverdueTodayThisWeekNextWeekAndLater() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.A, 0);
		FollowUp old = followUp(plan, ann, TODAY.minusDays(10));
		FollowUp yesterday = followUp(plan, ann, TODAY.minusDays(1));
		FollowUp today = followUp(plan, ann, TODAY);
		FollowUp thursday = followUp(plan, ann, TODAY.plusDays(1));
		FollowUp sunday = followUp(plan, ann, LocalDate.of(2026, 11, 29));
		FollowUp nextMonday = followUp(plan, ann, LocalDate.of(2026, 11, 30));
		FollowUp nextSunday = followUp(plan, ann, LocalDate.of(2026, 12, 6));
		FollowUp in30 = followUp(plan, ann, TODAY.plusDays(30));
		followUp(plan, ann, TODAY.plusDays(31)); // beyond the 30 days: not on the agenda
		FollowUp done = followUp(plan, ann, TODAY.minusDays(3));
		done.setStatus(FollowUpStatus.DONE);
		FollowUp cancelled = followUp(plan, ann, TODAY);
		cancelled.setStatus(FollowUpStatus.CANCELLED);
		plan.getFollowUps().add(FACTORY.createFollowUp()); // no due date: not on the agenda

		Agenda agenda = Agenda.compute(plan, TODAY, DEFAULTS);
		assertEquals(List.of(old, yesterday), agenda.followUps(Section.OVERDUE), "overdue, oldest first; done left out");
		assertEquals(List.of(today), agenda.followUps(Section.TODAY), "due today; cancelled left out");
		assertEquals(List.of(thursday, sunday), agenda.followUps(Section.THIS_WEEK), "the rest of the week, to Sunday");
		assertEquals(List.of(nextMonday, nextSunday), agenda.followUps(Section.NEXT_WEEK),
				"next Monday is on the agenda, in next week");
		assertEquals(List.of(in30), agenda.followUps(Section.LATER), "later, within 30 days");
		assertEquals(old, agenda.next(), "the most urgent follow-up is the oldest overdue one");
		assertEquals(List.of(old, yesterday, today), agenda.due());

		Agenda week = Agenda.compute(plan, TODAY, DEFAULTS, 7);
		assertEquals(List.of(nextMonday), week.followUps(Section.NEXT_WEEK), "--days 7 stops a week ahead");
		assertTrue(week.followUps(Section.LATER).isEmpty());

		Agenda onSunday = Agenda.compute(plan, LocalDate.of(2026, 11, 29), DEFAULTS);
		assertTrue(onSunday.followUps(Section.THIS_WEEK).isEmpty(), "on a Sunday, the week is over");
		assertEquals(List.of(nextMonday, nextSunday), onSunday.followUps(Section.NEXT_WEEK));
	}

	@Test
	void losingTouchUsesTheTierCadenceUnlessTheContactHasItsOwnAndListsActiveContactsOnly() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact a31 = contact(plan, "Alice", Tier.A, 0);
		interaction(plan, TODAY.minusDays(100), a31);
		interaction(plan, TODAY.minusDays(31), a31); // the latest counts: 31 > 30
		Contact a30 = contact(plan, "Arthur", Tier.A, 0);
		interaction(plan, TODAY.minusDays(30), a30); // exactly on the cadence: not yet
		Contact b = contact(plan, "Bea", Tier.B, 0);
		interaction(plan, TODAY.minusDays(91), b);
		Contact c = contact(plan, "Cid", Tier.C, 0);
		interaction(plan, TODAY.minusDays(179), c);
		Contact own = contact(plan, "Olga", Tier.C, 10);
		interaction(plan, TODAY.minusDays(12), own);
		contact(plan, "Never", Tier.A, 0); // never met: nothing to lose
		Contact dormant = contact(plan, "Dora", Tier.A, 0);
		dormant.setStatus(RelationshipStatus.DORMANT);
		interaction(plan, TODAY.minusDays(300), dormant);
		Contact archived = contact(plan, "Archie", Tier.A, 0);
		archived.setStatus(RelationshipStatus.ARCHIVED);
		interaction(plan, TODAY.minusDays(300), archived);
		FollowUp archivedFollowUp = followUp(plan, archived, TODAY.minusDays(5));

		Agenda agenda = Agenda.compute(plan, TODAY, DEFAULTS);
		List<Contact> losing = agenda.losingTouch().stream().map(LosingTouch::contact).toList();
		assertEquals(List.of(own, a31, b), losing, "past their cadence, most days past first; dormant and archived left out");
		LosingTouch olga = agenda.losingTouch().get(0);
		assertEquals(10, olga.cadenceDays());
		assertEquals(2, olga.daysPast());
		assertFalse(agenda.overdue().contains(archivedFollowUp), "an archived contact's follow-ups are off the agenda");

		FollowUpSettings strict = new FollowUpSettings(29, 90, 170, EnumSet.allOf(DayOfWeek.class), 7);
		List<Contact> strictLosing = Agenda.compute(plan, TODAY, strict).losingTouch().stream()
				.map(LosingTouch::contact).toList();
		assertTrue(strictLosing.containsAll(List.of(a30, c)), "shorter cadences bring Arthur and Cid in");
	}

	@Test
	void workingDaysMoveDueDatesAndSnoozesForward() {
		LocalDate saturday = LocalDate.of(2026, 11, 28);
		assertEquals(LocalDate.of(2026, 11, 30), DEFAULTS.nextWorkingDay(saturday), "Saturday moves to Monday");
		assertEquals(LocalDate.of(2026, 12, 2), DEFAULTS.defaultDue(TODAY), "a week later, a Wednesday");
		FollowUpSettings tuesdays = new FollowUpSettings(30, 90, 180, EnumSet.of(DayOfWeek.TUESDAY), 1);
		assertEquals(LocalDate.of(2026, 12, 1), tuesdays.defaultDue(TODAY), "Thursday moves to next Tuesday");
		assertEquals(TODAY, new FollowUpSettings(30, 90, 180, EnumSet.noneOf(DayOfWeek.class), 0).defaultDue(TODAY),
				"no working day chosen counts as every day");

		assertEquals(TODAY.plusDays(1), Snooze.TOMORROW.due(TODAY, DEFAULTS));
		assertEquals(LocalDate.of(2026, 11, 30), Snooze.TOMORROW.due(LocalDate.of(2026, 11, 27), DEFAULTS),
				"tomorrow from a Friday is Monday");
		assertEquals(LocalDate.of(2026, 11, 30), Snooze.NEXT_WEEK.due(TODAY, DEFAULTS), "next week is next Monday");
		assertEquals(LocalDate.of(2026, 12, 25), Snooze.NEXT_MONTH.due(TODAY, DEFAULTS));
	}

	@Test
	void theSettingsComeFromThePreferencesService() throws Exception {
		Preferences node = FollowUpPreferences.node();
		assertEquals(DEFAULTS, FollowUpPreferences.current(), "the defaults when nothing is set");
		try {
			node.putInt(FollowUpPreferences.CADENCE_A, 5);
			node.putBoolean(FollowUpPreferences.workingDay(DayOfWeek.SATURDAY), true);
			node.putInt(FollowUpPreferences.CADENCE_B, -3); // out of range: the default
			FollowUpSettings chosen = FollowUpPreferences.current();
			assertEquals(5, chosen.tierDays(Tier.A));
			assertEquals(90, chosen.tierDays(Tier.B));
			assertTrue(chosen.workingDays().contains(DayOfWeek.SATURDAY));
		} finally {
			node.remove(FollowUpPreferences.CADENCE_A);
			node.remove(FollowUpPreferences.CADENCE_B);
			node.remove(FollowUpPreferences.workingDay(DayOfWeek.SATURDAY));
		}
		assertEquals(DEFAULTS, FollowUpPreferences.current());
	}

	@Test
	void doneSnoozeAndNextAttemptAreUndoableCommands() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.A, 0);
		FollowUp followUp = followUp(plan, ann, TODAY.minusDays(2));
		followUp.setAttempt(1);
		followUp.setMaxAttempts(3);
		followUp.setReason("Send the slides");
		AdapterFactoryEditingDomain domain = domain();

		domain.getCommandStack().execute(FollowUpCommands.done(domain, followUp, TODAY));
		assertEquals(FollowUpStatus.DONE, followUp.getStatus());
		assertEquals(TODAY, PlanClock.toLocalDate(followUp.getCompletedOn()));
		assertTrue(Agenda.compute(plan, TODAY, DEFAULTS).overdue().isEmpty());
		domain.getCommandStack().undo();
		assertEquals(FollowUpStatus.OPEN, followUp.getStatus());
		assertNull(followUp.getCompletedOn(), "one undo restores both status and completion date");

		FollowUp other = followUp(plan, ann, TODAY.minusDays(1));
		domain.getCommandStack().execute(FollowUpCommands.snooze(domain, List.of(followUp, other),
				Snooze.NEXT_WEEK.due(TODAY, DEFAULTS)));
		assertEquals(List.of(followUp, other), Agenda.compute(plan, TODAY, DEFAULTS).followUps(Section.NEXT_WEEK));
		domain.getCommandStack().undo();
		assertEquals(TODAY.minusDays(2), FollowUps.due(followUp), "one undo brings both back");
		assertEquals(TODAY.minusDays(1), FollowUps.due(other));
		plan.getFollowUps().remove(other);
		other.setContact(null);

		assertTrue(FollowUpCommands.hasNextAttempt(followUp));
		Command next = FollowUpCommands.scheduleNextAttempt(domain, plan, followUp, TODAY.plusDays(7));
		domain.getCommandStack().execute(next);
		FollowUp second = plan.getFollowUps().get(1);
		assertEquals(2, second.getAttempt());
		assertEquals(ann, second.getContact());
		assertEquals("Send the slides", second.getReason());
		domain.getCommandStack().undo();
		assertEquals(1, plan.getFollowUps().size());
		assertFalse(ann.getFollowUps().contains(second), "undo also clears the contact's side");
	}

	@Test
	void loggingAnswersTheTickedFollowUpsAndSchedulesTheNextInOneStep() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.A, 0);
		Contact bob = contact(plan, "Bob", Tier.B, 0);
		FollowUp overdue = followUp(plan, ann, TODAY.minusDays(4));
		FollowUp dueToday = followUp(plan, bob, TODAY);
		FollowUp inFiveDays = followUp(plan, ann, TODAY.plusDays(5));
		FollowUp inTwoWeeks = followUp(plan, ann, TODAY.plusDays(14));
		Contact other = contact(plan, "Other", Tier.A, 0);
		FollowUp notTheirs = followUp(plan, other, TODAY.minusDays(1));

		List<FollowUp> answerable = FollowUps.answerable(List.of(ann, bob), TODAY);
		assertEquals(List.of(overdue, dueToday, inFiveDays), answerable,
				"due by the date and within the next 7 days, soonest first; later ones and other people's left out");
		assertTrue(FollowUps.answeredByDefault(overdue, TODAY));
		assertTrue(FollowUps.answeredByDefault(dueToday, TODAY));
		assertFalse(FollowUps.answeredByDefault(inFiveDays, TODAY), "ahead of the date: offered unticked");

		AdapterFactoryEditingDomain domain = domain();
		LogRequest request = new LogRequest(List.of(ann, bob), Channel.PHONE, TODAY, " Caught up on the launch ",
				"They will intro me to Dee", List.of(overdue, dueToday), TODAY.plusDays(10), "Send the deck");
		assertNull(request.problem());
		domain.getCommandStack().execute(FollowUpCommands.logInteraction(domain, plan, request));

		Interaction logged = plan.getInteractions().get(plan.getInteractions().size() - 1);
		assertEquals("Caught up on the launch", logged.getSummary());
		assertEquals("They will intro me to Dee", logged.getOutcome());
		assertEquals(List.of(ann, bob), logged.getContacts());
		for (FollowUp answered : List.of(overdue, dueToday)) {
			assertEquals(FollowUpStatus.DONE, answered.getStatus());
			assertEquals(TODAY, PlanClock.toLocalDate(answered.getCompletedOn()));
			assertSame(logged, answered.getAnsweredBy());
		}
		assertEquals(FollowUpStatus.OPEN, inFiveDays.getStatus(), "not ticked: still open");
		assertEquals(FollowUpStatus.OPEN, inTwoWeeks.getStatus());
		assertEquals(FollowUpStatus.OPEN, notTheirs.getStatus());
		List<FollowUp> scheduled = plan.getFollowUps().stream().filter(f -> f.getOriginInteraction() == logged).toList();
		assertEquals(2, scheduled.size(), "one next follow-up per contact");
		assertEquals("Send the deck", scheduled.get(0).getReason());
		assertEquals(TODAY.plusDays(10), FollowUps.due(scheduled.get(0)));
		assertFalse(Agenda.compute(plan, TODAY, DEFAULTS).overdue().contains(overdue), "the agenda stops nagging");

		domain.getCommandStack().undo();
		assertFalse(plan.getInteractions().contains(logged), "one undo takes it all back");
		assertEquals(FollowUpStatus.OPEN, overdue.getStatus());
		assertNull(overdue.getCompletedOn());
		assertNull(overdue.getAnsweredBy());
		assertEquals(5, plan.getFollowUps().size());
		assertFalse(ann.getInteractions().contains(logged));
	}

	@Test
	void aLogRequestSaysWhatIsMissing() {
		Contact ann = FACTORY.createContact();
		assertEquals("Choose at least one contact.",
				new LogRequest(List.of(), Channel.EMAIL, TODAY, "x", null, null, null, null).problem());
		assertEquals("Enter a summary of the interaction.",
				new LogRequest(List.of(ann), Channel.EMAIL, TODAY, "  ", null, null, null, null).problem());
		assertEquals("The next follow-up cannot be due before the interaction.",
				new LogRequest(List.of(ann), Channel.EMAIL, TODAY, "x", null, null, TODAY.minusDays(1), null).problem());
	}

	@Test
	void loggingWithAProspectMakesThemActiveAndStatusesChangeForManyInOneStep() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.B, 0);
		Contact bob = contact(plan, "Bob", Tier.B, 0);
		Contact cy = contact(plan, "Cy", Tier.B, 0);
		assertEquals(RelationshipStatus.ACTIVE, ann.getStatus(), "a contact is active unless told otherwise");
		AdapterFactoryEditingDomain domain = domain();

		domain.getCommandStack().execute(FollowUpCommands.setStatus(domain, List.of(ann, bob, cy),
				RelationshipStatus.PROSPECT));
		assertTrue(plan.getContacts().stream().allMatch(c -> c.getStatus() == RelationshipStatus.PROSPECT));
		domain.getCommandStack().undo();
		assertTrue(plan.getContacts().stream().allMatch(c -> c.getStatus() == RelationshipStatus.ACTIVE),
				"one undo restores all three");
		domain.getCommandStack().redo();
		assertFalse(FollowUpCommands.setStatus(domain, List.of(ann), RelationshipStatus.PROSPECT).canExecute(),
				"nothing to change: nothing to undo");

		domain.getCommandStack().execute(FollowUpCommands.logInteraction(domain, plan,
				new LogRequest(List.of(ann), Channel.EVENT, TODAY, "Met at the meetup", null, List.of(), null, null)));
		assertEquals(RelationshipStatus.ACTIVE, ann.getStatus(), "someone you have met is no longer a prospect");
		assertEquals(RelationshipStatus.PROSPECT, bob.getStatus());
		domain.getCommandStack().undo();
		assertEquals(RelationshipStatus.PROSPECT, ann.getStatus());
	}

	@Test
	void aContactsTimelineListsEverythingWithThemNewestFirst() {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		Contact ann = contact(plan, "Ann", Tier.A, 0);
		Contact bob = contact(plan, "Bob", Tier.B, 0);
		interaction(plan, TODAY.minusDays(30), ann);
		interaction(plan, TODAY.minusDays(2), ann, bob);
		interaction(plan, TODAY.minusDays(1), bob); // not Ann's
		FollowUp open = followUp(plan, ann, TODAY.plusDays(5));
		FollowUp done = followUp(plan, ann, TODAY.minusDays(20));
		done.setStatus(FollowUpStatus.DONE);
		done.setCompletedOn(PlanClock.toDate(TODAY.minusDays(10)));
		org.rapport.model.Exchange gift = FACTORY.createExchange();
		gift.setDirection(org.rapport.model.ExchangeDirection.RECEIVED);
		gift.setDate(PlanClock.toDate(TODAY.minusDays(15)));
		gift.setContact(ann);
		plan.getExchanges().add(gift);
		org.rapport.model.Gratitude thanks = FACTORY.createGratitude();
		thanks.setContact(ann);
		thanks.setDate(PlanClock.toDate(TODAY.minusDays(14)));
		plan.getGratitudes().add(thanks);
		org.rapport.model.Opportunity meetup = FACTORY.createOpportunity();
		meetup.setDate(PlanClock.toDate(TODAY.minusDays(60)));
		meetup.getContactsMet().add(ann);
		plan.getOpportunities().add(meetup);

		List<org.rapport.core.followup.Timeline.Entry> timeline = org.rapport.core.followup.Timeline.of(plan, ann);
		assertEquals(List.of(TODAY.plusDays(5), TODAY.minusDays(2), TODAY.minusDays(10), TODAY.minusDays(14),
				TODAY.minusDays(15), TODAY.minusDays(30), TODAY.minusDays(60)),
				timeline.stream().map(org.rapport.core.followup.Timeline.Entry::date).toList(), "newest first");
		assertEquals(List.of(org.rapport.core.followup.Timeline.Kind.FOLLOW_UP_OPEN,
				org.rapport.core.followup.Timeline.Kind.INTERACTION, org.rapport.core.followup.Timeline.Kind.FOLLOW_UP_DONE,
				org.rapport.core.followup.Timeline.Kind.THANKS, org.rapport.core.followup.Timeline.Kind.RECEIVED,
				org.rapport.core.followup.Timeline.Kind.INTERACTION, org.rapport.core.followup.Timeline.Kind.OPPORTUNITY),
				timeline.stream().map(org.rapport.core.followup.Timeline.Entry::kind).toList());
		assertSame(open, timeline.get(0).element());
		assertTrue(org.rapport.core.followup.Timeline.of(plan, null).isEmpty());
	}

	private static AdapterFactoryEditingDomain domain() {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	}

	static Contact contact(NetworkingPlan plan, String name, Tier tier, int cadenceDays) {
		Contact contact = FACTORY.createContact();
		contact.setFirstName(name);
		contact.setTier(tier);
		contact.setCadenceDays(cadenceDays);
		plan.getContacts().add(contact);
		return contact;
	}

	static FollowUp followUp(NetworkingPlan plan, Contact contact, LocalDate due) {
		FollowUp followUp = FACTORY.createFollowUp();
		followUp.setContact(contact);
		followUp.setDueDate(PlanClock.toDate(due));
		followUp.setStatus(FollowUpStatus.OPEN);
		plan.getFollowUps().add(followUp);
		return followUp;
	}

	static void interaction(NetworkingPlan plan, LocalDate date, Contact... contacts) {
		Interaction interaction = FACTORY.createInteraction();
		interaction.setDate(PlanClock.toDate(date));
		interaction.getContacts().addAll(List.of(contacts));
		plan.getInteractions().add(interaction);
	}
}
