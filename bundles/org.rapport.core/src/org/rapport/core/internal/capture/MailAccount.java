/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.util.List;

/**
 * An IMAP account to capture from: the server's URL ({@code imaps://host[:port]}, or {@code imap://} with STARTTLS;
 * unencrypted only to this machine), the user name, the folders to read (none: the inbox and the sent folder), and
 * whether the subjects may be read. The password is never part of it.
 */
public record MailAccount(String url, String user, List<String> folders, boolean subjects) {

	public MailAccount {
		folders = List.copyOf(folders);
	}
}
