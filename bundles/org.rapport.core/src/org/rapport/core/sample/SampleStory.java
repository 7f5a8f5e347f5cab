/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.sample;

import static org.rapport.model.Channel.EMAIL;
import static org.rapport.model.Channel.EVENT;
import static org.rapport.model.Channel.IN_PERSON;
import static org.rapport.model.Channel.LETTER;
import static org.rapport.model.Channel.LINKEDIN;
import static org.rapport.model.Channel.MESSAGING;
import static org.rapport.model.Channel.PHONE;
import static org.rapport.model.Channel.SOCIAL_MEDIA;
import static org.rapport.model.Channel.VIDEO_CALL;
import static org.rapport.model.ExchangeDirection.GIVEN;
import static org.rapport.model.ExchangeDirection.RECEIVED;
import static org.rapport.model.FollowUpOrigin.CADENCE;
import static org.rapport.model.FollowUpOrigin.INTERACTION;
import static org.rapport.model.FollowUpOrigin.MANUAL;
import static org.rapport.model.FollowUpOrigin.OPPORTUNITY;
import static org.rapport.model.FollowUpStatus.CANCELLED;
import static org.rapport.model.FollowUpStatus.DONE;
import static org.rapport.model.FollowUpStatus.OPEN;
import static org.rapport.model.FollowUpStatus.SKIPPED;
import static org.rapport.model.Initiator.ME;
import static org.rapport.model.Initiator.MUTUAL;
import static org.rapport.model.Initiator.THEM;

import java.util.List;

import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.ImportantDate;
import org.rapport.model.RapportFactory;
import org.rapport.model.Relationship;
import org.rapport.model.ActivityStatus;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeKind;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.GoalStatus;
import org.rapport.model.Interaction;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityKind;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.PlanElement;
import org.rapport.model.PlanReview;
import org.rapport.model.Priority;
import org.rapport.model.Profile;
import org.rapport.model.ReviewFinding;
import org.rapport.model.Severity;
import org.rapport.model.Skill;
import org.rapport.model.StrategyScore;
import org.rapport.model.Tier;

/**
 * The hand-written part of the sample plan: its owner, aspirations, goals, audiences, opportunities and
 * the key people with their stories (interactions, follow-ups, give and take, feedback), plus learning and
 * past reviews. The owner is Maya Okonjo, a senior platform engineer in Portland moving toward engineering
 * management, with developer relations and climate tech as longer-term options.
 */
final class SampleStory {

	private final PlanKit k;

	CareerAspiration manager;
	CareerAspiration speaker;
	CareerAspiration climateDevRel;

	NetworkingGoal interviews;
	NetworkingGoal mentor;
	NetworkingGoal talks;
	NetworkingGoal articles;
	NetworkingGoal climateContacts;
	NetworkingGoal mentees;
	NetworkingGoal followers;

	Audience leaders;
	Audience devrel;
	Audience climate;
	Audience local;

	Opportunity hackathon;
	Opportunity bootcamp;
	Opportunity guild;
	Opportunity summit;
	Opportunity writingWorkshop;
	Opportunity webinarEm;
	Opportunity climateForum;
	Opportunity mixer;
	Opportunity platformMeetup;
	Opportunity pitchNight;
	Opportunity roundtable;
	Opportunity climateCareers;
	Opportunity lightningTalk;
	Opportunity advocacyNow;
	Opportunity openInfraCfp;

	Contact rosa;
	Contact tom;
	Contact priya;
	Contact adaeze;
	Contact henrik;
	Contact kenji;
	Contact amara;
	Contact lucia;
	Contact ben;
	Contact lena;
	Contact omar;
	Contact sunita;
	Contact jules;
	Contact marcus;
	Contact dani;
	Contact kai;
	Contact ruth;
	Contact theo;

	private Skill leadership;
	private Skill speaking;
	private Skill writing;
	private Skill coaching;
	private Skill energy;

	private FollowUp henrikLastAttempt;
	private FollowUp benNudge;
	private Exchange tomEndorsement;

	SampleStory(PlanKit kit) {
		this.k = kit;
	}

	/** Everything that does not depend on the generated crowd of contacts. */
	void buildFrame() {
		owner();
		aspirations();
		audiences();
		goals();
		opportunities();
	}

	/** The key people and their stories. */
	void buildPeople() {
		people();
		interactions();
		followUps();
		exchanges();
	}

	/** Skills, learning, feedback and the past reviews. */
	void buildGrowth() {
		skills();
		learningAndFeedback();
		reviews();
	}

	private void owner() {
		k.plan.setName(SamplePlan.NAME);
		k.plan.setHorizonStart(k.day(-330));
		k.plan.setHorizonEnd(k.day(400));
		k.plan.setReviewCadenceDays(30);
		Profile me = k.factory.createProfile();
		me.setName("Maya Okonjo");
		me.setHeadline("Senior Software Engineer, Platform at Brightloop Analytics");
		me.setEmail("maya.okonjo@example.com");
		me.setLocation("Portland, OR");
		me.setSummary("Nine years building backend and platform systems; tech lead of Brightloop's move to a "
				+ "self-service deployment platform. Working toward engineering management, and keeping "
				+ "developer relations and climate-tech platforms open as the longer-term direction.");
		k.plan.setOwner(me);
	}

	private void aspirations() {
		manager = aspiration("Engineering manager of a platform team",
				"Lead a team of 5-8 engineers building internal developer platforms, at Brightloop or elsewhere. "
						+ "Grow people, not just systems.",
				540);
		speaker = aspiration("A recognised voice on developer experience",
				"Give talks and write regularly about paved-road platforms and developer experience, so that "
						+ "people come to me with problems and opportunities.",
				730);
		climateDevRel = aspiration("Developer relations or platform leadership in climate tech",
				"Within three years, do this work for a company whose mission I care about: energy data, "
						+ "grid software or carbon accounting.",
				1095);
	}

	private CareerAspiration aspiration(String title, String description, int horizonDays) {
		CareerAspiration a = k.factory.createCareerAspiration();
		a.setTitle(title);
		a.setDescription(description);
		a.setHorizon(k.day(horizonDays));
		k.plan.getAspirations().add(a);
		return a;
	}

