/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.review;

import java.util.Objects;

/**
 * What the registry knows about a contributed review wizard before creating it: read from the extension's
 * metadata when the registry starts, so listing review wizards never loads a contributor's classes.
 *
 * @see IReviewWizardRegistry
 */
public final class ReviewWizardDescriptor {

	private final String id;
	private final String strategyId;
	private final String name;
	private final String description;
	private final String iconPath;
	private final String contributor;

	public ReviewWizardDescriptor(String id, String strategyId, String name, String description, String iconPath,
			String contributor) {
		this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		this.strategyId = Objects.requireNonNull(strategyId, "strategyId"); //$NON-NLS-1$
		this.name = Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		this.description = description;
		this.iconPath = iconPath;
		this.contributor = Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
	}

	public String getId() {
		return id;
	}

	/** The id of the strategy (of {@code org.rapport.core.strategies}) whose findings this wizard reviews. */
	public String getStrategyId() {
		return strategyId;
	}

	public String getName() {
		return name;
	}

	/** What the review walks the user through, or {@code null}. */
	public String getDescription() {
		return description;
	}

	/** The icon's path inside the contributing bundle, or {@code null}. */
	public String getIconPath() {
		return iconPath;
	}

	/** The symbolic name of the bundle that contributed the review wizard. */
	public String getContributor() {
		return contributor;
	}

	@Override
	public String toString() {
		return id + " for " + strategyId + " (" + contributor + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
