package org.rapport.ui.internal.preferences;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.rapport.ui.internal.agenda.Cadences;

/** Keys and defaults of Rapport &gt; Networking, stored in the instance scope of org.rapport.ui. */
public final class NetworkingPreferences {

	public static final String QUALIFIER = "org.rapport.ui"; //$NON-NLS-1$
	public static final String CADENCE_A = "networking.cadence.A"; //$NON-NLS-1$
	public static final String CADENCE_B = "networking.cadence.B"; //$NON-NLS-1$
	public static final String CADENCE_C = "networking.cadence.C"; //$NON-NLS-1$
	public static final String DEFAULT_DELAY = "networking.followUpDelay"; //$NON-NLS-1$
	private static final String WORKING_DAY_PREFIX = "networking.workingDay."; //$NON-NLS-1$

	private NetworkingPreferences() {
	}

	/** The key of "{@code day} is a working day". */
	public static String workingDay(DayOfWeek day) {
		return WORKING_DAY_PREFIX + day.name();
	}

	/** Writes the defaults (30/90/180 days, Monday to Friday, 7 days) into the default scope. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		Cadences cadences = Cadences.defaults();
		defaults.putInt(CADENCE_A, Cadences.DEFAULT_TIER_A);
		defaults.putInt(CADENCE_B, Cadences.DEFAULT_TIER_B);
		defaults.putInt(CADENCE_C, Cadences.DEFAULT_TIER_C);
		defaults.putInt(DEFAULT_DELAY, Cadences.DEFAULT_DELAY);
		for (DayOfWeek day : DayOfWeek.values()) {
			defaults.putBoolean(workingDay(day), cadences.workingDays().contains(day));
		}
	}

	/** The settings the user chose (the defaults for anything unset). */
	public static Cadences cadences() {
		Cadences defaults = Cadences.defaults();
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (getBoolean(workingDay(day), defaults.workingDays().contains(day))) {
				days.add(day);
			}
		}
		return new Cadences(getInt(CADENCE_A, Cadences.DEFAULT_TIER_A, 1), getInt(CADENCE_B, Cadences.DEFAULT_TIER_B, 1),
				getInt(CADENCE_C, Cadences.DEFAULT_TIER_C, 1), days, getInt(DEFAULT_DELAY, Cadences.DEFAULT_DELAY, 0));
	}

	/** The instance-scope node, for listening to changes. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}

	private static int getInt(String key, int fallback, int min) {
		int value = Platform.getPreferencesService().getInt(QUALIFIER, key, fallback, null);
		return value >= min ? value : fallback;
	}

	private static boolean getBoolean(String key, boolean fallback) {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, key, fallback, null);
	}
}
