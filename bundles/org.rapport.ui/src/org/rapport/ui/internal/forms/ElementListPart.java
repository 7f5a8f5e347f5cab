/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.edit.provider.RapportIcons;
import org.rapport.ui.UiIds;
import org.rapport.ui.emf.ItemImages;

/**
 * The master side of a form page: the elements of one containment list of the plan (goals, audiences,
 * opportunities…) in a sortable, filterable table with Add and Remove. Its selection drives the page's details
 * and the Properties view. Add and Remove are commands on the editor's stack; Remove also removes the references
 * to what it deletes. The Delete key removes while the table has the focus. The table's context menu holds Add,
 * the list's own buttons and Delete, and is registered with the editor's site as {@link #menuId} so that other
 * contributions (Merge Contacts, Log Interaction) can join it.
 * <p>
 * A virtual list creates only the rows in view, over {@link ElementRows} (filtered and sorted in plain Java), so
 * that lists of many thousands open, filter and sort fast; its filter applies once typing pauses.
 * </p>
 *
 * @param <T> the type of the elements
 */
public class ElementListPart<T extends EObject> extends SectionPart {

	/** How long typing in the filter of a virtual list pauses before the filter applies, in milliseconds. */
	public static final int FILTER_DELAY = 150;

	private final MasterDetailsFormPage page;
	private final EReference containment;
	private final Class<T> type;
	private final String id;
	private final VirtualTableViewer viewer;
	private final Composite client;
	private final Label count;
	private final ResourceManager resources;
	private final List<ElementColumn<T>> columns = new ArrayList<>();
	private Text filterText;
	/** Says what belongs in the list while the plan has none of it; {@code null} without a hint. */
	private Link emptyHint;
	private String filter = ""; //$NON-NLS-1$
	/** Shows every element: without another scope or user filter the list shows the plan's list as it is. */
	private final Predicate<? super T> everything = e -> true;
	private Predicate<? super T> scope = everything;
	private Predicate<? super T> userFilter = everything;
	private final NumberFormat numbers = NumberFormat.getIntegerInstance();
	private Runnable clearUserFilter = () -> {
	};
	private final List<ListButton> buttons = new ArrayList<>();
	private Composite buttonColumn;
	private Consumer<? super T> initializer = e -> {
	};
	private Button remove;
	/** The rows of a virtual list; {@code null} for a list that filters and sorts its items in the viewer. */
	private ElementRows<T> rows;
	private int sortIndex;
	private boolean ascending = true;
	private boolean initialized;
	private final Runnable applyFilter = this::applyFilter;
	private Predicate<? super T> highlighted = e -> false;
	private Color highlightBackground;
	private Color highlightForeground;
	private final Action addAction = new Action(Messages.List_add) {
		@Override
		public void run() {
			addElement();
		}
	};
	private final Action deleteAction = new Action(Messages.List_delete) {
		@Override
		public void run() {
			removeSelected();
		}
	};

	/**
	 * @param containment the plan's list shown (its elements are also created by Add)
	 * @param id the {@link UiIds#KEY} of the table; the filter, Add and Remove get {@code id + ".filter"} etc.
	 */
	public ElementListPart(MasterDetailsFormPage page, Composite parent, FormToolkit toolkit, String title,
			String description, EReference containment, Class<T> type, String id) {
		this(page, parent, toolkit, title, description, containment, type, id, false);
	}

