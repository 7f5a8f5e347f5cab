/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportIcons;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.emf.ItemImages;
import org.rapport.ui.emf.ItemPropertySourceProvider;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.actions.RedoAction;
import org.rapport.ui.internal.actions.UndoAction;
import org.rapport.ui.internal.editors.ContactColumns;
import org.rapport.ui.internal.editors.ModelRefresher;
import org.rapport.ui.internal.forms.VirtualRows;
import org.rapport.ui.internal.forms.VirtualTableViewer;
import org.rapport.ui.internal.views.contacts.FilteredContacts;
import org.rapport.ui.internal.views.contacts.OverdueText;

/**
 * The contacts of the plan in the active plan editor (the last one activated stays shown while another part is
 * active), in a virtual table that stays fast with many thousands: only the visible rows are created, over the
 * filtered and sorted rows of a {@link FilteredContacts}. Typing filters (after a short pause); clicking a header
 * sorts; contacts with overdue follow-ups are highlighted. Double-click shows the contact in the editor; the
 * selection feeds the Properties view, and Undo/Redo here act on that plan.
 */
public class ContactsView extends ViewPart {

	public static final String ID = UiIds.VIEW_CONTACTS;
	/** The id (under {@link UiIds#KEY}) of the label that counts the contacts shown. */
	public static final String COUNT_ID = "view.contacts.count"; //$NON-NLS-1$
	/** The hint shown while the plan has no contacts. */
	public static final String EMPTY_ID = "view.contacts.empty"; //$NON-NLS-1$
	/** The background of the rows of contacts with overdue follow-ups. */
	public static final RGB OVERDUE_BACKGROUND = new RGB(255, 224, 224);
	/** The text color of the rows of contacts with overdue follow-ups. */
	public static final RGB OVERDUE_FOREGROUND = new RGB(160, 0, 0);
	/** How long typing pauses before the filter applies, in milliseconds. */
	static final int FILTER_DELAY = 150;
	/** How long the model stays unchanged before the rows are recomputed, in milliseconds. */
	static final int MODEL_DELAY = 200;

	private static final ContactColumns[] COLUMNS = { ContactColumns.NAME, ContactColumns.ORGANIZATION,
			ContactColumns.LAST_CONTACT, ContactColumns.TIER, ContactColumns.AUDIENCES };

