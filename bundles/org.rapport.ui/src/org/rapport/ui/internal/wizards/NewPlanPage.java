/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.store.PlanStore;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;

/**
 * Plan name, owner, folder and file name. The file name follows the plan name until it is edited; problems are
 * shown as the page's message once the person has started typing (not before).
 */
public class NewPlanPage extends WizardPage {

	private static final String EXTENSION = "." + PlanStore.FILE_EXTENSION; //$NON-NLS-1$

	private final String initialFolder;
	private Text nameText;
	private Text ownerText;
	private Text folderText;
	private Text fileText;
	private boolean fileEdited;
	private boolean settingFile;
	private boolean touched;

	public NewPlanPage(String initialFolder) {
		super("newPlan"); //$NON-NLS-1$
		this.initialFolder = initialFolder;
		setTitle(Messages.NewPlan_title);
		setDescription(Messages.NewPlan_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));

		nameText = field(composite, Messages.NewPlan_name, UiIds.NEW_PLAN_NAME, 2);
		ownerText = field(composite, Messages.NewPlan_owner, UiIds.NEW_PLAN_OWNER, 2);
		folderText = field(composite, Messages.NewPlan_folder, UiIds.NEW_PLAN_FOLDER, 1);
		folderText.setText(initialFolder == null ? "" : initialFolder); //$NON-NLS-1$
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText(Messages.NewPlan_browse);
		browse.setData(UiIds.KEY, UiIds.NEW_PLAN_BROWSE);
		browse.addListener(SWT.Selection, e -> browse());
		fileText = field(composite, Messages.NewPlan_file, UiIds.NEW_PLAN_FILE, 2);

		nameText.addModifyListener(e -> {
			if (!fileEdited) {
				settingFile = true;
				fileText.setText(fileNameFor(nameText.getText()));
				settingFile = false;
			}
			changed();
		});
		ownerText.addModifyListener(e -> changed());
		folderText.addModifyListener(e -> changed());
		fileText.addModifyListener(e -> {
			if (!settingFile) {
				fileEdited = true;
			}
			changed();
		});

		setControl(composite);
		nameText.setFocus();
		validate();
	}

	private Text field(Composite parent, String label, String id, int span) {
		Label name = new Label(parent, SWT.NONE);
		name.setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(UiIds.KEY, id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalSpan = span;
		data.widthHint = 300;
		text.setLayoutData(data);
		return text;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SHEET);
		dialog.setText(Messages.NewPlan_browseTitle);
		dialog.setFilterPath(folderText.getText());
		String folder = dialog.open();
		if (folder != null) {
			folderText.setText(folder);
		}
	}

	/** A file name from a plan name: "Career Switch 2026" gives "career-switch-2026.rapport". */
	static String fileNameFor(String planName) {
		String slug = planName.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return slug.isEmpty() ? "" : slug + EXTENSION; //$NON-NLS-1$
	}

	private void changed() {
		touched = true;
		validate();
	}

	private void validate() {
		String problem = problem();
		setPageComplete(problem == null);
		if (problem == null) {
			setErrorMessage(null);
			Path folder = folder();
			if (folder != null && !Files.exists(folder)) {
				setMessage(NLS.bind(Messages.NewPlan_folderCreated, folder), IMessageProvider.INFORMATION);
			} else {
				setMessage(null);
			}
		} else if (touched) {
			setErrorMessage(problem);
		} else {
			setErrorMessage(null);
			setMessage(null);
		}
	}

	/** What stops the page from finishing, or {@code null}. */
	private String problem() {
		if (nameText.getText().isBlank()) {
			return Messages.NewPlan_nameMissing;
		}
		if (ownerText.getText().isBlank()) {
			return Messages.NewPlan_ownerMissing;
		}
		if (folderText.getText().isBlank()) {
			return Messages.NewPlan_folderMissing;
		}
		Path folder = folder();
		if (folder == null) {
			return NLS.bind(Messages.NewPlan_folderInvalid, folderText.getText());
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			return NLS.bind(Messages.NewPlan_notAFolder, folder);
		}
		if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
			return NLS.bind(Messages.NewPlan_folderReadOnly, folder);
		}
		String fileName = fileText.getText().strip();
		if (fileName.isEmpty()) {
			return Messages.NewPlan_fileMissing;
		}
		if (fileName.matches(".*[/\\\\:*?\"<>|].*") || fileName.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$
			return NLS.bind(Messages.NewPlan_fileInvalid, fileName);
		}
		if (fileName.contains(".") && !fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) { //$NON-NLS-1$
			return NLS.bind(Messages.NewPlan_fileExtension, EXTENSION);
		}
		Path file = getFile();
		if (file != null && Files.exists(file)) {
			return NLS.bind(Messages.NewPlan_fileExists, file.getFileName());
		}
		return null;
	}

	private Path folder() {
		try {
			return Path.of(folderText.getText().strip()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The plan file to create (".rapport" added when the name has no extension). */
	public Path getFile() {
		Path folder = folder();
		String fileName = fileText.getText().strip();
		if (folder == null || fileName.isEmpty()) {
			return null;
		}
		if (!fileName.contains(".")) { //$NON-NLS-1$
			fileName += EXTENSION;
		}
		try {
			return folder.resolve(fileName);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	public String getPlanName() {
		return nameText.getText().strip();
	}

	public String getOwnerName() {
		return ownerText.getText().strip();
	}
}
