/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Images;

/**
 * Asks which of the selected contacts to keep when merging them. The one with the most history is proposed;
 * the dialog says what happens to the others.
 */
public class MergeContactsDialog extends TitleAreaDialog {

	private final List<Contact> contacts;
	private Contact survivor;
	private Table table;
	private Label outcome;

	/** @param contacts two or more contacts of one plan */
	public MergeContactsDialog(Shell parent, List<Contact> contacts) {
		super(parent);
		this.contacts = List.copyOf(contacts);
		this.survivor = proposedSurvivor(contacts);
	}

	/** The contact with the most interactions, follow-ups and exchanges; the first selected among equals. */
	static Contact proposedSurvivor(List<Contact> contacts) {
		return contacts.stream().max(Comparator.comparingInt(MergeContactsDialog::history)
				.thenComparing(Comparator.comparingInt(contacts::indexOf).reversed())).orElse(null);
	}

	private static int history(Contact contact) {
		return contact.getInteractions().size() + contact.getFollowUps().size() + contact.getExchanges().size();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Merge_title);
	}

	@Override
	protected Point getInitialSize() {
		// as wide as the table needs, not as the message: that wraps
		return getShell().computeSize(convertWidthInCharsToPixels(110), SWT.DEFAULT, true);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Merge_title);
		setMessage(contacts.size() == 2 ? Messages.Merge_messageOne : NLS.bind(Messages.Merge_message, contacts.size() - 1));
		setTitleImage(Images.get(InterchangeIds.MERGE_BANNER));
		Composite composite = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(composite);

		table = new Table(composite, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setData(UiIds.KEY, InterchangeIds.MERGE_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Merge_columnName, 180);
		column(Messages.Merge_columnOrganization, 150);
		column(Messages.Merge_columnEmails, 200);
		column(Messages.Merge_columnHistory, 220);
		for (Contact contact : contacts) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(contact);
			item.setText(new String[] { RapportLabels.contactName(contact), nonNull(contact.getOrganization()),
					String.join(", ", ContactInfo.emails(contact)), //$NON-NLS-1$
					NLS.bind(Messages.Merge_history, new Object[] { contact.getInteractions().size(),
							contact.getFollowUps().size(), contact.getExchanges().size() }) });
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, Math.min(8, contacts.size() + 1) * table.getItemHeight() + 8)
				.applyTo(table);
		table.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof Contact contact) {
				survivor = contact;
				showOutcome();
			}
		});
		table.setSelection(contacts.indexOf(survivor));

		outcome = new Label(composite, SWT.WRAP);
		outcome.setData(UiIds.KEY, InterchangeIds.MERGE_OUTCOME);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(outcome);
		showOutcome();
		return area;
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	private void showOutcome() {
		String merged = contacts.stream().filter(c -> c != survivor).map(RapportLabels::contact)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		outcome.setText(NLS.bind(Messages.Merge_outcome, RapportLabels.contact(survivor), merged));
		outcome.getParent().layout(true);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Merge_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The contact chosen to keep. */
	public Contact getSurvivor() {
		return survivor;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