	/**
	 * @param virtual whether the table creates only the rows in view (for lists of thousands); its rows are
	 *            matched and ordered by the columns' texts and orders, or by {@link #rows(ElementRows)}
	 */
	public ElementListPart(MasterDetailsFormPage page, Composite parent, FormToolkit toolkit, String title,
			String description, EReference containment, Class<T> type, String id, boolean virtual) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.page = page;
		this.containment = containment;
		this.type = type;
		this.id = id;
		Section section = getSection();
		section.setText(title);
		section.setDescription(description);
		GridData sectionData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sectionData.widthHint = 120;
		section.setLayoutData(sectionData);
		client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);

		Table table = toolkit.createTable(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL
				| (virtual ? SWT.VIRTUAL : SWT.NONE));
		table.setData(UiIds.KEY, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 120;
		tableData.widthHint = 120;
		table.setLayoutData(tableData);
		resources = new LocalResourceManager(JFaceResources.getResources(), table);
		viewer = new VirtualTableViewer(table);
		viewer.setUseHashlookup(true);
		if (virtual) {
			rows = new ColumnRows<>(columns);
			viewer.setContentProvider(new ILazyContentProvider() {
				@Override
				public void updateElement(int row) {
					if (row < rows.size()) {
						viewer.replace(rows.get(row), row);
					}
				}

				@Override
				public void inputChanged(Viewer v, Object oldInput, Object newInput) {
					// the part sets the rows itself
				}
			});
		} else {
			viewer.setContentProvider(ArrayContentProvider.getInstance());
			viewer.addFilter(new ViewerFilter() {
				@Override
				public boolean select(Viewer v, Object parentElement, Object element) {
					return type.isInstance(element) && scope.test(type.cast(element))
							&& userFilter.test(type.cast(element)) && matches(type.cast(element));
				}
			});
		}

		buttonColumn = toolkit.createComposite(client);
		GridLayout buttonsLayout = new GridLayout(1, false);
		buttonsLayout.marginWidth = 0;
		buttonsLayout.marginHeight = 0;
		buttonColumn.setLayout(buttonsLayout);
		buttonColumn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttonColumn, Messages.List_add, SWT.PUSH);
		add.setData(UiIds.KEY, id + ".add"); //$NON-NLS-1$
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, e -> addElement());
		remove = toolkit.createButton(buttonColumn, Messages.List_remove, SWT.PUSH);
		remove.setData(UiIds.KEY, id + ".remove"); //$NON-NLS-1$
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, e -> removeSelected());

		count = toolkit.createLabel(client, ""); //$NON-NLS-1$
		count.setData(UiIds.KEY, id + ".count"); //$NON-NLS-1$
		GridData countData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		countData.horizontalSpan = 2;
		count.setLayoutData(countData);

		deleteAction.setId(ActionFactory.DELETE.getId());
		deleteAction.setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
		deleteAction.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		viewer.addSelectionChangedListener(e -> {
			updateButtons();
			page.listSelectionChanged(this, e.getSelection());
		});
		table.addListener(SWT.FocusIn, e -> {
			setDeleteHandler(deleteAction);
			page.listActivated(this);
		});
		table.addListener(SWT.FocusOut, e -> setDeleteHandler(null));

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		table.setMenu(menu.createContextMenu(table));
		page.getEditor().getEditorSite().registerContextMenu(menuId(id), menu, viewer, false);
	}

	/**
	 * The id of a list's context menu, for {@code popup:} menu contributions: the editor's id, a dot and the
	 * list's {@link UiIds#KEY}, as in {@code org.rapport.ui.editors.plan.contacts.table}.
	 */
	public static String menuId(String listId) {
		return UiIds.EDITOR + '.' + listId;
	}

	private void fillContextMenu(IMenuManager menu) {
		menu.add(addAction);
		if (!buttons.isEmpty()) {
			menu.add(new Separator());
			List<T> selected = selected();
			for (ListButton entry : buttons) {
				Action action = new Action(entry.button.getText()) {
					@Override
					public void run() {
						entry.button.notifyListeners(SWT.Selection, null);
					}
				};
				action.setToolTipText(entry.button.getToolTipText());
				action.setEnabled(entry.enabled.test(selected));
				menu.add(action);
			}
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(deleteAction);
	}

	/** Adds a filter field above the table: shows only the elements whose columns contain every typed word. */
	public ElementListPart<T> withFilter(String hint) {
		filterText = getManagedFormToolkit().createText(client, "", //$NON-NLS-1$
				SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filterText.setMessage(hint);
		filterText.setData(UiIds.KEY, id + ".filter"); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalSpan = 2;
		data.widthHint = 100; // the hint text must not widen the page past the editor
		filterText.setLayoutData(data);
		filterText.moveAbove(viewer.getTable());
		filterText.addModifyListener(e -> {
			if (rows != null) {
				// typing restarts the timer: thousands of rows are matched once typing pauses
				filterText.getDisplay().timerExec(FILTER_DELAY, applyFilter);
				return;
			}
			filter = normalize(filterText.getText());
			refresh();
		});
		return this;
	}

	/**
	 * Says, while the plan holds nothing of what the list shows, what belongs there and offers the actions that add
	 * it. The text is in the markup of an SWT {@link Link}: {@code <a href="add">} adds an element as Add does; any
	 * other href is a serialized command ({@code ICommandService.deserialize}), run with the editor active.
	 */
	public ElementListPart<T> emptyHint(String text) {
		emptyHint = new Link(client, SWT.WRAP);
		getManagedFormToolkit().adapt(emptyHint, false, false);
		emptyHint.setText(text);
		emptyHint.setData(UiIds.KEY, id + ".empty"); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.horizontalSpan = 2;
		data.widthHint = 100; // wraps within the section rather than widening the page
		emptyHint.setLayoutData(data);
		emptyHint.moveAbove(filterText != null ? filterText : viewer.getTable());
		emptyHint.addListener(SWT.Selection, e -> emptyHintAction(e.text));
		return this;
	}

	private void emptyHintAction(String href) {
		if ("add".equals(href)) { //$NON-NLS-1$
			addElement();
			viewer.getControl().setFocus();
			return;
		}
		var site = page.getEditor().getSite();
		try {
			ParameterizedCommand command = site.getService(ICommandService.class).deserialize(href);
			site.getService(IHandlerService.class).executeCommand(command, null);
		} catch (CommandException e) {
			// an action of the hint that cannot run is a bug in the hint; the user can still use the menus
			ILog.of(ElementListPart.class).error(href, e);
		}
	}

	/** The hint shown while the list is empty, or {@code null}. */
	public Link getEmptyHint() {
		return emptyHint;
	}

	/**
	 * Uses other rows for a virtual list (an index the page already has, such as the contacts'); the column indexes
	 * it is ordered by are those of this list's columns.
	 */
	public ElementListPart<T> rows(ElementRows<T> custom) {
		if (rows == null) {
			throw new IllegalStateException("rows are for virtual lists"); //$NON-NLS-1$
		}
		rows = custom;
		if (!columns.isEmpty()) {
			rows.setOrder(sortIndex, ascending);
		}
		return this;
	}

	/** Whether the table creates only the rows in view. */
	public boolean isVirtual() {
		return rows != null;
	}

	/** Shows the elements matching the filter typed, now, without waiting for typing to pause. */
	public void applyFilter() {
		if (rows == null || filterText == null || filterText.isDisposed()) {
			return;
		}
		String typed = normalize(filterText.getText());
		if (typed.equals(filter)) {
			return;
		}
		filter = typed;
		rows.setFilter(filter);
		showRows();
		if (viewer.getTable().getItemCount() > 0) {
			viewer.getTable().setTopIndex(0);
		}
	}

	private FormToolkit getManagedFormToolkit() {
		return page.getManagedForm().getToolkit();
	}

	public ElementListPart<T> column(ElementColumn<T> column) {
		columns.add(column);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.numeric() ? SWT.RIGHT : SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		boolean first = columns.size() == 1;
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? ElementColumn.nonNull(column.text().apply(type.cast(element))) : ""; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				if (!first) {
					return null;
				}
				ImageDescriptor icon = ItemImages.descriptor(RapportIcons.image(element));
				return icon == null ? null : resources.create(icon);
			}

			@Override
			public Color getBackground(Object element) {
				return isHighlighted(element) ? highlightBackground : null;
			}

			@Override
			public Color getForeground(Object element) {
				return isHighlighted(element) ? highlightForeground : null;
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

	/** Colors the rows of the elements that pass (overdue follow-ups), as the Contacts view colors overdue contacts. */
	public ElementListPart<T> highlight(Predicate<? super T> test, RGB background, RGB foreground) {
		highlighted = test;
		highlightBackground = resources.create(ColorDescriptor.createFrom(background));
		highlightForeground = resources.create(ColorDescriptor.createFrom(foreground));
		return this;
	}

	private boolean isHighlighted(Object element) {
		return type.isInstance(element) && highlighted.test(type.cast(element));
	}

	/** Shows only the elements that pass (a pipeline stage, a direction of the ledger). */
	public ElementListPart<T> scope(Predicate<? super T> test) {
		scope = test;
		return this;
	}

	/**
	 * Narrows the list by a condition the user sets with the page's own controls (online or offline, a pipeline
	 * stage), re-read on every {@link #refresh()}; the count then says how many of all are shown. To show an element
	 * the condition hides, {@link #select} runs {@code clear}, which must reset the condition and its controls.
	 */
	public ElementListPart<T> userFilter(Predicate<? super T> test, Runnable clear) {
		userFilter = test;
		clearUserFilter = clear;
		return this;
	}

	/**
	 * Adds a row above the table (below the filter field) for the page's controls that narrow or explain the list;
	 * they wrap onto a second line when the list is narrow.
	 */
	public Composite createBar() {
		Composite bar = getManagedFormToolkit().createComposite(client);
		bar.setLayout(wrappingRow());
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalSpan = 2;
		data.widthHint = 80;
		bar.setLayoutData(data);
		bar.moveAbove(viewer.getTable());
		return bar;
	}

	/** A row of controls, centred on a line, that wraps onto more lines when it has not the width for all. */
	public static RowLayout wrappingRow() {
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.marginLeft = 0;
		layout.marginRight = 0;
		layout.marginTop = 0;
		layout.marginBottom = 0;
		return layout;
	}

	/**
	 * Adds a button below Add and Remove that acts on the selected elements (Move to next stage, Say thanks…),
	 * enabled while {@code enabled} accepts the selection.
	 *
	 * @param toolTip what it does, or {@code null}
	 * @param id the button's {@link UiIds#KEY}
	 */
	public ElementListPart<T> button(String label, String toolTip, String id, Predicate<List<T>> enabled,
			Consumer<List<T>> action) {
		Button button = getManagedFormToolkit().createButton(buttonColumn, label, SWT.PUSH);
		button.setToolTipText(toolTip);
		button.setData(UiIds.KEY, id);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		ListButton entry = new ListButton(button, enabled);
		buttons.add(entry);
		button.addListener(SWT.Selection, e -> {
			List<T> selected = selected();
			if (enabled.test(selected)) {
				page.getEditor().commitPendingEdits();
				action.accept(selected);
			}
		});
		updateButtons();
		return this;
	}

	/** The selected elements, in the order shown. */
	public List<T> selected() {
		List<T> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (type.isInstance(element)) {
				selected.add(type.cast(element));
			}
		}
		return selected;
	}

	/** Sorts by the column at that index (of those added), as a click on its header does. */
	public ElementListPart<T> sortBy(int columnIndex, boolean ascending) {
		sortBy(viewer.getTable().getColumn(columnIndex), columns.get(columnIndex), ascending ? SWT.UP : SWT.DOWN);
		return this;
	}

	/** Sets the fields of an element the Add button creates, before it is added. */
	public ElementListPart<T> initializer(Consumer<? super T> init) {
		initializer = init;
		return this;
	}

	private void sortBy(TableColumn tableColumn, ElementColumn<T> column, int direction) {
		Table table = viewer.getTable();
		table.setSortColumn(tableColumn);
		table.setSortDirection(direction);
		sortIndex = columns.indexOf(column);
		ascending = direction == SWT.UP;
		if (rows != null) {
			rows.setOrder(sortIndex, ascending);
			if (initialized) {
				showRows();
			}
			return;
		}
		Comparator<T> order = direction == SWT.UP ? column.order() : column.order().reversed();
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return order.compare(type.cast(a), type.cast(b));
			}
		});
	}

	private boolean matches(T element) {
		if (filter.isEmpty()) {
			return true;
		}
		StringBuilder all = new StringBuilder();
		for (ElementColumn<T> column : columns) {
			all.append(column.text().apply(element)).append(' ');
		}
		String text = normalize(all.toString());
		for (String word : filter.split("\\s+")) { //$NON-NLS-1$
			if (!word.isEmpty() && !text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Lower case without accents, so that "jose" finds "José". */
	static String normalize(String text) {
		String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD); //$NON-NLS-1$
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void initialize(IManagedForm form) {
		super.initialize(form);
		initialized = true;
		if (rows != null) {
			viewer.setInput(rows);
			rows.setElements(elements());
			showRows();
		} else {
			viewer.setInput(page.getEditor().getPlan().eGet(containment));
		}
		updateCount();
		updateButtons();
	}

	@Override
	public void refresh() {
		refresh(null);
	}

	/**
	 * Brings the list up to date; {@code changed} names the objects changed since the last refresh (or is
	 * {@code null} when unknown), so that a virtual list clears only the rows that show something new.
	 */
	public void refresh(Set<Object> changed) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (rows != null) {
			Object[] before = shownRows();
			rows.setElements(elements(), changed);
			showRows(before, changed);
		} else {
			viewer.refresh();
		}
		updateCount();
		updateButtons();
		super.refresh();
	}

	/** The elements of the plan's list that this list shows before the typed filter (scope and user filter). */
	@SuppressWarnings("unchecked")
	private List<T> elements() {
		List<?> all = (List<?>) page.getEditor().getPlan().eGet(containment);
		if (showsAll()) {
			// no element looked at: with 10,000 contacts a pass that reads each costs more than the edit
			return new ArrayList<>((List<T>) all);
		}
		List<T> elements = new ArrayList<>();
		for (Object element : all) {
			if (type.isInstance(element) && scope.test(type.cast(element)) && userFilter.test(type.cast(element))) {
				elements.add(type.cast(element));
			}
		}
		return elements;
	}

	/**
	 * Shows the rows of a virtual list: sets the count and clears the items, which the table asks for again as it
	 * shows them. The selected elements stay selected where they still are; when some are gone, the selection
	 * changes (and the details follow).
	 */
	private void showRows() {
		showRows(null, null);
	}

	private Object[] shownRows() {
		Object[] shown = new Object[rows.size()];
		for (int i = 0; i < shown.length; i++) {
			shown[i] = rows.get(i);
		}
		return shown;
	}

	private void showRows(Object[] before, Set<Object> changed) {
		Table table = viewer.getTable();
		// the items still hold the elements of the rows before the change (the viewer would ask the new rows)
		List<Object> selected = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			if (item.getData() != null) {
				selected.add(item.getData());
			}
		}
		VirtualRows.show(viewer, before, shownRows(), changed);
		List<T> kept = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (Object element : selected) {
			int row = type.isInstance(element) ? rows.indexOf(type.cast(element)) : -1;
			if (row >= 0) {
				// the row gets its element now, so that the viewer finds it there
				viewer.replace(element, row);
				kept.add(type.cast(element));
				indexes.add(row);
			}
		}
		if (kept.size() == selected.size()) {
			// the same selection: the rows, quietly (the details stay as they are)
			table.setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
		} else {
			viewer.setSelection(new StructuredSelection(kept));
		}
		if (initialized) {
			updateCount();
		}
	}

	/** Whether the list shows every element of the plan's list (no scope, no user filter, all of the type). */
	private boolean showsAll() {
		return scope == everything && userFilter == everything
				&& type.isAssignableFrom(containment.getEReferenceType().getInstanceClass());
	}

	private void updateCount() {
		int shown = rows != null ? rows.size() : viewer.getTable().getItemCount();
		List<?> list = (List<?>) page.getEditor().getPlan().eGet(containment);
		int all = scope == everything && type.isAssignableFrom(containment.getEReferenceType().getInstanceClass())
				? list.size()
				: (int) list.stream().filter(e -> type.isInstance(e) && scope.test(type.cast(e))).count();
		if (emptyHint != null) {
			boolean show = all == 0;
			if (emptyHint.getVisible() != show || ((GridData) emptyHint.getLayoutData()).exclude == show) {
				emptyHint.setVisible(show);
				((GridData) emptyHint.getLayoutData()).exclude = !show;
				client.layout(true, true);
			}
		}
		String text = shown == all ? NLS.bind(Messages.List_count, numbers.format(all))
				: NLS.bind(Messages.List_countFiltered, numbers.format(shown), numbers.format(all));
		// the same text set again still makes GTK measure the label and repaint the section around it
		if (!text.equals(count.getText())) {
			count.setText(text);
		}
	}

	private void updateButtons() {
		boolean any = !viewer.getStructuredSelection().isEmpty();
		remove.setEnabled(any);
		deleteAction.setEnabled(any);
		if (!buttons.isEmpty()) {
			List<T> selected = selected();
			for (ListButton button : buttons) {
				if (!button.button.isDisposed()) {
					button.button.setEnabled(button.enabled.test(selected));
				}
			}
		}
	}

	/** A button added by {@link #button} and when it is enabled. */
	private final class ListButton {
		final Button button;
		final Predicate<List<T>> enabled;

		ListButton(Button button, Predicate<List<T>> enabled) {
			this.button = button;
			this.enabled = enabled;
		}
	}

	private void setDeleteHandler(Action action) {
		IActionBars bars = page.getEditor().getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), action);
		bars.updateActionBars();
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** The plan's list shown here. */
	public EReference getContainment() {
		return containment;
	}

	/** How many rows are shown. */
	public int getItemCount() {
		return viewer.getTable().getItemCount();
	}

	/** The row showing the element, or -1. */
	public int getRowOf(T element) {
		if (rows != null) {
			return rows.indexOf(element);
		}
		for (int row = 0; row < viewer.getTable().getItemCount(); row++) {
			if (viewer.getElementAt(row) == element) {
				return row;
			}
		}
		return -1;
	}

	/** The element of a row (also of a virtual row not yet shown). */
	public T getElementAt(int row) {
		if (rows != null) {
			return row >= 0 && row < rows.size() ? rows.get(row) : null;
		}
		Object element = viewer.getElementAt(row);
		return type.isInstance(element) ? type.cast(element) : null;
	}

	/** Whether this list shows the object (it is in the plan's list and in this list's scope). */
	public boolean contains(EObject object) {
		return type.isInstance(object) && ((List<?>) page.getEditor().getPlan().eGet(containment)).contains(object)
				&& scope.test(type.cast(object));
	}

	/** Selects and reveals the element, clearing a filter that hides it. */
	public void select(EObject element) {
		if (rows != null) {
			if (!type.isInstance(element)) {
				return;
			}
			if (!userFilter.test(type.cast(element))) {
				clearUserFilter.run();
				refresh();
			}
			if (rows.indexOf(type.cast(element)) < 0 && filterText != null && !filterText.getText().isEmpty()) {
				filterText.setText(""); //$NON-NLS-1$
				applyFilter();
			}
			int row = rows.indexOf(type.cast(element));
			if (row >= 0) {
				// a row not shown yet gets its element now, so that the viewer finds it there
				viewer.replace(element, row);
				viewer.setSelection(new StructuredSelection(element), true);
			}
			return;
		}
		if (filterText != null && type.isInstance(element) && !matches(type.cast(element))) {
			filterText.setText(""); //$NON-NLS-1$
		}
		if (type.isInstance(element) && !userFilter.test(type.cast(element))) {
			clearUserFilter.run();
			refresh();
		}
		viewer.setSelection(new StructuredSelection(element), true);
	}

	/** Creates an element, adds it to the plan (undoable), selects it and puts the cursor in its first field. */
	public T addElement() {
		page.getEditor().commitPendingEdits();
		T element = type.cast(EcoreUtil.create(containment.getEReferenceType()));
		initializer.accept(element);
		EditingDomain domain = page.getEditor().getEditingDomain();
		Command add = AddCommand.create(domain, page.getEditor().getPlan(), containment, element);
		if (!add.canExecute()) {
			return null;
		}
		domain.getCommandStack().execute(add);
		if (filterText != null && !filterText.getText().isEmpty()) {
			filterText.setText(""); //$NON-NLS-1$
			applyFilter();
		}
		refresh();
		select(element);
		page.focusDetails();
		return element;
	}

	/** Deletes the selected elements and every reference to them, as one command. */
	public void removeSelected() {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		int index = viewer.getTable().getSelectionIndex();
		page.getEditor().commitPendingEdits();
		Command delete = DeleteCommand.create(page.getEditor().getEditingDomain(), new ArrayList<>(selected));
		if (!delete.canExecute()) {
			return;
		}
		page.getEditor().getEditingDomain().getCommandStack().execute(delete);
		refresh();
		int items = viewer.getTable().getItemCount();
		if (items > 0) {
			select(getElementAt(Math.min(index, items - 1)));
		}
	}
}
