/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Writes a PNG of the workbench window once start-up work has settled, then closes the workbench:
 * the launcher's {@code --screenshot FILE}.
 */
class WindowScreenshot {

	private static final int SETTLE_MILLIS = 1500;
	private static final int MAX_WAIT_MILLIS = 60_000;

	private final Path target;
	private long started;

	/**
	 * The shell painted into an image: independent of what covers it and of the window system's idea of
	 * its outer size (without a window manager GTK reports bounds larger than the window it shows).
	 */
	private static Image paint(Shell shell) {
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			if (shell.print(gc)) {
				return image;
			}
		} finally {
			gc.dispose();
		}
		image.dispose();
		return null;
	}

	private static Image copyScreen(Display display, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		return image;
	}

	WindowScreenshot(Path target) {
		this.target = target;
	}

	void takeWhenIdle(IWorkbench workbench) {
		started = System.currentTimeMillis();
		workbench.getDisplay().timerExec(SETTLE_MILLIS, () -> poll(workbench));
	}

	private void poll(IWorkbench workbench) {
		Display display = workbench.getDisplay();
		boolean busy = !Job.getJobManager().isIdle();
		if (busy && System.currentTimeMillis() - started < MAX_WAIT_MILLIS) {
			display.timerExec(500, () -> poll(workbench));
			return;
		}
		while (display.readAndDispatch()) {
			// let pending paints through before the capture
		}
		try {
			capture(workbench.getActiveWorkbenchWindow(), display);
		} catch (Exception | SWTError e) {
			Platform.getLog(WindowScreenshot.class).log(new Status(IStatus.ERROR, RapportWorkbenchAdvisor.PLUGIN_ID,
					NLS.bind(Messages.Screenshot_failed, target), e));
		}
		workbench.close();
	}

	private void capture(IWorkbenchWindow window, Display display) throws Exception {
		Shell shell = window != null ? window.getShell() : display.getActiveShell();
		Image image = shell != null ? paint(shell) : null;
		if (image == null) {
			image = copyScreen(display, display.getBounds());
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path parent = target.getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		System.out.println("Screenshot written to " + target); //$NON-NLS-1$
	}
}
