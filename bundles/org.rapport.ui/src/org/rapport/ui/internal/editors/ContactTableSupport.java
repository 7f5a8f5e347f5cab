package org.rapport.ui.internal.editors;

import java.util.Comparator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.rapport.model.Contact;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.rapport.model.edit.provider.RapportIcons;
import org.rapport.ui.emf.ItemImages;

/**
 * Sets up a table of contacts: the given columns with their labels, click-to-sort headers (click again to
 * reverse), and a word filter. Used by the Contacts page and the Contacts view.
 */
public final class ContactTableSupport {

	private final TableViewer viewer;
	private final ResourceManager resources;
	private String filter = ""; //$NON-NLS-1$

	public ContactTableSupport(TableViewer viewer, ContactColumns... columns) {
		this.viewer = viewer;
		this.resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTable());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		for (ContactColumns column : columns) {
			addColumn(column);
		}
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				return element instanceof Contact contact && ContactColumns.matches(contact, filter);
			}
		});
		sortBy(table.getColumn(0), columns[0], SWT.UP);
	}

	private void addColumn(ContactColumns column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column == ContactColumns.DAYS_SINCE ? SWT.RIGHT : SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Contact contact ? column.text(contact) : ""; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				if (column != ContactColumns.NAME) {
					return null;
				}
				ImageDescriptor icon = ItemImages.descriptor(RapportIcons.image(element));
				return icon == null ? null : resources.create(icon);
			}
		});
		tableColumn.addListener(SWT.Selection, e -> {
			Table table = viewer.getTable();
			int direction = table.getSortColumn() == tableColumn && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
			sortBy(tableColumn, column, direction);
		});
	}

	private void sortBy(TableColumn tableColumn, ContactColumns column, int direction) {
		Table table = viewer.getTable();
		table.setSortColumn(tableColumn);
		table.setSortDirection(direction);
		Comparator<Contact> order = direction == SWT.UP ? column.order() : column.order().reversed();
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return order.compare((Contact) a, (Contact) b);
			}
		});
	}

	/** Shows only the contacts that match every word of the text. */
	public void setFilter(String text) {
		filter = text == null ? "" : text; //$NON-NLS-1$
		viewer.refresh();
	}

	public String getFilter() {
		return filter;
	}
}
