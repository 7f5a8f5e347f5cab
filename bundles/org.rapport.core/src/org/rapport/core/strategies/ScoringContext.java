/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.rapport.core.followup.FollowUpSettings;

/**
 * What a scoring run is computed against: the day it treats as today, the follow-up settings (cadences, working
 * days) it judges follow-ups with, how the person reads dates, and a cancellation check. The same day and settings
 * give the same scores.
 */
public final class ScoringContext {

	/** Dates in findings by default: ISO 8601, as the command line and files write them. */
	public static final Function<LocalDate, String> ISO_DATES = DateTimeFormatter.ISO_LOCAL_DATE::format;

	private final LocalDate today;
	private final FollowUpSettings followUpSettings;
	private final BooleanSupplier canceled;
	private final Function<LocalDate, String> dateFormat;

	/** A context with the default follow-up settings. */
	public ScoringContext(LocalDate today, BooleanSupplier canceled) {
		this(today, FollowUpSettings.defaults(), canceled);
	}

	/** A context whose findings write dates in ISO 8601 ({@link #ISO_DATES}). */
	public ScoringContext(LocalDate today, FollowUpSettings followUpSettings, BooleanSupplier canceled) {
		this(today, followUpSettings, canceled, ISO_DATES);
	}

	/**
	 * @param dateFormat how findings write a day for the person who reads them: the workbench passes the locale's
	 *                   format, the command line keeps {@link #ISO_DATES}
	 */
	public ScoringContext(LocalDate today, FollowUpSettings followUpSettings, BooleanSupplier canceled,
			Function<LocalDate, String> dateFormat) {
		this.today = Objects.requireNonNull(today, "today"); //$NON-NLS-1$
		this.followUpSettings = Objects.requireNonNull(followUpSettings, "followUpSettings"); //$NON-NLS-1$
		this.canceled = Objects.requireNonNull(canceled, "canceled"); //$NON-NLS-1$
		this.dateFormat = Objects.requireNonNull(dateFormat, "dateFormat"); //$NON-NLS-1$
	}

	/**
	 * A context for today with the default settings that is never cancelled. (Not named {@code today()}: that is
	 * the accessor the strategies call, and Java allows only one of the two.)
	 */
	public static ScoringContext forToday() {
		return new ScoringContext(LocalDate.now(), () -> false);
	}

	public LocalDate today() {
		return today;
	}

	/** The cadences and working days to judge follow-ups with. */
	public FollowUpSettings followUpSettings() {
		return followUpSettings;
	}

	/**
	 * A day as findings should write it for the person reading them ("" for {@code null}): the locale's format in
	 * the workbench, ISO 8601 on the command line. Strategies format every date in a message through this.
	 */
	public String formatDate(LocalDate day) {
		return day == null ? "" : dateFormat.apply(day); //$NON-NLS-1$
	}

	/** Long-running strategies should check this now and then and return early when it is true. */
	public boolean isCanceled() {
		return canceled.getAsBoolean();
	}
}
