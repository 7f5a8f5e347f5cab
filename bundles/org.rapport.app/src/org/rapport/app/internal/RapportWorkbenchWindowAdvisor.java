/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.rapport.help.internal.Welcome;

class RapportWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	RapportWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new RapportActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		// the first window fills the screen (a window restored from the last session keeps its size)
		Rectangle screen = PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea();
		configurer.setInitialSize(new Point(screen.width, screen.height));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(Messages.RapportWorkbenchWindowAdvisor_title);
	}

	@Override
	public void postWindowCreate() {
		StartTrace.windowCreated(getWindowConfigurer().getWindow());
	}

	/** The welcome shows at startup until the user closes it, rather than only once as the workbench's default. */
	@Override
	public void openIntro() {
		Welcome.openAtStartup(getWindowConfigurer().getWindow());
	}
}
