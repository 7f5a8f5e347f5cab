/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.quickaccess.IQuickAccessComputerExtension;
import org.eclipse.ui.quickaccess.QuickAccessElement;
import org.rapport.core.search.PlanSearch;
import org.rapport.ui.editors.PlanEditor;

/**
 * Quick Access (Ctrl+3) finds the elements of the open plans: contacts by any name, email, phone, organization or
 * tag, aspirations, goals, audiences, opportunities and skills ({@link PlanSearch} says by which words). Choosing one
 * shows it in its plan's editor, selected on its page. The active editor's plan comes first.
 * <p>
 * Contributed to {@code org.eclipse.ui.quickAccess} with {@code requiresUIAccess}: the plans belong to the UI thread.
 * Elements are computed for each query (with an empty query there are none: the dialog then lists the platform's own
 * commands and views, and a plan of 10,000 contacts is not listed whole).
 * </p>
 */
public final class PlanQuickAccess implements IQuickAccessComputerExtension {

	/** At most this many elements per query: the dialog shows only the first few of a provider anyway. */
	static final int LIMIT = 50;

	@Override
	public QuickAccessElement[] computeElements() {
		return new QuickAccessElement[0];
	}

	@Override
	public QuickAccessElement[] computeElements(String query, IProgressMonitor monitor) {
		if (query == null || query.isBlank()) {
			return new QuickAccessElement[0];
		}
		List<QuickAccessElement> found = new ArrayList<>();
		for (PlanEditor editor : openEditors()) {
			if (editor.getPlan() == null) {
				continue;
			}
			for (EObject element : PlanSearch.find(editor.getPlan(), query)) {
				if (found.size() >= LIMIT || monitor.isCanceled()) {
					return found.toArray(QuickAccessElement[]::new);
				}
				found.add(new PlanElementAccess(editor, element, PlanSearch.matchingKeyword(element, query)));
			}
		}
		return found.toArray(QuickAccessElement[]::new);
	}

	/** The plan editors of the active window, the active one first. */
	private static Set<PlanEditor> openEditors() {
		Set<PlanEditor> editors = new LinkedHashSet<>();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return editors;
		}
		if (page.getActiveEditor() instanceof PlanEditor active) {
			editors.add(active);
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof PlanEditor editor) {
				editors.add(editor);
			}
		}
		return editors;
	}

	@Override
	public void resetState() {
		// nothing is kept between queries
	}

	@Override
	public boolean needsRefresh() {
		return true;
	}
}
