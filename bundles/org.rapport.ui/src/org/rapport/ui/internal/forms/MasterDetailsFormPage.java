/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IDetailsPageProvider;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.ModelRefresher;
import org.rapport.ui.internal.editors.PageSelectionProvider;

/**
 * A plan editor page in the master-details style of the Eclipse form editors: on the left one or more
 * {@link ElementListPart lists} of the plan's elements, on the right the details of the element last selected in
 * any of them (a {@link DetailsPart} with one {@link ElementDetailsPage} per kind of element). The list last
 * used offers its selection to the workbench (Properties view). Any model change refreshes lists and details once.
 */
public abstract class MasterDetailsFormPage extends FormPage {

	private final PlanEditor editor;
	private final PageSelectionProvider selection = new PageSelectionProvider();
	/** Whether the plan changed while the page was not shown. */
	private boolean stale;
	private ModelRefresher refresher;
	private final List<ElementListPart<?>> lists = new ArrayList<>();
	private final List<IFormPart> computedParts = new ArrayList<>();
	private DetailsPart details;
	private final List<EClass> shows;
	private ElementListPart<?> activeList;

	/**
	 * @param shows the kinds of element the page lists (asked before the page is created, to find the page that
	 *            shows an object)
	 */
	protected MasterDetailsFormPage(PlanEditor editor, String id, String tabTitle, EClass... shows) {
		super(editor, id, tabTitle);
		this.editor = editor;
		this.shows = List.of(shows);
	}

	/** The form's heading. */
	protected abstract String getHeading();

	/** Creates the lists with {@link #addList} in the given composite (a vertical sash: one pane per list). */
	protected abstract void createLists(Composite parent, FormToolkit toolkit);

	/** Registers a details page per kind of element with {@link #registerDetails}. */
	protected abstract void createDetails();

	/**
	 * Creates parts shown below the details (a summary the page computes, added with {@link #addPart}), in the given
	 * vertical sash whose first pane is the details; nothing by default.
	 */
	protected void createBelowDetails(Composite parent, FormToolkit toolkit) {
	}

	@Override
	public PlanEditor getEditor() {
		return editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		WheelGuard.install(form.getDisplay());
		form.setText(getHeading());
		toolkit.decorateFormHeading(form.getForm());
		GridLayout bodyLayout = new GridLayout(1, false);
		bodyLayout.marginWidth = 0;
		bodyLayout.marginHeight = 0;
		form.getBody().setLayout(bodyLayout);
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash, false, false);
		// small hints: the sash takes the editor's size whatever its lists and fields would like, so that the
		// tables and the details scroll inside it rather than the page running past the editor's edge
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.widthHint = 300;
		sashData.heightHint = 200;
		sash.setLayoutData(sashData);
		// lists share the height and the user can move the line between them
		SashForm masters = new SashForm(sash, SWT.VERTICAL);
		toolkit.adapt(masters, false, false);
		createLists(masters, toolkit);
		// the details on top of whatever the page shows below them
		SashForm detailsColumn = new SashForm(sash, SWT.VERTICAL);
		toolkit.adapt(detailsColumn, false, false);
		details = new DetailsPart(managedForm, detailsColumn, SWT.NONE);
		managedForm.addPart(details);
		details.setPageProvider(new IDetailsPageProvider() {
			@Override
			public Object getPageKey(Object object) {
				return object instanceof EObject element ? element.eClass() : object;
			}

			@Override
			public IDetailsPage getPage(Object key) {
				return null;
			}
		});
		createDetails();
		createBelowDetails(detailsColumn, toolkit);
		sash.setWeights(55, 45);

		editor.setPageSelectionProvider(this, selection);
		refresher = new ModelRefresher(form, () -> refresh(refresher.changed()));
		refresher.attach(editor.getPlan());
		for (ElementListPart<?> list : lists) {
			if (list.getItemCount() > 0) {
				list.select(list.getElementAt(0));
				break;
			}
		}
		if (activeList == null && !lists.isEmpty()) {
			listActivated(lists.get(0));
		}
	}

	/** Adds a list, created by the subclass in {@link #createLists}, to the page's managed form. */
	protected <T extends EObject> ElementListPart<T> addList(ElementListPart<T> list) {
		lists.add(list);
		getManagedForm().addPart(list);
		return list;
	}

	/**
	 * Adds a part that shows what the plan computes (a {@link ComputedTablePart}, a summary), refreshed after every
	 * model change like the lists.
	 */
	protected <P extends IFormPart> P addPart(P part) {
		computedParts.add(part);
		getManagedForm().addPart(part);
		return part;
	}

	protected void registerDetails(EClass eClass, ElementDetailsPage page) {
		details.registerPage(eClass, page);
	}

	public List<ElementListPart<?>> getLists() {
		return lists;
	}

	void listSelectionChanged(ElementListPart<?> list, ISelection newSelection) {
		if (list != activeList) {
			listActivated(list);
		} else {
			getManagedForm().fireSelectionChanged(list, newSelection);
		}
	}

	/** The list the user works in now: its selection is shown in the details and in the Properties view. */
	void listActivated(ElementListPart<?> list) {
		if (list == activeList) {
			return;
		}
		activeList = list;
		selection.setDelegate(list.getViewer());
		getManagedForm().fireSelectionChanged(list, list.getViewer().getSelection());
	}

	void focusDetails() {
		details.setFocus();
	}

	/**
	 * Brings lists, computed parts and details up to date with the plan. A page not shown only notes that it is
	 * behind and catches up when it is shown again: with thousands of rows a refresh costs, and every edit on any
	 * page would pay it for every page opened before.
	 */
	private void refresh(Set<Object> changed) {
		if (!isActive()) {
			stale = true;
			return;
		}
		// caught up after being hidden: what changed meanwhile is not known
		Set<Object> since = stale ? null : changed;
		stale = false;
		for (ElementListPart<?> list : lists) {
			list.refresh(since);
		}
		for (IFormPart part : computedParts) {
			if (part instanceof ComputedTablePart<?> table) {
				table.refresh(since);
			} else {
				part.refresh();
			}
		}
		// laying out a form of thirty fields costs more than most edits: not when the edit was about something else
		if (!(details.getCurrentPage() instanceof ElementDetailsPage shown) || shown.concerns(since)) {
			details.refresh();
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			refresh(null);
		}
	}

	/** Whether this page lists objects of that kind. */
	public boolean canShow(EObject object) {
		return canShow(object.eClass());
	}

	/** Whether this page lists objects of this class. */
	public boolean canShow(EClass eClass) {
		return shows.contains(eClass);
	}

	/** Selects the object in the list that shows it; {@code false} when none does. */
	public boolean show(EObject object) {
		for (ElementListPart<?> list : lists) {
			if (list.contains(object)) {
				list.select(object);
				list.getViewer().getControl().setFocus();
				listActivated(list);
				return true;
			}
		}
		return false;
	}

	@Override
	public void setFocus() {
		if (activeList != null && !activeList.getViewer().getControl().isDisposed()) {
			activeList.getViewer().getControl().setFocus();
		}
	}
}
