/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Button;
import org.rapport.core.internal.capture.AccountPasswords;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.sync.DavClient;
import org.rapport.core.internal.sync.SyncAccount;
import org.rapport.core.internal.sync.SyncException;
import org.rapport.core.internal.sync.SyncPreferences;
import org.rapport.ui.UiIds;

/**
 * The account: the address book's and the calendar's URLs, the user (as Rapport &gt; Accounts or the last sync left
 * them) and the password: typed, or the one kept in the platform's secure storage, kept there once the server
 * accepted it when "Remember the password" is ticked.
 */
final class SyncAccountPage extends WizardPage {

	private final SyncAccount remembered;
	private final Path planFile;
	private Text addressBook;
	private Text calendar;
	private Text user;
	private Text password;
	private Button remember;
	private final AccountPasswords passwords = AccountPasswords.platform();

	SyncAccountPage(SyncAccount remembered, Path planFile) {
		super("account"); //$NON-NLS-1$
		this.remembered = remembered;
		this.planFile = planFile;
		setTitle(Messages.Sync_accountTitle);
		setDescription(NLS.bind(Messages.Sync_accountDescription, planFile.getFileName()));
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		addressBook = field(composite, Messages.Sync_addressBook, SyncIds.ADDRESS_BOOK, SWT.NONE, remembered.addressBook());
		addressBook.setMessage(Messages.Sync_addressBookHint);
		calendar = field(composite, Messages.Sync_calendar, SyncIds.CALENDAR, SWT.NONE, remembered.calendar());
		calendar.setMessage(Messages.Sync_calendarHint);
		user = field(composite, Messages.Sync_user, SyncIds.USER, SWT.NONE, remembered.user());
		password = field(composite, Messages.Sync_password, SyncIds.PASSWORD, SWT.PASSWORD, null);
		new Label(composite, SWT.NONE);
		remember = new Button(composite, SWT.CHECK);
		remember.setData(UiIds.KEY, SyncIds.REMEMBER);
		remember.setText(Messages.Sync_remember);
		remember.setSelection(passwords != null);
		remember.setEnabled(passwords != null);
		Label privacy = new Label(composite, SWT.WRAP);
		privacy.setText(NLS.bind(Messages.Sync_privacy, planFile.getFileName()));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(privacy);
		validate();
		setControl(composite);
	}

	private Text field(Composite composite, String label, String id, int style, String value) {
		new Label(composite, SWT.NONE).setText(label);
		Text text = new Text(composite, SWT.BORDER | SWT.SINGLE | style);
		text.setData(UiIds.KEY, id);
		if (value != null) {
			text.setText(value);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	private void validate() {
		String problem = null;
		SyncAccount account = getAccount();
		if (account.addressBook() == null && account.calendar() == null) {
			problem = Messages.Sync_chooseServer;
		} else {
			for (String url : new String[] { account.addressBook(), account.calendar() }) {
				try {
					if (url != null) {
						DavClient.uri(url);
					}
				} catch (SyncException e) {
					problem = e.getMessage();
				}
			}
		}
		if (password != null) {
			password.setMessage(stored(account) ? Messages.Sync_passwordKept : ""); //$NON-NLS-1$
		}
		setMessage(problem, problem == null ? NONE : INFORMATION);
		setPageComplete(problem == null);
	}

	SyncAccount getAccount() {
		String name = user == null ? "" : user.getText().strip(); //$NON-NLS-1$
		return new SyncAccount(addressBook == null ? null : addressBook.getText(), calendar == null ? null : calendar.getText(),
				name.isEmpty() ? null : name);
	}

	private boolean stored(SyncAccount account) {
		String key = SyncPreferences.passwordKey(account);
		return passwords != null && key != null && account.user() != null && passwords.isStored(key, account.user());
	}

	/** The password typed, else the one kept in the secure storage, or {@code null}; the caller clears the array. */
	char[] getPassword() {
		String typed = password == null ? "" : password.getText(); //$NON-NLS-1$
		if (!typed.isEmpty()) {
			return typed.toCharArray();
		}
		SyncAccount account = getAccount();
		try {
			return stored(account) ? passwords.get(SyncPreferences.passwordKey(account), account.user()) : null;
		} catch (CaptureException e) {
			ILog.of(SyncAccountPage.class).warn(e.getMessage(), e);
			return null;
		}
	}

	/** Keeps the password typed in (the server accepted it), encrypted, when Remember is ticked. */
	void rememberPassword() {
		SyncAccount account = getAccount();
		String key = SyncPreferences.passwordKey(account);
		if (passwords == null || key == null || account.user() == null || password.getText().isEmpty()
				|| !remember.getSelection()) {
			return;
		}
		try {
			passwords.put(key, account.user(), password.getText().toCharArray());
		} catch (CaptureException e) {
			ILog.of(SyncAccountPage.class).warn(e.getMessage(), e);
		}
	}
}
