/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.internal.capture.AccountPasswords;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.ui.UiIds;

/**
 * The user and password rows of a capture wizard's source page. A password kept in the secure storage for the
 * server and user is used without being shown (the field says it is kept); one typed in is used instead, and kept
 * (encrypted, in the platform's secure storage) once the server accepted it, when "Remember the password" is ticked.
 */
final class AccountFields {

	private final String userId;
	private final String passwordId;
	private final String rememberId;
	private Text userText;
	private Text passwordText;
	private Button remember;
	private AccountPasswords passwords;

	AccountFields(String userId, String passwordId, String rememberId) {
		this.userId = userId;
		this.passwordId = passwordId;
		this.rememberId = rememberId;
	}

	/** Adds the rows to a three-column page. */
	void create(Composite parent, String userLabel, String user, Runnable changed) {
		passwords = AccountPasswords.platform();
		new Label(parent, SWT.NONE).setText(userLabel);
		userText = new Text(parent, SWT.BORDER | SWT.SINGLE);
		userText.setData(UiIds.KEY, userId);
		userText.setText(user);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(userText);
		new Label(parent, SWT.NONE).setText(Messages.Capture_password);
		passwordText = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		passwordText.setData(UiIds.KEY, passwordId);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(passwordText);
		new Label(parent, SWT.NONE);
		remember = new Button(parent, SWT.CHECK);
		remember.setData(UiIds.KEY, rememberId);
		remember.setText(Messages.Capture_remember);
		remember.setSelection(passwords != null);
		remember.setEnabled(passwords != null);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
		userText.addListener(SWT.Modify, e -> changed.run());
		passwordText.addListener(SWT.Modify, e -> changed.run());
	}

	void setEnabled(boolean enabled) {
		userText.setEnabled(enabled);
		passwordText.setEnabled(enabled);
		remember.setEnabled(enabled && passwords != null);
	}

	/** The user name typed, or {@code null}. */
	String user() {
		String user = userText == null ? "" : userText.getText().strip(); //$NON-NLS-1$
		return user.isEmpty() ? null : user;
	}

	/** Says in the empty password field whether one is kept for the server and user. */
	void showStored(String url) {
		passwordText.setMessage(stored(url) ? Messages.Capture_passwordKept : ""); //$NON-NLS-1$
	}

	private boolean stored(String url) {
		return passwords != null && user() != null && passwords.isStored(url, user());
	}

	/** Whether there is a password to send: typed in, or kept. */
	boolean hasPassword(String url) {
		return !passwordText.getText().isEmpty() || stored(url);
	}

	/** The password typed in, else the one kept, else {@code null}. */
	char[] password(String url) {
		if (!passwordText.getText().isEmpty()) {
			return passwordText.getText().toCharArray();
		}
		try {
			return passwords == null || user() == null ? null : passwords.get(url, user());
		} catch (CaptureException e) {
			ILog.of(AccountFields.class).warn(e.getMessage(), e);
			return null;
		}
	}

	/** Keeps the password typed in (the server accepted it) when Remember is ticked. */
	void remember(String url) {
		if (passwords == null || user() == null || passwordText.getText().isEmpty() || !remember.getSelection()) {
			return;
		}
		try {
			passwords.put(url, user(), passwordText.getText().toCharArray());
		} catch (CaptureException e) {
			ILog.of(AccountFields.class).warn(e.getMessage(), e);
		}
	}
}
