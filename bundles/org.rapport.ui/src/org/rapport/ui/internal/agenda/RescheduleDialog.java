/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.ui.UiIds;

/** Asks for a new due date (default: today plus the default delay, on a working day). */
public class RescheduleDialog extends TitleAreaDialog {

	public static final String ID_DATE = "reschedule.date"; //$NON-NLS-1$

	private final String who;
	private final LocalDate initial;
	private final FollowUpSettings cadences;
	private DateTime date;
	private LocalDate result;

	public RescheduleDialog(Shell parent, String who, LocalDate initial, FollowUpSettings cadences) {
		super(parent);
		this.who = who;
		this.initial = initial;
		this.cadences = cadences;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(AgendaMessages.Reschedule_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(AgendaMessages.Reschedule_title);
		setMessage(NLS.bind(AgendaMessages.Reschedule_message, who));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(body, SWT.NONE).setText(AgendaMessages.Reschedule_date);
		date = new DateTime(body, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		date.setData(UiIds.KEY, ID_DATE);
		date.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
		date.addListener(SWT.Selection, e -> update());
		return area;
	}

	private LocalDate chosen() {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	private void update() {
		LocalDate chosen = chosen();
		LocalDate moved = cadences.nextWorkingDay(chosen);
		if (moved.equals(chosen)) {
			setMessage(NLS.bind(AgendaMessages.Reschedule_message, who));
		} else {
			DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
			setMessage(NLS.bind(AgendaMessages.Reschedule_workingDay, format.format(chosen), format.format(moved)),
					org.eclipse.jface.dialogs.IMessageProvider.WARNING);
		}
	}

	@Override
	protected void okPressed() {
		result = cadences.nextWorkingDay(chosen());
		super.okPressed();
	}

	/** The new due date (on a working day), after OK. */
	public LocalDate getDate() {
		return result;
	}
}
