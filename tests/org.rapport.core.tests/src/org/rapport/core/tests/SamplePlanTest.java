/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.sample.SampleStrategies;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityKind;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportPackage;
import org.rapport.model.Skill;
import org.rapport.model.StrategyScore;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;

class SamplePlanTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
	private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

	private NetworkingPlan plan;

	@BeforeEach
	void setUp() {
		PlanClock.set(Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE));
		plan = SamplePlan.create(TODAY);
	}

	@AfterEach
	void tearDown() {
		PlanClock.set(null);
	}

	@Test
	void hasNameOwnerHorizonAndReviewCadence() {
		assertEquals(SamplePlan.NAME, plan.getName());
		assertNotNull(plan.getOwner());
		assertFalse(plan.getOwner().getName().isBlank());
		assertFalse(plan.getOwner().getHeadline().isBlank());
		assertTrue(plan.getOwner().getEmail().endsWith("@example.com"));
		LocalDate start = day(plan.getHorizonStart());
		LocalDate end = day(plan.getHorizonEnd());
		assertTrue(start.isBefore(TODAY) && end.isAfter(TODAY), start + ".." + end);
		assertTrue(plan.getReviewCadenceDays() > 0);
	}

	@Test
	void aspirationsAndGoalsAreMeasurableAndMostlyAligned() {
		assertTrue(plan.getAspirations().size() >= 3, "aspirations");
		for (CareerAspiration a : plan.getAspirations()) {
			assertFalse(a.getTitle().isBlank());
			assertFalse(a.getDescription().isBlank(), a.getTitle());
			assertTrue(day(a.getHorizon()).isAfter(TODAY), a.getTitle());
			assertFalse(a.getGoals().isEmpty(), a.getTitle() + ": every aspiration has a goal");
		}
		List<NetworkingGoal> aligned = plan.getGoals().stream().filter(g -> !g.getAspirations().isEmpty()).toList();
		assertTrue(aligned.size() >= 6, "aligned goals: " + aligned.size());
		assertTrue(plan.getGoals().stream().anyMatch(g -> g.getAspirations().isEmpty()),
				"one goal is deliberately not aligned");
		for (NetworkingGoal g : plan.getGoals()) {
			String what = g.getTitle();
			assertFalse(g.getMetric().isBlank(), what);
			assertTrue(g.getTargetValue() > 0, what);
			assertTrue(g.getCurrentValue() >= 0, what);
			assertNotNull(g.getDueDate(), what);
			assertNotNull(g.getStatus(), what);
		}
		for (NetworkingGoal g : aligned) {
			assertFalse(g.getAudiences().isEmpty(), g.getTitle() + " names the audiences it needs");
		}
		assertTrue(plan.getGoals().stream().map(NetworkingGoal::getPriority).distinct().count() >= 3, "priorities vary");
		assertTrue(plan.getGoals().stream().map(NetworkingGoal::getStatus).distinct().count() >= 3, "statuses vary");
		assertTrue(plan.getGoals().stream().anyMatch(g -> g.getProgress() > 0 && g.getProgress() < 1), "goal in progress");
	}

	@Test
	void fourAudiencesWithCriteriaAndCommunicationStrategy() {
		assertEquals(4, plan.getAudiences().size());
		for (Audience a : plan.getAudiences()) {
			String what = a.getName() + ": ";
			assertFalse(a.getIndustries().isEmpty(), what + "industries");
			assertFalse(a.getRoles().isEmpty(), what + "roles");
			assertFalse(a.getSeniorities().isEmpty(), what + "seniorities");
			assertFalse(a.getLocations().isEmpty(), what + "locations");
			assertFalse(a.getTags().isEmpty(), what + "tags");
			CommunicationStrategy s = a.getCommunication();
			assertNotNull(s, what + "communication strategy");
			assertFalse(s.getChannels().isEmpty(), what + "channels");
			assertFalse(s.getKeyMessages().isEmpty(), what + "key messages");
			assertFalse(s.getValueOffered().isBlank(), what + "value offered");
			assertFalse(s.getTone().isBlank(), what + "tone");
			assertTrue(s.getCadenceDays() > 0, what + "cadence");
			assertTrue(a.getMembers().size() >= 8, what + "members: " + a.getMembers().size());
		}
	}

	@Test
	void contactsAreRealisticAndSpreadOverTheAudiences() {
		List<Contact> contacts = plan.getContacts();
		assertTrue(contacts.size() >= 40, "contacts: " + contacts.size());
		Set<String> names = new HashSet<>();
		for (Contact c : contacts) {
			String what = c.getFirstName() + " " + c.getLastName() + ": ";
			assertFalse(c.getFirstName() == null || c.getFirstName().isBlank(), what + "first name");
			assertFalse(c.getLastName() == null || c.getLastName().isBlank(), what + "last name");
			assertFalse(c.getFullName().isBlank(), what + "full name");
			assertFalse(c.getAudiences().isEmpty(), what + "in an audience");
			assertFalse(c.getOrganization() == null || c.getOrganization().isBlank(), what + "organization");
			assertFalse(c.getPosition() == null || c.getPosition().isBlank(), what + "position");
			assertNotNull(c.getTier(), what + "tier");
			for (String e : ContactInfo.emails(c)) {
				assertTrue(e.matches("[a-z.]+@([a-z0-9]+\\.)?example\\.(com|org|net)"), what + e);
			}
			for (String p : ContactInfo.phones(c)) {
				assertTrue(p.matches("\\+1 555-\\d{4}"), what + p);
			}
			for (String u : ContactInfo.urls(c)) {
				assertTrue(u.matches("https://www\\.linkedin\\.com/in/[a-z0-9-]+")
						|| u.matches("https://[a-z0-9.-]+\\.example\\.(com|org|net)(/.*)?"), what + u);
			}
			assertTrue(names.add(c.getFullName()), "duplicate name " + c.getFullName());
		}
		Set<Audience> covered = new HashSet<>();
		contacts.forEach(c -> covered.addAll(c.getAudiences()));
		assertEquals(new HashSet<>(plan.getAudiences()), covered);
		assertEquals(EnumSet.allOf(Tier.class), tiers(contacts));
		assertTrue(count(contacts, c -> c.getCadenceDays() > 0) >= 3, "cadence overrides");
		assertTrue(count(contacts, c -> ContactInfo.emails(c).isEmpty() && ContactInfo.phones(c).isEmpty() && ContactInfo.urls(c).isEmpty()) >= 2,
				"a couple with no way to reach them");
		assertTrue(count(contacts, c -> !c.getSharedInterests().isEmpty()) * 4 >= contacts.size() * 3, "most share interests");
		assertTrue(count(contacts, c -> !c.getSharedValues().isEmpty()) * 2 >= contacts.size(), "most share values");
		assertTrue(count(contacts, c -> c.getMetAt() != null) >= 10, "met at an opportunity");
		assertTrue(count(contacts, c -> c.getIntroducedBy() != null) >= 3, "introduced by someone");
		assertTrue(count(contacts, c -> c.getHowMet() != null && !c.getHowMet().isBlank()) == contacts.size(), "how met");
		assertTrue(count(contacts, c -> c.getNotes() != null && !c.getNotes().isBlank()) >= 20, "notes");
		assertTrue(count(contacts, c -> c.getAudiences().size() > 1) >= 3, "some belong to two audiences");
	}

	@Test
	void opportunitiesOnlineAndOfflineAcrossTheWholePipeline() {
		List<Opportunity> opportunities = plan.getOpportunities();
		assertTrue(opportunities.size() >= 10, "opportunities: " + opportunities.size());
		assertTrue(count(opportunities, Opportunity::isOnline) >= 3, "online");
		assertTrue(count(opportunities, o -> !o.isOnline()) >= 3, "offline");
		Set<OpportunityKind> kinds = EnumSet.noneOf(OpportunityKind.class);
		Set<OpportunityStatus> statuses = EnumSet.noneOf(OpportunityStatus.class);
		for (Opportunity o : opportunities) {
			kinds.add(o.getKind());
			statuses.add(o.getStatus());
			assertFalse(o.getName().isBlank());
			assertNotNull(o.getDate(), o.getName());
			assertTrue(o.isOnline() ? o.getUrl() != null : o.getPlace() != null, o.getName() + " has a place or URL");
			if (o.getStatus() == OpportunityStatus.ATTENDED || o.getStatus() == OpportunityStatus.FOLLOWED_UP) {
				assertFalse(o.getContactsMet().isEmpty(), o.getName() + " contacts met");
				assertTrue(o.getEffortHours() > 0, o.getName() + " effort");
				assertTrue(day(o.getDate()).isBefore(TODAY), o.getName() + " is in the past");
				assertFalse(o.getGoals().isEmpty(), o.getName() + " serves goals");
				assertFalse(o.getAudiences().isEmpty(), o.getName() + " reaches audiences");
			}
		}
		assertTrue(kinds.containsAll(EnumSet.of(OpportunityKind.CONFERENCE, OpportunityKind.MEETUP, OpportunityKind.WEBINAR,
				OpportunityKind.ONLINE_COMMUNITY, OpportunityKind.WORKSHOP, OpportunityKind.VOLUNTEERING)), kinds.toString());
		assertTrue(statuses.containsAll(EnumSet.of(OpportunityStatus.IDENTIFIED, OpportunityStatus.PLANNED,
				OpportunityStatus.REGISTERED, OpportunityStatus.ATTENDED, OpportunityStatus.FOLLOWED_UP)), statuses.toString());
		assertTrue(count(opportunities, o -> day(o.getDate()).isAfter(TODAY)) >= 3, "upcoming opportunities");
	}

	@Test
	void aYearOfVariedInteractions() {
		List<Interaction> interactions = plan.getInteractions();
		assertTrue(interactions.size() >= 150, "interactions: " + interactions.size());
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		Set<Initiator> initiators = EnumSet.noneOf(Initiator.class);
		LocalDate previous = LocalDate.MIN;
		for (Interaction i : interactions) {
			LocalDate date = day(i.getDate());
			assertFalse(date.isAfter(TODAY), "no interaction in the future: " + date);
			assertFalse(date.isBefore(TODAY.minusDays(366)), "within the last year: " + date);
			assertFalse(date.isBefore(previous), "interactions are in date order");
			previous = date;
			assertFalse(i.getContacts().isEmpty(), i.getSummary());
			assertFalse(i.getSummary().isBlank());
			assertFalse(i.getOutcome().isBlank());
			channels.add(i.getChannel());
			initiators.add(i.getInitiatedBy());
			for (Contact c : i.getContacts()) {
				assertTrue(c.getInteractions().contains(i), "opposite is kept");
			}
		}
		assertTrue(channels.size() >= 7, channels.toString());
		assertEquals(EnumSet.allOf(Initiator.class), initiators);
		assertTrue(count(interactions, i -> i.getContacts().size() > 1) >= 5, "multi-contact interactions");
		assertTrue(count(interactions, i -> i.getOpportunity() != null) >= 10, "interactions at opportunities");
		// Spread over the year (busier lately, as the plan got going), not bunched up.
		for (int quarter = 0; quarter < 4; quarter++) {
			LocalDate from = TODAY.minusDays(90L * (quarter + 1));
			LocalDate to = TODAY.minusDays(90L * quarter);
			int inQuarter = count(interactions, i -> day(i.getDate()).isAfter(from) && !day(i.getDate()).isAfter(to));
			assertTrue(inQuarter >= (quarter == 3 ? 10 : 20), "quarter " + quarter + ": " + inQuarter);
		}
	}

	@Test
	void someContactsAreRecentAndSomeAreLongPastTheirCadence() {
		List<Contact> contacts = plan.getContacts();
		assertTrue(count(contacts, c -> c.getLastContact() != null) * 10 >= contacts.size() * 9, "most have a last contact");
		assertTrue(count(contacts, c -> c.getLastContact() == null) >= 1, "someone not contacted yet");
		assertTrue(count(contacts, c -> c.getDaysSinceContact() >= 0 && c.getDaysSinceContact() <= 14) >= 5, "recent");
		assertTrue(count(contacts, c -> c.getDaysSinceContact() > 120) >= 5, "stale");
		assertTrue(count(contacts, c -> c.getDaysSinceContact() > effectiveCadence(c)) >= 5, "past their cadence");
	}

	@Test
	void followUpsOpenAndClosedWithPersistenceAndOrigins() {
		List<FollowUp> followUps = plan.getFollowUps();
		List<FollowUp> open = followUps.stream().filter(f -> f.getStatus() == FollowUpStatus.OPEN).toList();
		assertTrue(open.size() >= 10, "open: " + open.size());
		assertTrue(count(followUps, f -> f.getStatus() == FollowUpStatus.DONE) >= 10, "done");
		assertTrue(count(followUps, f -> f.getStatus() == FollowUpStatus.SKIPPED) >= 1, "skipped");
		assertTrue(count(followUps, FollowUp::isOverdue) >= 3, "overdue");
		assertTrue(count(open, f -> dueIn(f) == 0) >= 1, "due today");
		assertTrue(count(open, f -> dueIn(f) > 0 && dueIn(f) <= 7) >= 1, "due this week");
		assertTrue(count(open, f -> dueIn(f) > 7) >= 3, "due later");
		Set<FollowUpOrigin> origins = EnumSet.noneOf(FollowUpOrigin.class);
		for (FollowUp f : followUps) {
			origins.add(f.getOrigin());
			assertNotNull(f.getContact());
			assertTrue(f.getContact().getFollowUps().contains(f));
			assertFalse(f.getReason().isBlank());
			assertTrue(f.getAttempt() >= 1 && f.getAttempt() <= f.getMaxAttempts(), f.getReason());
			if (f.getStatus() == FollowUpStatus.DONE) {
				assertNotNull(f.getCompletedOn(), f.getReason());
				assertFalse(day(f.getCompletedOn()).isAfter(TODAY), f.getReason());
			} else if (f.getStatus() == FollowUpStatus.OPEN) {
				assertEquals(null, f.getCompletedOn(), f.getReason());
			}
		}
		assertEquals(EnumSet.allOf(FollowUpOrigin.class), origins);
		assertTrue(count(followUps, f -> f.getOriginInteraction() != null) >= 5, "linked to the interaction");
		assertTrue(count(followUps, f -> f.getOriginOpportunity() != null) >= 1, "linked to the opportunity");
		assertTrue(count(followUps, f -> f.getAttempt() == f.getMaxAttempts() && f.getMaxAttempts() >= 3) >= 1,
				"a last attempt of a persistence sequence");
		assertTrue(count(followUps, f -> f.getAttempt() > 1) >= 2, "later attempts");
	}

	@Test
	void giveAndTakeOfEveryKindWithThanksSentAndOwed() {
		List<Exchange> exchanges = plan.getExchanges();
		for (ExchangeDirection direction : ExchangeDirection.values()) {
			Set<ExchangeKind> kinds = EnumSet.noneOf(ExchangeKind.class);
			exchanges.stream().filter(e -> e.getDirection() == direction).forEach(e -> kinds.add(e.getKind()));
			assertEquals(EnumSet.allOf(ExchangeKind.class), kinds, direction.toString());
		}
		List<Exchange> received = exchanges.stream().filter(e -> e.getDirection() == ExchangeDirection.RECEIVED).toList();
		assertTrue(count(received, e -> e.getThanks() != null) >= 5, "thanked");
		assertTrue(count(received, e -> e.getThanks() == null) >= 2, "thanks owed");
		assertTrue(plan.getGratitudes().size() >= 5, "gratitudes");
		for (Gratitude g : plan.getGratitudes()) {
			assertNotNull(g.getContact());
			assertNotNull(g.getChannel());
			assertFalse(g.getMessage().isBlank());
			if (g.getExchange() != null) {
				assertSame(g, g.getExchange().getThanks());
				assertSame(g.getContact(), g.getExchange().getContact());
				assertFalse(day(g.getDate()).isBefore(day(g.getExchange().getDate())), "thanks after the help");
			}
		}
		assertTrue(count(plan.getGratitudes(), g -> g.getExchange() == null) >= 1, "thanks for someone's time");
		for (Exchange e : exchanges) {
			assertTrue(e.getContact().getExchanges().contains(e));
			assertFalse(e.getDescription().isBlank());
		}
	}

	@Test
	void skillsLearningAndFeedback() {
		assertTrue(plan.getSkills().size() >= 4, "skills");
		for (Skill s : plan.getSkills()) {
			assertTrue(s.getCurrentLevel() >= 1 && s.getCurrentLevel() <= s.getTargetLevel() && s.getTargetLevel() <= 5,
					s.getName());
		}
		assertTrue(count(plan.getSkills(), s -> !s.getGoals().isEmpty()) >= 4, "skills tied to goals");
		Set<LearningKind> kinds = EnumSet.noneOf(LearningKind.class);
		for (LearningActivity a : plan.getLearningActivities()) {
			kinds.add(a.getKind());
			assertFalse(a.getSkills().isEmpty(), a.getTitle());
			assertFalse(a.getGoals().isEmpty(), a.getTitle());
			assertNotNull(a.getStatus(), a.getTitle());
		}
		assertEquals(EnumSet.allOf(LearningKind.class), kinds);
		assertTrue(plan.getFeedback().size() >= 3, "feedback");
		for (Feedback f : plan.getFeedback()) {
			assertNotNull(f.getFrom());
			assertFalse(f.getContent().isBlank());
			for (LearningActivity a : f.getActions()) {
				assertTrue(a.getPromptedBy().contains(f));
			}
		}
		assertTrue(count(plan.getFeedback(), f -> !f.getActions().isEmpty()) >= 3, "feedback that led to actions");
		assertTrue(count(plan.getLearningActivities(), a -> !a.getPromptedBy().isEmpty()) >= 3, "prompted by feedback");
	}

	@Test
	void pastReviewsScoreEveryStrategy() {
		assertTrue(plan.getReviews().size() >= 1);
		for (PlanReview r : plan.getReviews()) {
			assertTrue(day(r.getDate()).isBefore(TODAY));
			assertEquals(SampleStrategies.IDS, r.getScores().stream().map(StrategyScore::getStrategyId).toList());
			for (StrategyScore s : r.getScores()) {
				assertTrue(s.getValue() >= 0 && s.getValue() <= 100, s.getStrategyId());
				assertTrue(s.getStrategyId().startsWith("org.rapport.strategies."));
			}
			assertTrue(r.getOverallScore() > 0 && r.getOverallScore() <= 100);
			assertFalse(r.getFindings().isEmpty());
			assertFalse(r.getDecisions().isEmpty());
			r.getFindings().forEach(f -> assertTrue(SampleStrategies.IDS.contains(f.getStrategyId()), f.getStrategyId()));
		}
		assertTrue(plan.getReviews().stream().flatMap(r -> r.getFindings().stream()).anyMatch(f -> f.getSubject() != null));
	}

	@Test
	void everyReferenceStaysInsideThePlan() {
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EObject target : o.eCrossReferences()) {
				assertSame(plan, EcoreUtil.getRootContainer(target), o + " -> " + target);
			}
		}
	}

	@Test
	void isDeterministic() {
		NetworkingPlan again = SamplePlan.create(TODAY);
		assertTrue(EcoreUtil.equals(plan, again), "two builds for the same day are equal");
		NetworkingPlan later = SamplePlan.create(TODAY.plusDays(10));
		assertFalse(EcoreUtil.equals(plan, later), "dates move with today");
		assertEquals(plan.getInteractions().size(), later.getInteractions().size());
		assertEquals(10, ChronoUnit.DAYS.between(day(plan.getInteractions().get(0).getDate()),
				day(later.getInteractions().get(0).getDate())));
	}

	@Test
	void roundTripsThroughXmi(@TempDir Path dir) throws IOException {
		assertNotNull(RapportPackage.eINSTANCE);
		URI uri = URI.createFileURI(dir.resolve("sample.xmi").toString());
		Resource out = new XMIResourceImpl(uri);
		out.getContents().add(plan);
		out.save(Collections.emptyMap());

		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource in = rs.getResource(uri, true);
		NetworkingPlan loaded = (NetworkingPlan) in.getContents().get(0);
		assertEquals(plan.getContacts().size(), loaded.getContacts().size());
		assertTrue(EcoreUtil.equals(plan, loaded), "the reloaded plan is equal to the saved one");
	}

	private static LocalDate day(java.util.Date date) {
		return PlanClock.toLocalDate(date);
	}

	private static long dueIn(FollowUp f) {
		return ChronoUnit.DAYS.between(TODAY, day(f.getDueDate()));
	}

	private static int effectiveCadence(Contact c) {
		if (c.getCadenceDays() > 0) {
			return c.getCadenceDays();
		}
		return c.getAudiences().stream().mapToInt(a -> a.getCommunication().getCadenceDays()).min().orElse(90);
	}

	private static Set<Tier> tiers(List<Contact> contacts) {
		Set<Tier> tiers = EnumSet.noneOf(Tier.class);
		contacts.forEach(c -> tiers.add(c.getTier()));
		return tiers;
	}

	private static <T> int count(List<T> list, Predicate<? super T> p) {
		return (int) list.stream().filter(p).count();
	}
}