	private void audiences() {
		leaders = audience("Engineering leaders",
				"Managers and directors who made the move from senior IC, especially of platform and infrastructure teams.",
				List.of("Software", "SaaS", "Fintech", "Logistics"),
				List.of("Engineering Manager", "Director of Engineering", "VP of Engineering", "Head of Platform", "CTO"),
				List.of("Manager", "Director", "VP", "C-level"),
				List.of("Portland, OR", "Seattle, WA", "Remote"),
				List.of("leadership", "management", "platform"),
				List.of(EMAIL, VIDEO_CALL, IN_PERSON),
				List.of("I'm preparing to move into engineering management and would value your perspective.",
						"Lessons from leading Brightloop's platform migration, including the mistakes."),
				"Migration notes and internal templates (one-on-ones, team charter), candid reviews of their "
						+ "engineering blog posts, and referrals of strong senior engineers.",
				"Curious, concise and respectful of their time; always arrive with a specific question.", 45);
		devrel = audience("Developer relations community",
				"Advocates, community managers and technical writers who can help me speak and write better, "
						+ "and who are a path into DevRel.",
				List.of("Developer tools", "Cloud infrastructure", "Databases"),
				List.of("Developer Advocate", "Head of Developer Relations", "Community Manager", "Technical Writer"),
				List.of("Mid", "Senior", "Lead"),
				List.of("Remote", "San Francisco, CA", "Berlin, Germany", "Toronto, ON"),
				List.of("devrel", "speaking", "writing"),
				List.of(SOCIAL_MEDIA, MESSAGING, EVENT, VIDEO_CALL),
				List.of("Platform teams are product teams; their users are developers.",
						"Practical, honest stories from running an internal developer platform."),
				"Real-world platform case studies for their content, reviews of CFP submissions and drafts, "
						+ "amplification of their work.",
				"Warm, generous and a little playful; share before asking.", 30);
		climate = audience("Climate-tech builders",
				"Founders and engineers at companies working on energy data, grid software and carbon accounting.",
				List.of("Climate tech", "Energy", "Sustainability"),
				List.of("Founder", "Staff Engineer", "Head of Platform", "Product Manager"),
				List.of("Senior", "Staff", "Founder"),
				List.of("Portland, OR", "Oakland, CA", "Boulder, CO", "Remote"),
				List.of("climate", "mission-driven"),
				List.of(EMAIL, LINKEDIN, IN_PERSON),
				List.of("I want to bring platform and developer-experience skills to climate work.",
						"I'm learning the domain and happy to help on the engineering side meanwhile."),
				"Platform and developer-tooling advice for small teams, API documentation reviews, "
						+ "introductions to experienced infrastructure engineers.",
				"Genuine and mission-first; specific about what I can offer, honest about what I don't know yet.",
				60);
		local = audience("Portland engineering community",
				"Peers, meetup organisers, bootcamp students and recruiters around Portland.",
				List.of("Software", "Education", "Recruiting"),
				List.of("Software Engineer", "Meetup Organizer", "Bootcamp Instructor", "Technical Recruiter"),
				List.of("Junior", "Mid", "Senior"),
				List.of("Portland, OR", "Vancouver, WA", "Beaverton, OR"),
				List.of("community", "portland", "mentoring"),
				List.of(IN_PERSON, MESSAGING, EVENT),
				List.of("Show up, help out, and share what we learn running a platform team.",
						"Happy to mentor people starting out."),
				"Mentoring, mock interviews, talks at the meetup, referrals to teams that are hiring.",
				"Friendly, casual and helpful.", 90);
	}

	private Audience audience(String name, String description, List<String> industries, List<String> roles,
			List<String> seniorities, List<String> locations, List<String> tags, List<Channel> channels,
			List<String> keyMessages, String valueOffered, String tone, int cadenceDays) {
		Audience a = k.factory.createAudience();
		a.setName(name);
		a.setDescription(description);
		a.getIndustries().addAll(industries);
		a.getRoles().addAll(roles);
		a.getSeniorities().addAll(seniorities);
		a.getLocations().addAll(locations);
		a.getTags().addAll(tags);
		CommunicationStrategy s = k.factory.createCommunicationStrategy();
		s.getChannels().addAll(channels);
		s.getKeyMessages().addAll(keyMessages);
		s.setValueOffered(valueOffered);
		s.setTone(tone);
		s.setCadenceDays(cadenceDays);
		a.setCommunication(s);
		k.plan.getAudiences().add(a);
		return a;
	}

	private void goals() {
		interviews = goal("Hold 12 informational conversations with engineering managers",
				"Understand what the job is really like in different companies before applying for it.",
				"informational interviews held", 12, 7, 90, Priority.HIGH, GoalStatus.ACTIVE,
				List.of(manager), List.of(leaders));
		mentor = goal("Find a mentor who has made the IC-to-manager move",
				"Someone a few years ahead who will be honest with me.",
				"mentoring sessions held", 6, 9, -60, Priority.HIGH, GoalStatus.ACHIEVED,
				List.of(manager), List.of(leaders));
		talks = goal("Give three talks at meetups or conferences",
				"Start with the local meetup, then a regional conference.",
				"talks given", 3, 1, 180, Priority.HIGH, GoalStatus.ACTIVE,
				List.of(speaker, climateDevRel), List.of(devrel, local));
		articles = goal("Publish six articles on developer experience",
				"On the team blog or my own; each one tied to something we actually shipped.",
				"articles published", 6, 2, 150, Priority.MEDIUM, GoalStatus.ACTIVE,
				List.of(speaker, climateDevRel), List.of(devrel));
		climateContacts = goal("Get to know ten people building climate software",
				"Learn the domain and find out where platform skills are needed.",
				"new climate-tech contacts with a real conversation", 10, 4, 240, Priority.MEDIUM,
				GoalStatus.ACTIVE, List.of(climateDevRel), List.of(climate));
		mentees = goal("Help two bootcamp graduates land their first engineering job",
				"Leadership practice outside work, through Code Forward PDX.",
				"mentees hired", 2, 1, 60, Priority.MEDIUM, GoalStatus.ACTIVE,
				List.of(manager), List.of(local));
		// Deliberately aligned with no aspiration and no audience: validation should question it.
		followers = goal("Reach 2,000 LinkedIn followers",
				"Seemed like a good idea in January.",
				"followers", 2000, 1240, 120, Priority.LOW, GoalStatus.PROPOSED, List.of(), List.of());
	}

	private NetworkingGoal goal(String title, String description, String metric, double target, double current,
			int dueDays, Priority priority, GoalStatus status, List<CareerAspiration> aspirations,
			List<Audience> audiences) {
		NetworkingGoal g = k.factory.createNetworkingGoal();
		g.setTitle(title);
		g.setDescription(description);
		g.setMetric(metric);
		g.setTargetValue(target);
		g.setCurrentValue(current);
		g.setDueDate(k.day(dueDays));
		g.setPriority(priority);
		g.setStatus(status);
		g.getAspirations().addAll(aspirations);
		g.getAudiences().addAll(audiences);
		k.plan.getGoals().add(g);
		return g;
	}

