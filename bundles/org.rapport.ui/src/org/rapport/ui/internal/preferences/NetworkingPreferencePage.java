/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.preferences;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.interchange.InterchangeIds;

/**
 * Rapport &gt; Networking: days between touches per tier, working days, and the default follow-up delay. The
 * Agenda view and the Log Interaction dialog read them through {@link FollowUpPreferences} (headless, in org.rapport.core).
 */
public class NetworkingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.rapport.ui.preferences.networking"; //$NON-NLS-1$

	private final List<BooleanFieldEditor> workingDays = new ArrayList<>();

	public NetworkingPreferencePage() {
		super(GRID);
		setDescription(AgendaMessages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, FollowUpPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		Group cadences = group(parent, AgendaMessages.Preferences_cadences);
		addField(days(FollowUpPreferences.CADENCE_A, AgendaMessages.Preferences_tierA, cadences, 1));
		addField(days(FollowUpPreferences.CADENCE_B, AgendaMessages.Preferences_tierB, cadences, 1));
		addField(days(FollowUpPreferences.CADENCE_C, AgendaMessages.Preferences_tierC, cadences, 1));
		groupLayout(cadences);

		Group days = group(parent, AgendaMessages.Preferences_workingDays);
		for (DayOfWeek day : DayOfWeek.values()) {
			BooleanFieldEditor editor = new BooleanFieldEditor(FollowUpPreferences.workingDay(day),
					day.getDisplayName(TextStyle.FULL, Locale.getDefault()), days);
			workingDays.add(editor);
			addField(editor);
		}
		groupLayout(days);

		addField(days(FollowUpPreferences.DEFAULT_DELAY, AgendaMessages.Preferences_delay, parent, 0));
		addField(new BooleanFieldEditor(FollowUpPreferences.REMINDERS, AgendaMessages.Preferences_reminders, parent));
		StringFieldEditor myAddresses = new StringFieldEditor(CapturePreferences.MY_ADDRESSES,
				AgendaMessages.Preferences_myAddresses, parent);
		myAddresses.getTextControl(parent).setData(UiIds.KEY, InterchangeIds.CAPTURE_MY_ADDRESSES);
		addField(myAddresses);
	}

	private static IntegerFieldEditor days(String key, String label, Composite parent, int min) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, parent, 4);
		editor.setValidRange(min, 3650);
		return editor;
	}

	private static Group group(Composite parent, String text) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(text);
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return group;
	}

	private static void groupLayout(Group group) {
		// field editors reset their parent's layout; give the group its margins back
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		group.setLayout(layout);
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		checkWorkingDays();
	}

	@Override
	protected void checkState() {
		super.checkState();
		if (isValid()) {
			checkWorkingDays();
		}
	}

	private void checkWorkingDays() {
		if (workingDays.isEmpty() || !isValid() && getErrorMessage() != null
				&& !AgendaMessages.Preferences_noWorkingDay.equals(getErrorMessage())) {
			return;
		}
		boolean any = workingDays.stream().anyMatch(BooleanFieldEditor::getBooleanValue);
		setErrorMessage(any ? null : AgendaMessages.Preferences_noWorkingDay);
		setValid(any);
	}
}
