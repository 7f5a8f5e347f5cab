/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.IntroPart;

/**
 * The welcome page ({@code org.eclipse.ui.intro}): what Rapport is for and how to start, with links that act.
 * {@code rapport:close} closes it, {@code rapport:command?id=COMMAND} closes it and runs the command (serialized as {@code ICommandService.deserialize} reads it), a link to a guide
 * page closes it and opens the page in the help view. Closing it is remembered (see {@link Welcome}).
 */
public final class WelcomePart extends IntroPart {

	private static final String CLOSE = "rapport:close"; //$NON-NLS-1$
	private static final String COMMAND = "rapport:command?id="; //$NON-NLS-1$

	private PageViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new PageViewer(parent);
		viewer.setLinkHandler(this::link);
		viewer.show(HelpIds.WELCOME);
	}

	/** The page shown (for tests). */
	public PageViewer viewer() {
		return viewer;
	}

	private boolean link(String link) {
		IWorkbenchWindow window = getIntroSite().getWorkbenchWindow();
		if (link.equals(CLOSE)) {
			close();
			return true;
		}
		if (link.startsWith(COMMAND)) {
			String command = link.substring(COMMAND.length());
			close();
			try {
				ParameterizedCommand parameterized = window.getService(ICommandService.class).deserialize(command);
				window.getService(IHandlerService.class).executeCommand(parameterized, null);
			} catch (CommandException e) {
				ILog.of(WelcomePart.class).error(NLS.bind(Messages.Welcome_commandFailed, command), e);
			}
			return true;
		}
		if (!link.contains(":")) { //$NON-NLS-1$
			close();
			RapportHelpUI.show(HelpPages.resolve(HelpIds.WELCOME, link));
			return true;
		}
		return true; // nothing leaves the computer from the welcome
	}

	private void close() {
		PlatformUI.getWorkbench().getIntroManager().closeIntro(this);
	}

	@Override
	public void standbyStateChanged(boolean standby) {
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		// closed by the user, not by the workbench shutting down: do not show it at startup again
		if (!PlatformUI.getWorkbench().isClosing()) {
			Welcome.dismissed();
		}
		super.dispose();
	}
}
