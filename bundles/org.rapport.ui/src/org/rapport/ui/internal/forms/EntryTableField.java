/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;

/**
 * The objects a containment holds (a contact's e-mail addresses, phone numbers, postal addresses, dates,
 * relationships) as a small table whose cells are edited in place (a click, or Enter or F2 on the cell the arrow keys
 * moved to): text, a type from an enumeration, a check box
 * (the preferred entry: checking one unchecks the others), a date or another object. Add creates an entry and
 * starts editing its first cell, Remove removes the selected ones. Each change is one undoable command through the
 * editing domain. The table gets {@code id + ".table"}, the buttons {@code id + ".add"} and {@code id + ".remove"}.
 */
public final class EntryTableField {

	/** How a column's cells are shown and edited. */
	public enum Kind {
		TEXT, CHOICE, PREFERRED, PARSED, REFERENCE
	}

	/**
	 * A column: its title, the attribute or reference it edits, how; for {@link Kind#PARSED} the parser (throws
	 * {@link IllegalArgumentException} with no value) and for {@link Kind#REFERENCE} the candidates.
	 */
	public record Column(String title, EStructuralFeature feature, Kind kind, int width, Function<String, Object> parser,
			Supplier<? extends List<? extends EObject>> candidates) {

		public static Column text(String title, EAttribute feature, int width) {
			return new Column(title, feature, Kind.TEXT, width, null, null);
		}

		public static Column choice(String title, EAttribute feature, int width) {
			return new Column(title, feature, Kind.CHOICE, width, null, null);
		}

		public static Column preferred(String title, EAttribute feature) {
			return new Column(title, feature, Kind.PREFERRED, 70, null, null);
		}

		public static Column parsed(String title, EAttribute feature, int width, Function<String, Object> parser) {
			return new Column(title, feature, Kind.PARSED, width, parser, null);
		}

		public static Column reference(String title, EReference feature, int width,
				Supplier<? extends List<? extends EObject>> candidates) {
			return new Column(title, feature, Kind.REFERENCE, width, null, candidates);
		}
	}

	private static final Object NONE = new Object();

	private final FieldBinder binder;
	private final EReference containment;
	private final List<Column> columns;
	private final Composite composite;
	private final TableViewer viewer;
	private final Button add;
	private final Button remove;
	private final Label problem;

