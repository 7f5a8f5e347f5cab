/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.scoring;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.Strategies;
import org.rapport.ui.editors.PlanEditor;

/**
 * Gives each plan editor one {@link PlanScoring} and one {@link PlanReplica}, created when first asked for and
 * disposed when the editor closes, so that every part showing scores of a plan shares one set of runs, switching
 * between editors shows their scores at once, and background work (scoring, validation) shares one copy of the
 * plan. Registered in plugin.xml: {@code editor.getAdapter(PlanScoring.class)},
 * {@code editor.getAdapter(PlanReplica.class)}.
 */
public final class PlanScoringAdapterFactory implements IAdapterFactory {

	// editors are created, used and closed on the UI thread, and so is this map
	private static final Map<PlanEditor, PlanScoring> SCORINGS = new HashMap<>();
	private static final Map<PlanEditor, PlanReplica> REPLICAS = new HashMap<>();

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == PlanScoring.class && adaptableObject instanceof PlanEditor editor) {
			return adapterType.cast(scoringOf(editor));
		}
		if (adapterType == PlanReplica.class && adaptableObject instanceof PlanEditor editor) {
			return adapterType.cast(replicaOf(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { PlanScoring.class, PlanReplica.class };
	}

	/** The editor's scoring, or {@code null} when it shows no plan (the file could not be loaded) or is closed. */
	static PlanScoring scoringOf(PlanEditor editor) {
		PlanScoring scoring = SCORINGS.get(editor);
		if (scoring == null) {
			PlanReplica replica = replicaOf(editor);
			if (replica == null) {
				return null;
			}
			scoring = new PlanScoring(editor.getPlan(), Strategies.getRegistry(), Display.getCurrent(), replica);
			SCORINGS.put(editor, scoring);
		}
		return scoring;
	}

	/** The editor's replica, or {@code null} when it shows no plan or is closed. */
	static PlanReplica replicaOf(PlanEditor editor) {
		Display display = Display.getCurrent();
		if (editor.getPlan() == null || display == null || editor.getSite() == null) {
			return null;
		}
		PlanReplica replica = REPLICAS.get(editor);
		if (replica == null) {
			IWorkbenchPage page = editor.getSite().getPage();
			if (page == null || page.getWorkbenchWindow().getShell() == null || !isOpen(page, editor)) {
				return null;
			}
			replica = new PlanReplica(editor.getPlan());
			REPLICAS.put(editor, replica);
			page.addPartListener(new IPartListener2() {
				@Override
				public void partClosed(IWorkbenchPartReference ref) {
					if (ref.getPart(false) == editor) {
						page.removePartListener(this);
						PlanScoring closed = SCORINGS.remove(editor);
						if (closed != null) {
							closed.dispose();
						}
						PlanReplica dropped = REPLICAS.remove(editor);
						if (dropped != null) {
							dropped.dispose();
						}
					}
				}
			});
		}
		return replica;
	}

	private static boolean isOpen(IWorkbenchPage page, PlanEditor editor) {
		for (var ref : page.getEditorReferences()) {
			if (ref.getPart(false) == editor) {
				return true;
			}
		}
		return false;
	}
}
