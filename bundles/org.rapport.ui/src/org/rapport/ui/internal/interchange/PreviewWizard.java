/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;

/**
 * A wizard that shows what it would do before it does it: a source page, then a preview page computed when the user
 * leaves the source page, and Finish only on the preview page. Imports, captures and sync share it.
 */
public abstract class PreviewWizard extends Wizard implements IPageChangingListener {

	private WizardDialog listeningTo;

	/** The page the user chooses the source on. */
	protected abstract IWizardPage sourcePage();

	/** The page that shows what Finish would do. */
	protected abstract IWizardPage previewPage();

	/**
	 * Computes the preview from the source page's choices, in the dialog's progress area, and gives it to the preview
	 * page.
	 *
	 * @return whether there is a preview to show; if not, the source page says why
	 */
	protected abstract boolean computePreview();

	@Override
	public void setContainer(IWizardContainer container) {
		super.setContainer(container);
		// the preview is computed when the user leaves the first page: the dialog tells us before it turns the page
		if (container instanceof WizardDialog dialog && dialog != listeningTo) {
			if (listeningTo != null) {
				listeningTo.removePageChangingListener(this);
			}
			dialog.addPageChangingListener(this);
			listeningTo = dialog;
		}
	}

	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == sourcePage() && event.getTargetPage() == previewPage()) {
			event.doit = computePreview();
		}
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage() && previewPage().isPageComplete();
	}

	@Override
	public void dispose() {
		if (listeningTo != null) {
			listeningTo.removePageChangingListener(this);
			listeningTo = null;
		}
		super.dispose();
	}
}
