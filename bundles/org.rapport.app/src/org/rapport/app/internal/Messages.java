/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import org.eclipse.osgi.util.NLS;

class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.rapport.app.internal.messages"; //$NON-NLS-1$

	public static String RapportWorkbenchWindowAdvisor_title;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Menu_welcome;
	public static String Startup_openFailed;
	public static String Startup_sampleFailed;
	public static String Screenshot_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
