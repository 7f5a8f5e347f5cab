/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.Set;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;

/**
 * The details side of a form page for one kind of element: a section of fields bound by a {@link FieldBinder}
 * to the element selected in a master list. Subclasses only declare their fields.
 */
public abstract class ElementDetailsPage implements IDetailsPage {

	private final PlanEditor editor;
	private final String title;
	private final String id;
	private final WritableValue<EObject> master = new WritableValue<>(null, EObject.class);
	private IManagedForm managedForm;
	private ScrolledForm scrolled;
	private Section section;
	private FieldBinder binder;

	/**
	 * @param id the {@code UiIds.KEY} of the details section
	 */
	protected ElementDetailsPage(PlanEditor editor, String title, String id) {
		this.editor = editor;
		this.title = title;
		this.id = id;
	}

	/** Creates the fields with the binder (two columns: label, field). */
	protected abstract void createFields(FieldBinder fields);

	@Override
	public void initialize(IManagedForm form) {
		managedForm = form;
	}

	@Override
	public void createContents(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);
		FormToolkit toolkit = managedForm.getToolkit();
		// the fields scroll when the editor is too short for them: small hints, so that the details part gives
		// this form the room there is rather than the room the fields would like (which would run off the editor)
		scrolled = toolkit.createScrolledForm(parent);
		GridData scrolledData = new GridData(SWT.FILL, SWT.FILL, true, true);
		scrolledData.widthHint = 120;
		scrolledData.heightHint = 100;
		scrolled.setLayoutData(scrolledData);
		Composite body = scrolled.getBody();
		GridLayout bodyLayout = new GridLayout(1, false);
		bodyLayout.marginWidth = 0;
		bodyLayout.marginHeight = 0;
		body.setLayout(bodyLayout);
		section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setData(org.rapport.ui.UiIds.KEY, id);
		GridData sectionData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// long titles and descriptions wrap instead of widening the page past the editor
		sectionData.widthHint = 120;
		section.setLayoutData(sectionData);
		Composite client = toolkit.createComposite(section);
		GridLayout clientLayout = new GridLayout(2, false);
		clientLayout.horizontalSpacing = 8;
		client.setLayout(clientLayout);
		section.setClient(client);
		binder = new FieldBinder(editor.getEditingDomain(), toolkit, client, master,
				() -> managedForm.dirtyStateChanged());
		createFields(binder);
		toolkit.paintBordersFor(client);
		show(null);
	}

	public PlanEditor getEditor() {
		return editor;
	}

	public FieldBinder getFields() {
		return binder;
	}

	/** The element shown, or {@code null}. */
	public EObject getElement() {
		return master.getValue();
	}

	@Override
	public void selectionChanged(IFormPart part, ISelection selection) {
		Object first = selection instanceof IStructuredSelection structured && structured.size() == 1
				? structured.getFirstElement() : null;
		show(first instanceof EObject element ? element : null);
	}

	private void show(EObject element) {
		if (master.getValue() == element) {
			return;
		}
		binder.commit();
		master.setValue(element);
		binder.setEnabled(element != null);
		refresh();
		// the details scroll on their own (a long form): their scrolled size follows this element's fields, once
		// laid out (the first element is shown while the page is still being created)
		section.getDisplay().asyncExec(this::reflow);
	}

	private void reflow() {
		if (section.isDisposed()) {
			return;
		}
		for (Composite parent = section.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof SharedScrolledComposite scrolled) {
				scrolled.reflow(true);
				return;
			}
		}
	}

	/** Whether a change of the plan may alter what the page shows of its element (see {@link VirtualRows#concerns}). */
	public boolean concerns(Set<Object> changed) {
		return VirtualRows.concerns(master.getValue(), changed);
	}

	@Override
	public void refresh() {
		if (section == null || section.isDisposed()) {
			return;
		}
		EObject element = master.getValue();
		section.setDescription(element == null ? Messages.Details_noSelection : RapportLabels.text(element));
		binder.refresh();
		section.layout(true, true);
		scrolled.reflow(true);
	}

	@Override
	public void commit(boolean onSave) {
		if (binder != null) {
			binder.commit();
		}
	}

	@Override
	public boolean isDirty() {
		return binder != null && binder.isDirty();
	}

	@Override
	public boolean isStale() {
		return false;
	}

	@Override
	public boolean setFormInput(Object input) {
		return false;
	}

	/** Puts the cursor in the first text field, with its text selected (after Add). */
	@Override
	public void setFocus() {
		if (binder == null) {
			return;
		}
		for (Control control : binder.getClient().getChildren()) {
			if (control instanceof Text text && text.isEnabled()) {
				text.setFocus();
				text.selectAll();
				return;
			}
		}
	}

	@Override
	public void dispose() {
		master.dispose();
	}
}
