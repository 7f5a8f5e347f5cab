/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.RelationshipStatus;

/**
 * What a contact's relationship status means for follow-ups and scores, in one place: the Agenda, reminders and
 * every strategy ask here.
 * <ul>
 * <li>active: judged on everything (cadence, shared interests and values, follow-ups);</li>
 * <li>prospect (not met yet): no cadence and no judgement of the relationship, listed as someone to reach out to;
 * their follow-ups count like any other;</li>
 * <li>dormant (resting on purpose): no cadence, still judged on what is known of them; their follow-ups count;</li>
 * <li>archived: out of the agenda, the reminders and every score, follow-ups included.</li>
 * </ul>
 */
public final class Relationships {

	private Relationships() {
	}

	/** The contact's status; a contact without one is active. */
	public static RelationshipStatus status(Contact contact) {
		RelationshipStatus status = contact == null ? null : contact.getStatus();
		return status == null ? RelationshipStatus.ACTIVE : status;
	}

	/** Whether the contact is expected to keep their cadence (active only). */
	public static boolean keepsCadence(Contact contact) {
		return status(contact) == RelationshipStatus.ACTIVE;
	}

	/** Whether strategies judge what the plan knows of the contact (active and dormant). */
	public static boolean isJudged(Contact contact) {
		RelationshipStatus status = status(contact);
		return status == RelationshipStatus.ACTIVE || status == RelationshipStatus.DORMANT;
	}

	/** Whether the contact is someone not met yet. */
	public static boolean isProspect(Contact contact) {
		return status(contact) == RelationshipStatus.PROSPECT;
	}

	/** Whether the follow-up counts at all: it does unless its contact is archived. */
	public static boolean counts(FollowUp followUp) {
		return followUp.getContact() == null || status(followUp.getContact()) != RelationshipStatus.ARCHIVED;
	}
}
