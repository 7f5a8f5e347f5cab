/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.resource.JFaceResources;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.Agenda.LosingTouch;
import org.rapport.core.followup.Agenda.Occasion;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.followup.Snooze;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Images;
import org.rapport.ui.internal.actions.RedoAction;
import org.rapport.ui.internal.actions.UndoAction;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.agenda.AgendaLabels;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.agenda.RescheduleDialog;
import org.rapport.ui.internal.editors.interactions.InteractionsPage;
import org.rapport.ui.internal.editors.ModelRefresher;
import org.rapport.ui.internal.interaction.LogInteraction;

/**
 * The agenda of the plan in the active plan editor, as the core computes it ({@link Agenda}): follow-ups overdue,
 * due today, later this week, next week and later in the next 30 days, and the people you are losing touch with,
 * with a count per group. Done (D), Snooze (S tomorrow, W next week, M next month, or a chosen day), Log
 * Interaction (L, with every selected person ticked) and Schedule Next Attempt act on the selection as commands
 * of the plan's stack; they are in the tool bar and each row's context menu. The view follows every change of
 * the plan and of the Networking preferences. Double-click shows the object in the editor.
 */
public class AgendaView extends ViewPart {

	/** Room for a name of about twenty characters and "Later this week (12)" in bold. */
	private static final int WHAT_MIN_WIDTH = 190;
	/** The tree's indent under a section and the cell's margins. */
	private static final int CELL_ROOM = 52;

	public static final String ID = AgendaIds.VIEW;

	/** A section row; equal by section so that expansion survives refreshes. */
	public static final class SectionNode {
		private final Section section;
		private final List<?> entries;

		SectionNode(Section section, List<?> entries) {
			this.section = section;
			this.entries = entries;
		}

		public Section section() {
			return section;
		}

		public List<?> entries() {
			return entries;
		}

		@Override
		public boolean equals(Object obj) {
			return obj instanceof SectionNode other && other.section == section;
		}

		@Override
		public int hashCode() {
			return section.hashCode();
		}
	}

	private Link nothingDue;
	/**
	 * The last row of a long section: how many more there are. Double-click shows them all; a sidebar of
	 * thousands of rows would cost every edit its refresh, and nobody reads past the first hundred.
	 */
	public record MoreRow(Section section, int hidden) {
	}

	/** How many rows a section shows before its {@link MoreRow}. */
	public static final int ROWS_PER_SECTION = 100;

