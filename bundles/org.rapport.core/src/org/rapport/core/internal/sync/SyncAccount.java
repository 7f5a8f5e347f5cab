/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

/**
 * Where a plan syncs to: a CardDAV address book and a CalDAV calendar (either may be {@code null}), given by their
 * collection URLs, and the user name (or {@code null} for a server without a login). The password is never part
 * of it.
 */
public record SyncAccount(String addressBook, String calendar, String user) {

	public SyncAccount {
		addressBook = collection(addressBook);
		calendar = collection(calendar);
	}

	/** A collection URL ends with a slash, so that members resolve inside it. */
	private static String collection(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String u = url.strip();
		return u.endsWith("/") ? u : u + "/"; //$NON-NLS-1$
	}
}
