package org.rapport.ui.internal.views;

import java.util.Collections;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.emf.ItemPropertySourceProvider;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.actions.RedoAction;
import org.rapport.ui.internal.actions.UndoAction;
import org.rapport.ui.internal.editors.ContactColumns;
import org.rapport.ui.internal.editors.ContactTableSupport;
import org.rapport.ui.internal.editors.ModelRefresher;

/**
 * The contacts of the plan in the active plan editor (the last one activated stays shown while another part is
 * active). Double-click opens the contact on the editor's Contacts page; the selection feeds the Properties
 * view, and Undo/Redo here act on that plan.
 */
public class ContactsView extends ViewPart {

	public static final String ID = UiIds.VIEW_CONTACTS;

	private TableViewer viewer;
	private ContactTableSupport tableSupport;
	private ModelRefresher refresher;
	private PlanEditor editor;
	private final UndoAction undoAction = new UndoAction();
	private final RedoAction redoAction = new RedoAction();

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				IEditorPart active = getSite().getPage().getActiveEditor();
				setEditor(active instanceof PlanEditor planEditor && active != editor ? planEditor : null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);

		Text filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage(Messages.Contacts_filterHint);
		filter.setData(UiIds.KEY, UiIds.VIEW_CONTACTS_FILTER);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Table table = new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, UiIds.VIEW_CONTACTS_TABLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(table);
		tableSupport = new ContactTableSupport(viewer, ContactColumns.NAME, ContactColumns.ORGANIZATION,
				ContactColumns.DAYS_SINCE);
		filter.addModifyListener(e -> tableSupport.setFilter(filter.getText()));
		viewer.addDoubleClickListener(e -> {
			IStructuredSelection selection = (IStructuredSelection) e.getSelection();
			if (editor != null && selection.getFirstElement() instanceof Contact contact) {
				editor.showContact(contact);
			}
		});
		getSite().setSelectionProvider(viewer);
		refresher = new ModelRefresher(table, () -> viewer.refresh());

		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);

		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		setEditor(active instanceof PlanEditor planEditor ? planEditor : null);
	}

	private void track(IWorkbenchPart part) {
		if (part instanceof PlanEditor planEditor) {
			setEditor(planEditor);
		}
	}

	private void setEditor(PlanEditor newEditor) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		NetworkingPlan plan = newEditor == null ? null : newEditor.getPlan();
		if (newEditor == editor && (plan == null || viewer.getInput() == plan.getContacts())) {
			return;
		}
		editor = newEditor;
		undoAction.setEditingDomain(plan == null ? null : newEditor.getEditingDomain());
		redoAction.setEditingDomain(plan == null ? null : newEditor.getEditingDomain());
		refresher.attach(plan);
		viewer.setInput(plan == null ? Collections.emptyList() : plan.getContacts());
		setContentDescription(plan == null ? Messages.ContactsView_noPlan : RapportLabels.text(plan));
		getViewSite().getActionBars().updateActionBars();
	}

	/** The editor whose contacts are shown, or {@code null}. */
	public PlanEditor getEditor() {
		return editor;
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
		getSite().getPage().removePartListener(partListener);
		undoAction.dispose();
		redoAction.dispose();
		super.dispose();
	}
}
