/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

/**
 * A form page rebuilt from the plan after it changes: at once while the page is shown, else when it is shown next.
 * Rebuilding its sections costs, and an edit on another page should not pay it.
 */
abstract class RefreshedWhenShownPage extends FormPage {

	// changed while another page was shown: refreshed when shown again
	private boolean stale;

	protected RefreshedWhenShownPage(FormEditor editor, String id, String title) {
		super(editor, id, title);
	}

	/** Rebuilds the page from the plan. */
	protected abstract void refresh();

	/** Refreshes the page after every burst of changes of the model tree, for as long as the control lives. */
	protected final void followChanges(Control control, Notifier model) {
		new ModelRefresher(control, this::refreshIfActive).attach(model);
	}

	private void refreshIfActive() {
		if (isActive()) {
			stale = false;
			refresh();
		} else {
			stale = true;
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			stale = false;
			refresh();
		}
	}
}
