/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.agenda;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.ModelRefresher;


/**
 * The status line's "Next: Ben Ashworth, overdue since 16 Oct 2026" for the plan in the active plan editor (the
 * last one activated stays shown while a view is active); empty without a plan or when nothing is due this week.
 * A double-click opens the Agenda view.
 */
public class NextFollowUpContribution extends WorkbenchWindowControlContribution {

	public static final String ID_LABEL = "status.nextFollowUp"; //$NON-NLS-1$

	private CLabel label;
	private ModelRefresher refresher;
	private PlanEditor editor;
	/** The follow-ups shown from, brought up to date edit by edit. */
	private Agenda agenda;
	private IWorkbenchWindow window;
	private final IPreferenceChangeListener preferenceListener = e -> {
		if (label != null && !label.isDisposed()) {
			label.getDisplay().asyncExec(this::refreshText);
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof PlanEditor planEditor) {
				setEditor(planEditor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				IWorkbenchPage page = window == null ? null : window.getActivePage();
				IEditorPart active = page == null ? null : page.getActiveEditor();
				setEditor(active instanceof PlanEditor planEditor && active != editor ? planEditor : null);
			}
		}
	};

	public NextFollowUpContribution() {
		super("org.rapport.ui.status.nextFollowUp.control"); //$NON-NLS-1$
	}

	@Override
	protected Control createControl(Composite parent) {
		label = new CLabel(parent, SWT.SHADOW_NONE);
		label.setData(UiIds.KEY, ID_LABEL);
		label.setToolTipText(AgendaMessages.Agenda_statusToolTip);
		refresher = new ModelRefresher(label, this::refreshText);
		label.addListener(SWT.MouseDoubleClick, e -> showAgenda());
		window = getWorkbenchWindow();
		if (window != null) {
			window.getPartService().addPartListener(partListener);
			IWorkbenchPage page = window.getActivePage();
			IEditorPart active = page == null ? null : page.getActiveEditor();
			setEditor(active instanceof PlanEditor planEditor ? planEditor : null);
		}
		FollowUpPreferences.node().addPreferenceChangeListener(preferenceListener);
		label.addDisposeListener(e -> {
			FollowUpPreferences.node().removePreferenceChangeListener(preferenceListener);
			if (window != null) {
				window.getPartService().removePartListener(partListener);
			}
		});
		refreshText();
		return label;
	}

	private void setEditor(PlanEditor newEditor) {
		editor = newEditor;
		if (refresher != null) {
			refresher.attach(newEditor == null ? null : newEditor.getPlan());
		}
		refreshText();
	}

	private void refreshText() {
		if (label == null || label.isDisposed()) {
			return;
		}
		NetworkingPlan plan = editor == null ? null : editor.getPlan();
		if (plan == null) {
			agenda = null;
		} else if (agenda == null) {
			agenda = Agenda.followUps(plan, PlanClock.today(), FollowUpPreferences.current());
		} else {
			// another plan, day or settings: computed again; an edit: only what it touched, added or removed is
			// looked at again
			agenda = agenda.update(plan, refresher.changed(), refresher.contents(), PlanClock.today(),
					FollowUpPreferences.current());
		}
		String text = plan == null ? null : AgendaLabels.next(agenda);
		String shown = text == null ? "" : text; //$NON-NLS-1$
		if (!shown.equals(label.getText())) {
			label.setText(shown);
			fit();
		}
	}

	/**
	 * Gives the status item the width of its text. The tool bar sizes its item (the label, in the workbench's
	 * wrapper) once, when it is created, and the text usually comes later (the plan opens after the status line is
	 * made): without this the item keeps the width of an empty label and the window's edge cuts the text off.
	 */
	private void fit() {
		Control child = label;
		for (Composite parent = label.getParent(); parent != null; child = parent, parent = parent.getParent()) {
			if (parent instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					if (item.getControl() == child) {
						int width = child.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
						if (item.getWidth() != width) {
							item.setWidth(width);
							bar.pack(true);
							// the frame and trim around the tool bar cache their sizes: lay out the whole chain again
							bar.getShell().layout(new Control[] { label }, SWT.DEFER);
						}
					}
				}
				return;
			}
		}
	}

	/** What the status line shows now (empty when nothing is due). */
	public String getText() {
		return label == null || label.isDisposed() ? "" : label.getText(); //$NON-NLS-1$
	}

	private void showAgenda() {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				page.showView(AgendaIds.VIEW);
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
	}

	@Override
	public boolean isDynamic() {
		return false;
	}
}
