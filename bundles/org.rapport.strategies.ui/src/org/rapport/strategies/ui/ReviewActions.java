/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rapport.model.ActivityStatus;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.Feedback;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.GoalStatus;
import org.rapport.model.Gratitude;
import org.rapport.model.LearningActivity;
import org.rapport.model.LearningKind;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.Skill;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.strategies.ui.internal.Messages;

/**
 * The changes the built-in review wizards offer, as EMF commands on the plan's editing domain. Each
 * method returns one {@link ReviewAction}: one command (one undo step) and the decision it records.
 * <p>
 * Kept apart from the wizard pages so that what an action does to the plan can be tested without a
 * workbench, and so that other review wizards can offer the same actions. New objects are filled in
 * before they are added; every link to an object already in the plan goes through a command, so that
 * undoing an action also removes the back references EMF keeps for bidirectional links (a contact's
 * follow-ups, an exchange's thank-you, a feedback's actions).
 * </p>
 */
public final class ReviewActions {

	private static final RapportFactory FACTORY = RapportFactory.eINSTANCE;

	private final EditingDomain domain;
	private final NetworkingPlan plan;
	private final LocalDate today;

	/**
	 * @param today the day actions are dated with (a thank-you sent, a follow-up done): in the workbench
	 *              {@link PlanClock#today()}, in tests a fixed day
	 */
	public ReviewActions(EditingDomain domain, NetworkingPlan plan, LocalDate today) {
		this.domain = Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.plan = Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		this.today = Objects.requireNonNull(today, "today"); //$NON-NLS-1$
	}

	public LocalDate today() {
		return today;
	}

	public NetworkingPlan plan() {
		return plan;
	}

	// --- follow-up and trust -------------------------------------------------------------------------

	/** Moves a follow-up to another day. */
	public ReviewAction reschedule(FollowUp followUp, LocalDate due) {
		Objects.requireNonNull(due, "due"); //$NON-NLS-1$
		Command set = set(followUp, Literals.FOLLOW_UP__DUE_DATE, PlanClock.toDate(due));
		return action(Messages.Command_reschedule, set,
				NLS.bind(Messages.Decision_reschedule, name(followUp.getContact()), format(due)));
	}

	/** Marks a follow-up done today. */
	public ReviewAction markDone(FollowUp followUp) {
		if (followUp.getStatus() == FollowUpStatus.DONE) {
			return unexecutable(Messages.Decision_markDone, followUp.getContact());
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_markDone);
		command.append(set(followUp, Literals.FOLLOW_UP__STATUS, FollowUpStatus.DONE));
		command.append(set(followUp, Literals.FOLLOW_UP__COMPLETED_ON, PlanClock.toDate(today)));
		return new ReviewAction(command, NLS.bind(Messages.Decision_markDone, name(followUp.getContact())));
	}

	/**
	 * Plans a new open follow-up with a contact.
	 *
	 * @param origin      why it exists: {@link FollowUpOrigin#CADENCE} for a contact past their cadence,
	 *                    {@link FollowUpOrigin#OPPORTUNITY} for someone met at an event
	 * @param opportunity the event it comes from, or {@code null}
	 */
	public ReviewAction planFollowUp(Contact contact, LocalDate due, String reason, FollowUpOrigin origin,
			Opportunity opportunity) {
		Objects.requireNonNull(contact, "contact"); //$NON-NLS-1$
		Objects.requireNonNull(due, "due"); //$NON-NLS-1$
		CompoundCommand command = new CompoundCommand(Messages.Command_planFollowUp);
		appendNewFollowUp(command, contact, due, reason, origin, opportunity, 1, 1);
		return new ReviewAction(command, NLS.bind(Messages.Decision_planFollowUp, name(contact), format(due)));
	}

