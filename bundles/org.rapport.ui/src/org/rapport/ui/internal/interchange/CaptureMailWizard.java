/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.core.internal.capture.MailAccount;
import org.rapport.core.internal.capture.MailSource;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;

/**
 * File &gt; Import &gt; Rapport &gt; Mail: reads the headers of an IMAP account's inbox and sent folder (or the
 * folders named) since a day, shows which messages would be logged as e-mails with contacts (new, already logged,
 * skipped and why), and logs them as one command. The account comes from, and goes back to, the preferences
 * (Rapport &gt; Accounts); the password from the secure storage or the page.
 */
public class CaptureMailWizard extends CaptureWizard {

	private static final String SETTINGS_SECTION = "CaptureMailWizard"; //$NON-NLS-1$

	private MailPage page;

	public CaptureMailWizard() {
		super(Messages.Mail_windowTitle, SETTINGS_SECTION, new Texts(Messages.Mail_previewDescription,
				Messages.Mail_columnWhat, Messages.Mail_nothingNew, Messages.Mail_cancelled));
	}

	@Override
	protected WizardPage createSourcePage() {
		page = new MailPage(plans);
		return page;
	}

	@Override
	protected PlanEditor chosenEditor() {
		return page.plan.getEditor();
	}

	@Override
	protected String sourceLabel() {
		return page.url();
	}

	@Override
	protected LocalDate since() {
		return page.since();
	}

	@Override
	protected Reader reader() {
		String url = page.url();
		String user = page.account.user();
		char[] password = url == null ? null : page.account.password(url);
		if (url == null || user == null || password == null) {
			return null;
		}
		MailAccount account = new MailAccount(url, user, CapturePreferences.folders(page.folders.getText()),
				page.subjects.getSelection());
		LocalDate since = page.since();
		return monitor -> new MailSource(ZoneId.systemDefault()).read(account, password, since, monitor);
	}

	@Override
	protected void sourceRead() {
		LocalDate since = page.since();
		CapturePreferences.put(CapturePreferences.MAIL_URL, page.url(), CapturePreferences.MAIL_USER,
				page.account.user(), CapturePreferences.MAIL_FOLDERS, page.folders.getText().strip(),
				CapturePreferences.MAIL_SINCE, since == null ? "" : since.toString(), //$NON-NLS-1$
				CapturePreferences.MAIL_SUBJECTS, Boolean.toString(page.subjects.getSelection()));
		page.account.remember(page.url());
	}

	/** The account (server, user, password, folders), since when, whether subjects are read, and the plan. */
	private static final class MailPage extends WizardPage {

		private final PlanChoice plan;
		private final AccountFields account = new AccountFields(InterchangeIds.MAIL_USER, InterchangeIds.MAIL_PASSWORD,
				InterchangeIds.MAIL_REMEMBER);
		private Text server;
		private Text folders;
		private Text sinceText;
		private Button subjects;

		MailPage(OpenPlans plans) {
			super("mail"); //$NON-NLS-1$
			this.plan = new PlanChoice(plans, InterchangeIds.MAIL_PLAN);
			setTitle(Messages.Mail_sourceTitle);
			setDescription(Messages.Mail_sourceDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
			server = field(composite, Messages.Mail_server, InterchangeIds.MAIL_SERVER, Messages.Mail_serverHint,
					CapturePreferences.get(CapturePreferences.MAIL_URL));
			account.create(composite, Messages.Mail_user, CapturePreferences.get(CapturePreferences.MAIL_USER),
					this::validate);
			folders = field(composite, Messages.Mail_folders, InterchangeIds.MAIL_FOLDERS, Messages.Mail_foldersHint,
					CapturePreferences.get(CapturePreferences.MAIL_FOLDERS));
			LocalDate since = CapturePreferences.mailSince();
			sinceText = field(composite, Messages.Mail_since, InterchangeIds.MAIL_SINCE,
					NLS.bind(Messages.Mail_sinceHint, RapportLabels.date(LocalDate.now())),
					RapportLabels.date(since != null ? since : LocalDate.now().minusMonths(3)));
			new Label(composite, SWT.NONE);
			subjects = new Button(composite, SWT.CHECK);
			subjects.setData(UiIds.KEY, InterchangeIds.MAIL_SUBJECTS);
			subjects.setText(Messages.Mail_subjects);
			subjects.setSelection(Boolean.parseBoolean(CapturePreferences.get(CapturePreferences.MAIL_SUBJECTS)));
			GridDataFactory.fillDefaults().span(2, 1).applyTo(subjects);
			plan.create(composite, this::validate);
			Label privacy = new Label(composite, SWT.WRAP);
			privacy.setText(Messages.Mail_privacy);
			GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(privacy);
			validate();
			setControl(composite);
		}

		private Text field(Composite parent, String label, String id, String hint, String value) {
			new Label(parent, SWT.NONE).setText(label);
			Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
			text.setData(UiIds.KEY, id);
			text.setMessage(hint);
			text.setText(value);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.Modify, e -> validate());
			return text;
		}

		private void validate() {
			if (sinceText == null || plan == null || subjects == null) {
				return; // still being built
			}
			String url = url();
			if (url != null) {
				account.showStored(url);
			}
			String sinceProblem = null;
			if (!sinceText.getText().isBlank() && since() == null) {
				sinceProblem = NLS.bind(Messages.Mail_badSince, sinceText.getText().strip());
			}
			String problem = plan.isEmpty() ? Messages.Mail_noPlan
					: url == null ? Messages.Mail_chooseServer
							: account.user() == null ? Messages.Mail_chooseUser
									: !account.hasPassword(url) ? Messages.Capture_typePassword
											: sinceProblem != null ? sinceProblem
													: plan.getEditor() == null ? Messages.Capture_choosePlan : null;
			setMessage(problem, problem == null ? NONE : problem == sinceProblem ? ERROR : INFORMATION);
			setPageComplete(problem == null);
		}

		String url() {
			String text = server == null ? "" : server.getText().strip(); //$NON-NLS-1$
			return text.isEmpty() ? null : text;
		}

		/** The day typed, as the locale writes it or as YYYY-MM-DD; {@code null} when empty or not a date. */
		LocalDate since() {
			try {
				String text = sinceText.getText().strip();
				return text.isEmpty() ? null : RapportLabels.parseDate(text);
			} catch (DateTimeParseException e) {
				return null;
			}
		}
	}
}
