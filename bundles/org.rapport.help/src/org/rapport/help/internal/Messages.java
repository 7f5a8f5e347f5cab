/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import org.eclipse.osgi.util.NLS;

/** The help's strings (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.help.internal.messages"; //$NON-NLS-1$

	public static String Help_noBrowser;
	public static String Help_missing;
	public static String Help_unreadable;
	public static String Help_openFailed;
	public static String Help_back;
	public static String Help_backTip;
	public static String Welcome_commandFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
