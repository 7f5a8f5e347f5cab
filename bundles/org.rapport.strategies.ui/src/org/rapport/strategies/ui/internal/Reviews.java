/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import org.rapport.model.derived.PlanClock;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.ReviewContext;

/** What every built-in review wizard starts from. */
final class Reviews {

	private Reviews() {
	}

	/** The actions on the review's plan, dated with the model's today (as derived values are). */
	static ReviewActions actions(ReviewContext context) {
		return new ReviewActions(context.getEditingDomain(), context.getPlan(), PlanClock.today());
	}
}
