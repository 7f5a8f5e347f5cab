/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.rapport.model.Channel;
import org.rapport.model.Initiator;

/**
 * Hand-written pools of names, organizations, interests and notes that the sample and synthetic
 * plans draw from. Everything here is invented: the organizations do not exist and the people are
 * not real. Only data lives here; the builders decide how to combine it.
 */
public final class SamplePools {

	private SamplePools() {
	}

	public static final List<String> FIRST_NAMES = List.of("Aisha", "Mateo", "Mei", "Oluwaseun", "Ingrid", "Rahul",
			"Camila", "Tariq", "Hana", "Diego", "Siobhan", "Kwame", "Yuki", "Fatima", "Lars", "Nadia", "Emeka",
			"Sofia", "Arjun", "Beatriz", "Jonah", "Leilani", "Dmitri", "Zainab", "Tomás", "Chloé", "Bongani",
			"Anika", "Marcus", "Esi", "Paulo", "Hyejin", "Farid", "Greta", "Rustam", "Imani", "Wren", "Anahí",
			"Callum", "Thandiwe", "Ravi", "Elif", "Noah", "Marisol", "Kofi", "Astrid", "Jae-won", "Ayaan");

	public static final List<String> LAST_NAMES = List.of("Okafor", "Castillo", "Nakamura", "Mensah", "Kowalski",
			"Ferreira", "Iyer", "O'Brien", "Chen", "Abdi", "Novak", "Takahashi", "Oyelaran", "Petrov", "Salazar",
			"Gupta", "Adeyemi", "Bergström", "Nguyen", "Mahlangu", "Rossi", "Kaur", "Moreau", "Yilmaz", "Osei",
			"Eriksen", "Quispe", "Halvorsen", "Barros", "Kim", "Hoffman", "Achterberg", "Sandoval", "Park",
			"Whitaker", "Delacroix", "Aziz", "Lindgren", "Mwangi", "Fitzgerald", "Tanaka", "Rahman");

	/** A target segment's pool of positions, organizations and places, used to generate its members. */
	public record AudiencePool(List<String> positions, List<String> organizations, List<String> locations,
			List<String> tags, List<String> topics) {
	}

	public static final AudiencePool LEADERS = new AudiencePool(
			List.of("Engineering Manager", "Senior Engineering Manager", "Director of Engineering",
					"VP of Engineering", "Head of Platform", "CTO"),
			List.of("Halyard Systems", "Tidewater Health", "Northbeam Logistics", "Quillstone Software",
					"Copperline Payments", "Ostrava Labs", "Meridian Freight Tech"),
			List.of("Portland, OR", "Seattle, WA", "Remote (Denver, CO)", "Vancouver, BC"),
			List.of("leadership", "management"),
			List.of("running effective one-on-ones", "hiring a first platform team", "the IC-to-manager transition",
					"managing through a reorg", "on-call health and burnout", "writing a team charter",
					"how they measure platform adoption", "delegating technical decisions"));

	public static final AudiencePool DEVREL = new AudiencePool(
			List.of("Developer Advocate", "Senior Developer Advocate", "Head of Developer Relations",
					"Community Manager", "Developer Experience Engineer", "Technical Writer"),
			List.of("Pipewright Labs", "Lanternfish Data", "Cobaltline Cloud", "Fernhill API Co.", "Parcelbox",
					"Quillfeather Docs", "Murmuration.dev"),
			List.of("Remote (Toronto, ON)", "San Francisco, CA", "Berlin, Germany", "Austin, TX", "Remote (Lisbon)"),
			List.of("devrel", "speaking", "writing"),
			List.of("getting a first CFP accepted", "measuring developer-community health", "docs as a product",
					"sample apps that people actually copy", "turning support threads into tutorials",
					"balancing travel and writing", "the difference between advocacy and marketing",
					"running office hours for API users"));

