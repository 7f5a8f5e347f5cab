/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.review;

import java.util.List;

import org.eclipse.jface.wizard.IWizardPage;

/**
 * The guided review of one strategy's findings, contributed through the
 * {@code org.rapport.ui.reviewWizards} extension point. Rapport's Run Plan Review wizard shows each
 * strategy's pages in turn; the Scorecard view can also open one strategy's review on its own.
 * <p>
 * Every change a page makes to the plan goes through {@link ReviewContext#execute}, which runs it as a
 * command on the plan's command stack at once: each action is its own undo step. Cancelling the review
 * undoes the actions taken in it; finishing keeps them. Implementations need a public no-argument
 * constructor; one instance serves one review.
 * </p>
 */
public interface IReviewWizard {

	/**
	 * Creates the pages of this strategy's review. Called once per review, on the UI thread, before any page
	 * is shown; the pages' controls are created later by the wizard dialog.
	 *
	 * @param context the plan, its editing domain, the strategy and its current findings
	 * @return the pages in the order they are shown; may be empty when there is nothing to review
	 */
	List<IWizardPage> createPages(ReviewContext context);
}
