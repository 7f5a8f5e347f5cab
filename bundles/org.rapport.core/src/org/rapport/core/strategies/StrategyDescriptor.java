/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.Objects;
import java.util.Set;

/**
 * What the registry knows about a contributed strategy before creating it: read from the extension's
 * metadata when the registry starts, so listing strategies never loads a contributor's classes.
 */
public final class StrategyDescriptor {

	private final String id;
	private final String name;
	private final String category;
	private final double defaultWeight;
	private final String description;
	private final String iconPath;
	private final String contributor;
	private final Set<String> affectedBy;

	/**
	 * @param affectedBy names of the model classes whose changes can change the score; empty means any
	 *                   change does
	 */
	public StrategyDescriptor(String id, String name, String category, double defaultWeight, String description,
			String iconPath, String contributor, Set<String> affectedBy) {
		this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		this.name = Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		this.category = category;
		this.defaultWeight = defaultWeight;
		this.description = description;
		this.iconPath = iconPath;
		this.contributor = Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
		this.affectedBy = Set.copyOf(affectedBy);
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	/** The book's strategy or attitude the strategy belongs to, or {@code null}. */
	public String getCategory() {
		return category;
	}

	public double getDefaultWeight() {
		return defaultWeight;
	}

	public String getDescription() {
		return description;
	}

	/** The icon's path inside the contributing bundle, or {@code null}. */
	public String getIconPath() {
		return iconPath;
	}

	/** The symbolic name of the bundle that contributed the strategy. */
	public String getContributor() {
		return contributor;
	}

	public Set<String> getAffectedBy() {
		return affectedBy;
	}

	/** Whether a change to an object of the named model class can change this strategy's score. */
	public boolean isAffectedBy(String eClassName) {
		return affectedBy.isEmpty() || affectedBy.contains(eClassName);
	}

	@Override
	public String toString() {
		return id + " (" + contributor + ')'; //$NON-NLS-1$
	}
}
