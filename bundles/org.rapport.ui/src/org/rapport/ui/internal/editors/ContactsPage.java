/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.core.followup.Timeline;
import org.rapport.model.Contact;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.model.RapportPackage;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.editors.contacts.ContactDetails;
import org.rapport.ui.internal.editors.contacts.ContactIds;
import org.rapport.ui.internal.forms.ComputedTablePart;
import org.rapport.ui.internal.interaction.LogInteraction;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.ElementRows;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.internal.views.contacts.FilteredContacts;
import org.rapport.ui.internal.views.contacts.OverdueText;

/**
 * The plan's contacts, master-details: a virtual table (only the rows in view are created, so a plan of 10,000
 * contacts opens fast) over the Contacts view's {@link FilteredContacts}, filtered as you type and sorted by any
 * column, with Add and Remove, contacts with overdue follow-ups highlighted as in the view; and the selected
 * contact's {@link ContactDetails}, with their {@link Timeline} below. Every change is a command on the
 * editor's stack; the table's selection is the editor's, so the Properties view follows it.
 */
public class ContactsPage extends MasterDetailsFormPage {

	public static final String ID = UiIds.PAGE_CONTACTS;

	/** The table's columns, in order (the index orders by them). */
	private static final ContactColumns[] COLUMNS = ContactColumns.values();

	private ElementListPart<Contact> list;
	private ComputedTablePart<Timeline.Entry> timeline;

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
				UiIds.CONTACTS_TABLE, true).withFilter(Messages.Contacts_filterHint).rows(new ContactRows())
				.emptyHint(NLS.bind(Messages.ContactsPage_empty, UiIds.COMMAND_IMPORT_CONTACTS));
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

	/**
	 * The selected contact's timeline below the details, newest first (a double-click opens the element), with Log
	 * Interaction for them in the section's title bar. It follows the selection and every change of the plan.
	 */
	@Override
	protected void createBelowDetails(Composite parent, FormToolkit toolkit) {
		timeline = addPart(new ComputedTablePart<Timeline.Entry>(parent, toolkit, Messages.ContactsPage_timeline,
				Messages.ContactsPage_timelineDescription, ContactIds.TIMELINE,
				() -> Timeline.of(getEditor().getPlan(), selectedContact()))
				.column(ElementColumn.of(Messages.ContactsPage_timelineDate, 105,
						e -> e.date() == null ? "" : RapportLabels.date(PlanClock.toDate(e.date())), //$NON-NLS-1$
						Comparator.comparing(Timeline.Entry::date, Comparator.nullsFirst(Comparator.naturalOrder())), false))
				.column(ElementColumn.of(Messages.ContactsPage_timelineKind, 110, e -> kind(e.kind())))
				.column(ElementColumn.of(Messages.ContactsPage_timelineWhat, 260, e -> RapportLabels.text(e.element())))
				.icon(Timeline.Entry::element)
				.key(Timeline.Entry::element)
				.about(this::selectedContact)
				.sortBy(0, false)
				.onOpen(e -> getEditor().select(e.element())));
		ToolBar bar = new ToolBar(timeline.getSection(), SWT.FLAT);
		ToolItem log = new ToolItem(bar, SWT.PUSH);
		log.setText(Messages.ContactsPage_timelineLog);
		log.setToolTipText(Messages.ContactsPage_timelineLogToolTip);
		log.setData(UiIds.KEY, ContactIds.TIMELINE_LOG);
		log.addListener(SWT.Selection, e -> {
			Contact contact = selectedContact();
			LogInteraction.open(getSite().getShell(), getEditor(), contact == null ? List.of() : List.of(contact));
		});
		timeline.getSection().setTextClient(bar);
		list.getViewer().addSelectionChangedListener(e -> {
			timeline.refresh();
			log.setEnabled(selectedContact() != null);
		});
		log.setEnabled(false);
		((SashForm) parent).setWeights(60, 40);
	}

	private Contact selectedContact() {
		if (list == null || list.getViewer().getControl().isDisposed()) {
			return null;
		}
		List<Contact> selected = list.selected();
		return selected.isEmpty() ? null : selected.get(0);
	}

	private static String kind(Timeline.Kind kind) {
		return switch (kind) {
		case INTERACTION -> Messages.ContactsPage_kindInteraction;
		case FOLLOW_UP_OPEN -> Messages.ContactsPage_kindFollowUpOpen;
		case FOLLOW_UP_DONE -> Messages.ContactsPage_kindFollowUpDone;
		case FOLLOW_UP_CLOSED -> Messages.ContactsPage_kindFollowUpClosed;
		case GIVEN -> Messages.ContactsPage_kindGiven;
		case RECEIVED -> Messages.ContactsPage_kindReceived;
		case THANKS -> Messages.ContactsPage_kindThanks;
		case OPPORTUNITY -> Messages.ContactsPage_kindOpportunity;
		};
	}

	/** The selected contact's timeline (for tests). */
	public ComputedTablePart<Timeline.Entry> getTimeline() {
		return timeline;
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

		private final FilteredContacts index = new FilteredContacts();

		@Override
		public void setElements(List<? extends Contact> elements) {
			index.setContacts(elements);
		}

		@Override
		public void setElements(List<? extends Contact> elements, Set<Object> changed) {
			index.setContacts(elements, changed);
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
