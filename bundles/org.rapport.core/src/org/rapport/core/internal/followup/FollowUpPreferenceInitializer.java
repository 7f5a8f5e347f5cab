package org.rapport.core.internal.followup;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.rapport.core.followup.FollowUpPreferences;

/** Puts the networking defaults into the default scope, where "Restore Defaults" finds them. */
public class FollowUpPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		FollowUpPreferences.initializeDefaults();
	}
}