	private void opportunities() {
		hackathon = opportunity("Hack for the Watershed (civic hackathon)", OpportunityKind.VOLUNTEERING, false, -290,
				"Portland State University, Portland, OR", "https://watershed-hack.example.org",
				OpportunityStatus.FOLLOWED_UP, 14,
				"Mentored a team of students building a river-sensor dashboard. Met people from two climate startups.",
				List.of(mentees, climateContacts), List.of(local, climate));
		bootcamp = opportunity("Code Forward PDX mentoring programme", OpportunityKind.VOLUNTEERING, false, -240,
				"Code Forward PDX, Portland, OR", "https://codeforward-pdx.example.org/mentors",
				OpportunityStatus.ATTENDED, 36, "Two hours every other week with two students.",
				List.of(mentees), List.of(local));
		guild = opportunity("Developer Experience Guild (Slack community)", OpportunityKind.ONLINE_COMMUNITY, true, -200,
				null, "https://devex-guild.example.org", OpportunityStatus.ATTENDED, 25,
				"Active in #platform-teams and #writing. Best place to test article ideas.",
				List.of(articles, talks), List.of(devrel));
		summit = opportunity("Cascadia DevEx Summit", OpportunityKind.CONFERENCE, false, -150,
				"Oregon Convention Center, Portland, OR", "https://cascadia-devex.example.org",
				OpportunityStatus.FOLLOWED_UP, 18,
				"Attended both days and the speaker dinner (thanks to Priya's spare ticket). Followed up with everyone within a week.",
				List.of(talks, interviews), List.of(devrel, leaders));
		writingWorkshop = opportunity("Writing for Developers (online workshop)", OpportunityKind.WORKSHOP, true, -120,
				null, "https://quillfeatherdocs.example.com/workshops/writing-for-developers",
				OpportunityStatus.FOLLOWED_UP, 6, "Three evening sessions. Homework was brutal and useful.",
				List.of(articles), List.of(devrel));
		webinarEm = opportunity("From IC to EM: the first 90 days (webinar)", OpportunityKind.WEBINAR, true, -100, null,
				"https://halyardsystems.example.com/events/ic-to-em", OpportunityStatus.FOLLOWED_UP, 1.5,
				"Rosa was on the panel. Good Q&A on how to say no to your old IC work.",
				List.of(interviews), List.of(leaders));
		climateForum = opportunity("Climate Software Collective forum", OpportunityKind.ONLINE_COMMUNITY, true, -75,
				null, "https://climate-software.example.org/forum", OpportunityStatus.ATTENDED, 8,
				"Lurked for a month, then started answering infrastructure questions.",
				List.of(climateContacts), List.of(climate));
		mixer = opportunity("Climate Tech Builders Mixer", OpportunityKind.SOCIAL_EVENT, false, -60,
				"Ecotrust Building, Portland, OR", null, OpportunityStatus.ATTENDED, 3,
				"Great crowd. Haven't followed up with everyone yet.", List.of(climateContacts), List.of(climate));
		platformMeetup = opportunity("PDX Platform Engineering Meetup (monthly)", OpportunityKind.MEETUP, false, -40,
				"Rosewood Interactive office, Portland, OR", "https://pdx-platform.example.org",
				OpportunityStatus.FOLLOWED_UP, 3, "Talk on internal developer portals; pizza and good questions.",
				List.of(talks, interviews), List.of(local, leaders));
		pitchNight = opportunity("Startup Week pitch night", OpportunityKind.SOCIAL_EVENT, false, -25,
				"Downtown Portland", null, OpportunityStatus.DECLINED, 0,
				"Clashed with my on-call week, and not really aligned with my goals anyway.", List.of(), List.of(local));
		roundtable = opportunity("Engineering Leadership Roundtable (virtual)", OpportunityKind.WEBINAR, true, -20, null,
				"https://eng-leadership-roundtable.example.net", OpportunityStatus.ATTENDED, 2,
				"Small-group breakouts; met two managers from fintech.", List.of(interviews), List.of(leaders));
		climateCareers = opportunity("Careers in climate software (webinar)", OpportunityKind.WEBINAR, true, 9, null,
				"https://climate-software.example.org/events/careers", OpportunityStatus.REGISTERED, 1.5, null,
				List.of(climateContacts), List.of(climate));
		lightningTalk = opportunity("Lightning talk: \"Paved roads, not golden cages\" at PDX Platform Engineering Meetup",
				OpportunityKind.MEETUP, false, 18, "Rosewood Interactive office, Portland, OR",
				"https://pdx-platform.example.org", OpportunityStatus.REGISTERED, 10,
				"My first talk. Slot confirmed by Marcus.", List.of(talks), List.of(local, devrel));
		advocacyNow = opportunity("Advocacy Now conference", OpportunityKind.CONFERENCE, false, 52,
				"Seattle, WA", "https://advocacy-now.example.org", OpportunityStatus.PLANNED, 20,
				"Kenji thinks my platform story would fit the 'internal advocacy' track.",
				List.of(talks, interviews), List.of(devrel, leaders));
		openInfraCfp = opportunity("Open Infrastructure Days, call for papers", OpportunityKind.CONFERENCE, false, 140,
				"Berlin, Germany", "https://openinfra-days.example.org/cfp", OpportunityStatus.IDENTIFIED, 0,
				"CFP closes in three weeks. Would need travel budget.", List.of(talks), List.of(devrel));
	}

	private Opportunity opportunity(String name, OpportunityKind kind, boolean online, int dayOffset, String place,
			String url, OpportunityStatus status, double effortHours, String notes, List<NetworkingGoal> goals,
			List<Audience> audiences) {
		Opportunity o = k.factory.createOpportunity();
		o.setName(name);
		o.setKind(kind);
		o.setOnline(online);
		o.setDate(k.day(dayOffset));
		o.setPlace(place);
		o.setUrl(url);
		o.setStatus(status);
		o.setEffortHours(effortHours);
		o.setNotes(notes);
		o.getGoals().addAll(goals);
		o.getAudiences().addAll(audiences);
		k.plan.getOpportunities().add(o);
		return o;
	}

	/** Past opportunities (attended or followed up), each with the audience it mostly reached. */
	List<Opportunity> attendedOpportunities() {
		return List.of(hackathon, bootcamp, guild, summit, writingWorkshop, webinarEm, climateForum, mixer,
				platformMeetup, roundtable);
	}

