/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.review;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.wizard.IWizardPage;

/**
 * The pages one review wizard contributed to a review, or why it could not contribute them. A failed
 * contribution has no pages; its failure is a sentence for the user that names the wizard and its plugin.
 *
 * @see IReviewWizardRegistry#createPages(ReviewWizardDescriptor, ReviewContext)
 */
public final class ReviewPages {

	private final ReviewWizardDescriptor wizard;
	private final List<IWizardPage> pages;
	private final String failure;

	private ReviewPages(ReviewWizardDescriptor wizard, List<IWizardPage> pages, String failure) {
		this.wizard = Objects.requireNonNull(wizard, "wizard"); //$NON-NLS-1$
		this.pages = List.copyOf(pages);
		this.failure = failure;
	}

	public static ReviewPages of(ReviewWizardDescriptor wizard, List<IWizardPage> pages) {
		return new ReviewPages(wizard, pages, null);
	}

	/** @param failure why the pages cannot be shown, naming the wizard and its plugin, written for a person */
	public static ReviewPages failed(ReviewWizardDescriptor wizard, String failure) {
		return new ReviewPages(wizard, List.of(), Objects.requireNonNull(failure, "failure")); //$NON-NLS-1$
	}

	public ReviewWizardDescriptor getWizard() {
		return wizard;
	}

	/** The pages in the order the wizard wants them shown; empty when it failed or had nothing to review. */
	public List<IWizardPage> getPages() {
		return pages;
	}

	public boolean isFailed() {
		return failure != null;
	}

	/** Why the pages cannot be shown, or {@code null}. */
	public String getFailure() {
		return failure;
	}
}
