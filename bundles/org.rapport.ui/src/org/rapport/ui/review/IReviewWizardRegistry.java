/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.review;

import java.util.List;

/**
 * The review wizards contributed to {@code org.rapport.ui.reviewWizards}. Metadata is read when the registry
 * starts; a wizard's class is loaded and created only when a review needs its pages, a new instance for every
 * review, through {@code SafeRunner}. Plugins added or removed at run time are picked up. Obtain it with
 * {@link ReviewWizards#getRegistry()}; use it on the UI thread.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface IReviewWizardRegistry {

	/** Every valid contribution, ordered by strategy id, then name. */
	List<ReviewWizardDescriptor> getReviewWizards();

	/** The review wizards of one strategy, ordered by name; empty when it has none. */
	List<ReviewWizardDescriptor> getReviewWizards(String strategyId);

	/**
	 * Creates a new instance of the wizard's class and asks it for its pages. Never throws for a misbehaving
	 * contribution: a class that cannot be loaded or created, or a {@code createPages} that throws or returns
	 * {@code null} (or a {@code null} page), gives a {@linkplain ReviewPages#isFailed() failed} result whose
	 * reason names the wizard and its plugin; the problem is also logged.
	 *
	 * @param wizard  one of this registry's wizards
	 * @param context the review of the wizard's strategy
	 */
	ReviewPages createPages(ReviewWizardDescriptor wizard, ReviewContext context);

	/**
	 * Notified, on any thread, when review wizards are added or removed because plugins were installed or
	 * uninstalled.
	 */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
