/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.rapport.core.strategies.StrategyPreferences;

/**
 * Puts the strategy registry's defaults into the default scope, where preference pages find them for
 * "Restore Defaults". Weights have no defaults here: each strategy's comes from its contribution.
 */
public class StrategyPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
		defaults.putLong(StrategyPreferences.TIME_LIMIT_MILLIS, StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS);
	}
}
