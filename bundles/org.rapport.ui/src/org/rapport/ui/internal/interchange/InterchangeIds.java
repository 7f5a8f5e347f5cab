/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Ids of the import and export wizards and of Merge Contacts: extensions, icons, and the widget ids
 * ({@code UiIds.KEY} data) that tests find controls by.
 */
public final class InterchangeIds {

	public static final String IMPORT_WIZARD = "org.rapport.ui.wizards.importContacts"; //$NON-NLS-1$
	public static final String EXPORT_WIZARD = "org.rapport.ui.wizards.export"; //$NON-NLS-1$
	public static final String CAPTURE_WIZARD = "org.rapport.ui.wizards.captureMeetings"; //$NON-NLS-1$
	public static final String MAIL_WIZARD = "org.rapport.ui.wizards.captureMail"; //$NON-NLS-1$
	public static final String COMMAND_MERGE_CONTACTS = "org.rapport.ui.mergeContacts"; //$NON-NLS-1$

	/** The images at the top of the wizards and the merge dialog. */
	static final String IMPORT_BANNER = "icons/wizban_import.png"; //$NON-NLS-1$
	static final String EXPORT_BANNER = "icons/wizban_export.png"; //$NON-NLS-1$
	static final String MERGE_BANNER = "icons/wizban_merge.png"; //$NON-NLS-1$

	public static final String IMPORT_FILE = "import.file"; //$NON-NLS-1$
	public static final String IMPORT_BROWSE = "import.browse"; //$NON-NLS-1$
	public static final String IMPORT_FORMAT_VCARD = "import.format.vcard"; //$NON-NLS-1$
	public static final String IMPORT_FORMAT_LINKEDIN = "import.format.linkedIn"; //$NON-NLS-1$
	public static final String IMPORT_FORMAT_GOOGLE = "import.format.google"; //$NON-NLS-1$
	public static final String IMPORT_PLAN = "import.plan"; //$NON-NLS-1$

	public static final String PREVIEW_SUMMARY = "import.preview.summary"; //$NON-NLS-1$
	public static final String PREVIEW_TABLE = "import.preview.table"; //$NON-NLS-1$
	public static final String PREVIEW_DETAILS = "import.preview.details"; //$NON-NLS-1$
	public static final String PREVIEW_INCLUDE_ALL = "import.preview.includeAll"; //$NON-NLS-1$
	public static final String PREVIEW_LEAVE_ALL_OUT = "import.preview.leaveAllOut"; //$NON-NLS-1$

	public static final String CAPTURE_SOURCE = "capture.source"; //$NON-NLS-1$
	public static final String CAPTURE_PLAN = "capture.plan"; //$NON-NLS-1$
	public static final String CAPTURE_SUMMARY = "capture.summary"; //$NON-NLS-1$
	public static final String CAPTURE_TABLE = "capture.table"; //$NON-NLS-1$
	public static final String CAPTURE_USER = "capture.user"; //$NON-NLS-1$
	public static final String CAPTURE_PASSWORD = "capture.password"; //$NON-NLS-1$
	public static final String CAPTURE_REMEMBER = "capture.remember"; //$NON-NLS-1$
	public static final String MAIL_SERVER = "mail.server"; //$NON-NLS-1$
	public static final String MAIL_USER = "mail.user"; //$NON-NLS-1$
	public static final String MAIL_PASSWORD = "mail.password"; //$NON-NLS-1$
	public static final String MAIL_REMEMBER = "mail.remember"; //$NON-NLS-1$
	public static final String MAIL_FOLDERS = "mail.folders"; //$NON-NLS-1$
	public static final String MAIL_SINCE = "mail.since"; //$NON-NLS-1$
	public static final String MAIL_SUBJECTS = "mail.subjects"; //$NON-NLS-1$
	public static final String MAIL_PLAN = "mail.plan"; //$NON-NLS-1$
	public static final String ACCOUNTS_MAIL_SERVER = "accounts.mail.server"; //$NON-NLS-1$
	public static final String ACCOUNTS_MAIL_USER = "accounts.mail.user"; //$NON-NLS-1$
	public static final String ACCOUNTS_MAIL_PASSWORD = "accounts.mail.password"; //$NON-NLS-1$
	public static final String ACCOUNTS_MAIL_FOLDERS = "accounts.mail.folders"; //$NON-NLS-1$
	public static final String ACCOUNTS_MAIL_SINCE = "accounts.mail.since"; //$NON-NLS-1$
	public static final String ACCOUNTS_CALENDAR_SOURCE = "accounts.calendar.source"; //$NON-NLS-1$
	public static final String ACCOUNTS_CALENDAR_USER = "accounts.calendar.user"; //$NON-NLS-1$
	public static final String ACCOUNTS_CALENDAR_PASSWORD = "accounts.calendar.password"; //$NON-NLS-1$
	/** The field of the user's other addresses on Window &gt; Preferences &gt; Rapport &gt; Networking. */
	public static final String CAPTURE_MY_ADDRESSES = "capture.myAddresses"; //$NON-NLS-1$

	public static final String EXPORT_PLAN = "export.plan"; //$NON-NLS-1$
	public static final String EXPORT_FORMAT_PREFIX = "export.format."; //$NON-NLS-1$
	public static final String EXPORT_VCARD_VERSION = "export.vcardVersion"; //$NON-NLS-1$
	public static final String EXPORT_OPEN_ONLY = "export.openOnly"; //$NON-NLS-1$
	public static final String EXPORT_FOLLOW_UP_EVENTS = "export.followUpEvents"; //$NON-NLS-1$
	public static final String EXPORT_REMINDER = "export.reminder"; //$NON-NLS-1$
	public static final String EXPORT_REMINDER_DAYS = "export.reminderDays"; //$NON-NLS-1$
	public static final String EXPORT_FILE = "export.file"; //$NON-NLS-1$
	public static final String EXPORT_BROWSE = "export.browse"; //$NON-NLS-1$
	public static final String EXPORT_WHAT = "export.what"; //$NON-NLS-1$

	public static final String MERGE_TABLE = "merge.table"; //$NON-NLS-1$
	public static final String MERGE_OUTCOME = "merge.outcome"; //$NON-NLS-1$

	private InterchangeIds() {
	}

	/** A section of the bundle's dialog settings, created when missing. */
	static IDialogSettings dialogSettings(String section) {
		IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(InterchangeIds.class))
				.getDialogSettings();
		IDialogSettings found = settings.getSection(section);
		return found != null ? found : settings.addNewSection(section);
	}
}