	private void people() {
		rosa = k.contact("Rosa", "Delgado", "Halyard Systems", "Director of Engineering", "Portland, OR", Tier.A, leaders);
		k.reachable(rosa, "+1 555-0101");
		k.interests(rosa, List.of("coaching", "trail running", "platform engineering"),
				List.of("psychological safety", "generosity with time"));
		rosa.setCadenceDays(21);
		rosa.setHowMet("Introduced by Tom Becker over email");
		rosa.getTags().addAll(List.of("mentor", "leadership"));
		rosa.setNotes("My mentor. Went from staff engineer to EM at Halyard six years ago, now a director. "
				+ "Monthly sessions; she likes an agenda sent the day before.");
		// dates to remember, relative to today so the Agenda always shows some: a birthday in a few days (the year
		// known), another later without the year, an anniversary
		rosa.setBirthday(PartialDate.of(k.today.plusDays(4).minusYears(46)));
		rosa.setOrganizationUnit("Platform Engineering");
		rosa.setPrefix("Dr.");

		tom = k.contact("Tom", "Becker", "Northbeam Logistics", "VP of Engineering", "Seattle, WA", Tier.A, leaders);
		k.reachable(tom, "+1 555-0102");
		ContactInfo.addEmail(tom, "tom.becker@example.net");
		k.interests(tom, List.of("cycling", "distributed systems"), List.of("transparency", "craftsmanship"));
		tom.setHowMet("My manager at Brightloop from 2019 to 2022");
		tom.getTags().addAll(List.of("former-manager", "reference"));
		tom.setNotes("Will be a reference when I apply for EM roles. Direct; appreciates directness back.");

		priya = k.contact("Priya", "Shah", "Brightloop Analytics", "Staff Engineer", "Portland, OR", Tier.A, leaders, local);
		k.reachable(priya, "+1 555-0103");
		k.interests(priya, List.of("observability", "public speaking", "board games"),
				List.of("kindness in code review", "learning in public"));
		priya.setCadenceDays(14);
		priya.setHowMet("Colleague on the platform team");
		priya.getTags().add("colleague");
		priya.setNotes("Gives the most useful feedback I get. Going for staff+ promotion this cycle.");

		adaeze = k.contact("Adaeze", "Nwankwo", "Copperline Payments", "Engineering Manager", "Remote (Denver, CO)",
				Tier.B, leaders);
		k.reachable(adaeze, null);
		k.interests(adaeze, List.of("inclusive hiring", "platform engineering"), List.of("inclusion"));
		adaeze.setMetAt(roundtable);
		adaeze.setHowMet("Same breakout room at the leadership roundtable");
		adaeze.setNotes("Manages the payments platform team (7 people). Moved from IC 18 months ago.");

		henrik = k.contact("Henrik", "Solberg", "Ostrava Labs", "CTO", "Seattle, WA", Tier.B, leaders);
		k.reachable(henrik, null);
		k.interests(henrik, List.of("developer experience"), List.of());
		henrik.setMetAt(summit);
		henrik.setHowMet("Speaker dinner at Cascadia DevEx Summit");
		henrik.setNotes("Very busy. Said 'email me' at the dinner; hasn't answered yet. Third try is the last.");

		kenji = k.contact("Kenji", "Watanabe", "Pipewright Labs", "Head of Developer Relations", "Remote (Toronto, ON)",
				Tier.A, devrel);
		k.reachable(kenji, "+1 555-0106");
		ContactInfo.addUrl(kenji, "https://kenji-writes.example.org");
		k.interests(kenji, List.of("technical writing", "jazz", "developer experience"),
				List.of("learning in public", "community first"));
		kenji.setMetAt(summit);
		kenji.setHowMet("Sat next to him at the Cascadia DevEx Summit speaker dinner");
		kenji.getTags().addAll(List.of("devrel", "writing"));
		kenji.setNotes("Reviews my drafts; sharp about structure. Thinks I'd be good in DevRel.");

		amara = k.contact("Amara", "Nwosu", "Murmuration.dev", "Community Manager", "Portland, OR", Tier.B, devrel, local);
		k.reachable(amara, "+1 555-0107");
		k.interests(amara, List.of("public speaking", "urban gardening"), List.of("community first", "inclusion"));
		amara.setMetAt(summit);
		amara.setIntroducedBy(kenji);
		amara.setHowMet("Kenji introduced us at the summit; she organises it");
		amara.getTags().add("organizer");

		lucia = k.contact("Lucía", "Ferraro", "Quillfeather Docs", "Technical Writer", "Remote (Lisbon)", Tier.B, devrel);
		k.reachable(lucia, null);
		k.interests(lucia, List.of("technical writing", "accessibility"), List.of("craftsmanship"));
		lucia.setMetAt(writingWorkshop);
		lucia.setHowMet("Ran the Writing for Developers workshop");

		ben = k.contact("Ben", "Ashworth", "Cobaltline Cloud", "Senior Developer Advocate", "Austin, TX", Tier.B, devrel);
		k.reachable(ben, "+1 555-0109");
		k.interests(ben, List.of("Rust", "sci-fi novels"), List.of("learning in public"));
		ben.setHowMet("Former colleague at Brightloop");
		ben.setNotes("We used to talk every few weeks. Lost touch after he moved to Austin.");

		lena = k.contact("Lena", "Fischer", "GridLeaf Energy", "Founder & CEO", "Portland, OR", Tier.A, climate);
		k.reachable(lena, "+1 555-0110");
		k.interests(lena, List.of("climate policy", "cycling", "data visualization"),
				List.of("sustainability", "transparency"));
		lena.setMetAt(mixer);
		lena.setHowMet("Talked for an hour at the Climate Tech Builders Mixer");
		lena.getTags().addAll(List.of("founder", "climate"));
		lena.setBirthday(PartialDate.of(k.today.plusDays(17)).withoutYear());
		ImportantDate founded = RapportFactory.eINSTANCE.createImportantDate();
		founded.setLabel("GridLeaf founded");
		founded.setDate(PartialDate.of(k.today.plusDays(9).minusYears(5)));
		lena.getImportantDates().add(founded);
		lena.setNotes("GridLeaf sells grid-edge forecasting to utilities; 14 people, hiring their first platform "
				+ "engineer next year. Wants help on their public API docs.");

		omar = k.contact("Omar", "Haddad", "Carbonwise Analytics", "Staff Engineer", "Oakland, CA", Tier.B, climate);
		k.reachable(omar, null);
		k.interests(omar, List.of("distributed systems", "climate policy"), List.of("sustainability"));
		omar.setIntroducedBy(lena);
		omar.setHowMet("Introduced by Lena Fischer");
		Relationship colleague = RapportFactory.eINSTANCE.createRelationship();
		colleague.setLabel("former colleague");
		colleague.setContact(lena);
		omar.getRelationships().add(colleague);

		sunita = k.contact("Sunita", "Rao", "Tidal Ledger", "Head of Platform", "Boulder, CO", Tier.B, climate, leaders);
		k.reachable(sunita, null);
		k.interests(sunita, List.of("platform engineering", "trail running"), List.of("work-life balance"));
		sunita.setMetAt(climateForum);
		sunita.setHowMet("She answered my question about carbon-accounting pipelines on the forum");

		jules = k.contact("Jules", "Mercer", "Sunspan Microgrids", "Product Manager, Grid Software", null, Tier.C, climate);
		jules.setMetAt(mixer);
		jules.setHowMet("Brief chat at the Climate Tech Builders Mixer");
		jules.setNotes("Lost their card. Lena knows them: ask her for an introduction.");

		marcus = k.contact("Marcus", "Bell", "Rosewood Interactive", "Meetup Organizer", "Portland, OR", Tier.A, local);
		k.reachable(marcus, "+1 555-0114");
		k.interests(marcus, List.of("platform engineering", "home espresso"),
				List.of("community first"));
		marcus.setMetAt(hackathon);
		marcus.setHowMet("Co-mentored a team at Hack for the Watershed");
		marcus.getTags().add("organizer");
		marcus.setNotes("Runs the PDX Platform Engineering Meetup. Always looking for speakers.");

		dani = k.contact("Dani", "Ortiz", "Willamette Web Works", "Junior Developer", "Portland, OR", Tier.B, local);
		k.reachable(dani, "+1 555-0115");
		k.interests(dani, List.of("accessibility", "board games"), List.of("learning in public"));
		dani.setMetAt(bootcamp);
		dani.setHowMet("My mentee at Code Forward PDX");
		dani.getTags().add("mentee");
		dani.setNotes("Hired at Willamette Web Works after my referral. Check in every couple of months.");

		kai = k.contact("Kai", "Tanaka-Brooks", "Freelance", "Junior Developer", "Vancouver, WA", Tier.B, local);
		ContactInfo.addEmail(kai, "kai.tb@example.net");
		k.interests(kai, List.of("data visualization"), List.of("work-life balance"));
		kai.setMetAt(bootcamp);
		kai.setHowMet("My second mentee at Code Forward PDX");
		kai.getTags().add("mentee");
		kai.setNotes("Still job hunting; went quiet in the summer.");

		ruth = k.contact("Ruth", "Abernathy", "Alder Street Studio", "Technical Recruiter", "Portland, OR", Tier.C, local);
		k.reachable(ruth, "+1 555-0117");
		ruth.setCadenceDays(120);
		ruth.setHowMet("Reached out about a role on LinkedIn");
		ruth.setNotes("Specialises in engineering leadership roles. Keep warm for when I start looking.");

		theo = k.contact("Theo", "Vasquez", "Portland State University", "Student", "Portland, OR", Tier.C, local, climate);
		theo.setMetAt(hackathon);
		theo.setHowMet("A student on the hackathon team I mentored");
		theo.setNotes("Never got his contact details.");
		k.interests(theo, List.of("climate policy"), List.of());

		for (Contact c : List.of(henrik, kenji, amara)) {
			summit.getContactsMet().add(c);
		}
		writingWorkshop.getContactsMet().add(lucia);
		mixer.getContactsMet().addAll(List.of(lena, jules));
		hackathon.getContactsMet().addAll(List.of(marcus, theo));
		bootcamp.getContactsMet().addAll(List.of(dani, kai));
		climateForum.getContactsMet().add(sunita);
		roundtable.getContactsMet().add(adaeze);
		platformMeetup.getContactsMet().addAll(List.of(marcus, priya));
		webinarEm.getContactsMet().add(rosa);
	}

	private Interaction rosaLatest;
	private Interaction adaezeCall;
	private Interaction lenaCoffee;
	private Interaction omarCall;
	private Interaction kenjiCfp;
	private Interaction sunitaCall;
	private Interaction marcusSlot;

