/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.rapport.ui.editors.PlanEditor;

/**
 * The start benchmark's marks ({@code ./rapport bench start}, README: Performance), only when
 * {@code -Drapport.startTrace=FILE} names a file: a line {@code NAME EPOCH-MILLIS} is appended to it when the
 * workbench window is first painted ({@code window}) and when the shown page of the first plan editor is first
 * painted ({@code plan}, the moment the plan shows); then the workbench closes, as a user would, so that its state
 * is saved for the next start. It adds a paint listener to those two controls and nothing else.
 */
final class StartTrace {

	static final String PROPERTY = "rapport.startTrace"; //$NON-NLS-1$

	private static final StartTrace INSTANCE = create();

	private final Path file;
	private boolean planHooked;

	private StartTrace(Path file) {
		this.file = file;
	}

	private static StartTrace create() {
		String file = System.getProperty(PROPERTY);
		return file == null || file.isBlank() ? null : new StartTrace(Path.of(file));
	}

	/** Called by the window advisor once the window's controls exist, before the window opens. */
	static void windowCreated(IWorkbenchWindow window) {
		if (INSTANCE != null) {
			INSTANCE.hook(window);
		}
	}

	private void hook(IWorkbenchWindow window) {
		onFirstPaint(window.getShell(), "window", null); //$NON-NLS-1$
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		page.addPartListener(new IPartListener2() {
			@Override
			public void partOpened(IWorkbenchPartReference ref) {
				if (!planHooked && ref.getPart(false) instanceof PlanEditor editor
						&& editor.getActivePageInstance() != null
						&& editor.getActivePageInstance().getManagedForm() != null) {
					planHooked = true;
					page.removePartListener(this);
					Control form = editor.getActivePageInstance().getManagedForm().getForm().getForm();
					onFirstPaint(form, "plan", //$NON-NLS-1$
							() -> form.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close()));
				}
			}
		});
	}

	private void onFirstPaint(Control control, String mark, Runnable then) {
		control.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event event) {
				control.removeListener(SWT.Paint, this);
				write(mark);
				if (then != null) {
					then.run();
				}
			}
		});
	}

	private void write(String mark) {
		String line = mark + ' ' + System.currentTimeMillis() + '\n';
		try {
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			ILog.of(StartTrace.class).error(e.getMessage(), e);
		}
	}
}
