package org.rapport.core.strategies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** What a scoring run is computed against: the day it treats as today, and a cancellation check. */
public final class ScoringContext {

	private final LocalDate today;
	private final BooleanSupplier canceled;

	public ScoringContext(LocalDate today, BooleanSupplier canceled) {
		this.today = Objects.requireNonNull(today, "today"); //$NON-NLS-1$
		this.canceled = Objects.requireNonNull(canceled, "canceled"); //$NON-NLS-1$
	}

	/**
	 * A context for today that is never cancelled. (Not named {@code today()}: that is the accessor the
	 * strategies call, and Java allows only one of the two.)
	 */
	public static ScoringContext forToday() {
		return new ScoringContext(LocalDate.now(), () -> false);
	}

	public LocalDate today() {
		return today;
	}

	/** Long-running strategies should check this now and then and return early when it is true. */
	public boolean isCanceled() {
		return canceled.getAsBoolean();
	}
}
