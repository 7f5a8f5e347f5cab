/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.Messages;

/** The columns contact tables show, with their text and their sort order. Plain Java, shared by page and view. */
public enum ContactColumns {

	NAME(Messages.Contacts_columnName, 180, RapportLabels::contactName, byText(ContactColumns::sortName)),
	ORGANIZATION(Messages.Contacts_columnOrganization, 140, c -> nonNull(c.getOrganization()), null),
	POSITION(Messages.Contacts_columnPosition, 140, c -> nonNull(c.getPosition()), null),
	TIER(Messages.Contacts_columnTier, 50, c -> c.getTier() == null ? "" : RapportLabels.literal(c.getTier()), null), //$NON-NLS-1$
	AUDIENCES(Messages.Contacts_columnAudiences, 150, ContactColumns::audiences, null),
	LAST_CONTACT(Messages.Contacts_columnLastContact, 100, c -> RapportLabels.date(c.getLastContact()),
			Comparator.comparing(Contact::getLastContact, Comparator.nullsFirst(Comparator.naturalOrder()))),
	DAYS_SINCE(Messages.Contacts_columnDaysSince, 80, ContactColumns::daysSince,
			// Never contacted sorts as the longest silence.
			Comparator.comparingInt(c -> c.getDaysSinceContact() < 0 ? Integer.MAX_VALUE : c.getDaysSinceContact()));

	private final String title;
	private final int width;
	private final Function<Contact, String> text;
	private final Comparator<Contact> order;

	ContactColumns(String title, int width, Function<Contact, String> text, Comparator<Contact> order) {
		this.title = title;
		this.width = width;
		this.text = text;
		this.order = order != null ? order : byText(text);
	}

	public String title() {
		return title;
	}

	public int width() {
		return width;
	}

	public String text(Contact contact) {
		return text.apply(contact);
	}

	/** Ascending order of the column; ties are broken by name. */
	public Comparator<Contact> order() {
		return order.thenComparing(byText(ContactColumns::sortName));
	}

	private static String sortName(Contact contact) {
		return nonNull(contact.getLastName()) + ' ' + nonNull(contact.getFirstName());
	}

	private static String audiences(Contact contact) {
		return contact.getAudiences().stream().map(Audience::getName).filter(n -> n != null && !n.isBlank())
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String daysSince(Contact contact) {
		int days = contact.getDaysSinceContact();
		return days < 0 ? Messages.Contacts_never : Integer.toString(days);
	}

	private static Comparator<Contact> byText(Function<Contact, String> text) {
		Collator collator = Collator.getInstance();
		return (a, b) -> collator.compare(text.apply(a), text.apply(b));
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