	private void interactions() {
		// Rosa: from introduction to monthly mentoring.
		k.interaction(-250, EMAIL, ME,
				"Tom introduced me to Rosa. Wrote to ask whether she'd be open to a conversation about moving into management.",
				"She said yes and suggested a video call next week.", null, rosa);
		k.interaction(-243, VIDEO_CALL, MUTUAL,
				"First call with Rosa: how she went from staff engineer to EM at Halyard.",
				"Agreed to meet monthly for six months. Homework: write down what I think a manager's job is.", null, rosa);
		k.interaction(-215, VIDEO_CALL, ME, "Mentoring session: my 'manager's job' list. She crossed out half of it.",
				"Key point: the job is the team's output, not mine. Try running sprint planning next quarter.", null, rosa);
		k.interaction(-186, VIDEO_CALL, ME, "Mentoring session on one-on-ones.",
				"She thinks mine sound like status meetings. Sent me her question list.", null, rosa);
		k.interaction(-155, VIDEO_CALL, ME, "Mentoring session: how to tech-lead the migration without doing all the work.",
				"Delegate the scary parts, review them closely. Write down decisions.", null, rosa);
		k.interaction(-125, IN_PERSON, MUTUAL, "Coffee with Rosa at Halyard's office instead of the usual call.",
				"Talked about her path to director; she'd hire for attitude over experience.", null, rosa);
		k.interaction(-100, EVENT, ME, "Asked Rosa a question in the Q&A of the IC-to-EM webinar.",
				"She turned it into a five-minute answer, which was generous.", webinarEm, rosa);
		k.interaction(-95, VIDEO_CALL, ME, "Mentoring session: the migration is late; how to tell leadership.",
				"Bad news early, with options. Wrote the update with her template.", null, rosa);
		k.interaction(-64, VIDEO_CALL, ME, "Mentoring session: a teammate is struggling.",
				"Role-played the conversation. Felt awkward and helpful.", null, rosa);
		k.interaction(-36, VIDEO_CALL, ME, "Mentoring session: should I apply for the open EM role at Brightloop?",
				"She says yes, and to ask for feedback whatever the outcome.", null, rosa);
		rosaLatest = k.interaction(-8, VIDEO_CALL, ME, "Mentoring session: wrapping up our six months.",
				"She offered to keep going every six weeks. I'll send a proper thank-you.", null, rosa);

		// Tom: former manager, sponsor.
		k.interaction(-320, LINKEDIN, THEM, "Tom messaged after seeing my post about the platform migration.",
				"Offered to introduce me to Rosa Delgado when I told him about the EM idea.", null, tom);
		k.interaction(-300, PHONE, MUTUAL, "Call with Tom: am I ready for an EM role?",
				"He thinks yes in 12-18 months, after real people-leadership reps. Suggested tech-leading the migration.",
				null, tom);
		k.interaction(-170, IN_PERSON, THEM, "Dinner with Tom when he was in Portland for work.",
				"Candid feedback: I solve people's problems for them instead of coaching them.", null, tom);
		k.interaction(-70, EMAIL, ME, "Sent Tom an update on the migration and the tech-lead role.",
				"'Told you so.' Offered to write a LinkedIn recommendation.", null, tom);

		// Priya: colleague and honest critic.
		k.interaction(-300, IN_PERSON, MUTUAL, "Lunch with Priya; she's starting her staff promotion packet.",
				"Offered to write a peer endorsement.", null, priya);
		k.interaction(-200, IN_PERSON, THEM, "Priya had a spare ticket for the Cascadia DevEx Summit.",
				"Took it. Owe her one.", null, priya);
		k.interaction(-160, MESSAGING, ME, "Sent Priya my endorsement for her promotion packet.",
				"She cried a bit (her words). Packet went in on time.", null, priya);
		k.interaction(-90, IN_PERSON, ME, "Dry run of my meetup talk with Priya.",
				"Slides too dense, story starts too late. Rewrote the opening.", null, priya);
		k.interaction(-61, MESSAGING, THEM, "Priya got the staff promotion!", "Celebrated with the team.", null, priya);
		k.interaction(-12, MESSAGING, MUTUAL, "Swapped notes with Priya about the open EM role.",
				"She'll support my application; wants me to stay close to the tech.", null, priya);

		// Summit: the speaker dinner and what followed.
		k.interaction(-150, EVENT, MUTUAL,
				"Speaker dinner at Cascadia DevEx Summit with Kenji, Amara and Henrik. Long talk about docs as a product.",
				"Kenji introduced me to Amara; Henrik said to email him about how Ostrava grew its platform team.",
				summit, kenji, amara, henrik);
		k.interaction(-145, EMAIL, ME, "Thank-you notes to Kenji and Amara after the summit.",
				"Both replied. Kenji offered to review an article draft.", summit, kenji, amara);
		k.interaction(-118, VIDEO_CALL, ME, "Kenji reviewed my draft on paved-road platforms.",
				"Brutal about the intro. Shared his CFP-review checklist.", null, kenji);
		k.interaction(-80, MESSAGING, THEM, "Kenji shared my article in his newsletter.",
				"Traffic spike; two people from climate companies got in touch.", null, kenji);
		k.interaction(-45, VIDEO_CALL, MUTUAL, "Catch-up with Kenji about DevRel as a career.",
				"He thinks my platform experience is rare in DevRel. Suggested Advocacy Now.", null, kenji);
		kenjiCfp = k.interaction(-15, EMAIL, THEM, "Kenji sent me the Advocacy Now CFP with a note: 'this is yours'.",
				"Need to reply and decide on a topic.", null, kenji);
		k.interaction(-130, EMAIL, ME, "Asked Amara how the summit picks speakers.",
				"Sent me last year's rubric. Suggested I start at the local meetup.", null, amara);
		k.interaction(-58, EMAIL, THEM, "Amara asked if I'd help review CFP submissions for next year's summit.",
				"Said yes; reviewed twelve.", null, amara);
		k.interaction(-110, EMAIL, ME, "Emailed Henrik asking for 30 minutes on how Ostrava grew its platform team.",
				"No reply.", null, henrik);
		k.interaction(-96, EMAIL, ME, "Gentle nudge to Henrik, with a shorter ask.", "No reply.", null, henrik);
		k.interaction(-62, LINKEDIN, ME, "Second nudge to Henrik on LinkedIn.", "Seen, no reply.", null, henrik);

		// Writing.
		k.interaction(-120, EVENT, ME, "Writing for Developers workshop, session three: Lucía critiqued my homework.",
				"Cut 40% of the words. It got better.", writingWorkshop, lucia);
		k.interaction(-112, EMAIL, ME, "Thanked Lucía for the workshop and asked if she'd look at a real draft.",
				"She agreed, for the one on platform adoption.", null, lucia);
		k.interaction(-85, EMAIL, THEM, "Lucía sent back my draft with comments.",
				"Hedging words everywhere. Fixed and published.", null, lucia);
		k.interaction(-33, LINKEDIN, THEM, "Lucía shared my second article.", "Nice comments from her network.", null,
				lucia);

		// Ben: a relationship left to go cold.
		k.interaction(-330, VIDEO_CALL, MUTUAL, "Caught up with Ben after his move to Austin.",
				"He's enjoying DevRel at Cobaltline; said to ping him about speaking.", null, ben);
		k.interaction(-245, SOCIAL_MEDIA, ME, "Congratulated Ben on his conference keynote.", "Quick thanks.", null, ben);

		// Leadership conversations.
		k.interaction(-20, EVENT, MUTUAL,
				"Breakout room with Adaeze at the leadership roundtable: first-year manager mistakes.",
				"Asked if we could continue the conversation; she said yes.", roundtable, adaeze);
		k.interaction(-14, EMAIL, ME, "Emailed Adaeze to set up an informational interview.", "Booked for next week.",
				null, adaeze);
		adaezeCall = k.interaction(-9, VIDEO_CALL, ME, "Informational interview with Adaeze about her first 18 months as EM.",
				"Hiring managers will want evidence of people leadership. Promised to send our adoption metrics doc.",
				null, adaeze);

		// Climate.
		k.interaction(-75, MESSAGING, ME, "Asked on the Climate Software Collective forum about carbon-accounting pipelines.",
				"Sunita answered with a detailed write-up. Thanked her in the thread.", climateForum, sunita);
		sunitaCall = k.interaction(-50, VIDEO_CALL, MUTUAL, "Call with Sunita about Tidal Ledger's platform team.",
				"Three engineers, lots of toil. She'd like to see my talk when it's recorded.", null, sunita);
		k.interaction(-60, EVENT, MUTUAL, "Met Lena and Jules at the Climate Tech Builders Mixer.",
				"Lena and I talked for an hour about GridLeaf's API. Didn't get Jules's details.", mixer, lena, jules);
		k.interaction(-57, EMAIL, ME, "Nice-to-meet-you email to Lena with the link we talked about.",
				"She replied the same day and suggested coffee.", null, lena);
		lenaCoffee = k.interaction(-30, IN_PERSON, MUTUAL, "Coffee with Lena near the GridLeaf office.",
				"Offered feedback on their API docs; she offered to introduce me to Omar at Carbonwise.", null, lena);
		k.interaction(-26, EMAIL, ME, "Introduction thread: thanked Lena, moved her to bcc, proposed times to Omar.",
				"Omar picked a slot.", null, omar);
		omarCall = k.interaction(-19, VIDEO_CALL, MUTUAL, "Call with Omar about Carbonwise's data platform.",
				"He asked how we structured our platform team; promised to send notes.", null, omar);

		// Local community.
		k.interaction(-290, EVENT, MUTUAL, "Co-mentored a student team with Marcus at Hack for the Watershed; Theo was on it.",
				"The team won 'best use of open data'. Marcus invited me to the platform meetup.", hackathon, marcus, theo);
		k.interaction(-180, MESSAGING, THEM, "Marcus asked if I'd give a talk at the meetup some time.",
				"Said 'later in the year'. Should have said yes.", null, marcus);
		k.interaction(-40, EVENT, MUTUAL, "PDX Platform Engineering Meetup; Priya came along.",
				"Told Marcus I'm ready for a lightning talk.", platformMeetup, marcus, priya);
		marcusSlot = k.interaction(-35, MESSAGING, THEM, "Marcus confirmed a lightning-talk slot next month.",
				"Need to send him an abstract and final slides.", null, marcus);
		k.interaction(-6, EMAIL, ME, "Sent Marcus the abstract for the lightning talk.", "He posted it on the meetup page.",
				null, marcus);
		k.interaction(-240, IN_PERSON, MUTUAL, "First mentoring session with Dani and Kai at Code Forward PDX.",
				"Set goals: portfolio projects and mock interviews.", bootcamp, dani, kai);
		k.interaction(-210, IN_PERSON, ME, "Mock system-design interview with Dani.", "Nervous but solid.", bootcamp, dani);
		k.interaction(-200, VIDEO_CALL, ME, "Mock interview with Kai.", "Needs to practise explaining trade-offs.", bootcamp,
				kai);
		k.interaction(-160, IN_PERSON, ME, "Session with Kai: portfolio review.", "He'll rebuild the README.", bootcamp, kai);
		k.interaction(-130, EMAIL, THEM, "Dani sent a résumé for review.", "Reviewed it the same evening.", null, dani);
		k.interaction(-120, PHONE, THEM, "Dani called: offer from Willamette Web Works!", "Celebrated. Referral worked.",
				null, dani);
		k.interaction(-31, MESSAGING, ME, "Checked in with Dani two months into the job.",
				"Going well; first on-call next month, a little scared.", null, dani);
		k.interaction(-270, LINKEDIN, THEM, "Ruth reached out about a senior role at a client.",
				"Not looking; told her I'm aiming for EM roles in a year. She'll keep me in mind.", null, ruth);
		k.interaction(-130, EMAIL, ME, "Sent Ruth a short update on my EM plans.", "She asked for a CV when I'm ready.",
				null, ruth);
	}

