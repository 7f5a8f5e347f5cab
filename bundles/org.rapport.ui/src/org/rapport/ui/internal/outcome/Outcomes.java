/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.outcome;

import java.nio.file.Path;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.rapport.ui.UiIds;

/**
 * The word a long action ends with: what it did, in the workbench window's status line and in the platform's
 * {@link NotificationPopup}, which closes by itself; never a dialog the user has to dismiss. A notice about files
 * written links to their folder, which the desktop's file manager opens. The launcher is replaceable, so tests
 * record what would have been opened.
 */
public final class Outcomes {

	/** The id ({@link UiIds#KEY}) of the notification's message. */
	public static final String ID_MESSAGE = "outcome.message"; //$NON-NLS-1$
	/** The id ({@link UiIds#KEY}) of the notification's "Open folder" link. */
	public static final String ID_OPEN_FOLDER = "outcome.openFolder"; //$NON-NLS-1$

	/** Opens a file or folder with the desktop's handler; returns whether one took it. */
	@FunctionalInterface
	public interface Launcher {
		boolean open(String path);
	}

	private static final Launcher DESKTOP = Program::launch;
	/** Long enough to read two lines and reach for the link; the status line keeps the words after it closes. */
	private static final int SHOWN_MILLIS = 12_000;
	private static final int MARGIN = 8;

	private static volatile Launcher launcher = DESKTOP;
	private static NotificationPopup last;
	private static Shown shown;

	private Outcomes() {
	}

	/** Replaces the launcher; {@code null} restores the desktop's. */
	public static void setLauncher(Launcher replacement) {
		launcher = replacement == null ? DESKTOP : replacement;
	}

	/**
	 * Tells what an action did: the message in the window's status line (the active part's, while it stays active)
	 * and in a notification titled {@code title}. Call on the UI thread.
	 *
	 * @param folder where the action wrote its files, linked from the notification; {@code null} for none
	 */
	public static void announce(IWorkbenchWindow window, String title, String message, Path folder) {
		if (window == null || window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		showInStatusLine(window, message);
		closeNotification();
		Shell parent = window.getShell();
		last = NotificationPopup.forShell(parent).title(title, true).content(body -> content(body, message, folder))
				.delay(SHOWN_MILLIS).fadeIn(false).build();
		last.open();
		keepOnScreen(parent.getDisplay(), last.getShell());
	}

	/**
	 * Shows the message in the status line of the window's active part (each part has its own, shown while it is
	 * active) until that part is deactivated: the editors of a kind share theirs, and the words of an import
	 * must not come back when another plan's editor is activated later.
	 */
	private static void showInStatusLine(IWorkbenchWindow window, String message) {
		if (shown != null) {
			shown.clear();
		}
		IWorkbenchPage page = window.getActivePage();
		IWorkbenchPart part = page == null ? null : page.getActivePart();
		IWorkbenchPartSite site = part == null ? null : part.getSite();
		IStatusLineManager statusLine = null;
		if (site instanceof IEditorSite editorSite) {
			statusLine = editorSite.getActionBars().getStatusLineManager();
		} else if (site instanceof IViewSite viewSite) {
			statusLine = viewSite.getActionBars().getStatusLineManager();
		}
		if (statusLine != null) {
			statusLine.setErrorMessage(null);
			statusLine.setMessage(message);
			shown = new Shown(window, part, statusLine);
		}
	}

	/** A message in a part's status line, taken off when the part is deactivated. */
	private static final class Shown implements IPartListener2 {

		private final IWorkbenchWindow window;
		private final IWorkbenchPart part;
		private final IStatusLineManager statusLine;

		Shown(IWorkbenchWindow window, IWorkbenchPart part, IStatusLineManager statusLine) {
			this.window = window;
			this.part = part;
			this.statusLine = statusLine;
			window.getPartService().addPartListener(this);
		}

		@Override
		public void partDeactivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == part) {
				clear();
			}
		}

		void clear() {
			window.getPartService().removePartListener(this);
			statusLine.setMessage(null);
			if (shown == this) {
				shown = null;
			}
		}
	}

	private static Composite content(Composite parent, String message, Path folder) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Label text = new Label(body, SWT.WRAP);
		text.setText(message);
		text.setData(UiIds.KEY, ID_MESSAGE);
		// wrapped at the popup's width (the platform's popup is at most 400 pixels wide)
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (folder != null) {
			Link open = new Link(body, SWT.NONE);
			open.setText("<a>" + OutcomeMessages.Outcome_openFolder + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
			open.setToolTipText(folder.toString());
			open.setData(UiIds.KEY, ID_OPEN_FOLDER);
			open.addListener(SWT.Selection, e -> {
				launcher.open(folder.toString());
				closeNotification();
			});
		}
		return body;
	}

	/**
	 * Makes the popup as tall as its lines and moves it up and left as far as needed to show it whole: it sizes
	 * and places itself before its content is laid out.
	 */
	public static void keepOnScreen(Display display, Shell shell) {
		if (shell == null || shell.isDisposed()) {
			return;
		}
		Rectangle area = display.getPrimaryMonitor().getClientArea();
		Point size = shell.getSize();
		Point preferred = shell.computeSize(size.x, SWT.DEFAULT, true);
		if (preferred.y > size.y) {
			size = new Point(size.x, Math.min(preferred.y, area.height - 2 * MARGIN));
			shell.setSize(size);
			shell.layout(true, true);
		}
		Point at = shell.getLocation();
		int x = Math.max(area.x, Math.min(at.x, area.x + area.width - size.x - MARGIN));
		int y = Math.max(area.y, Math.min(at.y, area.y + area.height - size.y - MARGIN));
		if (x != at.x || y != at.y) {
			shell.setLocation(x, y);
		}
	}

	/** The shell of the notification shown last, or {@code null} when it is closed. */
	public static Shell lastNotificationShell() {
		Shell shell = last == null ? null : last.getShell();
		return shell == null || shell.isDisposed() ? null : shell;
	}

	/** Closes the notification shown last, if it is still open. */
	public static void closeNotification() {
		if (last != null) {
			last.close();
			last = null;
		}
	}
}
