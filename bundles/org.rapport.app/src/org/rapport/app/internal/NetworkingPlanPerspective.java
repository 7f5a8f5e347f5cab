package org.rapport.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Networking Plan" perspective: contacts on the left, the plan editor, properties below it, and the
 * Scorecard on the right over the whole height, where its findings have room and it stays in sight while
 * the plan is edited.
 */
public class NetworkingPlanPerspective implements IPerspectiveFactory {

	public static final String ID = "org.rapport.app.perspective"; //$NON-NLS-1$

	static final String AGENDA_VIEW_ID = "org.rapport.ui.views.agenda"; //$NON-NLS-1$

	static final String CONTACTS_VIEW_ID = "org.rapport.ui.views.contacts"; //$NON-NLS-1$
	static final String SCORECARD_VIEW_ID = "org.rapport.ui.views.scorecard"; //$NON-NLS-1$
	static final String VALIDATION_VIEW_ID = "org.rapport.ui.views.validation"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.26f, editorArea); //$NON-NLS-1$
		left.addView(CONTACTS_VIEW_ID);
		left.addView(AGENDA_VIEW_ID);
		// before the bottom folder, so that the right one spans the editor and the properties
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.60f, editorArea); //$NON-NLS-1$
		right.addView(SCORECARD_VIEW_ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(VALIDATION_VIEW_ID);
		layout.addShowViewShortcut(CONTACTS_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(SCORECARD_VIEW_ID);
		layout.addShowViewShortcut(VALIDATION_VIEW_ID);
		layout.addShowViewShortcut(AGENDA_VIEW_ID);
	}
}
