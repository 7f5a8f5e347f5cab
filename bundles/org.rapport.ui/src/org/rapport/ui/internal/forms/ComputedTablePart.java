/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.edit.provider.RapportIcons;
import org.rapport.ui.UiIds;
import org.rapport.ui.emf.ItemImages;

/**
 * A read-only table of rows the page computes from the plan (a balance per contact, counts per pipeline stage):
 * recomputed after every model change (add it with {@link MasterDetailsFormPage#addPart}), sortable by any column,
 * and a double-click or Enter on a row runs the page's open action. Nothing in it is edited: its rows are
 * consequences of what is edited elsewhere.
 *
 * @param <R> the type of the rows
 */
public class ComputedTablePart<R> extends SectionPart {

	private final String id;
	private final Supplier<? extends Collection<? extends R>> rows;
	private final TableViewer viewer;
	private final Label count;
	private final ResourceManager resources;
	private final List<ElementColumn<R>> columns = new ArrayList<>();
	private Function<? super R, ?> iconOf = r -> r;
	private Function<? super R, ?> key = r -> r;
	/** What the rows are about, or {@code null} when they may change with anything in the plan. */
	private Supplier<? extends EObject> subject;

	/**
	 * @param id the {@link UiIds#KEY} of the table; the count below it gets {@code id + ".count"}
	 * @param rows computes the rows, asked again on every refresh
	 */
	public ComputedTablePart(Composite parent, FormToolkit toolkit, String title, String description, String id,
			Supplier<? extends Collection<? extends R>> rows) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.id = id;
		this.rows = rows;
		Section section = getSection();
		section.setText(title);
		section.setDescription(description);
		GridData sectionData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sectionData.widthHint = 120;
		section.setLayoutData(sectionData);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		section.setClient(client);

		Table table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 80;
		tableData.widthHint = 120;
		table.setLayoutData(tableData);
		resources = new LocalResourceManager(JFaceResources.getResources(), table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		count = toolkit.createLabel(client, ""); //$NON-NLS-1$
		count.setData(UiIds.KEY, id + ".count"); //$NON-NLS-1$
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	@Override
	public void initialize(IManagedForm form) {
		super.initialize(form);
		refresh();
	}

	public ComputedTablePart<R> column(ElementColumn<R> column) {
		columns.add(column);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.numeric() ? SWT.RIGHT : SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		boolean first = columns.size() == 1;
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return ElementColumn.nonNull(column.text().apply((R) element));
			}

			@SuppressWarnings("unchecked")
			@Override
			public Image getImage(Object element) {
				if (!first) {
					return null;
				}
				ImageDescriptor icon = ItemImages.descriptor(RapportIcons.image(iconOf.apply((R) element)));
				return icon == null ? null : resources.create(icon);
			}
		});
		tableColumn.addListener(SWT.Selection, e -> {
			Table table = viewer.getTable();
			int direction = table.getSortColumn() == tableColumn && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
			sortBy(tableColumn, column, direction);
		});
		if (first) {
			sortBy(tableColumn, column, SWT.UP);
		}
		return this;
	}

	/** The model object whose icon shows in the first column (by default the row itself). */
	public ComputedTablePart<R> icon(Function<? super R, ?> objectOfRow) {
		iconOf = objectOfRow;
		return this;
	}

	/**
	 * What identifies a row across recomputations (a balance row by its contact), so that the selection stays on
	 * it when its values change; by default the row itself.
	 */
	public ComputedTablePart<R> key(Function<? super R, ?> keyOfRow) {
		key = keyOfRow;
		return this;
	}

	/** Runs {@code open} on a row the user double-clicks or presses Enter on. */
	@SuppressWarnings("unchecked")
	public ComputedTablePart<R> onOpen(Consumer<? super R> open) {
		viewer.addOpenListener(e -> {
			Object row = viewer.getStructuredSelection().getFirstElement();
			if (row != null) {
				open.accept((R) row);
			}
		});
		return this;
	}

	/** Sorts by the column at that index, as a click on its header does. */
	public ComputedTablePart<R> sortBy(int columnIndex, boolean ascending) {
		sortBy(viewer.getTable().getColumn(columnIndex), columns.get(columnIndex), ascending ? SWT.UP : SWT.DOWN);
		return this;
	}

	private void sortBy(TableColumn tableColumn, ElementColumn<R> column, int direction) {
		Table table = viewer.getTable();
		table.setSortColumn(tableColumn);
		table.setSortDirection(direction);
		Comparator<R> order = direction == SWT.UP ? column.order() : column.order().reversed();
		viewer.setComparator(new ViewerComparator() {
			@SuppressWarnings("unchecked")
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return order.compare((R) a, (R) b);
			}
		});
	}

	/**
	 * Makes the rows depend on one object (a contact's timeline on the contact): after a change that does not
	 * concern it ({@link VirtualRows#concerns}), {@link #refresh(Set)} keeps the rows.
	 */
	public ComputedTablePart<R> about(Supplier<? extends EObject> subject) {
		this.subject = subject;
		return this;
	}

	/** Recomputes the rows after a change of the plan ({@code null}: not known) unless it does not concern them. */
	public void refresh(Set<Object> changed) {
		if (subject == null || VirtualRows.concerns(subject.get(), changed)) {
			refresh();
		}
	}

	/** Recomputes the rows, keeping the selection on the row with the same key. */
	@Override
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Object selectedKey = selectedKey();
		List<R> computed = new ArrayList<>(rows.get());
		viewer.setInput(computed);
		if (selectedKey != null) {
			computed.stream().filter(r -> Objects.equals(key.apply(r), selectedKey)).findFirst()
					.ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
		}
		String text = NLS.bind(Messages.List_count, computed.size());
		if (!text.equals(count.getText())) {
			count.setText(text);
		}
		super.refresh();
	}

	@SuppressWarnings("unchecked")
	private Object selectedKey() {
		Object row = viewer.getStructuredSelection().getFirstElement();
		return row == null ? null : key.apply((R) row);
	}

	/** The rows as computed at the last refresh, in the order shown. */
	@SuppressWarnings("unchecked")
	public List<R> getRows() {
		List<R> shown = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			shown.add((R) viewer.getElementAt(i));
		}
		return shown;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** The {@link UiIds#KEY} of the table. */
	public String getId() {
		return id;
	}
}
