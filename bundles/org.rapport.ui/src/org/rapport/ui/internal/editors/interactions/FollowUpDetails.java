/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.interactions;

import java.time.temporal.ChronoUnit;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.FollowUp;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;

/**
 * A follow-up: with whom (chosen in a filtered dialog: there may be thousands of contacts), when, why, its status
 * and place in a persistence sequence (attempt of max attempts), where it came from, when it was done, and
 * whether it is overdue.
 */
final class FollowUpDetails extends ElementDetailsPage {

	FollowUpDetails(PlanEditor editor) {
		super(editor, Messages.FollowUpDetails_title, InteractionIds.FOLLOW_UP_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.chosenReference(Messages.FollowUpDetails_contact, p.getFollowUp_Contact(), InteractionIds.FOLLOW_UP_CONTACT,
				() -> getEditor().getPlan().getContacts());
		fields.date(Messages.FollowUpDetails_due, p.getFollowUp_DueDate(), InteractionIds.FOLLOW_UP_DUE);
		fields.text(Messages.FollowUpDetails_reason, p.getFollowUp_Reason(), InteractionIds.FOLLOW_UP_REASON);
		fields.choice(Messages.FollowUpDetails_status, p.getFollowUp_Status(), InteractionIds.FOLLOW_UP_STATUS);
		fields.number(Messages.FollowUpDetails_attempt, p.getFollowUp_Attempt(), InteractionIds.FOLLOW_UP_ATTEMPT);
		fields.number(Messages.FollowUpDetails_maxAttempts, p.getFollowUp_MaxAttempts(),
				InteractionIds.FOLLOW_UP_MAX_ATTEMPTS);
		fields.choice(Messages.FollowUpDetails_origin, p.getFollowUp_Origin(), InteractionIds.FOLLOW_UP_ORIGIN);
		fields.date(Messages.FollowUpDetails_completedOn, p.getFollowUp_CompletedOn(), InteractionIds.FOLLOW_UP_COMPLETED);
		fields.derived(Messages.FollowUpDetails_overdue, InteractionIds.FOLLOW_UP_OVERDUE, f -> overdue((FollowUp) f));
	}

	static String overdue(FollowUp followUp) {
		if (!followUp.isOverdue() || followUp.getDueDate() == null) {
			return Messages.FollowUpDetails_overdueNo;
		}
		long days = ChronoUnit.DAYS.between(PlanClock.toLocalDate(followUp.getDueDate()), PlanClock.today());
		return days == 1 ? Messages.FollowUpDetails_overdueOneDay
				: NLS.bind(Messages.FollowUpDetails_overdueDays, Long.valueOf(days));
	}
}
