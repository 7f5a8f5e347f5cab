/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** Remembers small choices between uses (the last folder a plan was opened from or created in). */
public final class DialogSettings {

	private static final String LAST_FOLDER = "lastFolder"; //$NON-NLS-1$

	private DialogSettings() {
	}

	private static IDialogSettings settings() {
		return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(DialogSettings.class)).getDialogSettings();
	}

	/** The folder last used for plans, or the user's home folder. */
	public static String lastFolder() {
		String folder = settings().get(LAST_FOLDER);
		return folder != null ? folder : System.getProperty("user.home"); //$NON-NLS-1$
	}

	public static void setLastFolder(String folder) {
		if (folder != null) {
			settings().put(LAST_FOLDER, folder);
		}
	}
}
