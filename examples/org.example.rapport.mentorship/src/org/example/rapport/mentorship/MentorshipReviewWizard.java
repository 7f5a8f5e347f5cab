/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.rapport.mentorship;

import java.util.List;

import org.eclipse.jface.wizard.IWizardPage;
import org.example.rapport.mentorship.internal.MentorshipPage;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.ReviewContext;

/**
 * The review of mentorship coverage: one page, shown by Rapport's Run Plan Review wizard after the built-in
 * strategies' pages (and by the Scorecard when the user reviews this strategy alone).
 */
public class MentorshipReviewWizard implements IReviewWizard {

	@Override
	public List<IWizardPage> createPages(ReviewContext context) {
		MentorshipPage page = new MentorshipPage(context);
		// nothing to review: contribute no page rather than an empty one
		return page.isEmpty() ? List.of() : List.of(page);
	}
}