	EntryTableField(FieldBinder binder, EReference containment, String id, List<Column> columns) {
		this.binder = binder;
		this.containment = containment;
		this.columns = columns;
		FormToolkit toolkit = binder.getToolkit();
		composite = toolkit.createComposite(binder.getClient());
		// the table across the whole width (details columns are narrow), its buttons under it
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		composite.setLayout(layout);
		composite.setData(UiIds.KEY, id);

		Table table = toolkit.createTable(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
				| SWT.H_SCROLL);
		table.setData(UiIds.KEY, id + ".table"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = table.getItemHeight() * 3 + table.getHeaderHeight() + 4;
		tableData.widthHint = 80;
		table.setLayoutData(tableData);
		viewer = new TableViewer(table);
		viewer.setContentProvider(new ObservableListContentProvider<>());
		// arrow keys move between cells, Enter or F2 edits the cell, Tab the next one: all of it works from the keyboard
		TableViewerFocusCellManager focusCells = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		TableViewerEditor.create(viewer, focusCells, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
				| ColumnViewerEditor.KEYBOARD_ACTIVATION);
		for (Column column : columns) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(column.title());
			tableColumn.setWidth(column.width());
			viewerColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text((EObject) e, column)));
			viewerColumn.setEditingSupport(new Editing(column));
		}
		IObservableList<Object> values = EMFProperties.list(containment).observeDetail(binder.getMaster());
		viewer.setInput(values);
		viewer.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = toolkit.createComposite(composite);
		buttons.setLayout(ElementListPart.wrappingRow());
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add = toolkit.createButton(buttons, Messages.Field_addEntry, SWT.PUSH);
		add.setData(UiIds.KEY, id + ".add"); //$NON-NLS-1$
		add.addListener(SWT.Selection, e -> addEntry());
		remove = toolkit.createButton(buttons, Messages.Field_remove, SWT.PUSH);
		remove.setData(UiIds.KEY, id + ".remove"); //$NON-NLS-1$
		remove.addListener(SWT.Selection, e -> removeSelected());
		problem = toolkit.createLabel(composite, "", SWT.WRAP); //$NON-NLS-1$
		problem.setData(UiIds.KEY, id + ".problem"); //$NON-NLS-1$
		problem.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false);
		problemData.exclude = true;
		problem.setLayoutData(problemData);
		problem.setVisible(false);
		binder.getMaster().addValueChangeListener(e -> {
			showProblem(null);
			updateButtons();
		});
		updateButtons();
	}

	public Control getControl() {
		return composite;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** Shows the labels again (after a change elsewhere: a contact's name in a relationship). */
	void refresh() {
		// a refresh would cancel the cell being edited; the edited entry's own change updates its row
		if (!viewer.getControl().isDisposed() && !viewer.isCellEditorActive()) {
			viewer.refresh(true);
			updateButtons();
		}
	}

	void setEnabled(boolean enabled) {
		viewer.getControl().setEnabled(enabled);
		updateButtons();
	}

	private String text(EObject entry, Column column) {
		Object value = entry.eGet(column.feature());
		return switch (column.kind()) {
		case PREFERRED -> Boolean.TRUE.equals(value) ? "\u2713" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		case CHOICE -> value instanceof Enumerator literal ? RapportLabels.literal(literal) : ""; //$NON-NLS-1$
		case REFERENCE -> value == null ? "" : RapportLabels.text(value); //$NON-NLS-1$
		default -> value == null ? "" : value.toString(); //$NON-NLS-1$
		};
	}

	private void addEntry() {
		EObject owner = binder.getMaster().getValue();
		if (owner == null) {
			return;
		}
		binder.commit();
		EObject entry = EcoreUtil.create(containment.getEReferenceType());
		for (Column column : columns) {
			if (column.kind() == Kind.PREFERRED) {
				// the first entry of its kind is the preferred one
				entry.eSet(column.feature(), Boolean.valueOf(((List<?>) owner.eGet(containment)).isEmpty()));
			}
		}
		execute(AddCommand.create(domain(), owner, containment, entry));
		viewer.setSelection(new StructuredSelection(entry), true);
		viewer.getControl().setFocus();
		viewer.editElement(entry, 0);
	}

	private void removeSelected() {
		EObject owner = binder.getMaster().getValue();
		List<?> selected = viewer.getStructuredSelection().toList();
		if (owner != null && !selected.isEmpty()) {
			execute(RemoveCommand.create(domain(), owner, containment, new ArrayList<>(selected)));
		}
	}

	private void updateButtons() {
		if (add.isDisposed()) {
			return;
		}
		boolean editing = binder.getMaster().getValue() != null && viewer.getControl().isEnabled();
		add.setEnabled(editing);
		remove.setEnabled(editing && !viewer.getStructuredSelection().isEmpty());
	}

	private void showProblem(String message) {
		if (problem.isDisposed()) {
			return;
		}
		boolean show = message != null;
		boolean was = problem.getVisible();
		problem.setText(show ? message : ""); //$NON-NLS-1$
		if (show != was) {
			// only when the message comes or goes: laying out the form moves what the user looks at
			((GridData) problem.getLayoutData()).exclude = !show;
			problem.setVisible(show);
			composite.getParent().layout(true, true);
		}
	}

	private EditingDomain domain() {
		return binder.getEditingDomain();
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	/** Edits one column's cells; every change is a command. */
	private final class Editing extends EditingSupport {

		private final Column column;

		Editing(Column column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			Table table = viewer.getTable();
			return switch (column.kind()) {
			case PREFERRED -> new CheckboxCellEditor(table);
			case CHOICE -> {
				ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(table, SWT.READ_ONLY);
				editor.setContentProvider(ArrayContentProvider.getInstance());
				editor.setLabelProvider(LabelProvider.createTextProvider(e -> RapportLabels.literal((Enumerator) e)));
				List<Object> literals = new ArrayList<>();
				for (EEnumLiteral literal : ((EEnum) column.feature().getEType()).getELiterals()) {
					literals.add(literal.getInstance());
				}
				editor.setInput(literals);
				yield editor;
			}
			case REFERENCE -> {
				ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(table, SWT.READ_ONLY);
				editor.setContentProvider(ArrayContentProvider.getInstance());
				editor.setLabelProvider(LabelProvider
						.createTextProvider(e -> e == NONE ? Messages.Field_none : RapportLabels.text(e)));
				List<Object> candidates = new ArrayList<>();
				candidates.add(NONE);
				candidates.addAll(column.candidates().get());
				candidates.remove(binder.getMaster().getValue());
				editor.setInput(candidates);
				yield editor;
			}
			default -> new TextCellEditor(table);
			};
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(column.feature());
			return switch (column.kind()) {
			case PREFERRED -> Boolean.valueOf(Boolean.TRUE.equals(value));
			case CHOICE -> value;
			case REFERENCE -> value == null ? NONE : value;
			default -> value == null ? "" : value.toString(); //$NON-NLS-1$
			};
		}

		@Override
		protected void setValue(Object element, Object value) {
			EObject entry = (EObject) element;
			Object newValue = value;
			switch (column.kind()) {
			case TEXT -> newValue = value == null || value.toString().isEmpty() ? null : value.toString();
			case REFERENCE -> newValue = value == NONE ? null : value;
			case PARSED -> {
				String typed = value == null ? "" : value.toString().strip(); //$NON-NLS-1$
				try {
					newValue = typed.isEmpty() ? null : column.parser().apply(typed);
				} catch (IllegalArgumentException e) {
					showProblem(NLS.bind(Messages.Field_entryInvalid, column.title(), typed));
					return;
				}
			}
			default -> {
				// CHOICE and PREFERRED values are the model's
			}
			}
			if (newValue == null && column.kind() == Kind.CHOICE) {
				return;
			}
			showProblem(null);
			Object current = entry.eGet(column.feature());
			if (current == null ? newValue == null : current.equals(newValue)) {
				return;
			}
			if (column.kind() == Kind.PREFERRED && Boolean.TRUE.equals(newValue)) {
				// one preferred entry: the others give it up in the same step
				CompoundCommand command = new CompoundCommand(Messages.Field_preferred);
				for (Object other : (List<?>) entry.eContainer().eGet(containment)) {
					if (other != entry && Boolean.TRUE.equals(((EObject) other).eGet(column.feature()))) {
						command.append(SetCommand.create(domain(), other, column.feature(), Boolean.FALSE));
					}
				}
				command.append(SetCommand.create(domain(), entry, column.feature(), Boolean.TRUE));
				execute(command);
			} else {
				execute(SetCommand.create(domain(), entry, column.feature(), newValue));
			}
			viewer.update(entry, null);
		}
	}
}
