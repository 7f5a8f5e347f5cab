/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.internal.capture.AccountPasswords;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.core.internal.sync.SyncAccount;
import org.rapport.core.internal.sync.SyncPreferences;
import org.rapport.ui.internal.interchange.Messages;
import org.rapport.ui.internal.sync.SyncIds;

/**
 * Rapport &gt; Accounts: the mail account (IMAP server, user, folders, the day to read from, whether subjects are
 * read) and the calendar (file or CalDAV URL, user) that File &gt; Import &gt; Rapport &gt; Mail and Meetings start
 * from, and the CardDAV/CalDAV account File &gt; Sync... starts from. A password typed here is kept encrypted in the platform's secure storage, never in the preferences; the field
 * only says whether one is kept.
 */
public class AccountsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.rapport.ui.preferences.accounts"; //$NON-NLS-1$

	private StringFieldEditor mailUrl;
	private StringFieldEditor mailUser;
	private StringFieldEditor calendarSource;
	private StringFieldEditor calendarUser;
	private Text mailPassword;
	private Text calendarPassword;
	private StringFieldEditor syncAddressBook;
	private StringFieldEditor syncCalendar;
	private StringFieldEditor syncUser;
	private Text syncPassword;
	private final AccountPasswords passwords = AccountPasswords.platform();

	public AccountsPreferencePage() {
		super(GRID);
		setDescription(Messages.Accounts_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, FollowUpPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		Group mail = group(parent, Messages.Accounts_mail);
		mailUrl = text(mail, CapturePreferences.MAIL_URL, Messages.Mail_server, InterchangeIds.ACCOUNTS_MAIL_SERVER);
		mailUser = text(mail, CapturePreferences.MAIL_USER, Messages.Mail_user, InterchangeIds.ACCOUNTS_MAIL_USER);
		mailPassword = password(mail, InterchangeIds.ACCOUNTS_MAIL_PASSWORD);
		text(mail, CapturePreferences.MAIL_FOLDERS, Messages.Mail_folders, InterchangeIds.ACCOUNTS_MAIL_FOLDERS);
		DayFieldEditor since = new DayFieldEditor(CapturePreferences.MAIL_SINCE, Messages.Mail_since, mail);
		since.getTextControl(mail).setData(UiIds.KEY, InterchangeIds.ACCOUNTS_MAIL_SINCE);
		addField(since);
		addField(new BooleanFieldEditor(CapturePreferences.MAIL_SUBJECTS, Messages.Mail_subjects, mail));
		layout(mail);
		Group calendar = group(parent, Messages.Accounts_calendar);
		calendarSource = text(calendar, CapturePreferences.CALENDAR_SOURCE, Messages.Capture_source,
				InterchangeIds.ACCOUNTS_CALENDAR_SOURCE);
		calendarUser = text(calendar, CapturePreferences.CALENDAR_USER, Messages.Capture_calendarUser,
				InterchangeIds.ACCOUNTS_CALENDAR_USER);
		calendarPassword = password(calendar, InterchangeIds.ACCOUNTS_CALENDAR_PASSWORD);
		layout(calendar);
		Group sync = group(parent, org.rapport.ui.internal.sync.Messages.Sync_accountsGroup);
		syncAddressBook = text(sync, SyncPreferences.ADDRESS_BOOK, org.rapport.ui.internal.sync.Messages.Sync_addressBook,
				SyncIds.ACCOUNTS_ADDRESS_BOOK);
		syncCalendar = text(sync, SyncPreferences.CALENDAR, org.rapport.ui.internal.sync.Messages.Sync_calendar,
				SyncIds.ACCOUNTS_CALENDAR);
		syncUser = text(sync, SyncPreferences.USER, org.rapport.ui.internal.sync.Messages.Sync_user, SyncIds.ACCOUNTS_USER);
		syncPassword = password(sync, SyncIds.ACCOUNTS_PASSWORD);
		layout(sync);
		Label where = new Label(parent, SWT.WRAP);
		where.setText(passwords == null ? Messages.Accounts_noStorage : Messages.Accounts_passwords);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 420;
		where.setLayoutData(data);
	}

	@Override
	protected void initialize() {
		super.initialize();
		showKept();
	}

	private StringFieldEditor text(Composite parent, String key, String label, String id) {
		StringFieldEditor editor = new StringFieldEditor(key, label, parent);
		editor.getTextControl(parent).setData(UiIds.KEY, id);
		addField(editor);
		return editor;
	}

	private static Text password(Composite parent, String id) {
		new Label(parent, SWT.NONE).setText(Messages.Capture_password);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		text.setData(UiIds.KEY, id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private void showKept() {
		mailPassword.setMessage(kept(mailUrl, mailUser) ? Messages.Capture_passwordKept : ""); //$NON-NLS-1$
		calendarPassword.setMessage(kept(calendarSource, calendarUser) ? Messages.Capture_passwordKept : ""); //$NON-NLS-1$
		String key = syncKey();
		syncPassword.setMessage(passwords != null && key != null && !syncUser.getStringValue().isBlank()
				&& passwords.isStored(key, syncUser.getStringValue().strip()) ? Messages.Capture_passwordKept : ""); //$NON-NLS-1$
	}

	/** Where the sync account's password is kept: as the sync itself looks for it. */
	private String syncKey() {
		return SyncPreferences.passwordKey(new SyncAccount(syncAddressBook.getStringValue(), syncCalendar.getStringValue(), null));
	}

	private boolean kept(StringFieldEditor url, StringFieldEditor user) {
		return passwords != null && !url.getStringValue().isBlank() && !user.getStringValue().isBlank()
				&& passwords.isStored(url.getStringValue(), user.getStringValue());
	}

	@Override
	public boolean performOk() {
		if (!super.performOk()) {
			return false;
		}
		keep(mailUrl, mailUser, mailPassword);
		keep(calendarSource, calendarUser, calendarPassword);
		String key = syncKey();
		if (key != null && !syncPassword.isDisposed() && !syncPassword.getText().isEmpty() && passwords != null
				&& !syncUser.getStringValue().isBlank()) {
			try {
				passwords.put(key, syncUser.getStringValue().strip(), syncPassword.getText().toCharArray());
				syncPassword.setText(""); //$NON-NLS-1$
				showKept();
			} catch (CaptureException e) {
				ILog.of(AccountsPreferencePage.class).warn(e.getMessage(), e);
				setErrorMessage(e.getMessage());
			}
		}
		return true;
	}

	private void keep(StringFieldEditor url, StringFieldEditor user, Text password) {
		if (password.isDisposed() || password.getText().isEmpty() || passwords == null || url.getStringValue().isBlank()
				|| user.getStringValue().isBlank()) {
			return;
		}
		try {
			passwords.put(url.getStringValue(), user.getStringValue(), password.getText().toCharArray());
			password.setText(""); //$NON-NLS-1$
			showKept();
		} catch (CaptureException e) {
			ILog.of(AccountsPreferencePage.class).warn(e.getMessage(), e);
			setErrorMessage(e.getMessage());
		}
	}

	/** A day, shown and typed as the locale writes it (or as YYYY-MM-DD), kept as YYYY-MM-DD; may be empty. */
	private static final class DayFieldEditor extends StringFieldEditor {

		DayFieldEditor(String key, String label, Composite parent) {
			super(key, label, parent);
			setEmptyStringAllowed(true);
		}

		@Override
		protected boolean doCheckState() {
			String text = getStringValue().strip();
			if (text.isEmpty()) {
				return true;
			}
			try {
				RapportLabels.parseDate(text);
				return true;
			} catch (DateTimeParseException e) {
				setErrorMessage(NLS.bind(Messages.Mail_badSince, text));
				return false;
			}
		}

		@Override
		protected void doLoad() {
			String stored = getPreferenceStore().getString(getPreferenceName()).strip();
			try {
				getTextControl().setText(stored.isEmpty() ? "" : RapportLabels.date(LocalDate.parse(stored))); //$NON-NLS-1$
			} catch (DateTimeParseException e) {
				getTextControl().setText(stored);
			}
		}

		@Override
		protected void doStore() {
			String text = getStringValue().strip();
			getPreferenceStore().setValue(getPreferenceName(),
					text.isEmpty() ? "" : RapportLabels.parseDate(text).toString()); //$NON-NLS-1$
		}
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return group;
	}

	private static void layout(Group group) {
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		group.setLayout(layout);
	}
}
