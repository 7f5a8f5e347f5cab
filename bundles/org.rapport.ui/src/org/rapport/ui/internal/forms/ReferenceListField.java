/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.edit.provider.RapportIcons;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.emf.ItemImages;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;

/**
 * The objects a many-valued reference holds (a goal's aspirations, an opportunity's contacts met): a short list
 * bound to the feature, Add… to choose more among the candidates (a filtered chooser, fine for thousands) and
 * Remove. Each is one undoable command; references with an opposite (aspiration and goal) stay in step.
 */
public final class ReferenceListField {

	private final FieldBinder binder;
	private final EReference feature;
	private final Supplier<? extends Collection<? extends EObject>> candidates;
	private final Composite composite;
	private final TableViewer viewer;
	private final Button add;
	private final Button remove;

	ReferenceListField(FieldBinder binder, EReference feature, String id,
			Supplier<? extends Collection<? extends EObject>> candidates, Consumer<EObject> open) {
		this.binder = binder;
		this.feature = feature;
		this.candidates = candidates;
		FormToolkit toolkit = binder.getToolkit();
		composite = toolkit.createComposite(binder.getClient());
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		composite.setLayout(layout);
		composite.setData(UiIds.KEY, id);

		Table table = toolkit.createTable(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setData(UiIds.KEY, id + ".table"); //$NON-NLS-1$
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = table.getItemHeight() * 3 + 4;
		tableData.verticalSpan = 2;
		table.setLayoutData(tableData);
		viewer = new TableViewer(table);
		ResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), table);
		viewer.setContentProvider(new ObservableListContentProvider<>());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return RapportLabels.text(element);
			}

			@Override
			public Image getImage(Object element) {
				ImageDescriptor icon = ItemImages.descriptor(RapportIcons.image(element));
				return icon == null ? null : resources.create(icon);
			}
		});
		IObservableList<Object> values = EMFProperties.list(feature).observeDetail(binder.getMaster());
		viewer.setInput(values);
		viewer.addSelectionChangedListener(e -> updateButtons());
		if (open != null) {
			viewer.addDoubleClickListener(e -> {
				if (viewer.getStructuredSelection().getFirstElement() instanceof EObject target) {
					open.accept(target);
				}
			});
		}

		add = toolkit.createButton(composite, Messages.Field_add, SWT.PUSH);
		add.setData(UiIds.KEY, id + ".add"); //$NON-NLS-1$
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, e -> choose());
		remove = toolkit.createButton(composite, Messages.Field_remove, SWT.PUSH);
		remove.setData(UiIds.KEY, id + ".remove"); //$NON-NLS-1$
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, e -> removeSelected());
		binder.getMaster().addValueChangeListener(e -> updateButtons());
		updateButtons();
	}

	public Control getControl() {
		return composite;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	private void updateButtons() {
		if (composite.isDisposed()) {
			return;
		}
		boolean owner = binder.getMaster().getValue() != null;
		add.setEnabled(owner);
		remove.setEnabled(owner && !viewer.getStructuredSelection().isEmpty());
	}

	/** Opens the chooser with the candidates not yet referenced and adds what the user picks. */
	void choose() {
		EObject owner = binder.getMaster().getValue();
		if (owner == null) {
			return;
		}
		binder.commit();
		// a set: the candidates may be thousands of contacts, and so may the current members
		Set<?> current = new HashSet<>((List<?>) owner.eGet(feature));
		List<EObject> choices = new ArrayList<>();
		for (EObject candidate : candidates.get()) {
			if (candidate != owner && !current.contains(candidate)) {
				choices.add(candidate);
			}
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(composite.getShell(),
				LabelProvider.createTextProvider(RapportLabels::text));
		dialog.setTitle(NLS.bind(Messages.Field_chooseTitle, RapportLabels.text(owner)));
		dialog.setMessage(Messages.Field_chooseMessage);
		dialog.setMultipleSelection(true);
		dialog.setEmptyListMessage(Messages.Field_chooseNothing);
		dialog.setElements(choices.toArray());
		if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
			return;
		}
		add(List.of(dialog.getResult()));
	}

	/** Adds the objects to the reference as one command. */
	public void add(Collection<?> objects) {
		EObject owner = binder.getMaster().getValue();
		EditingDomain domain = binder.getEditingDomain();
		Command command = AddCommand.create(domain, owner, feature, objects);
		if (owner != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void removeSelected() {
		EObject owner = binder.getMaster().getValue();
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (owner == null || selection.isEmpty()) {
			return;
		}
		EditingDomain domain = binder.getEditingDomain();
		Command command = RemoveCommand.create(domain, owner, feature, selection.toList());
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
