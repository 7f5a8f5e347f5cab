/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;

/** The export wizard's page: the plan, the format (with its options) and the file to write. */
final class ExportPage extends WizardPage {

	private static final String SETTING_FORMAT = "format"; //$NON-NLS-1$
	private static final String SETTING_VERSION = "vcardVersion"; //$NON-NLS-1$
	private static final String SETTING_OPEN_ONLY = "openFollowUpsOnly"; //$NON-NLS-1$
	private static final String SETTING_FOLLOW_UP_EVENTS = "followUpEvents"; //$NON-NLS-1$
	private static final String SETTING_REMINDER = "reminder"; //$NON-NLS-1$
	private static final String SETTING_REMINDER_DAYS = "reminderDays"; //$NON-NLS-1$
	/** The most days before an event a reminder may go off, as on the command line. */
	private static final int MAX_REMINDER_DAYS = 365;
	private static final String SETTING_FOLDER = "folder"; //$NON-NLS-1$

	private final OpenPlans plans;
	private final IDialogSettings settings;
	private final Map<ExportFormat, Button> formatButtons = new EnumMap<>(ExportFormat.class);
	private Combo planCombo;
	private Combo versionCombo;
	private Button openOnly;
	private Button followUpEvents;
	private Button reminder;
	private Spinner reminderDays;
	private Text fileText;
	private Label what;
	private ExportFormat format = ExportFormat.XMI;