	private void followUps() {
		// Rosa.
		k.done(k.followUp(rosa, -180, "Send Rosa my one-on-one question list for feedback", DONE, 1, 1, INTERACTION), -182);
		k.done(k.followUp(rosa, -90, "Share the migration status update I wrote with her template", DONE, 1, 1,
				INTERACTION), -92);
		FollowUp f = k.followUp(rosa, 13, "Book the first six-weekly session with Rosa", OPEN, 1, 1, INTERACTION);
		f.setOriginInteraction(rosaLatest);
		// Tom.
		k.followUp(tom, 45, "Ask Tom to be a reference once the EM search starts", OPEN, 1, 1, MANUAL);
		// Henrik: a persistence sequence of three attempts.
		k.done(k.followUp(henrik, -100, "Nudge Henrik about the platform-team conversation", DONE, 1, 3, INTERACTION), -96);
		k.done(k.followUp(henrik, -65, "Second nudge to Henrik, via LinkedIn this time", DONE, 2, 3, INTERACTION), -62);
		henrikLastAttempt = k.followUp(henrik, -5, "Last try with Henrik: offer a 15-minute call at his convenience",
				OPEN, 3, 3, INTERACTION);
		// Adaeze.
		f = k.done(k.followUp(adaeze, -7, "Thank Adaeze and send her the platform adoption metrics doc", DONE, 1, 1,
				INTERACTION), -8);
		f.setOriginInteraction(adaezeCall);
		// Kenji and Amara.
		k.done(k.followUp(kenji, -143, "Email everyone I met at the summit", DONE, 1, 1, OPPORTUNITY), -145)
				.setOriginOpportunity(summit);
		k.done(k.followUp(kenji, -110, "Send Kenji the revised draft", DONE, 1, 1, INTERACTION), -108);
		f = k.followUp(kenji, -1, "Reply to Kenji about the Advocacy Now CFP with a topic", OPEN, 1, 2, INTERACTION);
		f.setOriginInteraction(kenjiCfp);
		k.followUp(amara, -100, "Ask Amara about volunteering at next year's summit (cancelled: their volunteer slots filled up)",
				CANCELLED, 1, 1, MANUAL);
		// Ben: cadence reminders for a relationship going cold.
		k.done(k.followUp(ben, -150, "Been a while: check in with Ben", SKIPPED, 1, 3, CADENCE), -150)
				.setReason("Been a while: check in with Ben (skipped: heads-down on the migration)");
		benNudge = k.followUp(ben, -40, "Been a while: check in with Ben, maybe about speaking at Cobaltline's meetup",
				OPEN, 2, 3, CADENCE);
		// Climate.
		f = k.followUp(lena, 3, "Send Lena my notes on GridLeaf's API docs", OPEN, 1, 1, INTERACTION);
		f.setOriginInteraction(lenaCoffee);
		f = k.followUp(omar, 0, "Send Omar the notes on how we structured our platform team", OPEN, 1, 1, INTERACTION);
		f.setOriginInteraction(omarCall);
		f = k.followUp(jules, -10, "Ask Lena to introduce me to Jules from Sunspan", OPEN, 1, 2, OPPORTUNITY);
		f.setOriginOpportunity(mixer);
		f = k.followUp(sunita, 24, "Send Sunita the lightning talk recording once it's up", OPEN, 1, 1, INTERACTION);
		f.setOriginInteraction(sunitaCall);
		// Local.
		f = k.followUp(marcus, 5, "Send Marcus the final slides for the lightning talk", OPEN, 1, 1, INTERACTION);
		f.setOriginInteraction(marcusSlot);
		k.done(k.followUp(dani, -129, "Review Dani's résumé and send comments", DONE, 1, 1, INTERACTION), -130);
		k.followUp(dani, 30, "Ask Dani how the first on-call went", OPEN, 1, 1, MANUAL);
		k.followUp(kai, -25, "Haven't heard from Kai in months: check in on the job hunt", OPEN, 1, 2, CADENCE);
		k.followUp(ruth, 20, "Check in with Ruth about EM openings in the spring", OPEN, 1, 1, MANUAL);
		k.done(k.followUp(priya, -85, "Buy Priya coffee for the dry-run feedback", DONE, 1, 1, INTERACTION), -84);
	}

