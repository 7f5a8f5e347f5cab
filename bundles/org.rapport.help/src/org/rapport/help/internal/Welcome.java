/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;

/**
 * When the welcome page shows: at startup until the user has closed it once (the workbench's own "show intro"
 * preference remembers that), and whenever Help > Welcome asks.
 */
public final class Welcome {

	/**
	 * {@code -Drapport.welcome=manual}: never at startup (the UI tests' setting: a welcome covering the window would
	 * take their clicks).
	 */
	static final String PROPERTY = "rapport.welcome"; //$NON-NLS-1$

	private Welcome() {
	}

	/** Called by the window advisor when the window has opened. */
	public static void openAtStartup(IWorkbenchWindow window) {
		if (!"manual".equals(System.getProperty(PROPERTY))) { //$NON-NLS-1$
			openUnlessDismissed(window);
		}
	}

	/** Shows the welcome unless the user closed it before; whether it is shown. */
	public static boolean openUnlessDismissed(IWorkbenchWindow window) {
		IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
		if (!isDismissed() && intro.hasIntro()) {
			return intro.showIntro(window, false) != null;
		}
		return false;
	}

	/** Whether the user closed the welcome (it no longer shows at startup). */
	public static boolean isDismissed() {
		return !PlatformUI.getPreferenceStore().getBoolean(IWorkbenchPreferenceConstants.SHOW_INTRO);
	}

	/** Shows the welcome at startup again, as on a first launch. */
	public static void reset() {
		PlatformUI.getPreferenceStore().setValue(IWorkbenchPreferenceConstants.SHOW_INTRO, true);
	}

	static void dismissed() {
		IPreferenceStore store = PlatformUI.getPreferenceStore();
		store.setValue(IWorkbenchPreferenceConstants.SHOW_INTRO, false);
		if (store instanceof IPersistentPreferenceStore persistent) {
			try {
				persistent.save();
			} catch (IOException e) {
				ILog.of(Welcome.class).error(e.getMessage(), e);
			}
		}
	}
}
