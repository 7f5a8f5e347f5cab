package org.rapport.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Default values of Rapport &gt; Networking. */
public class NetworkingPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		NetworkingPreferences.initializeDefaults();
	}
}
