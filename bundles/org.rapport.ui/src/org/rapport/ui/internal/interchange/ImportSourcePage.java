/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
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
import org.eclipse.swt.widgets.Text;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;

/**
 * The first page of the import: the file, its format (detected from the file's first bytes until the user
 * chooses one) and the plan to import into.
 */
final class ImportSourcePage extends WizardPage {

	private static final String SETTING_FILE = "importFile"; //$NON-NLS-1$
	private static final String SETTING_FORMAT = "importFormat"; //$NON-NLS-1$

	/** How much of the file is read to guess its format. */
	private static final int HEAD_BYTES = 16 * 1024;

	private final OpenPlans plans;
	private final IDialogSettings settings;
	private final Map<ContactFormat, Button> formatButtons = new EnumMap<>(ContactFormat.class);
	private Text fileText;
	private Combo planCombo;
	private ContactFormat format = ContactFormat.VCARD;
	private boolean formatChosen;
	private String problem;

	ImportSourcePage(OpenPlans plans, IDialogSettings settings) {
		super("source"); //$NON-NLS-1$
		this.plans = plans;
		this.settings = settings;
		setTitle(Messages.Import_sourceTitle);
		setDescription(Messages.Import_sourceDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);

		Label fileLabel = new Label(composite, SWT.NONE);
		fileLabel.setText(Messages.Import_file);
		fileText = new Text(composite, SWT.BORDER | SWT.SINGLE);
		fileText.setData(UiIds.KEY, InterchangeIds.IMPORT_FILE);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(fileText);
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText(Messages.File_browse);
		browse.setData(UiIds.KEY, InterchangeIds.IMPORT_BROWSE);
		browse.addListener(SWT.Selection, e -> browse());

		Label formatLabel = new Label(composite, SWT.NONE);
		formatLabel.setText(Messages.Import_format);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatLabel);
		Composite formats = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(formats);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(formats);
		addFormat(formats, ContactFormat.VCARD, Messages.Import_vcard, InterchangeIds.IMPORT_FORMAT_VCARD);
		addFormat(formats, ContactFormat.LINKEDIN_CONNECTIONS, Messages.Import_linkedIn, InterchangeIds.IMPORT_FORMAT_LINKEDIN);
		addFormat(formats, ContactFormat.GOOGLE_CONTACTS, Messages.Import_google, InterchangeIds.IMPORT_FORMAT_GOOGLE);

		Label planLabel = new Label(composite, SWT.NONE);
		planLabel.setText(Messages.Import_plan);
		planCombo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
		planCombo.setData(UiIds.KEY, InterchangeIds.IMPORT_PLAN);
		planCombo.setItems(plans.labels());
		if (plans.preferred() != null) {
			planCombo.select(plans.editors().indexOf(plans.preferred()));
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(planCombo);
		planCombo.addListener(SWT.Selection, e -> validate());

		String lastFormat = settings.get(SETTING_FORMAT);
		if (lastFormat != null) {
			try {
				format = ContactFormat.valueOf(lastFormat);
			} catch (IllegalArgumentException e) {
				// a setting from another version: keep the default
			}
		}
		showFormat();
		String lastFile = settings.get(SETTING_FILE);
		if (lastFile != null) {
			fileText.setText(lastFile);
		}
		fileText.addListener(SWT.Modify, e -> fileChanged());
		validate();
		setControl(composite);
	}

	private void addFormat(Composite parent, ContactFormat value, String label, String id) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(label);
		button.setData(UiIds.KEY, id);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				format = value;
				formatChosen = true;
				validate();
			}
		});
		formatButtons.put(value, button);
	}

	private void showFormat() {
		formatButtons.forEach((value, button) -> button.setSelection(value == format));
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.SHEET);
		dialog.setText(Messages.Import_fileDialogTitle);
		dialog.setFilterExtensions(new String[] { "*.vcf;*.vcard", "*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setFilterNames(new String[] { Messages.Import_vcardFiles, Messages.Import_csvFiles, Messages.File_allFiles });
		dialog.setFilterIndex(format == ContactFormat.VCARD ? 0 : 1);
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

	/** Guesses the format of a newly typed or chosen file, unless the user picked one. */
	private void fileChanged() {
		Path file = FilePaths.parse(fileText.getText());
		setMessage(null);
		// only regular files: reading the head of a pipe or a device would block the dialog
		if (!formatChosen && file != null && Files.isRegularFile(file) && Files.isReadable(file)) {
			ContactFormat detected = detect(file);
			if (detected != null) {
				format = detected;
				showFormat();
				setMessage(NLS.bind(Messages.Import_detected, file.getFileName(), detected.getLabel()),
						IMessageProvider.INFORMATION);
			}
		}
		validate();
	}

	private static ContactFormat detect(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return ContactFormat.detect(in.readNBytes(HEAD_BYTES));
		} catch (IOException e) {
			// the page says why the file cannot be read when the user goes on
			return null;
		}
	}

	private void validate() {
		problem = null;
		String text = fileText.getText();
		Path file = FilePaths.parse(text);
		if (plans.isEmpty()) {
			problem = Messages.OpenPlans_noPlan;
		} else if (text.isBlank()) {
			setMessage(Messages.Import_chooseFile);
		} else if (file == null) {
			problem = FilePaths.problem(text);
		} else {
			problem = FilePaths.checkReadable(file);
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && file != null && getEditor() != null);
	}

	/** Shows why the file could not be read (after the user pressed Next) or that reading was cancelled. */
	void showProblem(String message, int type) {
		if (type == IMessageProvider.ERROR) {
			setErrorMessage(message);
		} else {
			setErrorMessage(null);
			setMessage(message, type);
		}
	}

	Path getFile() {
		return FilePaths.parse(fileText.getText());
	}

	ContactFormat getFormat() {
		return format;
	}

	PlanEditor getEditor() {
		int index = planCombo == null ? -1 : planCombo.getSelectionIndex();
		return index < 0 ? null : plans.editors().get(index);
	}

	/** Remembers the file and format for the next import. */
	void saveSettings() {
		Path file = getFile();
		if (file != null) {
			settings.put(SETTING_FILE, file.toString());
		}
		settings.put(SETTING_FORMAT, format.name());
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			fileText.setFocus();
		}
	}
}
