/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.internal.views.AgendaView;

/**
 * Reminders while Rapport runs: once a minute, and a few seconds after a plan is opened, the follow-ups of the open
 * plans that are due today or overdue and were not announced yet today raise one desktop notification through the
 * platform's
 * {@link NotificationPopup}, naming up to {@value #NAMED} people and counting the rest; its link shows the Agenda
 * with them selected. A follow-up is announced once per day, also across restarts (the day and what was announced
 * are kept in the preferences). Window &gt; Preferences &gt; Rapport &gt; Networking turns reminders off.
 */
public final class Reminders {

	/** The id ({@link UiIds#KEY}) of the notification's "Show in Agenda" link. */
	public static final String ID_SHOW = "reminders.show"; //$NON-NLS-1$
	/** How many people a notification names before it only counts. */
	static final int NAMED = 3;

	private static final String QUALIFIER = "org.rapport.ui"; //$NON-NLS-1$
	private static final String KEY_DAY = "reminders.day"; //$NON-NLS-1$
	private static final String KEY_ANNOUNCED = "reminders.announced"; //$NON-NLS-1$
	private static final int FIRST_CHECK_MILLIS = 4000;
	private static final int CHECK_MILLIS = 60_000;
	/**
	 * {@code -Drapport.reminders=manual}: no timer, {@link #check()} only when called (the UI tests' setting: a
	 * notification popping up in the middle of another test would take its keys).
	 */
	static final String PROPERTY = "rapport.reminders"; //$NON-NLS-1$

	private static Reminders instance;

	private final Display display;
	private LocalDate day;
	private final Set<String> announced = new LinkedHashSet<>();
	private NotificationPopup last;

	private Reminders(Display display) {
		this.display = display;
	}

	/** Installs the reminders on the workbench's display, once (later calls return the same). */
	public static synchronized Reminders install(Display display) {
		if (instance == null) {
			instance = new Reminders(display);
			instance.load();
			if (instance.automatic()) {
				display.timerExec(CHECK_MILLIS, instance::tick);
			}
		}
		return instance;
	}

	/** Checks a few seconds from now (after a plan was opened), unless reminders are manual. */
	public void checkSoon() {
		if (automatic()) {
			display.timerExec(FIRST_CHECK_MILLIS, this::checkSafely);
		}
	}

	private boolean automatic() {
		return !"manual".equals(System.getProperty(PROPERTY)); //$NON-NLS-1$
	}

	/** The installed reminders, or {@code null} before the workbench started them. */
	public static synchronized Reminders get() {
		return instance;
	}

	private void tick() {
		if (display.isDisposed()) {
			return;
		}
		checkSafely();
		display.timerExec(CHECK_MILLIS, this::tick);
	}

	private void checkSafely() {
		if (display.isDisposed()) {
			return;
		}
		try {
			check();
		} catch (RuntimeException | LinkageError e) {
			// a reminder that cannot be shown must not take the workbench down
			ILog.of(Reminders.class).error("Reminders failed", e); //$NON-NLS-1$
		}
	}

	/**
	 * Announces the follow-ups due by today in the open plans that were not announced today yet.
	 *
	 * @return the follow-ups announced now (empty: no notification)
	 */
	public List<FollowUp> check() {
		if (!FollowUpPreferences.remindersEnabled() || !PlatformUI.isWorkbenchRunning()) {
			return List.of();
		}
		LocalDate today = PlanClock.today();
		if (!today.equals(day)) {
			day = today;
			announced.clear();
		}
		List<FollowUp> fresh = new ArrayList<>();
		for (NetworkingPlan plan : openPlans()) {
			for (FollowUp followUp : Agenda.followUps(plan, today, FollowUpPreferences.current()).due()) {
				if (announced.add(key(followUp))) {
					fresh.add(followUp);
				}
			}
		}
		if (!fresh.isEmpty()) {
			save();
			notify(fresh);
		}
		return fresh;
	}

	/** Forgets what was announced today (for tests, and after a plan was reverted). */
	public void forget() {
		announced.clear();
		save();
	}

	/** The shell of the notification shown last, or {@code null}. */
	public Shell lastNotificationShell() {
		return last == null ? null : last.getShell();
	}

	private void notify(List<FollowUp> due) {
		String title = due.size() == 1 ? AgendaMessages.Reminder_titleOne
				: NLS.bind(AgendaMessages.Reminder_title, Integer.toString(due.size()));
		last = NotificationPopup.forDisplay(display).title(title, true).content(parent -> content(parent, due))
				.delay(30_000).fadeIn(false).build();
		last.open();
		Outcomes.keepOnScreen(display, last.getShell());
	}

	/** Closes the notification shown last, if it is still open. */
	public void closeNotification() {
		if (last != null) {
			last.close();
		}
	}

	private Composite content(Composite parent, List<FollowUp> due) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// one short line per person: the popup is small, and the Agenda has the details
		for (FollowUp followUp : due.subList(0, Math.min(NAMED, due.size()))) {
			Label line = new Label(body, SWT.NONE);
			line.setText(line(followUp));
			line.setToolTipText(followUp.getReason());
			line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		if (due.size() > NAMED) {
			new Label(body, SWT.NONE).setText(NLS.bind(AgendaMessages.Reminder_more, Integer.toString(due.size() - NAMED)));
		}
		Link show = new Link(body, SWT.NONE);
		show.setText("<a>" + AgendaMessages.Reminder_show + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		show.setData(UiIds.KEY, ID_SHOW);
		show.addListener(SWT.Selection, e -> {
			showInAgenda(due);
			if (last != null) {
				last.close();
			}
		});
		return body;
	}

	private String line(FollowUp followUp) {
		String when = RapportLabels.date(followUp.getDueDate());
		boolean overdue = org.rapport.core.followup.FollowUps.isOverdue(followUp, day);
		return NLS.bind(overdue ? AgendaMessages.Reminder_lineOverdue : AgendaMessages.Reminder_lineToday,
				RapportLabels.contactName(followUp.getContact()), when);
	}

	/** Brings the window forward and shows the Agenda with these follow-ups selected. */
	public static void showInAgenda(List<FollowUp> followUps) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		if (window == null || window.getActivePage() == null) {
			return;
		}
		window.getShell().forceActive();
		IWorkbenchPage page = window.getActivePage();
		try {
			AgendaView view = (AgendaView) page.showView(AgendaIds.VIEW);
			view.select(new StructuredSelection(followUps));
		} catch (PartInitException e) {
			ILog.of(Reminders.class).error(e.getMessage(), e);
		}
	}

	private static List<NetworkingPlan> openPlans() {
		List<NetworkingPlan> plans = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof PlanEditor editor && editor.getPlan() != null
							&& !plans.contains(editor.getPlan())) {
						plans.add(editor.getPlan());
					}
				}
			}
		}
		return plans;
	}

	private static String key(FollowUp followUp) {
		return EcoreUtil.getURI(followUp).toString();
	}

	private void load() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		String saved = node.get(KEY_DAY, null);
		day = PlanClock.today();
		if (day.toString().equals(saved)) {
			for (String key : node.get(KEY_ANNOUNCED, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!key.isBlank()) {
					announced.add(key);
				}
			}
		}
	}

	private void save() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		node.put(KEY_DAY, String.valueOf(day));
		node.put(KEY_ANNOUNCED, String.join("\n", announced)); //$NON-NLS-1$
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(Reminders.class).warn("Could not keep the reminders announced today", e); //$NON-NLS-1$
		}
	}
}