	ExportPage(OpenPlans plans, IDialogSettings settings) {
		super("export"); //$NON-NLS-1$
		this.plans = plans;
		this.settings = settings;
		setTitle(Messages.Export_title);
		setDescription(Messages.Export_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);

		Label planLabel = new Label(composite, SWT.NONE);
		planLabel.setText(Messages.Export_plan);
		planCombo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
		planCombo.setData(UiIds.KEY, InterchangeIds.EXPORT_PLAN);
		planCombo.setItems(plans.labels());
		if (plans.preferred() != null) {
			planCombo.select(plans.editors().indexOf(plans.preferred()));
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(planCombo);
		planCombo.addListener(SWT.Selection, e -> {
			proposeFileName(true);
			validate();
		});

		Label formatLabel = new Label(composite, SWT.NONE);
		formatLabel.setText(Messages.Export_format);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatLabel);
		Composite formats = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(formats);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(formats);
		for (ExportFormat value : ExportFormat.values()) {
			// each format on a line of its own, its options right after it
			Composite line = new Composite(formats, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(3).applyTo(line);
			Button button = new Button(line, SWT.RADIO);
			button.setText(value.label());
			button.setData(UiIds.KEY, value.widgetId());
			button.addListener(SWT.Selection, e -> {
				if (!button.getSelection()) {
					return;
				}
				// the radios sit in composites of their own, so SWT does not make them exclude each other
				formatButtons.forEach((other, otherButton) -> otherButton.setSelection(other == value));
				if (format != value) {
					format = value;
					formatChanged();
				}
			});
			formatButtons.put(value, button);
			if (value == ExportFormat.VCARD) {
				Label versionLabel = new Label(line, SWT.NONE);
				versionLabel.setText(Messages.Export_vcardVersion);
				GridDataFactory.swtDefaults().indent(12, 0).applyTo(versionLabel);
				versionCombo = new Combo(line, SWT.READ_ONLY | SWT.DROP_DOWN);
				versionCombo.setData(UiIds.KEY, InterchangeIds.EXPORT_VCARD_VERSION);
				for (VCardExporter.Version version : VCardExporter.Version.values()) {
					versionCombo.add(version.text());
				}
				versionCombo.select(VCardExporter.Version.V3_0.ordinal());
			} else if (value == ExportFormat.ICALENDAR) {
				openOnly = new Button(line, SWT.CHECK);
				openOnly.setText(Messages.Export_openOnly);
				openOnly.setData(UiIds.KEY, InterchangeIds.EXPORT_OPEN_ONLY);
				GridDataFactory.swtDefaults().indent(12, 0).applyTo(openOnly);
				openOnly.addListener(SWT.Selection, e -> validate());
				createCalendarOptions(formats);
			}
		}

		Label fileLabel = new Label(composite, SWT.NONE);
		fileLabel.setText(Messages.Export_file);
		fileText = new Text(composite, SWT.BORDER | SWT.SINGLE);
		fileText.setData(UiIds.KEY, InterchangeIds.EXPORT_FILE);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(fileText);
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText(Messages.File_browse);
		browse.setData(UiIds.KEY, InterchangeIds.EXPORT_BROWSE);
		browse.addListener(SWT.Selection, e -> browse());

		new Label(composite, SWT.NONE);
		what = new Label(composite, SWT.WRAP);
		what.setData(UiIds.KEY, InterchangeIds.EXPORT_WHAT);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(what);

		restoreSettings();
		proposeFileName(false);
		fileText.addListener(SWT.Modify, e -> validate());
		validate();
		setControl(composite);
	}

	/** Below the iCalendar choice: follow-ups as events too, and a reminder so many days before at 9:00. */
	private void createCalendarOptions(Composite formats) {
		Composite options = new Composite(formats, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(options);
		GridDataFactory.fillDefaults().indent(24, 0).applyTo(options);
		followUpEvents = new Button(options, SWT.CHECK);
		followUpEvents.setText(Messages.Export_followUpEvents);
		followUpEvents.setData(UiIds.KEY, InterchangeIds.EXPORT_FOLLOW_UP_EVENTS);
		followUpEvents.addListener(SWT.Selection, e -> validate());
		reminder = new Button(options, SWT.CHECK);
		reminder.setText(Messages.Export_reminder);
		reminder.setData(UiIds.KEY, InterchangeIds.EXPORT_REMINDER);
		GridDataFactory.swtDefaults().indent(12, 0).applyTo(reminder);
		reminder.addListener(SWT.Selection, e -> updateOptions());
		reminderDays = new Spinner(options, SWT.BORDER);
		reminderDays.setData(UiIds.KEY, InterchangeIds.EXPORT_REMINDER_DAYS);
		reminderDays.setValues(1, 0, MAX_REMINDER_DAYS, 0, 1, 7);
		Label daysLabel = new Label(options, SWT.NONE);
		daysLabel.setText(Messages.Export_reminderDays);
	}

	private void restoreSettings() {
		String saved = settings.get(SETTING_FORMAT);
		if (saved != null) {
			try {
				format = ExportFormat.valueOf(saved);
			} catch (IllegalArgumentException e) {
				// a setting from another version: keep the default
			}
		}
		String version = settings.get(SETTING_VERSION);
		for (VCardExporter.Version value : VCardExporter.Version.values()) {
			if (value.name().equals(version)) {
				versionCombo.select(value.ordinal());
			}
		}
		openOnly.setSelection(settings.getBoolean(SETTING_OPEN_ONLY));
		followUpEvents.setSelection(settings.getBoolean(SETTING_FOLLOW_UP_EVENTS));
		reminder.setSelection(settings.getBoolean(SETTING_REMINDER));
		if (settings.get(SETTING_REMINDER_DAYS) != null) {
			try {
				reminderDays.setSelection(settings.getInt(SETTING_REMINDER_DAYS));
			} catch (NumberFormatException e) {
				// a setting from another version: keep the default
			}
		}
		formatButtons.forEach((value, button) -> button.setSelection(value == format));
		updateOptions();
	}

	private void formatChanged() {
		updateOptions();
		// the file name follows the format, unless the user gave it an extension of their own
		Path file = FilePaths.parse(fileText.getText());
		if (file == null) {
			proposeFileName(true);
		} else {
			String name = file.getFileName().toString();
			ExportFormat named = ExportFormat.ofFileName(name);
			if (named != null && named != format) {
				fileText.setText(file.resolveSibling(name.substring(0, name.lastIndexOf('.') + 1) + format.extension()).toString());
			}
		}
		validate();
	}

	private void updateOptions() {
		versionCombo.setEnabled(format == ExportFormat.VCARD);
		boolean calendar = format == ExportFormat.ICALENDAR;
		openOnly.setEnabled(calendar);
		followUpEvents.setEnabled(calendar);
		reminder.setEnabled(calendar);
		reminderDays.setEnabled(calendar && reminder.getSelection());
	}

	/** Proposes "plan name.ext" in the folder last exported to (else the plan's folder). */
	private void proposeFileName(boolean replace) {
		PlanEditor editor = getEditor();
		if (editor == null || editor.getFile() == null || !replace && !fileText.getText().isBlank()) {
			return;
		}
		Path planFile = editor.getFile();
		String base = planFile.getFileName().toString();
		int dot = base.lastIndexOf('.');
		base = dot > 0 ? base.substring(0, dot) : base;
		String folder = settings.get(SETTING_FOLDER);
		Path directory = folder != null ? FilePaths.parse(folder) : null;
		if (directory == null) {
			directory = planFile.getParent();
		}
		fileText.setText(directory.resolve(base + '.' + format.extension()).toString());
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE | SWT.SHEET);
		dialog.setText(Messages.Export_fileDialogTitle);
		dialog.setFilterExtensions(new String[] { "*." + format.extension(), "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { "*." + format.extension(), Messages.File_allFiles }); //$NON-NLS-1$
		// the wizard asks before replacing a file, once, at Finish
		dialog.setOverwrite(false);
		Path current = FilePaths.parse(fileText.getText());
		if (current != null) {
			dialog.setFilterPath(String.valueOf(current.getParent()));
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			fileText.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		String text = fileText.getText();
		Path file = FilePaths.parse(text);
		PlanEditor editor = getEditor();
		if (plans.isEmpty()) {
			problem = Messages.OpenPlans_noPlan;
		} else if (text.isBlank()) {
			setMessage(Messages.Export_chooseFile);
		} else if (file == null) {
			problem = FilePaths.problem(text);
		} else if (file.equals(editor == null ? null : editor.getFile())) {
			problem = NLS.bind(Messages.Export_isPlanFile, file);
		} else if (format == ExportFormat.XMI && XmiExporter.ECORE_FILE_NAME.equals(file.getFileName().toString())) {
			problem = NLS.bind(Messages.Export_ecoreName, XmiExporter.ECORE_FILE_NAME);
		} else {
			problem = FilePaths.checkWritable(file);
		}
		if (problem == null && editor != null && format == ExportFormat.ICALENDAR
				&& !ExportFormat.hasDated(editor.getPlan(), openOnly.getSelection())) {
			problem = Messages.Export_nothingDated;
		}
		if (!text.isBlank()) {
			setMessage(null);
		}
		setErrorMessage(problem);
		what.setText(editor == null ? "" //$NON-NLS-1$
				: format.describe(editor.getPlan(), openOnly.getSelection(), followUpEvents.getSelection()));
		what.getParent().layout(new org.eclipse.swt.widgets.Control[] { what });
		setPageComplete(problem == null && file != null && editor != null);
	}

	PlanEditor getEditor() {
		int index = planCombo == null ? -1 : planCombo.getSelectionIndex();
		return index < 0 ? null : plans.editors().get(index);
	}

	ExportJob.Request getRequest() {
		Path file = FilePaths.parse(fileText.getText());
		return new ExportJob.Request(format, file, VCardExporter.Version.values()[Math.max(0, versionCombo.getSelectionIndex())],
				openOnly.getSelection(), followUpEvents.getSelection(),
				reminder.getSelection() ? Integer.valueOf(reminderDays.getSelection()) : null);
	}

	void saveSettings() {
		ExportJob.Request request = getRequest();
		settings.put(SETTING_FORMAT, format.name());
		settings.put(SETTING_VERSION, request.vcardVersion().name());
		settings.put(SETTING_OPEN_ONLY, request.openFollowUpsOnly());
		settings.put(SETTING_FOLLOW_UP_EVENTS, request.followUpEvents());
		settings.put(SETTING_REMINDER, reminder.getSelection());
		settings.put(SETTING_REMINDER_DAYS, reminderDays.getSelection());
		settings.put(SETTING_FOLDER, request.target().getParent().toString());
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			fileText.setFocus();
		}
	}
}
