/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Channel;
import org.rapport.model.Exchange;
import org.rapport.model.Gratitude;
import org.rapport.model.RapportFactory;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;

/**
 * Say Thanks: the thank-you note for an exchange you received, to its contact, with the day, the channel and what
 * you said. OK makes the note ({@link #getThanks()}); the page adds it and links it as one command.
 */
final class SayThanksDialog extends TitleAreaDialog {

	private final Exchange exchange;
	private final LocalDate today;
	private DateTime date;
	private ComboViewer channel;
	private Text message;
	private Gratitude thanks;

	SayThanksDialog(Shell parent, Exchange exchange, LocalDate today) {
		super(parent);
		this.exchange = exchange;
		this.today = today;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.SayThanks_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.SayThanks_heading, RapportLabels.contactName(exchange.getContact())));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		label(body, Messages.SayThanks_to);
		Text to = new Text(body, SWT.BORDER | SWT.READ_ONLY);
		to.setData(UiIds.KEY, GiveTakeIds.THANKS_TO);
		to.setText(exchange.getContact() == null ? "" : RapportLabels.contact(exchange.getContact())); //$NON-NLS-1$
		to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		label(body, Messages.SayThanks_date);
		date = new DateTime(body, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		date.setData(UiIds.KEY, GiveTakeIds.THANKS_DATE);
		date.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());

		label(body, Messages.SayThanks_channel);
		channel = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		channel.getCombo().setData(UiIds.KEY, GiveTakeIds.THANKS_CHANNEL);
		channel.setContentProvider(ArrayContentProvider.getInstance());
		channel.setLabelProvider(LabelProvider.createTextProvider(o -> RapportLabels.literal((Channel) o)));
		channel.setInput(Channel.VALUES);
		channel.setSelection(new StructuredSelection(Channel.EMAIL));

		label(body, Messages.SayThanks_text).setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		message = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		message.setData(UiIds.KEY, GiveTakeIds.THANKS_MESSAGE);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 80).applyTo(message);
		message.addTraverseListener(e -> {
			// Tab moves on in a dialog instead of inserting a tab character
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		String problem = exchange.getContact() == null ? Messages.SayThanks_noContact : null;
		setErrorMessage(problem);
		if (problem == null) {
			setMessage(NLS.bind(Messages.SayThanks_message, description()));
		}
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	public void create() {
		super.create();
		message.setFocus();
	}

	private String description() {
		String text = exchange.getDescription();
		return text == null || text.isBlank() ? RapportLabels.exchange(exchange) : text.strip();
	}

	@Override
	protected void okPressed() {
		if (exchange.getContact() == null) {
			return;
		}
		Gratitude note = RapportFactory.eINSTANCE.createGratitude();
		note.setContact(exchange.getContact());
		note.setDate(PlanClock.toDate(LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay())));
		note.setChannel((Channel) channel.getStructuredSelection().getFirstElement());
		String said = message.getText().strip();
		note.setMessage(said.isEmpty() ? null : said);
		thanks = note;
		super.okPressed();
	}

	/** The thank-you note entered, after OK; {@code null} when cancelled. */
	Gratitude getThanks() {
		return thanks;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}
}