	/**
	 * Plans the next attempt of a persistence sequence the user stopped: attempt N+1, with the same contact
	 * and reason, open, due on the given day. When N was already the last planned attempt, the sequence
	 * grows by one.
	 */
	public ReviewAction planNextAttempt(FollowUp last, LocalDate due) {
		Objects.requireNonNull(due, "due"); //$NON-NLS-1$
		Contact contact = last.getContact();
		if (contact == null) {
			return unexecutable(Messages.Decision_nextAttempt, null);
		}
		int attempt = last.getAttempt() + 1;
		int max = Math.max(last.getMaxAttempts(), attempt);
		CompoundCommand command = new CompoundCommand(Messages.Command_nextAttempt);
		appendNewFollowUp(command, contact, due, last.getReason(),
				last.getOrigin() == null ? FollowUpOrigin.MANUAL : last.getOrigin(), last.getOriginOpportunity(),
				attempt, max);
		return new ReviewAction(command, NLS.bind(Messages.Decision_nextAttempt,
				new Object[] { Integer.toString(attempt), Integer.toString(max), name(contact), format(due) }));
	}

	private FollowUp appendNewFollowUp(CompoundCommand command, Contact contact, LocalDate due, String reason,
			FollowUpOrigin origin, Opportunity opportunity, int attempt, int maxAttempts) {
		FollowUp followUp = FACTORY.createFollowUp();
		followUp.setDueDate(PlanClock.toDate(due));
		followUp.setReason(blank(reason) ? null : reason.strip());
		followUp.setStatus(FollowUpStatus.OPEN);
		followUp.setOrigin(origin == null ? FollowUpOrigin.MANUAL : origin);
		followUp.setOriginOpportunity(opportunity);
		followUp.setAttempt(attempt);
		followUp.setMaxAttempts(maxAttempts);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__FOLLOW_UPS, followUp));
		// the contact's list of follow-ups is the opposite end: set through a command so undo clears it
		command.append(set(followUp, Literals.FOLLOW_UP__CONTACT, contact));
		return followUp;
	}

	// --- reciprocity and gratitude -------------------------------------------------------------------

	/** Records a thank-you note, sent today, for help received, and links it to the exchange. */
	public ReviewAction thank(Exchange exchange, Channel channel, String message) {
		if (exchange.getThanks() != null) {
			return unexecutable(Messages.Decision_thank, exchange.getContact());
		}
		Gratitude gratitude = FACTORY.createGratitude();
		gratitude.setContact(exchange.getContact());
		gratitude.setDate(PlanClock.toDate(today));
		gratitude.setChannel(channel == null ? Channel.EMAIL : channel);
		gratitude.setMessage(blank(message) ? null : message.strip());
		CompoundCommand command = new CompoundCommand(Messages.Command_thank);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__GRATITUDES, gratitude));
		command.append(set(exchange, Literals.EXCHANGE__THANKS, gratitude));
		return new ReviewAction(command, NLS.bind(Messages.Decision_thank, name(exchange.getContact()),
				RapportLabels.exchange(exchange)));
	}

	/** Plans a follow-up to offer help to someone the user has only received from. */
	public ReviewAction planToGive(Contact contact, LocalDate due) {
		CompoundCommand command = new CompoundCommand(Messages.Command_planFollowUp);
		appendNewFollowUp(command, contact, due, NLS.bind(Messages.Reason_give, name(contact)), FollowUpOrigin.MANUAL,
				null, 1, 1);
		return new ReviewAction(command, NLS.bind(Messages.Decision_planToGive, name(contact), format(due)));
	}

	// --- goal alignment ------------------------------------------------------------------------------

	/** Ties a goal to the career aspiration it serves. */
	public ReviewAction linkAspiration(NetworkingGoal goal, CareerAspiration aspiration) {
		Objects.requireNonNull(aspiration, "aspiration"); //$NON-NLS-1$
		String decision = NLS.bind(Messages.Decision_linkAspiration, RapportLabels.text(goal),
				RapportLabels.text(aspiration));
		if (goal.getAspirations().contains(aspiration)) {
			return new ReviewAction(UnexecutableCommand.INSTANCE, decision);
		}
		return action(Messages.Command_linkAspiration,
				new AddCommand(domain, goal, Literals.NETWORKING_GOAL__ASPIRATIONS, aspiration), decision);
	}

	/** Makes a goal measurable: what is counted and how many. */
	public ReviewAction setTarget(NetworkingGoal goal, String metric, double targetValue) {
		if (blank(metric) || !(targetValue > 0) || Double.isInfinite(targetValue)) {
			throw new IllegalArgumentException("a metric and a target value above 0 are needed"); //$NON-NLS-1$
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_setTarget);
		command.append(set(goal, Literals.NETWORKING_GOAL__METRIC, metric.strip()));
		command.append(set(goal, Literals.NETWORKING_GOAL__TARGET_VALUE, targetValue));
		return new ReviewAction(command, NLS.bind(Messages.Decision_setTarget, new Object[] {
				RapportLabels.text(goal), metric.strip(), number(targetValue) }));
	}

	public ReviewAction setDueDate(NetworkingGoal goal, LocalDate due) {
		Objects.requireNonNull(due, "due"); //$NON-NLS-1$
		return action(Messages.Command_setDueDate, set(goal, Literals.NETWORKING_GOAL__DUE_DATE, PlanClock.toDate(due)),
				NLS.bind(Messages.Decision_setDueDate, RapportLabels.text(goal), format(due)));
	}

	public ReviewAction activate(NetworkingGoal goal) {
		String decision = NLS.bind(Messages.Decision_activate, RapportLabels.text(goal));
		if (goal.getStatus() == GoalStatus.ACTIVE) {
			return new ReviewAction(UnexecutableCommand.INSTANCE, decision);
		}
		return action(Messages.Command_activate, set(goal, Literals.NETWORKING_GOAL__STATUS, GoalStatus.ACTIVE), decision);
	}

	// --- audience targeting --------------------------------------------------------------------------

	/**
	 * Fills in the communication strategy of an audience: creates one when it has none, otherwise adds the
	 * channel, key message and value offered it is missing (a channel or message already there is kept; a
	 * value offered already there is not overwritten). Blank texts and a {@code null} channel are left out.
	 */
	public ReviewAction communicate(Audience audience, Channel channel, String keyMessage, String valueOffered) {
		String decision = NLS.bind(Messages.Decision_communicate, RapportLabels.text(audience));
		CommunicationStrategy existing = audience.getCommunication();
		if (existing == null) {
			CommunicationStrategy strategy = FACTORY.createCommunicationStrategy();
			if (channel != null) {
				strategy.getChannels().add(channel);
			}
			if (!blank(keyMessage)) {
				strategy.getKeyMessages().add(keyMessage.strip());
			}
			if (!blank(valueOffered)) {
				strategy.setValueOffered(valueOffered.strip());
			}
			return action(Messages.Command_communicate,
					set(audience, Literals.AUDIENCE__COMMUNICATION, strategy), decision);
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_communicate);
		if (channel != null && !existing.getChannels().contains(channel)) {
			command.append(new AddCommand(domain, existing, Literals.COMMUNICATION_STRATEGY__CHANNELS, channel));
		}
		if (!blank(keyMessage) && !existing.getKeyMessages().contains(keyMessage.strip())) {
			command.append(new AddCommand(domain, existing, Literals.COMMUNICATION_STRATEGY__KEY_MESSAGES,
					keyMessage.strip()));
		}
		if (!blank(valueOffered) && blank(existing.getValueOffered())) {
			command.append(set(existing, Literals.COMMUNICATION_STRATEGY__VALUE_OFFERED, valueOffered.strip()));
		}
		// an empty compound cannot execute: nothing was missing that the user gave
		return new ReviewAction(command, decision);
	}

	/** Names the audiences a goal needs (those it already names are left as they are). */
	public ReviewAction assignAudiences(NetworkingGoal goal, Collection<Audience> audiences) {
		Set<Audience> added = new LinkedHashSet<>(audiences);
		added.removeAll(goal.getAudiences());
		List<String> names = new ArrayList<>();
		added.forEach(a -> names.add(RapportLabels.text(a)));
		String decision = NLS.bind(Messages.Decision_assignAudiences, RapportLabels.text(goal),
				String.join(Messages.List_separator, names));
		if (added.isEmpty()) {
			return new ReviewAction(UnexecutableCommand.INSTANCE, decision);
		}
		return action(Messages.Command_assignAudiences,
				new AddCommand(domain, goal, Literals.NETWORKING_GOAL__AUDIENCES, added), decision);
	}

	// --- proactive opportunities ---------------------------------------------------------------------

	/**
	 * Plans a follow-up, due on the given day, with each of the people met at an event who has no open
	 * follow-up from it yet.
	 */
	public ReviewAction followUpPeopleMet(Opportunity opportunity, Collection<Contact> people, LocalDate due) {
		CompoundCommand command = new CompoundCommand(Messages.Command_followUpPeopleMet);
		List<String> names = new ArrayList<>();
		for (Contact contact : people) {
			if (hasOpenFollowUpFrom(contact, opportunity)) {
				continue;
			}
			names.add(name(contact));
			appendNewFollowUp(command, contact, due,
					NLS.bind(Messages.Reason_metAt, name(opportunity)),
					FollowUpOrigin.OPPORTUNITY, opportunity, 1, 1);
		}
		return new ReviewAction(command, NLS.bind(Messages.Decision_followUpPeopleMet, new Object[] {
				String.join(Messages.List_separator, names), name(opportunity), format(due) }));
	}

	private static boolean hasOpenFollowUpFrom(Contact contact, Opportunity opportunity) {
		for (FollowUp f : contact.getFollowUps()) {
			if (f.getStatus() == FollowUpStatus.OPEN && f.getOriginOpportunity() == opportunity) {
				return true;
			}
		}
		return false;
	}

	/** The people met at an event, as the proactive-opportunities strategy counts them. */
	public static List<Contact> peopleMet(NetworkingPlan plan, Opportunity opportunity) {
		Set<Contact> met = new LinkedHashSet<>(opportunity.getContactsMet());
		for (Contact c : plan.getContacts()) {
			if (c.getMetAt() == opportunity) {
				met.add(c);
			}
		}
		return new ArrayList<>(met);
	}

	/** Marks an event attended or declined (for opportunities still planned after their date). */
	public ReviewAction setStatus(Opportunity opportunity, OpportunityStatus status) {
		String decision = NLS.bind(Messages.Decision_opportunityStatus, name(opportunity),
				RapportLabels.literal(status));
		if (opportunity.getStatus() == status) {
			return new ReviewAction(UnexecutableCommand.INSTANCE, decision);
		}
		return action(Messages.Command_opportunityStatus, set(opportunity, Literals.OPPORTUNITY__STATUS, status),
				decision);
	}

	// --- learning ------------------------------------------------------------------------------------

	/**
	 * Turns feedback into a planned learning activity that it prompted. With a skill, the activity works on
	 * it and serves the skill's goals; without one it stands alone (and the learning strategy will ask for a
	 * link), because not all feedback is about a skill the plan names.
	 */
	public ReviewAction learnFromFeedback(Feedback feedback, String title, LearningKind kind, Skill skill) {
		LearningActivity activity = newActivity(title, kind);
		if (skill != null) {
			activity.getSkills().add(skill);
			activity.getGoals().addAll(skill.getGoals());
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_learn);
		command.append(new AddCommand(domain, plan, Literals.NETWORKING_PLAN__LEARNING_ACTIVITIES, activity));
		// Feedback.actions and LearningActivity.promptedBy are two ends of one link
		command.append(new AddCommand(domain, feedback, Literals.FEEDBACK__ACTIONS, activity));
		return new ReviewAction(command, NLS.bind(Messages.Decision_learnFromFeedback, activity.getTitle(),
				RapportLabels.text(feedback)));
	}

	/** Plans a learning activity that works on a skill. */
	public ReviewAction planLearning(Skill skill, String title, LearningKind kind) {
		LearningActivity activity = newActivity(title, kind);
		// one-way links from the new object: undoing the addition leaves nothing behind elsewhere
		activity.getSkills().add(skill);
		activity.getGoals().addAll(skill.getGoals());
		return action(Messages.Command_learn,
				new AddCommand(domain, plan, Literals.NETWORKING_PLAN__LEARNING_ACTIVITIES, activity),
				NLS.bind(Messages.Decision_planLearning, activity.getTitle(), name(skill)));
	}

	/** Links a learning activity to the skill it builds. */
	public ReviewAction linkSkill(LearningActivity activity, Skill skill) {
		String decision = NLS.bind(Messages.Decision_linkSkill, RapportLabels.text(activity), name(skill));
		if (activity.getSkills().contains(skill)) {
			return new ReviewAction(UnexecutableCommand.INSTANCE, decision);
		}
		return action(Messages.Command_linkSkill,
				new AddCommand(domain, activity, Literals.LEARNING_ACTIVITY__SKILLS, skill), decision);
	}

	private LearningActivity newActivity(String title, LearningKind kind) {
		if (blank(title)) {
			throw new IllegalArgumentException("a learning activity needs a title"); //$NON-NLS-1$
		}
		LearningActivity activity = FACTORY.createLearningActivity();
		activity.setTitle(title.strip());
		activity.setKind(kind == null ? LearningKind.PRACTICE : kind);
		activity.setStatus(ActivityStatus.PLANNED);
		activity.setStartDate(PlanClock.toDate(today));
		return activity;
	}

	// --- authenticity --------------------------------------------------------------------------------

	public ReviewAction addSharedInterest(Contact contact, String interest) {
		return addNoted(contact, Literals.CONTACT__SHARED_INTERESTS, interest, Messages.Command_sharedInterest,
				Messages.Decision_sharedInterest);
	}

	public ReviewAction addSharedValue(Contact contact, String value) {
		return addNoted(contact, Literals.CONTACT__SHARED_VALUES, value, Messages.Command_sharedValue,
				Messages.Decision_sharedValue);
	}

	private ReviewAction addNoted(Contact contact, EStructuralFeature feature, String text, String label,
			String decisionPattern) {
		if (blank(text)) {
			throw new IllegalArgumentException("nothing to note"); //$NON-NLS-1$
		}
		String value = text.strip();
		String decision = NLS.bind(decisionPattern, value, name(contact));
		@SuppressWarnings("unchecked")
		List<String> noted = (List<String>) contact.eGet(feature);
		if (noted.stream().anyMatch(value::equalsIgnoreCase)) {
			return new ReviewAction(UnexecutableCommand.INSTANCE, decision);
		}
		return action(label, new AddCommand(domain, contact, feature, value), decision);
	}

	// --- helpers -------------------------------------------------------------------------------------

	private Command set(EObject owner, EStructuralFeature feature, Object value) {
		return new SetCommand(domain, owner, feature, value);
	}

	/** One command, labelled for the Undo menu. */
	private static ReviewAction action(String label, Command command, String decision) {
		CompoundCommand labelled = new CompoundCommand(label);
		labelled.append(command);
		return new ReviewAction(labelled, decision);
	}

	private static ReviewAction unexecutable(String pattern, Contact contact) {
		return new ReviewAction(UnexecutableCommand.INSTANCE, NLS.bind(pattern, name(contact)));
	}

	private static String name(Contact contact) {
		return RapportLabels.contactName(contact);
	}

	private static String name(Opportunity opportunity) {
		return blank(opportunity.getName()) ? RapportLabels.text(opportunity) : opportunity.getName().strip();
	}

	private static String name(Skill skill) {
		return blank(skill.getName()) ? RapportLabels.text(skill) : skill.getName().strip();
	}

	/** Days as the strategies write them in findings: ISO 8601. */
	public static String format(LocalDate day) {
		return day.toString();
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
