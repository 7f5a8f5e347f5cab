package org.rapport.ui.internal.editors;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.Contact;
import org.rapport.model.RapportPackage;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.editors.contacts.ContactDetails;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.ElementRows;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.internal.views.contacts.ContactIndex;
import org.rapport.ui.internal.views.contacts.OverdueText;

/**
 * The plan's contacts, master-details: a virtual table (only the rows in view are created, so a plan of 10,000
 * contacts opens fast) over the Contacts view's {@link ContactIndex}, filtered as you type and sorted by any
 * column, with Add and Remove, contacts with overdue follow-ups highlighted as in the view; and the selected
 * contact's {@link ContactDetails}. Every change is a command on the
 * editor's stack; the table's selection is the editor's, so the Properties view follows it.
 */
public class ContactsPage extends MasterDetailsFormPage {

	public static final String ID = UiIds.PAGE_CONTACTS;

	/** The table's columns, in order (the index orders by them). */
	private static final ContactColumns[] COLUMNS = ContactColumns.values();

	private ElementListPart<Contact> list;

	public ContactsPage(PlanEditor editor) {
		super(editor, ID, Messages.ContactsPage_tab, RapportPackage.Literals.CONTACT);
	}

	@Override
	protected String getHeading() {
		return Messages.ContactsPage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		list = new ElementListPart<>(this, parent, toolkit, Messages.ContactsPage_listSection,
				Messages.ContactsPage_listDescription, RapportPackage.Literals.NETWORKING_PLAN__CONTACTS, Contact.class,
				UiIds.CONTACTS_TABLE, true).withFilter(Messages.Contacts_filterHint).rows(new ContactRows());
		for (ContactColumns column : COLUMNS) {
			list.column(ElementColumn.of(column.title(), column.width(), column::text, column.order(),
					column == ContactColumns.DAYS_SINCE));
		}
		list.highlight(OverdueText::isOverdue, ContactsView.OVERDUE_BACKGROUND, ContactsView.OVERDUE_FOREGROUND);
		addList(list);
	}

	@Override
	protected void createDetails() {
		registerDetails(RapportPackage.Literals.CONTACT, new ContactDetails(getEditor()));
	}

	/** Selects and reveals the contact, clearing a filter that hides it. */
	public void select(Contact contact) {
		if (list != null && !list.getViewer().getControl().isDisposed()) {
			show(contact);
		}
	}

	/** The list of contacts (for tests and tools). */
	public ElementListPart<Contact> getList() {
		return list;
	}

	/** The Contacts view's index as the rows of the page's table; column {@code i} is {@code COLUMNS[i]}. */
	private static final class ContactRows implements ElementRows<Contact> {

		private final ContactIndex index = new ContactIndex();

		@Override
		public void setElements(List<? extends Contact> elements) {
			index.setContacts(elements);
		}

		@Override
		public void setFilter(String text) {
			index.setFilter(text);
		}

		@Override
		public void setOrder(int column, boolean ascending) {
			index.setSort(COLUMNS[column], ascending);
		}

		@Override
		public int size() {
			return index.rows().length;
		}

		@Override
		public Contact get(int row) {
			return index.rows()[row];
		}

		@Override
		public int indexOf(Contact element) {
			return index.indexOf(element);
		}
	}
}
