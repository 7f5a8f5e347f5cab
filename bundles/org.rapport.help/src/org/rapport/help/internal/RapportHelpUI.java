/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help presentation ({@code org.eclipse.ui.helpSupport}): the workbench help system hands Help
 * Contents, F1 and help links here, and they open in the {@link HelpView}. The platform's own presentation
 * (org.eclipse.help.base/ui/webapp) cannot run in Rapport: help.base for Eclipse 4.38 needs Lucene 10, which needs
 * Java 21, and the webapp needs a JSP engine and an embedded server.
 */
public final class RapportHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		show(HelpView.firstPage());
	}

	@Override
	public void displaySearch() {
		displayHelp();
	}

	/** F1 when the key is bound to Dynamic Help: the help of the focused control, or of the part around it. */
	@Override
	public void displayDynamicHelp() {
		Display display = Display.getCurrent();
		Control control = display == null ? null : display.getFocusControl();
		while (control != null && !control.isListening(SWT.Help)) {
			control = control.getParent();
		}
		if (control != null) {
			control.notifyListeners(SWT.Help, new Event());
		} else {
			displayHelp();
		}
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		IHelpResource[] topics = context == null ? null : context.getRelatedTopics();
		if (topics != null && topics.length > 0 && topics[0].getHref() != null) {
			show(topics[0].getHref());
		} else {
			displayHelp();
		}
	}

	@Override
	public void displayHelpResource(String href) {
		show(href.startsWith("/") ? href : "/" + href); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	/** Opens the help view on a page in the active window. */
	static void show(String href) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			HelpView.open(page, href);
		} catch (PartInitException e) {
			ILog.of(RapportHelpUI.class).error(e.getMessage(), e);
			ErrorDialog.openError(window.getShell(), Messages.Help_openFailed, null, e.getStatus());
		}
	}
}
