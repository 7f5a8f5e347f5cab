/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Networking Plan" perspective: the plan editor in the middle with most of the width; the Contacts view over
 * the Agenda on the left, both in sight; the Scorecard (with the Validation view behind it) on the right over the
 * whole height, where the findings stay in sight while the plan is edited. The Properties view, which repeats the
 * editor's forms, is not in it: Window &gt; Show View (or Alt+Shift+Q, P) shows it below the editor.
 */
public class NetworkingPlanPerspective implements IPerspectiveFactory {

	public static final String ID = "org.rapport.app.perspective"; //$NON-NLS-1$

	static final String AGENDA_VIEW_ID = "org.rapport.ui.views.agenda"; //$NON-NLS-1$

	static final String CONTACTS_VIEW_ID = "org.rapport.ui.views.contacts"; //$NON-NLS-1$
	static final String SCORECARD_VIEW_ID = "org.rapport.ui.views.scorecard"; //$NON-NLS-1$
	static final String VALIDATION_VIEW_ID = "org.rapport.ui.views.validation"; //$NON-NLS-1$

	/** The share of the window each side column takes; the editor keeps the rest, well over half. */
	private static final float LEFT = 0.2f;
	/** Of what the left column leaves: the right column gets about a fifth of the window. */
	private static final float EDITOR_OF_REST = 0.72f;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, LEFT, editorArea); //$NON-NLS-1$
		left.addView(CONTACTS_VIEW_ID);
		IFolderLayout agenda = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.5f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
		agenda.addView(AGENDA_VIEW_ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, EDITOR_OF_REST, editorArea); //$NON-NLS-1$
		right.addView(SCORECARD_VIEW_ID);
		right.addView(VALIDATION_VIEW_ID);
		// below the editor, with its width, when the user asks for it
		layout.createPlaceholderFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea) //$NON-NLS-1$
				.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(CONTACTS_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(SCORECARD_VIEW_ID);
		layout.addShowViewShortcut(VALIDATION_VIEW_ID);
		layout.addShowViewShortcut(AGENDA_VIEW_ID);
	}
}
