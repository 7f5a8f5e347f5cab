/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.rapport.core.internal.strategies.StrategyRegistry;

/**
 * Access to the strategies contributed to the {@value #EXTENSION_POINT_ID} extension point.
 * <p>
 * The workbench and the command-line application share one registry, so a contribution that fails is
 * reported once and its instance is created once, whoever scores first.
 * </p>
 */
public final class Strategies {

	/** The id of the extension point strategies are contributed to. */
	public static final String EXTENSION_POINT_ID = "org.rapport.core.strategies"; //$NON-NLS-1$

	private Strategies() {
	}

	/**
	 * The registry of contributed strategies. The first call reads every contribution's metadata; no
	 * contributed class is loaded until a strategy is first used to score.
	 *
	 * @throws IllegalStateException when no extension registry is running (plain Java without OSGi)
	 */
	public static IStrategyRegistry getRegistry() {
		return Holder.INSTANCE;
	}

	// the holder idiom: created on first use, safely published without locking on every call
	private static final class Holder {
		static final StrategyRegistry INSTANCE = create();

		private static StrategyRegistry create() {
			IExtensionRegistry extensionRegistry = RegistryFactory.getRegistry();
			if (extensionRegistry == null) {
				throw new IllegalStateException("Strategies need the Eclipse extension registry, which is not running"); //$NON-NLS-1$
			}
			return new StrategyRegistry(extensionRegistry);
		}
	}
}
