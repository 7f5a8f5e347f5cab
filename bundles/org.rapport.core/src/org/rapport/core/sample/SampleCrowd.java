/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.rapport.core.internal.sample.SamplePools;
import org.rapport.core.internal.sample.SamplePools.AudiencePool;
import org.rapport.core.internal.sample.SamplePools.InteractionTemplate;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.ExchangeKind;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityKind;
import org.rapport.model.Tier;

/**
 * The generated part of the sample plan: the wider circle of each audience, drawn from {@link SamplePools}
 * with a seeded {@link Random} so that every build is the same. Each person gets a plausible history of
 * touchpoints (recent for some, long past their cadence for others), follow-ups and the odd exchange.
 */
final class SampleCrowd {

	private static final int[] CADENCE_OVERRIDES = { 14, 30, 60, 120 };

	private final PlanKit k;
	private final SampleStory story;
	private final Random rnd;
	private final Set<String> usedFirstNames = new HashSet<>();
	private final Set<String> usedLastNames = new HashSet<>();
	private final List<Member> members = new ArrayList<>();
	private int phoneCounter = 20;

	/** A generated person and what the generator decided about them. */
	private record Member(Contact contact, AudiencePool pool, boolean stale, boolean fresh) {
	}

	SampleCrowd(PlanKit kit, SampleStory story, long seed) {
		this.k = kit;
		this.story = story;
		this.rnd = new Random(seed);
		for (Contact c : kit.plan.getContacts()) {
			usedFirstNames.add(c.getFirstName());
			usedLastNames.add(c.getLastName());
		}
	}

	void build() {
		people(story.leaders, SamplePools.LEADERS, 8, List.of(story.rosa, story.tom),
				List.of(story.summit, story.webinarEm, story.roundtable, story.platformMeetup), -1);
		people(story.devrel, SamplePools.DEVREL, 8, List.of(story.kenji, story.amara),
				List.of(story.summit, story.guild, story.writingWorkshop), -1);
		people(story.climate, SamplePools.CLIMATE, 7, List.of(story.lena, story.sunita),
				List.of(story.mixer, story.climateForum, story.hackathon), 4);
		people(story.local, SamplePools.LOCAL, 9, List.of(story.marcus, story.priya),
				List.of(story.platformMeetup, story.hackathon, story.bootcamp), 2);
		Map<Contact, List<Integer>> history = new LinkedHashMap<>();
		metAtOpportunities(history);
		for (Member m : members) {
			touchpoints(m, history.computeIfAbsent(m.contact(), c -> new ArrayList<>()));
		}
	}

	private void people(Audience audience, AudiencePool pool, int count, List<Contact> introducers,
			List<Opportunity> venues, int freshIndex) {
		List<Audience> all = k.plan.getAudiences();
		for (int i = 0; i < count; i++) {
			String first = pick(SamplePools.FIRST_NAMES, usedFirstNames);
			String last = pick(SamplePools.LAST_NAMES, usedLastNames);
			double t = rnd.nextDouble();
			Tier tier = t < 0.15 ? Tier.A : t < 0.65 ? Tier.B : Tier.C;
			boolean fresh = i == freshIndex;
			Contact c = k.contact(first, last, any(pool.organizations()), any(pool.positions()), any(pool.locations()),
					fresh ? Tier.C : tier, audience);
			if (rnd.nextDouble() < 0.2) {
				Audience second = all.get(rnd.nextInt(all.size()));
				if (second != audience) {
					c.getAudiences().add(second);
				}
			}
			contactDetails(c, pool);
			if (fresh) {
				c.setHowMet("Accepted their LinkedIn connection request");
				c.setNotes("Added after a LinkedIn connection request; haven't talked yet.");
			} else if (rnd.nextDouble() < 0.5) {
				Opportunity venue = any(venues);
				c.setMetAt(venue);
				c.setHowMet("Met at " + venue.getName());
			} else if (rnd.nextDouble() < 0.3) {
				Contact introducer = any(introducers);
				c.setIntroducedBy(introducer);
				c.setHowMet("Introduced by " + introducer.getFirstName() + " " + introducer.getLastName());
			} else {
				c.setHowMet(any(SamplePools.HOW_MET));
			}
			if (!fresh && rnd.nextDouble() < 0.6) {
				c.setNotes(any(SamplePools.NOTES));
			}
			boolean stale = !fresh && tier != Tier.A && c.getMetAt() == null && rnd.nextDouble() < 0.35;
			members.add(new Member(c, pool, stale, fresh));
		}
	}

