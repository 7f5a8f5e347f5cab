/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.derived;

import java.time.LocalDate;

import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;

/** Values of a follow-up computed from its data. */
public final class FollowUpDerivations {

	private FollowUpDerivations() {
	}

	/** An open follow-up is overdue from the day after its due date (today as {@link PlanClock} says). */
	public static boolean overdue(FollowUp followUp) {
		return overdue(followUp, PlanClock.today());
	}

	/**
	 * The one rule of what is overdue: an open follow-up from the day after its due date. The follow-up engine
	 * ({@code org.rapport.core.followup}) and the derived feature both ask it.
	 */
	public static boolean overdue(FollowUp followUp, LocalDate today) {
		if (followUp.getStatus() != FollowUpStatus.OPEN) {
			return false;
		}
		LocalDate due = PlanClock.toLocalDate(followUp.getDueDate());
		return due != null && due.isBefore(today);
	}
}
