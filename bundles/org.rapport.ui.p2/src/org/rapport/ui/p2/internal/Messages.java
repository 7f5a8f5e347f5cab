/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.p2.internal;

import org.eclipse.osgi.util.NLS;

class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.rapport.ui.p2.internal.messages"; //$NON-NLS-1$

	public static String UpdateSite_name;
	public static String Updates_title;
	public static String Updates_none;
	public static String Updates_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