	private void contactDetails(Contact c, AudiencePool pool) {
		String first = SamplePools.slug(c.getFirstName()).replace("-", "");
		String last = SamplePools.slug(c.getLastName()).replace("-", "");
		double reach = rnd.nextDouble();
		if (reach < 0.75) {
			ContactInfo.addEmail(c, first + "." + last + "@" + SamplePools.domain(c.getOrganization()));
		} else if (reach < 0.9) {
			ContactInfo.addEmail(c, first + last.charAt(0) + "@" + (rnd.nextBoolean() ? "example.org" : "example.net"));
		}
		if (rnd.nextDouble() < 0.55) {
			ContactInfo.addPhone(c, String.format("+1 555-01%02d", phoneCounter++));
		}
		ContactInfo.addUrl(c, "https://www.linkedin.com/in/" + SamplePools.slug(c.getFirstName(), c.getLastName()));
		c.getTags().add(any(pool.tags()));
		if (rnd.nextDouble() < 0.12) {
			c.setCadenceDays(CADENCE_OVERRIDES[rnd.nextInt(CADENCE_OVERRIDES.length)]);
		}
		if (rnd.nextDouble() < 0.9) {
			c.getSharedInterests().addAll(some(SamplePools.INTERESTS, 1 + rnd.nextInt(3)));
		}
		if (rnd.nextDouble() < 0.8) {
			c.getSharedValues().addAll(some(SamplePools.VALUES, 1 + rnd.nextInt(2)));
		}
	}

	/** People met at the same opportunity share a first touchpoint there, two or three at a time. */
	private void metAtOpportunities(Map<Contact, List<Integer>> history) {
		Map<Opportunity, List<Member>> byVenue = new LinkedHashMap<>();
		for (Member m : members) {
			if (m.contact().getMetAt() != null) {
				byVenue.computeIfAbsent(m.contact().getMetAt(), o -> new ArrayList<>()).add(m);
			}
		}
		for (Map.Entry<Opportunity, List<Member>> entry : byVenue.entrySet()) {
			Opportunity venue = entry.getKey();
			List<Member> group = entry.getValue();
			for (int from = 0; from < group.size(); from += 3) {
				List<Member> batch = group.subList(from, Math.min(group.size(), from + 3));
				int offset = k.offsetOf(venue.getDate());
				if (venue.getKind() == OpportunityKind.ONLINE_COMMUNITY || venue.getKind() == OpportunityKind.VOLUNTEERING) {
					offset = Math.min(-1, offset + rnd.nextInt(60));
				}
				List<Contact> contacts = new ArrayList<>();
				for (Member m : batch) {
					contacts.add(m.contact());
					venue.getContactsMet().add(m.contact());
					history.computeIfAbsent(m.contact(), c -> new ArrayList<>()).add(offset);
				}
				String topic = any(batch.get(0).pool().topics());
				Channel channel = venue.isOnline()
						? (venue.getKind() == OpportunityKind.ONLINE_COMMUNITY ? Channel.MESSAGING : Channel.VIDEO_CALL)
						: Channel.EVENT;
				k.interaction(offset, channel, Initiator.MUTUAL,
						"Met " + names(contacts) + " at " + venue.getName() + "; we got talking about " + topic + ".",
						contacts.size() > 1 ? "Connected with all of them on LinkedIn afterwards."
								: "Connected on LinkedIn afterwards.",
						venue, contacts.toArray(Contact[]::new));
			}
		}
	}

	private void touchpoints(Member m, List<Integer> offsets) {
		if (m.fresh()) {
			return;
		}
		Contact c = m.contact();
		int count = switch (c.getTier()) {
		case A -> 6 + rnd.nextInt(3);
		case B -> 3 + rnd.nextInt(4);
		default -> 1 + rnd.nextInt(3);
		};
		int earliest = offsets.isEmpty() ? -360 + rnd.nextInt(120) : offsets.get(0) + 1;
		int latest = m.stale() ? -150 - rnd.nextInt(60) : -1;
		List<Interaction> made = new ArrayList<>();
		List<Integer> days = new ArrayList<>();
		if (offsets.isEmpty()) {
			days.add(earliest); // when we first got in touch
		}
		for (int i = offsets.size() + days.size(); i < count && earliest < latest; i++) {
			days.add(earliest + 1 + rnd.nextInt(latest - earliest));
		}
		days.sort(null);
		List<InteractionTemplate> templates = new ArrayList<>(SamplePools.INTERACTIONS);
		for (int day : days) {
			InteractionTemplate t = templates.remove(rnd.nextInt(templates.size())); // no story told twice
			String topic = any(m.pool().topics());
			Initiator initiator = t.initiator() != null ? t.initiator()
					: rnd.nextDouble() < 0.6 ? Initiator.ME : Initiator.MUTUAL;
			made.add(k.interaction(day, t.channel(), initiator, fill(t.summary(), c, topic), fill(t.outcome(), c, topic),
					null, c));
		}
		offsets.addAll(days);
		followUps(m, made, days, offsets.isEmpty() ? null : offsets.get(offsets.size() - 1));
		exchange(m, offsets);
	}

