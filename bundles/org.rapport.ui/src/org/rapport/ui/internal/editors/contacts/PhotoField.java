/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.contacts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.core.interchange.ContactPhotos;
import org.rapport.model.Contact;
import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.FieldBinder;

/**
 * A contact's photo on the Contacts page: the picture (at most {@value ContactPhotos#MAX_SIDE} pixels a side, as
 * stored), Set Photo… (a file dialog; the picture is downscaled by {@link ContactPhotos} before it goes into the
 * plan) and Remove Photo. Setting and removing are one undoable command each.
 */
final class PhotoField {

	private static final int THUMBNAIL = 96;

	private final FieldBinder fields;
	private final Label picture;
	private final Label info;
	private final Button set;
	private final Button remove;
	private Image shown;
	private byte[] shownData;

	PhotoField(FieldBinder fields, PlanEditor editor) {
		this.fields = fields;
		Composite row = fields.custom(Messages.ContactDetails_photo, ContactIds.PHOTO,
				RapportPackage.Literals.CONTACT__PHOTO, this::show);
		FormToolkit toolkit = fields.getToolkit();
		// one under the other, the buttons wrapping: the details column is narrow
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		picture = toolkit.createLabel(row, ""); //$NON-NLS-1$
		picture.setData(org.rapport.ui.UiIds.KEY, ContactIds.PHOTO + ".image"); //$NON-NLS-1$
		picture.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		info = toolkit.createLabel(row, "", SWT.WRAP); //$NON-NLS-1$
		info.setData(org.rapport.ui.UiIds.KEY, ContactIds.PHOTO + ".info"); //$NON-NLS-1$
		info.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite buttons = toolkit.createComposite(row);
		buttons.setLayout(ElementListPart.wrappingRow());
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		set = toolkit.createButton(buttons, Messages.ContactDetails_photoSet, SWT.PUSH);
		set.setData(org.rapport.ui.UiIds.KEY, ContactIds.PHOTO + ".set"); //$NON-NLS-1$
		remove = toolkit.createButton(buttons, Messages.ContactDetails_photoRemove, SWT.PUSH);
		remove.setData(org.rapport.ui.UiIds.KEY, ContactIds.PHOTO + ".remove"); //$NON-NLS-1$
		set.addListener(SWT.Selection, e -> choose());
		remove.addListener(SWT.Selection, e -> {
			Contact contact = contact();
			if (contact != null && contact.getPhoto() != null) {
				execute(Messages.ContactDetails_photoRemoveCommand, contact, null, null);
			}
		});
		row.addDisposeListener(e -> dispose());
		show();
	}

	private Contact contact() {
		EObject value = fields.getMaster().getValue();
		return value instanceof Contact contact ? contact : null;
	}

	private void choose() {
		Contact contact = contact();
		if (contact == null) {
			return;
		}
		FileDialog dialog = new FileDialog(set.getShell(), SWT.OPEN);
		dialog.setText(Messages.ContactDetails_photoDialog);
		dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp;*.JPG;*.JPEG;*.PNG", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			Path path = Path.of(file);
			if (Files.size(path) > ContactPhotos.MAX_INPUT) {
				throw new IOException(NLS.bind("{0} MB at most", Integer.valueOf(ContactPhotos.MAX_INPUT / (1024 * 1024)))); //$NON-NLS-1$
			}
			ContactPhotos.Photo photo = ContactPhotos.downscale(Files.readAllBytes(path));
			execute(Messages.ContactDetails_photoCommand, contact, photo.data(), photo.mediaType());
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(set.getShell(), Messages.ContactDetails_photoError,
					NLS.bind(Messages.ContactDetails_photoCannotRead, file, e.getMessage()));
		}
	}

	private void execute(String label, Contact contact, byte[] data, String mediaType) {
		EditingDomain domain = fields.getEditingDomain();
		RapportPackage p = RapportPackage.eINSTANCE;
		Command command = new CompoundCommand(label, List.of(SetCommand.create(domain, contact, p.getContact_Photo(), data),
				SetCommand.create(domain, contact, p.getContact_PhotoMediaType(), mediaType)));
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void show() {
		if (picture.isDisposed()) {
			return;
		}
		Contact contact = contact();
		byte[] data = contact == null ? null : contact.getPhoto();
		set.setEnabled(contact != null);
		remove.setEnabled(contact != null && data != null);
		if (data == shownData) {
			return;
		}
		dispose();
		shownData = data;
		String text = Messages.ContactDetails_photoNone;
		if (data != null) {
			try {
				ImageData imageData = new ImageData(new ByteArrayInputStream(data));
				// a thumbnail keeps the form compact; the stored photo is larger
				double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(imageData.width, imageData.height));
				shown = new Image(picture.getDisplay(), imageData.scaledTo(Math.max(1, (int) (imageData.width * scale)),
						Math.max(1, (int) (imageData.height * scale))));
				text = NLS.bind(Messages.ContactDetails_photoInfo, new Object[] { Integer.valueOf(imageData.width),
						Integer.valueOf(imageData.height), Integer.valueOf((data.length + 1023) / 1024) });
			} catch (SWTException e) {
				text = e.getMessage();
			}
		}
		picture.setImage(shown);
		info.setText(text);
		picture.getParent().getParent().layout(true, true);
	}

	private void dispose() {
		if (shown != null) {
			shown.dispose();
			shown = null;
		}
	}
}
