/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.rapport.ui.editors.PlanEditor;

/**
 * Follows the plan editor a view shows: the last plan editor activated, brought to top or opened in the page stays
 * the one shown while other parts are active; when it closes, the active editor takes its place if it is a plan
 * editor, otherwise none. The view is told through the callback, which may be given the editor it already shows
 * (its plan may have changed, after a reload) and must then decide itself whether anything is to be done.
 */
public final class PlanEditorTracker {

	private final IWorkbenchPage page;
	private final Consumer<PlanEditor> show;
	private PlanEditor shown;

	private final IPartListener2 listener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (shown != null && ref.getPart(false) == shown) {
				IEditorPart active = page.getActiveEditor();
				show(active instanceof PlanEditor planEditor && active != shown ? planEditor : null);
			}
		}
	};

	/**
	 * Starts following the page's plan editors: the callback gets the active editor at once ({@code null} when it is
	 * not a plan editor), then every change.
	 *
	 * @param show called on the UI thread with the plan editor to show, or {@code null} for none
	 */
	public PlanEditorTracker(IWorkbenchPage page, Consumer<PlanEditor> show) {
		this.page = Objects.requireNonNull(page, "page"); //$NON-NLS-1$
		this.show = Objects.requireNonNull(show, "show"); //$NON-NLS-1$
		page.addPartListener(listener);
		IEditorPart active = page.getActiveEditor();
		show(active instanceof PlanEditor planEditor ? planEditor : null);
	}

	private void track(IWorkbenchPart part) {
		if (part instanceof PlanEditor planEditor) {
			show(planEditor);
		}
	}

	private void show(PlanEditor editor) {
		shown = editor;
		show.accept(editor);
	}

	/** Stops following the page (when the view is disposed). */
	public void dispose() {
		page.removePartListener(listener);
	}
}