	private void exchanges() {
		// Received, thanked.
		Exchange e = k.exchange(tom, RECEIVED, ExchangeKind.INTRODUCTION, -252, "Introduced me to Rosa Delgado at Halyard.");
		k.thank(tom, e, -249, EMAIL, "Thank you for the introduction to Rosa. We're meeting next week!");
		e = k.exchange(rosa, RECEIVED, ExchangeKind.ADVICE, -186, "Her list of one-on-one questions and how she uses it.");
		k.thank(rosa, e, -184, LETTER, "A handwritten card: the questions already changed two of my one-on-ones.");
		e = k.exchange(kenji, RECEIVED, ExchangeKind.INTRODUCTION, -150, "Introduced me to Amara, who organises the summit.");
		k.thank(kenji, e, -145, EMAIL, "Thanks for introducing me to Amara, and for the great dinner conversation.");
		e = k.exchange(kenji, RECEIVED, ExchangeKind.RESOURCE, -118, "His CFP-review checklist.");
		k.thank(kenji, e, -117, MESSAGING, "This checklist is gold. Thank you!");
		e = k.exchange(priya, RECEIVED, ExchangeKind.SUPPORT, -200, "Gave me her spare ticket to the Cascadia DevEx Summit.");
		k.thank(priya, e, -199, IN_PERSON, "Thanked her in person, and promised to pay it forward.");
		e = k.exchange(priya, RECEIVED, ExchangeKind.ADVICE, -90, "Feedback on the dry run of my meetup talk.");
		k.thank(priya, e, -84, IN_PERSON, "Coffee's on me. The new opening is so much better.");
		e = k.exchange(lucia, RECEIVED, ExchangeKind.ADVICE, -85, "Line-by-line review of my article draft.");
		k.thank(lucia, e, -83, EMAIL, "Thank you for the careful review. The article is live, and it's much tighter.");
		e = k.exchange(lena, RECEIVED, ExchangeKind.INTRODUCTION, -28, "Introduced me to Omar Haddad at Carbonwise.");
		k.thank(lena, e, -27, EMAIL, "Thanks for connecting me with Omar!");
		e = k.exchange(sunita, RECEIVED, ExchangeKind.ADVICE, -75, "Detailed forum answer on carbon-accounting pipelines.");
		k.thank(sunita, e, -74, MESSAGING, "Thanked her in the thread and by DM.");
		e = k.exchange(dani, RECEIVED, ExchangeKind.ENDORSEMENT, -100,
				"Wrote a lovely LinkedIn recommendation about my mentoring.");
		k.thank(dani, e, -99, LINKEDIN, "Thank you, Dani. Watching you grow has been the best part of the programme.");
		// Received, not thanked yet (thanks owed).
		tomEndorsement = k.exchange(tom, RECEIVED, ExchangeKind.ENDORSEMENT, -68,
				"LinkedIn recommendation about my leadership on the migration.");
		k.exchange(marcus, RECEIVED, ExchangeKind.REFERRAL, -11,
				"Put my name forward to the Advocacy Now programme committee.");
		k.exchange(adaeze, RECEIVED, ExchangeKind.ADVICE, -9, "Advice on how to present people-leadership evidence.");

		// Given.
		k.exchange(priya, GIVEN, ExchangeKind.ENDORSEMENT, -160, "Peer endorsement for her staff promotion packet.");
		k.exchange(dani, GIVEN, ExchangeKind.ADVICE, -130, "Reviewed her résumé.");
		k.exchange(dani, GIVEN, ExchangeKind.REFERRAL, -125, "Referred her to the hiring manager at Willamette Web Works.");
		k.exchange(kai, GIVEN, ExchangeKind.SUPPORT, -200, "Mock interview and written feedback.");
		k.exchange(amara, GIVEN, ExchangeKind.SUPPORT, -55, "Reviewed twelve CFP submissions for the summit.");
		k.exchange(lena, GIVEN, ExchangeKind.ADVICE, -29, "Feedback on GridLeaf's API getting-started guide.");
		k.exchange(omar, GIVEN, ExchangeKind.RESOURCE, -18, "Our platform team charter, cleaned up for sharing.");
		k.exchange(adaeze, GIVEN, ExchangeKind.RESOURCE, -8, "Our platform adoption metrics doc.");
		k.exchange(sunita, GIVEN, ExchangeKind.INTRODUCTION, -48, "Introduced her to Kenji about developer docs.");
		k.exchange(ben, GIVEN, ExchangeKind.ENDORSEMENT, -245, "Endorsed him for public speaking on LinkedIn.");
		k.exchange(marcus, GIVEN, ExchangeKind.SUPPORT, -290, "Helped run the hackathon's mentor table.");

		// Thanks for time, not tied to an exchange.
		k.thank(adaeze, null, -8, EMAIL, "Thank you for the time and the honesty about your first year as a manager.");
		k.thank(rosa, null, -7, EMAIL, "Thank you for six months of mentoring. I'd love to keep going.");
	}

	private void skills() {
		leadership = skill("People leadership", 2, 4, "One-on-ones, delegation, hard conversations.", interviews, mentor, mentees);
		speaking = skill("Public speaking", 2, 4, "Comfortable in small rooms; not yet on a stage.", talks);
		writing = skill("Technical writing", 3, 4, "Clear but wordy.", articles);
		skill("Platform architecture", 4, 5, "The thing I'm known for. Keep it sharp.");
		coaching = skill("Coaching", 2, 4, "Ask before telling.", mentees, interviews);
		energy = skill("Energy and grid domain knowledge", 1, 3, "Barely started.", climateContacts);
	}

	private Skill skill(String name, int current, int target, String notes, NetworkingGoal... goals) {
		Skill s = k.factory.createSkill();
		s.setName(name);
		s.setCurrentLevel(current);
		s.setTargetLevel(target);
		s.setNotes(notes);
		s.getGoals().addAll(List.of(goals));
		k.plan.getSkills().add(s);
		return s;
	}

