package org.rapport.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Messages;

/**
 * The plan's contacts, master-details: a filterable, sortable table with Add and Remove, and the selected
 * contact's details. Every change is a command on the editor's stack. The table's selection is the editor's
 * selection, so the Properties view follows it.
 */
public class ContactsPage extends FormPage {

	public static final String ID = UiIds.PAGE_CONTACTS;

	private final PlanEditor editor;
	private TableViewer viewer;
	private ContactTableSupport tableSupport;
	private Text filterText;
	private Button removeButton;
	private ContactDetailsPart details;
	private final Action deleteAction = new Action(Messages.ContactsPage_delete) {
		@Override
		public void run() {
			removeSelected();
		}
	};

	public ContactsPage(PlanEditor editor) {
		super(editor, ID, Messages.ContactsPage_tab);
		this.editor = editor;
		deleteAction.setId(ActionFactory.DELETE.getId());
		deleteAction.setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
		deleteAction.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.ContactsPage_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new FillLayout());

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash, false, false);
		createMaster(sash, toolkit);
		details = new ContactDetailsPart(editor, toolkit, sash);
		managedForm.addPart(details);
		sash.setWeights(60, 40);

		editor.setPageSelectionProvider(this, viewer);
		new ModelRefresher(viewer.getControl(), this::refresh).attach(editor.getPlan());
		viewer.setInput(editor.getPlan().getContacts());
		if (viewer.getTable().getItemCount() > 0) {
			viewer.setSelection(new StructuredSelection(viewer.getElementAt(0)));
		}
		updateButtons();
	}

	private void createMaster(Composite parent, FormToolkit toolkit) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Messages.ContactsPage_listSection);
		section.setDescription(Messages.ContactsPage_listDescription);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);

		filterText = toolkit.createText(client, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER); //$NON-NLS-1$
		filterText.setMessage(Messages.Contacts_filterHint);
		filterText.setData(UiIds.KEY, UiIds.CONTACTS_FILTER);
		GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		filterData.horizontalSpan = 2;
		filterText.setLayoutData(filterData);
		filterText.addModifyListener(e -> tableSupport.setFilter(filterText.getText()));

		Table table = toolkit.createTable(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, UiIds.CONTACTS_TABLE);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 200;
		tableData.widthHint = 300;
		table.setLayoutData(tableData);
		viewer = new TableViewer(table);
		tableSupport = new ContactTableSupport(viewer, ContactColumns.values());
		viewer.addSelectionChangedListener(e -> {
			details.setContact(selectedContact());
			updateButtons();
		});
		table.addFocusListener(new FocusListener() {
			@Override
			public void focusGained(FocusEvent e) {
				setDeleteHandler(deleteAction);
			}

			@Override
			public void focusLost(FocusEvent e) {
				setDeleteHandler(null);
			}
		});

		Composite buttons = toolkit.createComposite(client);
		GridLayout buttonsLayout = new GridLayout(1, false);
		buttonsLayout.marginWidth = 0;
		buttonsLayout.marginHeight = 0;
		buttons.setLayout(buttonsLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, Messages.ContactsPage_add, SWT.PUSH);
		add.setData(UiIds.KEY, UiIds.CONTACTS_ADD);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, e -> addContact());
		removeButton = toolkit.createButton(buttons, Messages.ContactsPage_remove, SWT.PUSH);
		removeButton.setData(UiIds.KEY, UiIds.CONTACTS_REMOVE);
		removeButton.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		removeButton.addListener(SWT.Selection, e -> removeSelected());
	}

	/** The Delete key deletes contacts only while the table has the focus; in a text field it deletes text. */
	private void setDeleteHandler(Action action) {
		IActionBars bars = getEditor().getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), action);
		bars.updateActionBars();
	}

	private void refresh() {
		viewer.refresh();
		details.refresh();
		updateButtons();
	}

	private void updateButtons() {
		boolean any = !viewer.getStructuredSelection().isEmpty();
		removeButton.setEnabled(any);
		deleteAction.setEnabled(any);
	}

	private Contact selectedContact() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.size() == 1 && selection.getFirstElement() instanceof Contact contact ? contact : null;
	}

	/** Adds a contact, selects it and puts the cursor in its first name. */
	void addContact() {
		editor.commitPendingEdits();
		NetworkingPlan plan = editor.getPlan();
		Contact contact = RapportFactory.eINSTANCE.createContact();
		EditingDomain domain = editor.getEditingDomain();
		Command add = AddCommand.create(domain, plan, RapportPackage.Literals.NETWORKING_PLAN__CONTACTS, contact);
		if (!add.canExecute()) {
			return;
		}
		domain.getCommandStack().execute(add);
		if (!tableSupport.getFilter().isEmpty()) {
			filterText.setText(""); //$NON-NLS-1$
		}
		viewer.refresh();
		select(contact);
		details.focusFirstName();
	}

	/** Deletes the selected contacts, and the references to them (undoable). */
	void removeSelected() {
		List<Object> selected = new ArrayList<>(viewer.getStructuredSelection().toList());
		if (selected.isEmpty()) {
			return;
		}
		int index = viewer.getTable().getSelectionIndex();
		Command delete = DeleteCommand.create(editor.getEditingDomain(), selected);
		if (!delete.canExecute()) {
			return;
		}
		editor.getEditingDomain().getCommandStack().execute(delete);
		viewer.refresh();
		int count = viewer.getTable().getItemCount();
		if (count > 0) {
			viewer.setSelection(new StructuredSelection(viewer.getElementAt(Math.min(index, count - 1))), true);
		}
	}

	/** Selects and reveals the contact, clearing a filter that hides it. */
	public void select(Contact contact) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (!ContactColumns.matches(contact, tableSupport.getFilter())) {
			filterText.setText(""); //$NON-NLS-1$
		}
		viewer.setSelection(new StructuredSelection(contact), true);
		viewer.getControl().setFocus();
	}

	@Override
	public void setFocus() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().setFocus();
		}
	}
}
