/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.rapport.core.store.PlanLoadException;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;

/** What the editor shows instead of a plan it could not load: the file, the line and column, and the reason. */
public class ErrorPage extends FormPage {

	private final String problem;
	private final PlanLoadException exception;

	public ErrorPage(FormEditor editor, String problem, PlanLoadException exception) {
		super(editor, UiIds.PAGE_ERROR, Messages.ErrorPage_tab);
		this.problem = problem == null ? Messages.ErrorPage_unknown : problem;
		this.exception = exception;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(NLS.bind(Messages.ErrorPage_title, getEditorInput().getName()));
		form.setMessage(Messages.ErrorPage_headline, IMessageProvider.ERROR);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Text message = toolkit.createText(body, problem, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		message.setData(UiIds.KEY, UiIds.ERROR_MESSAGE);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 400;
		message.setLayoutData(data);

		StringBuilder details = new StringBuilder();
		details.append(NLS.bind(Messages.ErrorPage_file, getEditorInput().getToolTipText()));
		if (exception != null && exception.getLine() > 0) {
			details.append('\n').append(exception.getColumn() > 0
					? NLS.bind(Messages.ErrorPage_lineColumn, exception.getLine(), exception.getColumn())
					: NLS.bind(Messages.ErrorPage_line, exception.getLine()));
		}
		details.append("\n\n").append(Messages.ErrorPage_untouched); //$NON-NLS-1$
		Text info = toolkit.createText(body, details.toString(), SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		info.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}
}