	public static final AudiencePool CLIMATE = new AudiencePool(
			List.of("Founder & CEO", "Co-founder & CTO", "Staff Engineer", "Head of Platform",
					"Product Manager, Grid Software", "Data Engineering Lead"),
			List.of("GridLeaf Energy", "Carbonwise Analytics", "Tidal Ledger", "Sunspan Microgrids",
					"Riverbend Retrofit", "Canopy Metrics"),
			List.of("Portland, OR", "Oakland, CA", "Boulder, CO", "Remote (Minneapolis, MN)"),
			List.of("climate", "mission-driven"),
			List.of("open data for utilities", "developer APIs for energy data", "hiring engineers into climate work",
					"carbon accounting pipelines", "grid-edge software", "what their platform team looks like",
					"grant-funded versus venture-funded climate startups"));

	public static final AudiencePool LOCAL = new AudiencePool(
			List.of("Software Engineer", "Senior Software Engineer", "Meetup Organizer", "Bootcamp Instructor",
					"Technical Recruiter", "Junior Developer", "Site Reliability Engineer"),
			List.of("Code Forward PDX", "Rosewood Interactive", "Willamette Web Works", "Burnside Bikes Digital",
					"Alder Street Studio", "Freelance"),
			List.of("Portland, OR", "Vancouver, WA", "Beaverton, OR"),
			List.of("community", "portland"),
			List.of("the next meetup lineup", "job hunting as a bootcamp grad", "Kubernetes upgrades",
					"their side project", "pairing on a tricky bug", "the Portland tech job market",
					"speaking at the meetup for the first time"));

	public static final List<String> INTERESTS = List.of("platform engineering", "developer experience", "cycling",
			"open-source maintenance", "technical writing", "coaching", "accessibility", "observability",
			"climate policy", "urban gardening", "board games", "distributed systems", "public speaking",
			"mentoring new engineers", "Rust", "jazz", "trail running", "data visualization", "inclusive hiring",
			"home espresso", "sci-fi novels", "woodworking");

	public static final List<String> VALUES = List.of("learning in public", "kindness in code review", "sustainability",
			"inclusion", "craftsmanship", "transparency", "community first", "work-life balance",
			"psychological safety", "generosity with time");

	/**
	 * A touchpoint template: {first} is the contact's first name, {topic} a topic from their audience;
	 * {@code initiator} is who reached out ({@code null}: either).
	 */
	public record InteractionTemplate(Channel channel, Initiator initiator, String summary, String outcome) {
	}

	public static final List<InteractionTemplate> INTERACTIONS = List.of(
			new InteractionTemplate(Channel.EMAIL, Initiator.ME,
					"Emailed {first} a short update and asked for their view on {topic}.",
					"{first} replied with a long, thoughtful answer; saved it to my notes."),
			new InteractionTemplate(Channel.EMAIL, Initiator.ME, "Sent {first} the article I mentioned about {topic}.",
					"Quick thanks back; said they'd share it with their team."),
			new InteractionTemplate(Channel.EMAIL, Initiator.THEM, "{first} wrote to ask for my take on {topic}.",
					"Sent three bullet points and offered a call if useful."),
			new InteractionTemplate(Channel.VIDEO_CALL, Initiator.ME, "30-minute video call with {first} about {topic}.",
					"Good call. Two concrete ideas to try; promised to report back in a month."),
			new InteractionTemplate(Channel.VIDEO_CALL, Initiator.MUTUAL,
					"Caught up with {first} over video; mostly about {topic}.",
					"They're swamped this quarter; agreed to talk again after their launch."),
			new InteractionTemplate(Channel.IN_PERSON, null, "Coffee with {first} near their office; we talked about {topic}.",
					"Really enjoyable. They offered to introduce me to someone on their team."),
			new InteractionTemplate(Channel.IN_PERSON, null,
					"Lunch with {first}. Started with {topic}, ended up talking about bikes.",
					"Felt like a real friendship forming. No asks either way, which was nice."),
			new InteractionTemplate(Channel.PHONE, Initiator.THEM,
					"{first} called while walking the dog; mostly about {topic}.",
					"Short but useful. They recommended a book; added it to my list."),
			new InteractionTemplate(Channel.LINKEDIN, Initiator.ME, "Commented on {first}'s post about {topic}.",
					"{first} replied and we moved to DMs for a bit."),
			new InteractionTemplate(Channel.LINKEDIN, Initiator.ME, "Congratulated {first} on the new role.",
					"Warm reply; they suggested catching up once they've settled in."),
			new InteractionTemplate(Channel.MESSAGING, null,
					"Slack DMs with {first} in the community workspace about {topic}.",
					"Swapped a couple of links; nothing to follow up on."),
			new InteractionTemplate(Channel.MESSAGING, Initiator.THEM,
					"{first} pinged me to ask whether I knew anyone to talk to about {topic}.",
					"Pointed them to two people and a write-up."),
			new InteractionTemplate(Channel.SOCIAL_MEDIA, Initiator.ME, "Shared {first}'s talk recording and tagged them.",
					"They reposted it and said thanks."),
			new InteractionTemplate(Channel.SOCIAL_MEDIA, Initiator.THEM, "{first} replied to my post about {topic}.",
					"Fun exchange; a few others joined in."),
			new InteractionTemplate(Channel.EVENT, Initiator.MUTUAL,
					"Ran into {first} at a community event; chatted about {topic}.", "Promised to send them my slides."));