	private void followUps(Member m, List<Interaction> made, List<Integer> days, Integer last) {
		Contact c = m.contact();
		for (int i = 0; i < made.size(); i++) {
			int day = days.get(i);
			boolean isLast = i == made.size() - 1;
			if (isLast && !m.stale() && day >= -45 && rnd.nextDouble() < 0.55) {
				FollowUp f = k.followUp(c, day + 5 + rnd.nextInt(30), reason(m), FollowUpStatus.OPEN, 1,
						1 + rnd.nextInt(2), FollowUpOrigin.INTERACTION);
				f.setOriginInteraction(made.get(i));
			} else if (!isLast && day < -15 && rnd.nextDouble() < 0.2) {
				FollowUp f = k.followUp(c, day + 7, reason(m), FollowUpStatus.DONE, 1, 1, FollowUpOrigin.INTERACTION);
				f.setOriginInteraction(made.get(i));
				k.done(f, Math.min(-1, day + 3 + rnd.nextInt(8)));
			}
		}
		if (m.stale() && last != null && c.getTier() != Tier.C) {
			int cadence = c.getCadenceDays() > 0 ? c.getCadenceDays()
					: c.getAudiences().get(0).getCommunication().getCadenceDays();
			int due = Math.min(-1, last + cadence);
			double p = rnd.nextDouble();
			if (p < 0.5) {
				k.followUp(c, due, "Been a while: check in with " + c.getFirstName(), FollowUpStatus.OPEN, 1, 3,
						FollowUpOrigin.CADENCE);
			} else if (p < 0.65) {
				k.done(k.followUp(c, due, "Been a while: check in with " + c.getFirstName() + " (skipped for now)",
						FollowUpStatus.SKIPPED, 1, 3, FollowUpOrigin.CADENCE), Math.min(-1, due + 2));
			}
		}
	}

	private void exchange(Member m, List<Integer> offsets) {
		if (offsets.isEmpty() || rnd.nextDouble() >= 0.35) {
			return;
		}
		Contact c = m.contact();
		ExchangeKind kind = ExchangeKind.VALUES.get(rnd.nextInt(ExchangeKind.VALUES.size()));
		ExchangeDirection direction = rnd.nextBoolean() ? ExchangeDirection.GIVEN : ExchangeDirection.RECEIVED;
		int day = offsets.get(rnd.nextInt(offsets.size()));
		String topic = any(m.pool().topics());
		String description = SamplePools.EXCHANGES.get(kind.getValue()).get(direction.getValue());
		Exchange e = k.exchange(c, direction, kind, day, fill(description, c, topic));
		if (direction == ExchangeDirection.RECEIVED && rnd.nextDouble() < 0.6) {
			Channel channel = List.of(Channel.EMAIL, Channel.MESSAGING, Channel.LINKEDIN).get(rnd.nextInt(3));
			k.thank(c, e, Math.min(0, day + 1 + rnd.nextInt(3)), channel, fill(any(SamplePools.THANKS), c, topic));
		}
	}

	private String reason(Member m) {
		return fill(any(SamplePools.FOLLOW_UPS), m.contact(), any(m.pool().topics()));
	}

	private static String fill(String template, Contact c, String topic) {
		return template.replace("{first}", c.getFirstName()).replace("{topic}", topic);
	}

	private static String names(List<Contact> contacts) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < contacts.size(); i++) {
			if (i > 0) {
				sb.append(i == contacts.size() - 1 ? " and " : ", ");
			}
			sb.append(contacts.get(i).getFirstName()).append(' ').append(contacts.get(i).getLastName());
		}
		return sb.toString();
	}

	private String pick(List<String> pool, Set<String> used) {
		for (int tries = 0; tries < 1000; tries++) {
			String s = pool.get(rnd.nextInt(pool.size()));
			if (used.add(s)) {
				return s;
			}
		}
		throw new IllegalStateException("name pool exhausted");
	}

	private <T> T any(List<T> pool) {
		return pool.get(rnd.nextInt(pool.size()));
	}

	private List<String> some(List<String> pool, int n) {
		List<String> copy = new ArrayList<>(pool);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < n && !copy.isEmpty(); i++) {
			out.add(copy.remove(rnd.nextInt(copy.size())));
		}
		return out;
	}
}
