/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.editors;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.recent.RecentPlansStore;

/** Opening plans in the {@link PlanEditor}. */
public final class PlanEditors {

	/** The id of the plan editor. */
	public static final String EDITOR_ID = UiIds.EDITOR;

	private PlanEditors() {
	}

	/**
	 * Opens a plan file in the plan editor, or activates the editor that already has it open, and puts it first in
	 * File's recent plans. A file that cannot be loaded opens an editor that says why (file, line, column); the file
	 * is never written.
	 *
	 * @return the editor, normally a {@link PlanEditor}
	 */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
		return remember(file, page.openEditor(new PlanEditorInput(file), EDITOR_ID, true));
	}

	/** Opens an already loaded plan (from {@code file}) without reading the file again. */
	public static IEditorPart open(IWorkbenchPage page, Path file, NetworkingPlan plan) throws PartInitException {
		PlanEditorInput input = new PlanEditorInput(file);
		if (page.findEditor(input) == null) {
			input = new PlanEditorInput(file, plan);
		}
		return remember(file, page.openEditor(input, EDITOR_ID, true));
	}

	/** Puts a plan that opened first in File's recent plans (a file that could not be loaded stays out). */
	private static IEditorPart remember(Path file, IEditorPart editor) {
		if (editor instanceof PlanEditor planEditor && planEditor.getPlan() != null) {
			RecentPlansStore.opened(file);
		}
		return editor;
	}

	/** The plan opened last (first in File's recent plans), or {@code null} when none was ever opened. */
	public static Path mostRecentPlan() {
		List<Path> files = RecentPlansStore.files();
		return files.isEmpty() ? null : files.get(0);
	}

	/** The plan editor that has the file open in the page, or {@code null}. */
	public static PlanEditor find(IWorkbenchPage page, Path file) {
		IEditorPart editor = page.findEditor(new PlanEditorInput(file));
		return editor instanceof PlanEditor planEditor ? planEditor : null;
	}
}
