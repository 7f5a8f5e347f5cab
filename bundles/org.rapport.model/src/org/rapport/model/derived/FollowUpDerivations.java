package org.rapport.model.derived;

import java.time.LocalDate;

import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;

/** Values of a follow-up computed from its data. */
public final class FollowUpDerivations {

	private FollowUpDerivations() {
	}

	/** An open follow-up is overdue from the day after its due date. */
	public static boolean overdue(FollowUp followUp) {
		if (followUp.getStatus() != FollowUpStatus.OPEN) {
			return false;
		}
		LocalDate due = PlanClock.toLocalDate(followUp.getDueDate());
		return due != null && due.isBefore(PlanClock.today());
	}
}
