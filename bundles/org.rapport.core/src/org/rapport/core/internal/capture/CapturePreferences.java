/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.followup.FollowUpPreferences;

/**
 * The capture preferences, in the {@code org.rapport.core} node: the user's e-mail addresses besides the plan
 * owner's (comma, semicolon or space separated) under {@value #MY_ADDRESSES}, and the capture accounts: the mail
 * server's URL, user, folders (comma separated; none: the inbox and the sent folder), the day to read from and
 * whether subjects may be read; the calendar's file or URL and user. Passwords are never here: they are in
 * {@link AccountPasswords}.
 */
public final class CapturePreferences {

	public static final String MY_ADDRESSES = "capture.myAddresses"; //$NON-NLS-1$
	public static final String MAIL_URL = "capture.mail.url"; //$NON-NLS-1$
	public static final String MAIL_USER = "capture.mail.user"; //$NON-NLS-1$
	public static final String MAIL_FOLDERS = "capture.mail.folders"; //$NON-NLS-1$
	public static final String MAIL_SINCE = "capture.mail.since"; //$NON-NLS-1$
	public static final String MAIL_SUBJECTS = "capture.mail.subjects"; //$NON-NLS-1$
	public static final String CALENDAR_SOURCE = "capture.calendar.source"; //$NON-NLS-1$
	public static final String CALENDAR_USER = "capture.calendar.user"; //$NON-NLS-1$

	private CapturePreferences() {
	}

	/** The addresses the preference holds. */
	public static List<String> myAddresses() {
		return parse(get(MY_ADDRESSES));
	}

	/** The addresses of a preference value. */
	public static List<String> parse(String value) {
		return Arrays.stream(value.split("[,;\\s]+")).filter(a -> a.contains("@")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A capture preference's value, {@code ""} when not set. */
	public static String get(String key) {
		IPreferencesService service = Platform.getPreferencesService();
		return service == null ? "" : service.getString(FollowUpPreferences.QUALIFIER, key, "", null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The mail account the preferences describe (its URL and user may be empty). */
	public static MailAccount mailAccount() {
		return new MailAccount(get(MAIL_URL), get(MAIL_USER), folders(get(MAIL_FOLDERS)),
				Boolean.parseBoolean(get(MAIL_SUBJECTS)));
	}

	/** The folder names of a comma-separated value (names may hold spaces). */
	public static List<String> folders(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList(); //$NON-NLS-1$
	}

	/** The day mail is read from, or {@code null} when none is set or it is not a date. */
	public static LocalDate mailSince() {
		String value = get(MAIL_SINCE).strip();
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Keeps the values (key, value, key, value, ...) in the instance scope. */
	public static void put(String... keysAndValues) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(FollowUpPreferences.QUALIFIER);
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			node.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session: the next capture asks again
		}
	}
}