	private void learningAndFeedback() {
		LearningActivity course = k.learning("Engineering management essentials (online cohort course)",
				LearningKind.COURSE, ActivityStatus.IN_PROGRESS, -70, null, "Week 6 of 10. The delegation module was the best.");
		link(course, List.of(leadership, coaching), interviews);
		LearningActivity book = k.learning("Book: \"The Quiet Manager\", one chapter a week with notes for Rosa",
				LearningKind.BOOK, ActivityStatus.DONE, -180, -120, "The chapter on one-on-ones was the useful one.");
		link(book, List.of(leadership), interviews, mentor);
		LearningActivity speakerWorkshop = k.learning("Speaker workshop: structuring a 25-minute talk",
				LearningKind.WORKSHOP, ActivityStatus.DONE, -82, -82, "Start with a story, one idea per slide.");
		link(speakerWorkshop, List.of(speaking), talks);
		LearningActivity writingWs = k.learning("Writing for Developers workshop", LearningKind.WORKSHOP,
				ActivityStatus.DONE, -134, -120, null);
		link(writingWs, List.of(writing), articles);
		LearningActivity rehearsals = k.learning("Lightning talk rehearsals with the meetup's dry-run group",
				LearningKind.PRACTICE, ActivityStatus.IN_PROGRESS, -14, null, "Two of four rehearsals done.");
		link(rehearsals, List.of(speaking), talks);
		LearningActivity drafts = k.learning("Publish a draft every two weeks on the team blog", LearningKind.PRACTICE,
				ActivityStatus.IN_PROGRESS, -110, null, "Behind: three drafts, two published.");
		link(drafts, List.of(writing), articles);
		LearningActivity sprintPlanning = k.learning("Run sprint planning for the platform team for a quarter",
				LearningKind.PRACTICE, ActivityStatus.DONE, -165, -75, "Handed back to our EM with a retro.");
		link(sprintPlanning, List.of(leadership, coaching), interviews);
		LearningActivity mentoringRosa = k.learning("Monthly mentoring with Rosa Delgado", LearningKind.MENTORING,
				ActivityStatus.IN_PROGRESS, -243, null, null);
		link(mentoringRosa, List.of(leadership), mentor);
		LearningActivity mentoringStudents = k.learning("Mentoring two Code Forward PDX students",
				LearningKind.MENTORING, ActivityStatus.IN_PROGRESS, -240, null, "Dani hired; Kai still looking.");
		link(mentoringStudents, List.of(coaching), mentees);
		LearningActivity energyCourse = k.learning("Energy systems 101 (self-paced course)", LearningKind.COURSE,
				ActivityStatus.PLANNED, 20, null, "Lena recommended it.");
		link(energyCourse, List.of(energy), climateContacts);
		LearningActivity improv = k.learning("Evening improv class for speakers", LearningKind.COURSE,
				ActivityStatus.DROPPED, -210, null, "Dropped after three sessions: clashed with on-call.");
		link(improv, List.of(speaking), talks);

		feedback(rosa, -186, "One-on-ones",
				"Your one-on-ones sound like status meetings. Ask what people want to be doing in a year, and keep notes.",
				book);
		feedback(tom, -170, "Leadership style",
				"You jump in and solve people's problems for them. It's fast, but it doesn't grow anyone. "
						+ "Ask two questions before offering an answer.",
				sprintPlanning, course);
		feedback(kenji, -118, "Article drafts",
				"Your intros bury the lede. Put the one thing the reader should remember in the first paragraph.",
				drafts);
		feedback(priya, -90, "Meetup talk dry run",
				"The slides are dense and the story starts on slide nine. Lead with the outage, not the architecture diagram.",
				speakerWorkshop, rehearsals);
		feedback(lucia, -85, "Writing",
				"Cut the hedging words ('just', 'simply', 'basically'); they read as uncertainty.", drafts);
		// Recent, and not acted on yet: something for the openness strategy to suggest.
		feedback(adaeze, -9, "EM applications",
				"Hiring managers will ask for evidence of people leadership, not technical depth. "
						+ "Collect concrete stories from the migration now, while they're fresh.");
	}

	private void link(LearningActivity activity, List<Skill> skills, NetworkingGoal... goals) {
		activity.getSkills().addAll(skills);
		activity.getGoals().addAll(List.of(goals));
	}

	private Feedback feedback(Contact from, int offset, String topic, String content, LearningActivity... actions) {
		Feedback f = k.factory.createFeedback();
		f.setFrom(from);
		f.setDate(k.day(offset));
		f.setTopic(topic);
		f.setContent(content);
		f.getActions().addAll(List.of(actions));
		k.plan.getFeedback().add(f);
		return f;
	}

	private void reviews() {
		PlanReview first = review(-95,
				new double[] { 55, 60, 45, 50, 62, 60, 70 },
				"First proper review. Too many goals without a number attached; fixed most of them.",
				"Attach a metric to every goal", "Say yes to Marcus about a meetup talk", "Go to the climate mixer");
		finding(first, SampleStrategies.GOAL_ALIGNMENT, Severity.WARNING,
				"\"Reach 2,000 LinkedIn followers\" is not aligned with any career aspiration.",
				"Link it to an aspiration or drop it.", followers);
		finding(first, SampleStrategies.PROACTIVE_OPPORTUNITIES, Severity.WARNING,
				"No upcoming opportunities for the climate-tech audience.", "Find an event or community.", climate);
		finding(first, SampleStrategies.FOLLOW_UP_TRUST, Severity.WARNING,
				"Ben Ashworth has not been contacted for 150 days.", "Check in with Ben.", ben);
		finding(first, SampleStrategies.RECIPROCITY, Severity.INFO,
				"All received help in the last 90 days was thanked.", null, null);

		PlanReview second = review(-35,
				new double[] { 70, 72, 68, 60, 73, 65, 75 },
				"Momentum on speaking and climate. Follow-up is still the weak spot.",
				"Apply for the Brightloop EM role", "Three-strikes rule for unanswered emails", "Thank people within 48 hours");
		finding(second, SampleStrategies.FOLLOW_UP_TRUST, Severity.WARNING,
				"Open follow-up with Ben Ashworth is overdue.", "Reschedule or send a short note.", benNudge);
		finding(second, SampleStrategies.FOLLOW_UP_TRUST, Severity.INFO,
				"Henrik Solberg: attempt 2 of 3 done; one try left.", "Plan the last attempt.", henrikLastAttempt);
		finding(second, SampleStrategies.RECIPROCITY, Severity.WARNING,
				"Tom Becker's recommendation has not been thanked.", "Send Tom a thank-you.", tomEndorsement);
		finding(second, SampleStrategies.RECIPROCITY, Severity.INFO,
				"Balanced give and take with most A-tier contacts.", null, null);
		finding(second, SampleStrategies.LEARNING, Severity.INFO,
				"Every piece of feedback so far led to an action.", null, null);
		finding(second, SampleStrategies.AUTHENTICITY, Severity.INFO,
				"Some contacts have no shared interests recorded.", "Note what you have in common next time you talk.",
				henrik);
	}

	private PlanReview review(int offset, double[] values, String notes, String... decisions) {
		PlanReview r = k.factory.createPlanReview();
		r.setDate(k.day(offset));
		r.setNotes(notes);
		r.getDecisions().addAll(List.of(decisions));
		double total = 0;
		double weights = 0;
		for (int i = 0; i < SampleStrategies.IDS.size(); i++) {
			StrategyScore s = k.factory.createStrategyScore();
			s.setStrategyId(SampleStrategies.IDS.get(i));
			s.setStrategyName(SampleStrategies.NAMES.get(i));
			s.setValue(values[i]);
			s.setWeight(1.0);
			r.getScores().add(s);
			total += values[i] * s.getWeight();
			weights += s.getWeight();
		}
		r.setOverallScore(Math.round(total / weights * 10) / 10.0);
		k.plan.getReviews().add(r);
		return r;
	}

	private void finding(PlanReview review, String strategyId, Severity severity, String message, String action,
			PlanElement subject) {
		ReviewFinding f = k.factory.createReviewFinding();
		f.setStrategyId(strategyId);
		f.setSeverity(severity);
		f.setMessage(message);
		f.setSuggestedAction(action);
		f.setSubject(subject);
		review.getFindings().add(f);
	}
}
