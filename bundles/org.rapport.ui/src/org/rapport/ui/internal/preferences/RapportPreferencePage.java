/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.rapport.ui.internal.Messages;

/** The root of Rapport's preferences: it only says what the pages below it are for. */
public class RapportPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public RapportPreferencePage() {
		noDefaultAndApplyButton();
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to read: the page has no settings of its own
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		composite.setLayout(layout);
		Label text = new Label(composite, SWT.WRAP);
		text.setText(Messages.Preferences_rapport);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		text.setLayoutData(data);
		return composite;
	}
}
