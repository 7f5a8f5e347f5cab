/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.time.ZoneId;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.internal.capture.CalendarSource;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;

/**
 * File &gt; Import &gt; Rapport &gt; Meetings: reads an iCalendar file or a CalDAV calendar (with a user name and the
 * password kept in the secure storage when the server asks for one), shows which of its events would be logged as
 * meetings with contacts, and logs them as one command.
 */
public class CaptureMeetingsWizard extends CaptureWizard {

	private static final String SETTINGS_SECTION = "CaptureMeetingsWizard"; //$NON-NLS-1$

	private SourcePage sourcePage;

	public CaptureMeetingsWizard() {
		super(Messages.Capture_windowTitle, SETTINGS_SECTION, new Texts(Messages.Capture_previewDescription,
				Messages.Capture_columnWhat, Messages.Capture_nothingNew, Messages.Capture_cancelled));
	}

	@Override
	protected WizardPage createSourcePage() {
		sourcePage = new SourcePage(plans);
		return sourcePage;
	}

	@Override
	protected PlanEditor chosenEditor() {
		return sourcePage.plan.getEditor();
	}

	@Override
	protected String sourceLabel() {
		return sourcePage.getSource();
	}

	@Override
	protected Reader reader() {
		String source = sourcePage.getSource();
		if (source == null) {
			return null;
		}
		if (!CalendarSource.isUrl(source) || sourcePage.account.user() == null) {
			return monitor -> new CalendarSource(ZoneId.systemDefault()).read(source);
		}
		String user = sourcePage.account.user();
		char[] password = sourcePage.account.password(source);
		if (password == null) {
			return null;
		}
		return monitor -> new CalendarSource(ZoneId.systemDefault()).read(source, user, password);
	}

	@Override
	protected void sourceRead() {
		String source = sourcePage.getSource();
		CapturePreferences.put(CapturePreferences.CALENDAR_SOURCE, source, CapturePreferences.CALENDAR_USER,
				sourcePage.account.user() == null ? "" : sourcePage.account.user()); //$NON-NLS-1$
		if (CalendarSource.isUrl(source)) {
			sourcePage.account.remember(source);
		}
	}

	/** The calendar (a file or a CalDAV URL, with its user and password) and the plan. */
	private static final class SourcePage extends WizardPage {

		private final PlanChoice plan;
		private final AccountFields account = new AccountFields(InterchangeIds.CAPTURE_USER,
				InterchangeIds.CAPTURE_PASSWORD, InterchangeIds.CAPTURE_REMEMBER);
		private Text sourceText;

		SourcePage(OpenPlans plans) {
			super("source"); //$NON-NLS-1$
			this.plan = new PlanChoice(plans, InterchangeIds.CAPTURE_PLAN);
			setTitle(Messages.Capture_sourceTitle);
			setDescription(Messages.Capture_sourceDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
			new Label(composite, SWT.NONE).setText(Messages.Capture_source);
			sourceText = new Text(composite, SWT.BORDER | SWT.SINGLE);
			sourceText.setData(UiIds.KEY, InterchangeIds.CAPTURE_SOURCE);
			sourceText.setMessage(Messages.Capture_sourceHint);
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(sourceText);
			Button browse = new Button(composite, SWT.PUSH);
			browse.setText(Messages.File_browse);
			browse.addListener(SWT.Selection, e -> browse());
			account.create(composite, Messages.Capture_calendarUser, CapturePreferences.get(CapturePreferences.CALENDAR_USER),
					this::validate);
			plan.create(composite, this::validate);
			Label privacy = new Label(composite, SWT.WRAP);
			privacy.setText(Messages.Capture_privacy);
			GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(privacy);
			sourceText.setText(CapturePreferences.get(CapturePreferences.CALENDAR_SOURCE));
			sourceText.addListener(SWT.Modify, e -> validate());
			validate();
			setControl(composite);
		}

		private void browse() {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(Messages.Capture_fileDialogTitle);
			dialog.setFilterExtensions(new String[] { "*.ics", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				sourceText.setText(chosen);
			}
		}

		private void validate() {
			String source = getSource();
			boolean server = source != null && CalendarSource.isUrl(source);
			account.setEnabled(server);
			if (server) {
				account.showStored(source);
			}
			String problem = plan.isEmpty() ? Messages.Capture_noPlan
					: source == null ? Messages.Capture_chooseSource
							: plan.getEditor() == null ? Messages.Capture_choosePlan
									: server && account.user() != null && !account.hasPassword(source)
											? Messages.Capture_typePassword
											: null;
			setMessage(problem, problem == null ? NONE : INFORMATION);
			setPageComplete(problem == null);
		}

		String getSource() {
			String text = sourceText == null ? "" : sourceText.getText().strip(); //$NON-NLS-1$
			return text.isEmpty() ? null : text;
		}
	}
}