	private TreeViewer viewer;
	private ModelRefresher refresher;
	private final Set<Section> showAll = EnumSet.noneOf(Section.class);
	private PlanEditorTracker tracker;
	private PlanEditor editor;
	private Agenda agenda;
	private final UndoAction undoAction = new UndoAction();
	private final RedoAction redoAction = new RedoAction();
	private Action doneAction;
	private Action rescheduleAction;
	private Action snoozeTomorrowAction;
	private Action snoozeNextWeekAction;
	private Action snoozeNextMonthAction;
	private Action logAction;
	private Action nextAttemptAction;
	private final IPreferenceChangeListener preferenceListener = e -> Display.getDefault().asyncExec(this::refreshIfShown);
	/** Whether the plan changed while the view was hidden (behind another view's tab): it catches up when shown. */
	private boolean stale;
	private final org.eclipse.ui.IPartListener2 visibility = new org.eclipse.ui.IPartListener2() {
		@Override
		public void partVisible(org.eclipse.ui.IWorkbenchPartReference ref) {
			if (ref.getPart(false) == AgendaView.this && stale) {
				refresh();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, UiIds.HELP_VIEW_AGENDA);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout bodyLayout = new GridLayout(1, false);
		bodyLayout.marginWidth = 0;
		bodyLayout.marginHeight = 0;
		body.setLayout(bodyLayout);
		nothingDue = new Link(body, SWT.WRAP);
		nothingDue.setText(AgendaMessages.Agenda_nothingDue);
		nothingDue.setData(UiIds.KEY, AgendaIds.NOTHING_DUE);
		GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
		hintData.widthHint = 100; // wraps within the view rather than widening it
		hintData.horizontalIndent = 4;
		hintData.verticalIndent = 4;
		nothingDue.setLayoutData(hintData);
		nothingDue.addListener(SWT.Selection, e -> nothingDueAction(e.text));
		Composite treeParent = new Composite(body, SWT.NONE);
		treeParent.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TreeColumnLayout columns = new TreeColumnLayout();
		treeParent.setLayout(columns);
		Tree tree = new Tree(treeParent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setData(UiIds.KEY, AgendaIds.TREE);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(false);
		viewer = new TreeViewer(tree);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ContentProvider());
		// wide enough for most names and the sections' titles; a longer one gives its whole text as a tooltip
		column(columns, AgendaMessages.Agenda_columnWhat, 40, WHAT_MIN_WIDTH, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof MoreRow more) {
					return NLS.bind(AgendaMessages.Agenda_showMore,
							NumberFormat.getIntegerInstance().format(more.hidden()));
				}
				return element instanceof SectionNode node ? AgendaLabels.section(node.section(), node.entries().size())
						: AgendaLabels.what(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof SectionNode ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				String text = getText(element);
				return fits(tree, tree.getColumn(0), text, getFont(element)) ? null : text;
			}
		});
		column(columns, AgendaMessages.Agenda_columnWhen, 22, 92, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof SectionNode || element instanceof MoreRow ? "" : AgendaLabels.when(element); //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof SectionNode || element instanceof MoreRow ? null
						: AgendaLabels.whenLong(element, agenda);
			}
		});
		column(columns, AgendaMessages.Agenda_columnDetails, 40, 80, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof SectionNode || element instanceof MoreRow ? "" : AgendaLabels.details(element); //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				String details = getText(element);
				return details.isEmpty() ? null : details;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);

		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (editor == null) {
				return;
			}
			if (first instanceof FollowUp followUp) {
				editor.select(followUp);
			} else if (first instanceof LosingTouch losing) {
				editor.showContact(losing.contact());
			} else if (first instanceof Occasion occasion) {
				editor.showContact(occasion.contact());
			} else if (first instanceof SectionNode node) {
				viewer.setExpandedState(node, !viewer.getExpandedState(node));
			} else if (first instanceof MoreRow more) {
				showAll.add(more.section());
				viewer.refresh();
			}
		});
		getSite().setSelectionProvider(viewer);
		refresher = new ModelRefresher(tree, this::refreshIfShown);
		// single keys, as in a mail client: SWT turns off GTK's type-ahead search, so letters reach the tree
		tree.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MODIFIER_MASK) != 0) {
				return;
			}
			Action action = switch (Character.toLowerCase(e.character)) {
			case 'd' -> doneAction;
			case 's' -> snoozeTomorrowAction;
			case 'w' -> snoozeNextWeekAction;
			case 'm' -> snoozeNextMonthAction;
			case 'l' -> logAction;
			default -> null;
			};
			if (action != null) {
				e.doit = false;
				if (action.isEnabled()) {
					action.run();
				}
			}
		});

		createActions();
		viewer.addSelectionChangedListener(e -> updateActions());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		tree.setMenu(menu.createContextMenu(tree));
		getSite().registerContextMenu(menu, viewer);

		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		IToolBarManager toolBar = bars.getToolBarManager();
		toolBar.add(doneAction);
		toolBar.add(rescheduleAction);
		toolBar.add(nextAttemptAction);
		toolBar.add(logAction);

		FollowUpPreferences.node().addPreferenceChangeListener(preferenceListener);
		tracker = new PlanEditorTracker(getSite().getPage(), this::setEditor);
		getSite().getPage().addPartListener(visibility);
		updateActions();
	}

	private void column(TreeColumnLayout layout, String title, int weight, int minimum, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setResizable(true);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum, true));
	}

	/** Whether the text shows whole in the column (with room for the tree's indent and the cell's margins). */
	private static boolean fits(Tree tree, TreeColumn column, String text, Font font) {
		GC gc = new GC(tree);
		try {
			if (font != null) {
				gc.setFont(font);
			}
			return gc.textExtent(text).x + CELL_ROOM <= column.getWidth();
		} finally {
			gc.dispose();
		}
	}

	private void createActions() {
		doneAction = action(AgendaIds.ACTION_DONE, AgendaMessages.Agenda_done, AgendaMessages.Agenda_doneToolTip,
				this::markDone);
		doneAction.setImageDescriptor(Images.descriptor("icons/agenda_done.png")); //$NON-NLS-1$
		rescheduleAction = action(AgendaIds.ACTION_RESCHEDULE, AgendaMessages.Agenda_reschedule,
				AgendaMessages.Agenda_rescheduleToolTip, this::reschedule);
		rescheduleAction.setImageDescriptor(Images.descriptor("icons/agenda_reschedule.png")); //$NON-NLS-1$
		logAction = action(AgendaIds.ACTION_LOG, AgendaMessages.Agenda_logInteraction,
				AgendaMessages.Agenda_logInteractionToolTip, this::logInteraction);
		logAction.setImageDescriptor(Images.descriptor("icons/log_interaction.png")); //$NON-NLS-1$
		nextAttemptAction = action(AgendaIds.ACTION_NEXT_ATTEMPT, AgendaMessages.Agenda_scheduleNext,
				AgendaMessages.Agenda_scheduleNextToolTip, this::scheduleNextAttempt);
		nextAttemptAction.setImageDescriptor(Images.descriptor("icons/agenda_next.png")); //$NON-NLS-1$
		snoozeTomorrowAction = action(AgendaIds.ACTION_SNOOZE_TOMORROW, AgendaMessages.Agenda_snoozeTomorrow,
				AgendaMessages.Agenda_snoozeToolTip, () -> snooze(Snooze.TOMORROW));
		snoozeNextWeekAction = action(AgendaIds.ACTION_SNOOZE_NEXT_WEEK, AgendaMessages.Agenda_snoozeNextWeek,
				AgendaMessages.Agenda_snoozeToolTip, () -> snooze(Snooze.NEXT_WEEK));
		snoozeNextMonthAction = action(AgendaIds.ACTION_SNOOZE_NEXT_MONTH, AgendaMessages.Agenda_snoozeNextMonth,
				AgendaMessages.Agenda_snoozeToolTip, () -> snooze(Snooze.NEXT_MONTH));
	}

	private static Action action(String id, String text, String toolTip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setId(id);
		action.setToolTipText(toolTip);
		return action;
	}

	private void fillContextMenu(IMenuManager menu) {
		menu.add(doneAction);
		MenuManager snooze = new MenuManager(AgendaMessages.Agenda_snooze, AgendaIds.MENU_SNOOZE);
		snooze.add(snoozeTomorrowAction);
		snooze.add(snoozeNextWeekAction);
		snooze.add(snoozeNextMonthAction);
		snooze.add(rescheduleAction);
		menu.add(snooze);
		menu.add(nextAttemptAction);
		menu.add(new Separator());
		menu.add(logAction);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private List<FollowUp> selectedFollowUps() {
		List<FollowUp> result = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof FollowUp followUp) {
				result.add(followUp);
			}
		}
		return result;
	}

	private List<Contact> selectedContacts() {
		List<Contact> result = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			Contact contact = element instanceof FollowUp followUp ? followUp.getContact()
					: element instanceof LosingTouch losing ? losing.contact()
							: element instanceof Occasion occasion ? occasion.contact() : null;
			if (contact != null && !result.contains(contact)) {
				result.add(contact);
			}
		}
		return result;
	}

	private void updateActions() {
		boolean plan = editor != null && editor.getPlan() != null;
		List<FollowUp> followUps = selectedFollowUps();
		int selected = viewer.getStructuredSelection().size();
		boolean onlyFollowUps = !followUps.isEmpty() && followUps.size() == selected;
		doneAction.setEnabled(plan && onlyFollowUps);
		rescheduleAction.setEnabled(plan && onlyFollowUps);
		snoozeTomorrowAction.setEnabled(plan && onlyFollowUps);
		snoozeNextWeekAction.setEnabled(plan && onlyFollowUps);
		snoozeNextMonthAction.setEnabled(plan && onlyFollowUps);
		nextAttemptAction.setEnabled(plan && onlyFollowUps && followUps.size() == 1
				&& FollowUpCommands.hasNextAttempt(followUps.get(0)));
		logAction.setEnabled(plan);
	}

	private void execute(Command command) {
		if (editor != null && command.canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(command);
		}
	}

	private void markDone() {
		List<FollowUp> followUps = selectedFollowUps();
		if (editor == null || followUps.isEmpty()) {
			return;
		}
		LocalDate today = PlanClock.today();
		if (followUps.size() == 1) {
			execute(FollowUpCommands.done(editor.getEditingDomain(), followUps.get(0), today));
			return;
		}
		Command first = FollowUpCommands.done(editor.getEditingDomain(), followUps.get(0), today);
		CompoundCommand all = new CompoundCommand(first.getLabel());
		all.append(first);
		followUps.subList(1, followUps.size())
				.forEach(f -> all.append(FollowUpCommands.done(editor.getEditingDomain(), f, today)));
		execute(all);
	}

	private void snooze(Snooze snooze) {
		List<FollowUp> followUps = selectedFollowUps();
		if (editor != null && !followUps.isEmpty()) {
			LocalDate due = snooze.due(PlanClock.today(), FollowUpPreferences.current());
			execute(FollowUpCommands.snooze(editor.getEditingDomain(), followUps, due));
		}
	}

	private void reschedule() {
		List<FollowUp> followUps = selectedFollowUps();
		if (editor == null || followUps.isEmpty()) {
			return;
		}
		FollowUpSettings settings = FollowUpPreferences.current();
		String who = followUps.size() == 1 ? RapportLabels.contactName(followUps.get(0).getContact())
				: selectedContacts().stream().map(RapportLabels::contactName).collect(java.util.stream.Collectors.joining(", ")); //$NON-NLS-1$
		RescheduleDialog dialog = new RescheduleDialog(getSite().getShell(), who, settings.defaultDue(PlanClock.today()),
				settings);
		if (dialog.open() == Window.OK && dialog.getDate() != null) {
			execute(FollowUpCommands.snooze(editor.getEditingDomain(), followUps, dialog.getDate()));
		}
	}

	private void scheduleNextAttempt() {
		List<FollowUp> followUps = selectedFollowUps();
		if (editor == null || followUps.size() != 1 || !FollowUpCommands.hasNextAttempt(followUps.get(0))) {
			return;
		}
		LocalDate due = FollowUpPreferences.current().defaultDue(PlanClock.today());
		execute(FollowUpCommands.scheduleNextAttempt(editor.getEditingDomain(), editor.getPlan(), followUps.get(0), due));
	}

	private void logInteraction() {
		LogInteraction.open(getSite().getShell(), editor, selectedContacts());
	}

	private void setEditor(PlanEditor newEditor) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		NetworkingPlan plan = newEditor == null ? null : newEditor.getPlan();
		if (newEditor == editor && Objects.equals(plan, viewer.getInput())) {
			return;
		}
		editor = newEditor;
		undoAction.setEditingDomain(plan == null ? null : newEditor.getEditingDomain());
		redoAction.setEditingDomain(plan == null ? null : newEditor.getEditingDomain());
		refresher.attach(plan);
		agenda = Agenda.compute(plan, PlanClock.today(), FollowUpPreferences.current());
		viewer.setInput(plan);
		setContentDescription(plan == null ? AgendaMessages.Agenda_noPlan : status());
		updateNothingDue();
		updateActions();
		getViewSite().getActionBars().updateActionBars();
	}

	/** Says "Nothing due" above the tree while no section has anything in it, and the next step to take. */
	private void updateNothingDue() {
		NetworkingPlan plan = editor == null ? null : editor.getPlan();
		boolean show = plan != null && agenda != null
				&& Arrays.stream(Section.values()).allMatch(section -> agenda.entries(section).isEmpty());
		GridData data = (GridData) nothingDue.getLayoutData();
		if (nothingDue.getVisible() != show || data.exclude == show) {
			nothingDue.setVisible(show);
			data.exclude = !show;
			nothingDue.getParent().layout(true, true);
		}
	}

	private void nothingDueAction(String href) {
		if (editor == null) {
			return;
		}
		if (AgendaIds.NOTHING_DUE_INTERACTIONS.equals(href)) {
			getSite().getPage().activate(editor);
			editor.setActivePage(InteractionsPage.ID);
			return;
		}
		logInteraction();
	}

	private String status() {
		// the most urgent thing first; the plan's name when nothing is due (the title tooltip always names it)
		String next = AgendaLabels.next(agenda);
		setTitleToolTip(RapportLabels.text(editor.getPlan()));
		return next == null ? RapportLabels.text(editor.getPlan()) : next;
	}

	/**
	 * Recomputes the agenda now when the view is shown, else when it is shown next: a hidden tree of thousands of
	 * rows refreshed after every edit would cost every edit its time.
	 */
	private void refreshIfShown() {
		if (getSite().getPage().isPartVisible(this)) {
			refresh();
		} else {
			stale = true;
		}
	}

	/** Recomputes the agenda (after a change of the plan, of the preferences, or of the day). */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		NetworkingPlan plan = editor == null ? null : editor.getPlan();
		Agenda before = agenda;
		Set<Object> changed = refresher.changed();
		// after an edit, only what it touched, added or removed is looked at again; hidden, the view may have
		// missed changes
		agenda = before == null || stale ? Agenda.compute(plan, PlanClock.today(), FollowUpPreferences.current())
				: before.update(plan, changed, refresher.contents(), PlanClock.today(), FollowUpPreferences.current());
		stale = false;
		if (before != null && changed != null && sameRows(before, agenda)) {
			// the same rows: only those about what changed may read differently
			viewer.update(rowsAbout(changed).toArray(), null);
			setContentDescription(plan == null ? AgendaMessages.Agenda_noPlan : status());
			updateNothingDue();
			updateActions();
			return;
		}
		viewer.refresh();
		// sections that appear for the first time come expanded
		for (Object node : ((ITreeContentProvider) viewer.getContentProvider()).getElements(plan)) {
			if (!viewer.getExpandedState(node)) {
				viewer.expandToLevel(node, 1);
			}
		}
		setContentDescription(plan == null ? AgendaMessages.Agenda_noPlan : status());
		updateNothingDue();
		updateActions();
	}

	private static boolean sameRows(Agenda a, Agenda b) {
		if (!a.today().equals(b.today())) {
			return false;
		}
		for (Section section : Section.values()) {
			if (!a.entries(section).equals(b.entries(section))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The rows (of every section, shown or not) about a changed object: a follow-up, or its or a row's contact. The
	 * follow-ups come from the changed objects (a contact's own), not from a pass over every row that reads each.
	 */
	private Set<Object> rowsAbout(Set<Object> changed) {
		Set<Object> rows = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<Contact> contacts = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Object object : changed) {
			if (object instanceof FollowUp followUp) {
				rows.add(followUp);
			} else if (object instanceof Contact contact) {
				contacts.add(contact);
				rows.addAll(contact.getFollowUps());
			}
		}
		if (contacts.isEmpty()) {
			return rows;
		}
		// the people's rows: their contacts compared by identity, which reads no contact
		Contact[] few = contacts.toArray(new Contact[0]);
		for (Section section : Section.values()) {
			List<?> people = section == Section.LOSING_TOUCH ? agenda.losingTouch() : agenda.occasions(section);
			for (Object entry : people) {
				Contact contact = entry instanceof LosingTouch losing ? losing.contact() : ((Occasion) entry).contact();
				for (Contact one : few) {
					if (one == contact) {
						rows.add(entry);
						break;
					}
				}
			}
		}
		return rows;
	}

	/** Selects these rows (follow-ups, or people losing touch) and reveals the first. */
	public void select(IStructuredSelection selection) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			refresh();
			// a row past a section's first hundred: the section shows all its rows
			for (Section section : Section.values()) {
				List<?> entries = agenda.entries(section);
				for (Object element : selection) {
					int index = entries.indexOf(element);
					if (index >= ROWS_PER_SECTION && showAll.add(section)) {
						viewer.refresh();
					}
				}
			}
			viewer.setSelection(selection, true);
			viewer.getControl().setFocus();
		}
	}

	/** The agenda shown, for tests. */
	public Agenda getAgenda() {
		return agenda;
	}

	/** The editor whose plan is shown, or {@code null}. */
	public PlanEditor getEditor() {
		return editor;
	}

	private final class ContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			if (input == null || agenda == null) {
				return new Object[0];
			}
			List<SectionNode> nodes = new ArrayList<>();
			for (Section section : Section.values()) {
				nodes.add(new SectionNode(section, agenda.entries(section)));
			}
			return nodes.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (!(parent instanceof SectionNode node)) {
				return new Object[0];
			}
			List<?> entries = node.entries();
			if (entries.size() <= ROWS_PER_SECTION || showAll.contains(node.section())) {
				return entries.toArray();
			}
			List<Object> shown = new ArrayList<>(entries.subList(0, ROWS_PER_SECTION));
			shown.add(new MoreRow(node.section(), entries.size() - ROWS_PER_SECTION));
			return shown.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof SectionNode node && !node.entries().isEmpty();
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(visibility);
		FollowUpPreferences.node().removePreferenceChangeListener(preferenceListener);
		if (tracker != null) {
			tracker.dispose();
		}
		undoAction.dispose();
		redoAction.dispose();
		super.dispose();
	}
}
