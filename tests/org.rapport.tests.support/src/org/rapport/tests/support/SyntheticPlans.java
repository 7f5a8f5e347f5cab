/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.tests.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.rapport.core.internal.sample.SamplePools;
import org.rapport.core.internal.sample.SamplePools.AudiencePool;
import org.rapport.core.internal.sample.SamplePools.InteractionTemplate;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.ActivityStatus;
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
import org.rapport.model.GoalStatus;
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
import org.rapport.model.Priority;
import org.rapport.model.Profile;
import org.rapport.model.RapportFactory;
import org.rapport.model.Skill;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;

/**
 * Large synthetic plans for tests and benchmarks: {@code n} contacts with about five interactions, one
 * follow-up and a third of an exchange each, spread over eight audiences, a year of dates and a few dozen
 * opportunities. Deterministic for a given seed and date; linear in {@code n} (all many-valued references
 * are filled with {@link InternalEList#addUnique(Object)}, so no list is ever searched for duplicates).
 * Ten thousand contacts take well under a second on a laptop.
 */
public final class SyntheticPlans {

	private static final int AUDIENCES = 8;
	private static final int DAYS = 365;

	private SyntheticPlans() {
	}

	/**
	 * Generates a plan with exactly {@code contacts} contacts.
	 *
	 * @param contacts number of contacts (0 or more)
	 * @param seed     seed of the random choices; the same seed and date give equal plans
	 * @param today    the day the plan's dates are relative to
	 */
	public static NetworkingPlan generate(int contacts, long seed, LocalDate today) {
		if (contacts < 0) {
			throw new IllegalArgumentException("contacts must be >= 0: " + contacts);
		}
		return new Generator(seed, today).generate(contacts);
	}

	private static final class Generator {
		private final RapportFactory f = RapportFactory.eINSTANCE;
		private final Random rnd;
		private final long[] dayMillis;
		private final Map<String, String> slugs = new HashMap<>();
		private final Map<String, String> domains = new HashMap<>();

		Generator(long seed, LocalDate today) {
			this.rnd = new Random(seed);
			this.dayMillis = new long[DAYS + 120];
			for (int i = 0; i < dayMillis.length; i++) {
				// index i is the day (i - DAYS) days from today: the past year and four months ahead
				dayMillis[i] = PlanClock.toDate(today.plusDays(i - DAYS)).getTime();
			}
		}

		private Date day(int offset) {
			return new Date(dayMillis[Math.max(-DAYS, Math.min(dayMillis.length - DAYS - 1, offset)) + DAYS]);
		}

		NetworkingPlan generate(int n) {
			NetworkingPlan plan = f.createNetworkingPlan();
			plan.setName("Synthetic plan (" + n + " contacts)");
			plan.setHorizonStart(day(-DAYS));
			plan.setHorizonEnd(day(100));
			plan.setReviewCadenceDays(30);
			Profile owner = f.createProfile();
			owner.setName("Synthetic Owner");
			owner.setEmail("owner@example.com");
			plan.setOwner(owner);

			List<CareerAspiration> aspirations = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				CareerAspiration a = f.createCareerAspiration();
				a.setTitle("Aspiration " + (i + 1));
				a.setHorizon(day(100));
				add(plan.getAspirations(), a);
				aspirations.add(a);
			}
			List<Audience> audiences = audiences(plan);
			List<NetworkingGoal> goals = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				NetworkingGoal g = f.createNetworkingGoal();
				g.setTitle("Goal " + (i + 1));
				g.setMetric("conversations held");
				g.setTargetValue(10 + i * 5);
				g.setCurrentValue(rnd.nextInt(10 + i * 5));
				g.setDueDate(day(rnd.nextInt(100)));
				g.setPriority(Priority.VALUES.get(rnd.nextInt(Priority.VALUES.size())));
				g.setStatus(i == 5 ? GoalStatus.PROPOSED : GoalStatus.ACTIVE);
				if (i < 5) {
					add(g.getAspirations(), aspirations.get(i % aspirations.size()));
				}
				add(g.getAudiences(), audiences.get(i % audiences.size()));
				add(plan.getGoals(), g);
				goals.add(g);
			}
			List<Opportunity> opportunities = opportunities(plan, Math.max(10, n / 250), goals, audiences);

