/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.agenda;

/** Ids of the Agenda view, its widgets and actions (widget ids under {@code UiIds.KEY}). */
public final class AgendaIds {

	public static final String VIEW = "org.rapport.ui.views.agenda"; //$NON-NLS-1$
	public static final String TREE = "agenda.tree"; //$NON-NLS-1$
	/** The "Nothing due" hint and the href of its link to the Interactions page. */
	public static final String NOTHING_DUE = "agenda.nothingDue"; //$NON-NLS-1$
	public static final String NOTHING_DUE_INTERACTIONS = "interactions"; //$NON-NLS-1$
	public static final String ACTION_DONE = "org.rapport.ui.agenda.done"; //$NON-NLS-1$
	public static final String ACTION_RESCHEDULE = "org.rapport.ui.agenda.reschedule"; //$NON-NLS-1$
	public static final String ACTION_SNOOZE_TOMORROW = "org.rapport.ui.agenda.snoozeTomorrow"; //$NON-NLS-1$
	public static final String ACTION_SNOOZE_NEXT_WEEK = "org.rapport.ui.agenda.snoozeNextWeek"; //$NON-NLS-1$
	public static final String ACTION_SNOOZE_NEXT_MONTH = "org.rapport.ui.agenda.snoozeNextMonth"; //$NON-NLS-1$
	public static final String MENU_SNOOZE = "org.rapport.ui.agenda.snooze"; //$NON-NLS-1$
	public static final String ACTION_LOG = "org.rapport.ui.agenda.logInteraction"; //$NON-NLS-1$
	public static final String ACTION_NEXT_ATTEMPT = "org.rapport.ui.agenda.scheduleNext"; //$NON-NLS-1$
	public static final String COMMAND_LOG_INTERACTION = "org.rapport.ui.logInteraction"; //$NON-NLS-1$
	public static final String PREFERENCES_NETWORKING = "org.rapport.ui.preferences.networking"; //$NON-NLS-1$

	private AgendaIds() {
	}
}
