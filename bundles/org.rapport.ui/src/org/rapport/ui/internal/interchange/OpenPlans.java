/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;

/**
 * The plans a wizard can work on: those open in plan editors of the workbench window, the active one first
 * choice. Imports go through an editor's command stack, so only plans open in an editor are offered.
 */
final class OpenPlans {

	private final List<PlanEditor> editors;
	private final PlanEditor preferred;

	private OpenPlans(List<PlanEditor> editors, PlanEditor preferred) {
		this.editors = List.copyOf(editors);
		this.preferred = preferred;
	}

	/** The plan editors of the workbench's active window (or its first window, while a dialog is active). */
	static OpenPlans of(IWorkbench workbench) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		List<PlanEditor> editors = new ArrayList<>();
		PlanEditor preferred = null;
		if (page != null) {
			for (IEditorReference reference : page.getEditorReferences()) {
				if (PlanEditor.ID.equals(reference.getId()) && reference.getEditor(true) instanceof PlanEditor editor
						&& editor.getPlan() != null) {
					editors.add(editor);
				}
			}
			IEditorPart active = page.getActiveEditor();
			if (active instanceof PlanEditor editor && editors.contains(editor)) {
				preferred = editor;
			}
		}
		if (preferred == null && !editors.isEmpty()) {
			preferred = editors.get(0);
		}
		return new OpenPlans(editors, preferred);
	}

	List<PlanEditor> editors() {
		return editors;
	}

	/** The active plan editor, else the first; {@code null} when no plan is open. */
	PlanEditor preferred() {
		return preferred;
	}

	boolean isEmpty() {
		return editors.isEmpty();
	}

	/** The labels to show in a combo, in the order of {@link #editors()}. */
	String[] labels() {
		return editors.stream().map(OpenPlans::label).toArray(String[]::new);
	}

	/** "Plan name  (/path/to/file.rapport)". */
	static String label(PlanEditor editor) {
		Path file = editor.getFile();
		return NLS.bind(Messages.OpenPlans_label, RapportLabels.text(editor.getPlan()),
				file == null ? editor.getTitle() : file.toString());
	}
}