			Contact[] people = new Contact[n];
			EList<Contact> contactList = plan.getContacts();
			for (int i = 0; i < n; i++) {
				Contact c = contact(i, audiences, opportunities);
				add(contactList, c);
				people[i] = c;
			}
			EList<Interaction> interactions = plan.getInteractions();
			EList<FollowUp> followUps = plan.getFollowUps();
			EList<Exchange> exchanges = plan.getExchanges();
			EList<Gratitude> gratitudes = plan.getGratitudes();
			for (int i = 0; i < n; i++) {
				Contact c = people[i];
				AudiencePool pool = poolOf(i);
				int count = 3 + rnd.nextInt(5);
				Interaction last = null;
				int lastDay = -DAYS;
				for (int j = 0; j < count; j++) {
					int offset = -1 - rnd.nextInt(DAYS - 1);
					InteractionTemplate t = pick(SamplePools.INTERACTIONS);
					String topic = pick(pool.topics());
					Interaction x = f.createInteraction();
					x.setDate(day(offset));
					x.setChannel(t.channel());
					x.setInitiatedBy(t.initiator() != null ? t.initiator() : Initiator.MUTUAL);
					x.setSummary(fill(t.summary(), c, topic));
					x.setOutcome(fill(t.outcome(), c, topic));
					add(x.getContacts(), c);
					if (i > 0 && rnd.nextDouble() < 0.08) {
						add(x.getContacts(), people[rnd.nextInt(i)]);
					}
					if (c.getMetAt() != null && j == 0) {
						x.setOpportunity(c.getMetAt());
					}
					add(interactions, x);
					if (offset > lastDay) {
						lastDay = offset;
						last = x;
					}
				}
				int followUpCount = rnd.nextInt(3);
				for (int j = 0; j < followUpCount; j++) {
					FollowUp fu = f.createFollowUp();
					fu.setContact(c);
					double s = rnd.nextDouble();
					FollowUpStatus status = s < 0.5 ? FollowUpStatus.OPEN : s < 0.9 ? FollowUpStatus.DONE : FollowUpStatus.SKIPPED;
					fu.setStatus(status);
					int due = lastDay + 5 + rnd.nextInt(60);
					fu.setDueDate(day(due));
					fu.setReason(fill(pick(SamplePools.FOLLOW_UPS), c, pick(pool.topics())));
					fu.setMaxAttempts(1 + rnd.nextInt(3));
					fu.setAttempt(1 + rnd.nextInt(fu.getMaxAttempts()));
					if (rnd.nextBoolean()) {
						fu.setOrigin(FollowUpOrigin.INTERACTION);
						fu.setOriginInteraction(last);
					} else {
						fu.setOrigin(FollowUpOrigin.CADENCE);
					}
					if (status != FollowUpStatus.OPEN) {
						fu.setCompletedOn(day(Math.min(-1, due)));
					}
					add(followUps, fu);
				}
				if (rnd.nextDouble() < 0.35) {
					Exchange e = f.createExchange();
					e.setContact(c);
					e.setKind(ExchangeKind.VALUES.get(rnd.nextInt(ExchangeKind.VALUES.size())));
					e.setDirection(rnd.nextBoolean() ? ExchangeDirection.GIVEN : ExchangeDirection.RECEIVED);
					e.setDate(day(lastDay));
					e.setDescription(fill(SamplePools.EXCHANGES.get(e.getKind().getValue()).get(e.getDirection().getValue()),
							c, pick(pool.topics())));
					add(exchanges, e);
					if (e.getDirection() == ExchangeDirection.RECEIVED && rnd.nextBoolean()) {
						Gratitude g = f.createGratitude();
						g.setContact(c);
						g.setDate(day(Math.min(0, lastDay + 1)));
						g.setChannel(Channel.EMAIL);
						g.setMessage(fill(pick(SamplePools.THANKS), c, ""));
						add(gratitudes, g);
						e.setThanks(g);
					}
				}
			}
			growth(plan, goals, people);
			return plan;
		}

		private List<Audience> audiences(NetworkingPlan plan) {
			List<Audience> audiences = new ArrayList<>();
			for (int i = 0; i < AUDIENCES; i++) {
				AudiencePool pool = poolOf(i);
				Audience a = f.createAudience();
				a.setName("Audience " + (i + 1) + ": " + pool.tags().get(0));
				addAll(a.getRoles(), pool.positions());
				addAll(a.getLocations(), pool.locations());
				addAll(a.getTags(), pool.tags());
				CommunicationStrategy s = f.createCommunicationStrategy();
				s.getChannels().add(Channel.VALUES.get(i % Channel.VALUES.size()));
				s.getKeyMessages().add("Key message for audience " + (i + 1));
				s.setValueOffered("Help with " + pool.topics().get(0));
				s.setTone("Friendly");
				s.setCadenceDays(30 + 15 * (i % 4));
				a.setCommunication(s);
				add(plan.getAudiences(), a);
				audiences.add(a);
			}
			return audiences;
		}

		private List<Opportunity> opportunities(NetworkingPlan plan, int count, List<NetworkingGoal> goals,
				List<Audience> audiences) {
			List<Opportunity> result = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Opportunity o = f.createOpportunity();
				OpportunityKind kind = OpportunityKind.VALUES.get(i % OpportunityKind.VALUES.size());
				o.setName(kind.getLiteral() + " #" + (i + 1));
				o.setKind(kind);
				o.setOnline(i % 2 == 0);
				int offset = -DAYS + rnd.nextInt(DAYS + 90);
				o.setDate(day(offset));
				if (o.isOnline()) {
					o.setUrl("https://events.example.org/" + (i + 1));
				} else {
					o.setPlace("Portland, OR");
				}
				o.setStatus(offset < 0 ? (rnd.nextBoolean() ? OpportunityStatus.ATTENDED : OpportunityStatus.FOLLOWED_UP)
						: OpportunityStatus.VALUES.get(rnd.nextInt(3)));
				o.setEffortHours(1 + rnd.nextInt(16));
				add(o.getGoals(), goals.get(i % goals.size()));
				add(o.getAudiences(), audiences.get(i % audiences.size()));
				add(plan.getOpportunities(), o);
				result.add(o);
			}
			return result;
		}

		private Contact contact(int i, List<Audience> audiences, List<Opportunity> opportunities) {
			AudiencePool pool = poolOf(i);
			Contact c = f.createContact();
			String first = pick(SamplePools.FIRST_NAMES);
			String last = pick(SamplePools.LAST_NAMES);
			c.setFirstName(first);
			c.setLastName(last);
			String org = pick(pool.organizations());
			c.setOrganization(org);
			c.setPosition(pick(pool.positions()));
			ContactInfo.addLocation(c, pick(pool.locations()));
			String slug = slugs.computeIfAbsent(first + ' ' + last, k -> SamplePools.slug(first, last));
			ContactInfo.addEmail(c, slug.replace('-', '.') + "." + i + "@"
					+ domains.computeIfAbsent(org, SamplePools::domain));
			if (rnd.nextDouble() < 0.5) {
				ContactInfo.addPhone(c, phone(i));
			}
			ContactInfo.addUrl(c, "https://www.linkedin.com/in/" + slug + "-" + i);
			add(c.getTags(), pool.tags().get(i % pool.tags().size()));
			double t = rnd.nextDouble();
			c.setTier(t < 0.15 ? Tier.A : t < 0.6 ? Tier.B : Tier.C);
			add(c.getAudiences(), audiences.get(i % AUDIENCES));
			if (rnd.nextDouble() < 0.25) {
				Audience second = audiences.get(rnd.nextInt(AUDIENCES));
				if (second != audiences.get(i % AUDIENCES)) {
					add(c.getAudiences(), second);
				}
			}
			add(c.getSharedInterests(), pick(SamplePools.INTERESTS));
			if (rnd.nextBoolean()) {
				add(c.getSharedValues(), pick(SamplePools.VALUES));
			}
			if (rnd.nextDouble() < 0.2) {
				Opportunity o = pick(opportunities);
				c.setMetAt(o);
				add(o.getContactsMet(), c);
			}
			if (rnd.nextDouble() < 0.1) {
				c.setCadenceDays(14 + rnd.nextInt(100));
			}
			return c;
		}

		private void growth(NetworkingPlan plan, List<NetworkingGoal> goals, Contact[] people) {
			List<Skill> skills = new ArrayList<>();
			for (String name : List.of("People leadership", "Public speaking", "Technical writing")) {
				Skill s = f.createSkill();
				s.setName(name);
				s.setCurrentLevel(2);
				s.setTargetLevel(4);
				add(s.getGoals(), goals.get(skills.size()));
				add(plan.getSkills(), s);
				skills.add(s);
			}
			for (int i = 0; i < LearningKind.VALUES.size(); i++) {
				LearningActivity a = f.createLearningActivity();
				a.setTitle("Learning activity " + (i + 1));
				a.setKind(LearningKind.VALUES.get(i));
				a.setStatus(ActivityStatus.VALUES.get(i % ActivityStatus.VALUES.size()));
				a.setStartDate(day(-30 * (i + 1)));
				add(a.getSkills(), skills.get(i % skills.size()));
				add(a.getGoals(), goals.get(i % goals.size()));
				add(plan.getLearningActivities(), a);
				if (people.length > 0) {
					Feedback fb = f.createFeedback();
					fb.setFrom(people[rnd.nextInt(people.length)]);
					fb.setDate(day(-30 * (i + 1) - 3));
					fb.setTopic("Topic " + (i + 1));
					fb.setContent("Feedback " + (i + 1));
					add(fb.getActions(), a);
					add(plan.getFeedback(), fb);
				}
			}
		}

		/** A distinct +1 555 number for each index, e.g. +1 555-000-0042. */
		private static String phone(int i) {
			String block = Integer.toString(1000 + (i / 10000) % 1000).substring(1);
			String line = Integer.toString(10000 + i % 10000).substring(1);
			return "+1 555-" + block + "-" + line;
		}

		private AudiencePool poolOf(int i) {
			return switch (i % 4) {
			case 0 -> SamplePools.LEADERS;
			case 1 -> SamplePools.DEVREL;
			case 2 -> SamplePools.CLIMATE;
			default -> SamplePools.LOCAL;
			};
		}

		private <T> T pick(List<T> pool) {
			return pool.get(rnd.nextInt(pool.size()));
		}

		private static String fill(String template, Contact c, String topic) {
			return template.replace("{first}", c.getFirstName()).replace("{topic}", topic);
		}

		private static <T> void add(List<T> list, T value) {
			((InternalEList<T>) list).addUnique(value);
		}

		private static <T> void addAll(List<T> list, List<? extends T> values) {
			for (T value : values) {
				add(list, value);
			}
		}
	}
}
