/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.net;

import java.io.IOException;
import java.net.InetAddress;

/**
 * The one rule for talking to servers without TLS: only to this machine (a local test or bridge server). Calendar
 * and mail capture and CardDAV/CalDAV sync ask it before sending a password in the clear.
 */
public final class Hosts {

	private Hosts() {
	}

	/** Whether the host is this machine: {@code localhost} or a loopback address, never looked up in DNS. */
	public static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host; //$NON-NLS-1$ //$NON-NLS-2$
		if ("localhost".equalsIgnoreCase(name)) { //$NON-NLS-1$
			return true;
		}
		if (!name.matches("[0-9.]+|[0-9a-fA-F:]+")) { //$NON-NLS-1$
			return false;
		}
		try {
			return InetAddress.getByName(name).isLoopbackAddress();
		} catch (IOException e) {
			return false;
		}
	}
}