	public static final List<String> NOTES = List.of(
			"Prefers email over calls; replies within a day or two.",
			"Mornings work best (they're on an early schedule).",
			"Has two kids; avoid scheduling after 4pm their time.",
			"Very generous with introductions, so make sure to give back.",
			"Writes a monthly newsletter; worth reading before we talk.",
			"Started a new role recently, so give them time to settle.",
			"Met once; promising but the relationship is still thin.",
			"Knows everyone in the Portland meetup scene.",
			"Ask about their marathon training.",
			"Strong opinions about documentation; great sounding board.");

	public static final List<String> HOW_MET = List.of("Introduced over email", "Former colleague at Brightloop",
			"Met at a friend's dinner party", "Connected after a LinkedIn post",
			"Sat next to each other at a workshop", "Mutual friend's barbecue",
			"Answered one of my questions in the community Slack");

	/** Give-and-take descriptions by kind (in ExchangeKind order): given, then received. {first}, {topic} as above. */
	public static final List<List<String>> EXCHANGES = List.of(
			List.of("Referred {first} to a hiring manager I know for a senior role.",
					"{first} referred me to an engineering manager opening at their company."),
			List.of("Introduced {first} to a friend who works on {topic}.",
					"{first} introduced me to a colleague who knows a lot about {topic}."),
			List.of("Gave {first} feedback on their conference abstract.",
					"{first} gave me advice on {topic}."),
			List.of("Helped {first} prepare for a system-design interview.",
					"{first} shared my article with their followers."),
			List.of("Wrote {first} a LinkedIn recommendation.",
					"{first} endorsed me for platform engineering on LinkedIn."),
			List.of("Sent {first} our internal guide on {topic}, cleaned up for sharing.",
					"{first} sent me their slide template and speaker notes."));

	public static final List<String> THANKS = List.of("Thanks so much, {first}. That really helped.",
			"Thank you for taking the time, {first}!", "Really appreciate it, {first}. I owe you a coffee.",
			"Thank you! I'll let you know how it goes.");

	/** Reasons to follow up after a touchpoint. */
	public static final List<String> FOLLOW_UPS = List.of("Send {first} the link I promised",
			"Share my notes on {topic} with {first}", "Ask {first} how {topic} turned out",
			"Introduce {first} to someone who knows a lot about {topic}", "Invite {first} to the next platform meetup",
			"Send {first} the recording of the talk we discussed");

	/** Lower-case ASCII slug of a name, for e-mail addresses and profile URLs. */
	public static String slug(String... parts) {
		StringBuilder sb = new StringBuilder();
		for (String part : parts) {
			String ascii = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			String clean = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
			if (clean.isEmpty()) {
				continue;
			}
			if (sb.length() > 0) {
				sb.append('-');
			}
			sb.append(clean);
		}
		return sb.toString();
	}

	/** A mail domain under example.com for an organization. */
	public static String domain(String organization) {
		String s = slug(organization).replace("-", "");
		return s.isEmpty() ? "example.net" : s + ".example.com";
	}
}
