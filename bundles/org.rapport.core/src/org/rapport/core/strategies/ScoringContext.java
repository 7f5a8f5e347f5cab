package org.rapport.core.strategies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.rapport.core.followup.FollowUpSettings;

/**
 * What a scoring run is computed against: the day it treats as today, the follow-up settings (cadences, working
 * days) it judges follow-ups with, and a cancellation check. The same day and settings give the same scores.
 */
public final class ScoringContext {

	private final LocalDate today;
	private final FollowUpSettings followUpSettings;
	private final BooleanSupplier canceled;

	/** A context with the default follow-up settings. */
	public ScoringContext(LocalDate today, BooleanSupplier canceled) {
		this(today, FollowUpSettings.defaults(), canceled);
	}

	public ScoringContext(LocalDate today, FollowUpSettings followUpSettings, BooleanSupplier canceled) {
		this.today = Objects.requireNonNull(today, "today"); //$NON-NLS-1$
		this.followUpSettings = Objects.requireNonNull(followUpSettings, "followUpSettings"); //$NON-NLS-1$
		this.canceled = Objects.requireNonNull(canceled, "canceled"); //$NON-NLS-1$
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

	/** Long-running strategies should check this now and then and return early when it is true. */
	public boolean isCanceled() {
		return canceled.getAsBoolean();
	}
}