	private final FilteredContacts index = new FilteredContacts();
	private VirtualTableViewer viewer;
	private Text filter;
	private Label count;
	private Link empty;
	private ModelRefresher refresher;
	private ResourceManager resources;
	private Color overdueBackground;
	private Color overdueForeground;
	private PlanEditorTracker tracker;
	private PlanEditor editor;
	private NetworkingPlan shownPlan;
	private final UndoAction undoAction = new UndoAction();
	private final RedoAction redoAction = new RedoAction();
	private final Runnable applyFilter = this::applyFilter;
	private final Runnable reindex = this::reindex;
	// the objects changed since the last reindex; null when unknown
	private Set<Object> pendingChanges;

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, UiIds.HELP_VIEW_CONTACTS);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		parent.setLayout(layout);

		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage(Messages.Contacts_filterHint);
		filter.setData(UiIds.KEY, UiIds.VIEW_CONTACTS_FILTER);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		// typing restarts the timer: the filter applies once typing pauses
		filter.addModifyListener(e -> filter.getDisplay().timerExec(FILTER_DELAY, applyFilter));

		empty = new Link(parent, SWT.WRAP);
		empty.setText(NLS.bind(Messages.ContactsPage_empty, UiIds.COMMAND_IMPORT_CONTACTS));
		empty.setData(UiIds.KEY, EMPTY_ID);
		GridData emptyData = new GridData(SWT.FILL, SWT.TOP, true, false);
		emptyData.widthHint = 100; // wraps within the view rather than widening it
		emptyData.horizontalIndent = 4;
		empty.setLayoutData(emptyData);
		empty.addListener(SWT.Selection, e -> emptyAction(e.text));

		Table table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, UiIds.VIEW_CONTACTS_TABLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		resources = new LocalResourceManager(JFaceResources.getResources(), table);
		overdueBackground = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(OVERDUE_BACKGROUND));
		overdueForeground = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(OVERDUE_FOREGROUND));

		count = new Label(parent, SWT.NONE);
		count.setData(UiIds.KEY, COUNT_ID);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		viewer = new VirtualTableViewer(table);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int row) {
				Contact[] rows = index.rows();
				if (row < rows.length) {
					viewer.replace(rows[row], row);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the view sets the rows itself
			}
		});
		for (ContactColumns column : COLUMNS) {
			addColumn(column);
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.setInput(index);

		viewer.addDoubleClickListener(e -> openSelected());
		getSite().setSelectionProvider(viewer);
		createContextMenu(table);
		refresher = new ModelRefresher(table, () -> {
			pendingChanges = merged(pendingChanges, refresher.changed());
			table.getDisplay().timerExec(MODEL_DELAY, reindex);
		});

		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);

		tracker = new PlanEditorTracker(getSite().getPage(), this::setEditor);
		showRows();
	}

	/** Open (as a double-click does), then what other contributions add: Log Interaction, Merge Contacts. */
	private void createContextMenu(Table table) {
		Action open = new Action(Messages.Contacts_open) {
			@Override
			public void run() {
				openSelected();
			}
		};
		open.setToolTipText(Messages.Contacts_openToolTip);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			open.setEnabled(editor != null && viewer.getStructuredSelection().size() == 1);
			manager.add(open);
			manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, viewer);
	}

	/** Shows the selected contact on the plan editor's Contacts page. */
	private void openSelected() {
		if (editor != null && viewer.getStructuredSelection().getFirstElement() instanceof Contact contact) {
			editor.select(contact);
		}
	}

	private void addColumn(ContactColumns column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new CellTipLabelProvider() {
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

			@Override
			public Color getBackground(Object element) {
				return element instanceof Contact contact && OverdueText.isOverdue(contact) ? overdueBackground : null;
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Contact contact && OverdueText.isOverdue(contact) ? overdueForeground : null;
			}

			// the view is narrow in the default layout: the cell's whole text, and what is overdue
			@Override
			public String getToolTipText(Object element) {
				if (!(element instanceof Contact contact)) {
					return null;
				}
				String text = column.text(contact);
				String overdue = OverdueText.tooltip(contact);
				if (text == null || text.isBlank()) {
					return overdue;
				}
				return overdue == null ? text : text + "\n" + overdue; //$NON-NLS-1$
			}
		});
		tableColumn.addListener(SWT.Selection, e -> {
			Table table = viewer.getTable();
			// a second click reverses; dates show the most recent first on the first click
			boolean up = table.getSortColumn() == tableColumn ? table.getSortDirection() != SWT.UP
					: column != ContactColumns.LAST_CONTACT;
			sort(column, up);
		});
	}

	/** Sorts the rows by the column (as a click on its header does). */
	public void sort(ContactColumns column, boolean up) {
		Table table = viewer.getTable();
		for (int i = 0; i < COLUMNS.length; i++) {
			if (COLUMNS[i] == column) {
				table.setSortColumn(table.getColumn(i));
			}
		}
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		index.setSort(column, up);
		showRows();
	}

	/** Shows the contacts that match the text now, without waiting for typing to pause (for tools and benchmarks). */
	public void filterNow(String text) {
		filter.setText(text);
		applyFilter();
	}

	private void applyFilter() {
		if (filter.isDisposed() || filter.getText().equals(index.getFilter())) {
			return;
		}
		index.setFilter(filter.getText());
		showRows();
		if (viewer.getTable().getItemCount() > 0) {
			viewer.getTable().setTopIndex(0);
		}
	}

	private void reindex() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		NetworkingPlan plan = editor == null ? null : editor.getPlan();
		Contact[] before = index.rows();
		Set<Object> changed = pendingChanges;
		pendingChanges = Collections.newSetFromMap(new IdentityHashMap<>());
		index.setContacts(plan == null ? Collections.emptyList() : plan.getContacts(), changed);
		showRows(before, changed);
	}

	/** Both sets of changed objects; {@code null} (unknown) when either is. */
	private static Set<Object> merged(Set<Object> pending, Set<Object> more) {
		if (pending == null || more == null) {
			return null;
		}
		pending.addAll(more);
		return pending;
	}

	/** Shows the index's rows after a filter or sort: every row is new. */
	private void showRows() {
		showRows(null, null);
	}

	/**
	 * Shows the index's rows: sets the count and clears the rows that show something new (all when {@code changed}
	 * is unknown), which the table asks for again when shown.
	 */
	private void showRows(Contact[] before, Set<Object> changed) {
		Table table = viewer.getTable();
		List<Contact> selected = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			if (item.getData() instanceof Contact contact) {
				selected.add(contact);
			}
		}
		Contact[] rows = index.rows();
		VirtualRows.show(viewer, before, rows, changed);
		if (!selected.isEmpty()) {
			List<Integer> keep = new ArrayList<>();
			for (Contact contact : selected) {
				int row = index.indexOf(contact);
				if (row >= 0) {
					viewer.replace(contact, row);
					keep.add(Integer.valueOf(row));
				}
			}
			table.setSelection(keep.stream().mapToInt(Integer::intValue).toArray());
		}
		NumberFormat numbers = NumberFormat.getIntegerInstance();
		String shown = numbers.format(rows.length);
		String text = rows.length == index.total()
				? NLS.bind(org.rapport.ui.internal.views.contacts.Messages.ContactsView_countAll, shown)
				: NLS.bind(org.rapport.ui.internal.views.contacts.Messages.ContactsView_count, shown,
						numbers.format(index.total()));
		// after most edits the count stays: setting it again would make GTK measure and lay out the view
		if (!text.equals(count.getText())) {
			count.setText(text);
			count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
		}
		boolean none = editor != null && index.total() == 0;
		GridData emptyData = (GridData) empty.getLayoutData();
		if (empty.getVisible() != none || emptyData.exclude == none) {
			empty.setVisible(none);
			emptyData.exclude = !none;
			empty.getParent().layout(true);
		}
	}

	/** The hint's links: Add Contact, or the contacts import wizard, for the plan in the active editor. */
	private void emptyAction(String href) {
		if (editor == null) {
			return;
		}
		getSite().getPage().activate(editor);
		String command = "add".equals(href) ? UiIds.COMMAND_ADD_CONTACT : href; //$NON-NLS-1$
		try {
			ParameterizedCommand parameterized = getSite().getService(ICommandService.class).deserialize(command);
			getSite().getService(IHandlerService.class).executeCommand(parameterized, null);
		} catch (CommandException e) {
			ILog.of(ContactsView.class).error(command, e);
		}
	}

	private void setEditor(PlanEditor newEditor) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		NetworkingPlan plan = newEditor == null ? null : newEditor.getPlan();
		if (newEditor == editor && plan == shownPlan) {
			return;
		}
		editor = newEditor;
		shownPlan = plan;
		undoAction.setEditingDomain(plan == null ? null : newEditor.getEditingDomain());
		redoAction.setEditingDomain(plan == null ? null : newEditor.getEditingDomain());
		refresher.attach(plan);
		// another plan: every row is new
		pendingChanges = null;
		viewer.getTable().deselectAll();
		reindex();
		setContentDescription(plan == null ? Messages.ContactsView_noPlan : RapportLabels.text(plan));
		getViewSite().getActionBars().updateActionBars();
	}

	/** The editor whose contacts are shown, or {@code null}. */
	public PlanEditor getEditor() {
		return editor;
	}

	/** The rows shown, in order (for tests and tools). */
	public List<Contact> getRows() {
		return List.of(index.rows());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage() {
				@Override
				public void setActionBars(IActionBars actionBars) {
					super.setActionBars(actionBars);
					actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
					actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
				}
			};
			// The contacts belong to whichever editor is tracked: use that editor's domain, found from the object.
			page.setPropertySourceProvider(new ItemPropertySourceProvider(null));
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		undoAction.dispose();
		redoAction.dispose();
		super.dispose();
	}
}
