/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.followup;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The networking preferences (Window &gt; Preferences &gt; Rapport &gt; Networking), kept in the instance scope
 * of {@value #QUALIFIER} with their defaults in its default scope. Everything that computes follow-ups (the
 * Agenda, the status line, reminders, the command line, the scoring context) reads them through
 * {@link #current()}.
 */
public final class FollowUpPreferences {

	public static final String QUALIFIER = "org.rapport.core"; //$NON-NLS-1$
	public static final String CADENCE_A = "networking.cadence.A"; //$NON-NLS-1$
	public static final String CADENCE_B = "networking.cadence.B"; //$NON-NLS-1$
	public static final String CADENCE_C = "networking.cadence.C"; //$NON-NLS-1$
	public static final String DEFAULT_DELAY = "networking.followUpDelay"; //$NON-NLS-1$
	/** Whether follow-ups that come due raise a desktop notification (a boolean, default true). */
	public static final String REMINDERS = "networking.reminders"; //$NON-NLS-1$
	private static final String WORKING_DAY_PREFIX = "networking.workingDay."; //$NON-NLS-1$

	private FollowUpPreferences() {
	}

	/** The key of "{@code day} is a working day". */
	public static String workingDay(DayOfWeek day) {
		return WORKING_DAY_PREFIX + day.name();
	}

	/** Writes the defaults (30/90/180 days, Monday to Friday, 7 days, reminders on) into the default scope. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		FollowUpSettings settings = FollowUpSettings.defaults();
		defaults.putInt(CADENCE_A, FollowUpSettings.DEFAULT_TIER_A);
		defaults.putInt(CADENCE_B, FollowUpSettings.DEFAULT_TIER_B);
		defaults.putInt(CADENCE_C, FollowUpSettings.DEFAULT_TIER_C);
		defaults.putInt(DEFAULT_DELAY, FollowUpSettings.DEFAULT_DELAY);
		defaults.putBoolean(REMINDERS, true);
		for (DayOfWeek day : DayOfWeek.values()) {
			defaults.putBoolean(workingDay(day), settings.workingDays().contains(day));
		}
	}

	/** The settings the user chose (the defaults for anything unset or out of range). */
	public static FollowUpSettings current() {
		FollowUpSettings defaults = FollowUpSettings.defaults();
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (getBoolean(workingDay(day), defaults.workingDays().contains(day))) {
				days.add(day);
			}
		}
		return new FollowUpSettings(getInt(CADENCE_A, FollowUpSettings.DEFAULT_TIER_A, 1),
				getInt(CADENCE_B, FollowUpSettings.DEFAULT_TIER_B, 1), getInt(CADENCE_C, FollowUpSettings.DEFAULT_TIER_C, 1),
				days, getInt(DEFAULT_DELAY, FollowUpSettings.DEFAULT_DELAY, 0));
	}

	/** Whether reminders are on. */
	public static boolean remindersEnabled() {
		return getBoolean(REMINDERS, true);
	}

	/** The instance-scope node, to store values and to listen to changes. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}

	private static int getInt(String key, int fallback, int min) {
		IPreferencesService service = Platform.getPreferencesService();
		int value = service == null ? fallback : service.getInt(QUALIFIER, key, fallback, null);
		return value >= min ? value : fallback;
	}

	private static boolean getBoolean(String key, boolean fallback) {
		IPreferencesService service = Platform.getPreferencesService();
		return service == null ? fallback : service.getBoolean(QUALIFIER, key, fallback, null);
	}
}
