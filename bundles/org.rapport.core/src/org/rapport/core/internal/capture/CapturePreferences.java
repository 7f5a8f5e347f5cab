/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.rapport.core.followup.FollowUpPreferences;

/**
 * The capture preference: the user's e-mail addresses besides the plan owner's (comma, semicolon or space
 * separated), kept under {@value #MY_ADDRESSES} in the {@code org.rapport.core} node.
 */
public final class CapturePreferences {

	public static final String MY_ADDRESSES = "capture.myAddresses"; //$NON-NLS-1$

	private CapturePreferences() {
	}

	/** The addresses the preference holds. */
	public static List<String> myAddresses() {
		IPreferencesService service = Platform.getPreferencesService();
		String value = service == null ? "" //$NON-NLS-1$
				: service.getString(FollowUpPreferences.QUALIFIER, MY_ADDRESSES, "", null); //$NON-NLS-1$
		return parse(value);
	}

	/** The addresses of a preference value. */
	public static List<String> parse(String value) {
		return Arrays.stream(value.split("[,;\\s]+")).filter(a -> a.contains("@")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
