/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * The dialog of Run Plan Review: starts scoring as soon as it is open, and grows to fit each page, since the
 * review's pages are added after it opened.
 */
public final class PlanReviewDialog extends WizardDialog {

	private final PlanReviewWizard wizard;

	public PlanReviewDialog(Shell parentShell, PlanReviewWizard wizard) {
		super(parentShell, wizard);
		this.wizard = wizard;
		// pages added later were not measured when the dialog computed its size: fit each when it is shown
		addPageChangedListener(event -> {
			if (event.getSelectedPage() instanceof IWizardPage page) {
				updateSize(page);
			}
		});
	}

	/**
	 * A size that suits the review's pages, which do not exist yet when the dialog computes its size from its
	 * first page: wide enough for the findings tables, never wider than needed for them.
	 */
	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.min(Math.max(size.x, 800), 960), Math.min(Math.max(size.y, 640), 760));
	}

	@Override
	public int open() {
		create();
		// Window keeps the size the shell had when it was resized while its contents were created (GTK does that
		// without a window manager), and the dialog would fill the screen: apply the size meant for the review.
		Point size = getInitialSize();
		Point location = getInitialLocation(size);
		getShell().setBounds(getConstrainedShellBounds(new Rectangle(location.x, location.y, size.x, size.y)));
		// after the shell is open and the event loop runs: the scoring's progress shows in the dialog
		getShell().getDisplay().asyncExec(() -> {
			if (getShell() != null && !getShell().isDisposed()) {
				wizard.start();
			}
		});
		return super.open();
	}
}
