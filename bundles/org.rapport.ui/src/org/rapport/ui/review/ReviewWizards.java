/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.review;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.rapport.ui.internal.review.ReviewWizardRegistry;

/**
 * Access to the review wizards contributed to the {@value #EXTENSION_POINT_ID} extension point, and the ids
 * under which Rapport offers reviews to the workbench.
 */
public final class ReviewWizards {

	/** The id of the extension point review wizards are contributed to. */
	public static final String EXTENSION_POINT_ID = "org.rapport.ui.reviewWizards"; //$NON-NLS-1$

	/** The command that runs a review of the active plan editor's plan (Review &gt; Run Plan Review...). */
	public static final String RUN_PLAN_REVIEW_COMMAND_ID = "org.rapport.ui.runPlanReview"; //$NON-NLS-1$

	private ReviewWizards() {
	}

	/**
	 * The registry of contributed review wizards. The first call reads every contribution's metadata; no
	 * contributed class is loaded until a review needs the pages of one.
	 *
	 * @throws IllegalStateException when no extension registry is running
	 */
	public static IReviewWizardRegistry getRegistry() {
		return Holder.INSTANCE;
	}

	// the holder idiom: created on first use, safely published without locking on every call
	private static final class Holder {
		static final ReviewWizardRegistry INSTANCE = create();

		private static ReviewWizardRegistry create() {
			IExtensionRegistry extensionRegistry = RegistryFactory.getRegistry();
			if (extensionRegistry == null) {
				throw new IllegalStateException("Review wizards need the Eclipse extension registry, which is not running"); //$NON-NLS-1$
			}
			return new ReviewWizardRegistry(extensionRegistry);
		}
	}
}
