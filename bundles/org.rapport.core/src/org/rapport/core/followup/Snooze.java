/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How far a follow-up can be put off in one gesture; the result always falls on a working day. */
public enum Snooze {
	/** The next day. */
	TOMORROW,
	/** Monday of next week. */
	NEXT_WEEK,
	/** The same day next month. */
	NEXT_MONTH;

	/** The new due date when snoozing on {@code today}. */
	public LocalDate due(LocalDate today, FollowUpSettings settings) {
		LocalDate day = switch (this) {
		case TOMORROW -> today.plusDays(1);
		case NEXT_WEEK -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		case NEXT_MONTH -> today.plusMonths(1);
		};
		return settings.nextWorkingDay(day);
	}
}
