/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.bench.bare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The window fills the screen, as Rapport's first window does, so both paint the same area; its title is the
 * product's name. With
 * {@code -Drapport.startTrace=FILE} (as the workbench reads it) the first paint of the window appends
 * {@code window EPOCH-MILLIS} to FILE, and the workbench closes.
 */
class BareWindowAdvisor extends WorkbenchWindowAdvisor {

	BareWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		Rectangle screen = PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea();
		configurer.setInitialSize(new Point(screen.width, screen.height));
	}

	@Override
	public void postWindowCreate() {
		String trace = System.getProperty("rapport.startTrace"); //$NON-NLS-1$
		if (trace == null || trace.isBlank()) {
			return;
		}
		Shell shell = getWindowConfigurer().getWindow().getShell();
		shell.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event event) {
				shell.removeListener(SWT.Paint, this);
				try {
					Files.writeString(Path.of(trace), "window " + System.currentTimeMillis() + '\n', //$NON-NLS-1$
							StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
				shell.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		});
	}
}
