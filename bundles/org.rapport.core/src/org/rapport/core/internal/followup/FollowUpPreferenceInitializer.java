/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.followup;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.followup.FollowUpPreferences;

/**
 * Puts the networking defaults into the default scope, where "Restore Defaults" finds them, and carries over the
 * values an earlier release kept under org.rapport.ui (before the follow-up rules moved into the core).
 */
public class FollowUpPreferenceInitializer extends AbstractPreferenceInitializer {

	private static final String OLD_QUALIFIER = "org.rapport.ui"; //$NON-NLS-1$
	private static final String KEY_PREFIX = "networking."; //$NON-NLS-1$

	@Override
	public void initializeDefaultPreferences() {
		FollowUpPreferences.initializeDefaults();
		migrate();
	}

	private static void migrate() {
		try {
			IEclipsePreferences old = InstanceScope.INSTANCE.getNode(OLD_QUALIFIER);
			IEclipsePreferences node = FollowUpPreferences.node();
			boolean moved = false;
			for (String key : old.keys()) {
				if (key.startsWith(KEY_PREFIX)) {
					if (node.get(key, null) == null) {
						node.put(key, old.get(key, null));
					}
					old.remove(key);
					moved = true;
				}
			}
			if (moved) {
				node.flush();
				old.flush();
			}
		} catch (BackingStoreException | IllegalStateException e) {
			ILog.of(FollowUpPreferenceInitializer.class).warn("Could not carry over the networking preferences", e); //$NON-NLS-1$
		}
	}
}
