/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.rapport.core.interchange.ContactRecord.Kind;
import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.PostalAddress;
import org.rapport.model.Relationship;
import org.rapport.model.TypedEntry;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.PartialDate;

/**
 * The state a contact will have after an import: a plan contact's values as they are plus what earlier
 * rows of the file add, or the values of a contact the import creates. Previews change drafts, never
 * contacts.
 */
public final class Draft {

	/** The plan's contact, or {@code null} when the import creates the contact. */
	public final Contact existing;
	/** The line of the record that creates the contact, or 0 for a plan contact. */
	public final int createdAtLine;

	/** A relationship the import records: to a person of the plan or the file, else by name. */
	public record Related(String label, Draft person, String name) {
	}

	public String prefix;
	public String firstName;
	public String middleName;
	public String lastName;
	public String suffix;
	public String nickname;
	public String organization;
	public String organizationUnit;
	public String position;
	public String notes;
	public PartialDate birthday;
	public byte[] photo;
	public String photoMediaType;
	public Draft introducedBy;
	public final List<String> emails = new ArrayList<>();
	public final List<String> phones = new ArrayList<>();
	public final List<String> profileUrls = new ArrayList<>();
	public final List<String> tags = new ArrayList<>();
	/** The kinds of e-mails, phones and URLs, by {@link #kindKey}. */
	public final Map<String, Kind> kinds = new HashMap<>();
	/** Postal addresses: a plan contact's own, or copies the import adds. */
	public final List<PostalAddress> addresses = new ArrayList<>();
	/** Important dates: a plan contact's own, or copies the import adds. */
	public final List<ImportantDate> importantDates = new ArrayList<>();
	/** Relationships the import adds (a plan contact's own are in {@link #existing}). */
	public final List<Related> related = new ArrayList<>();
	/** Whether a row adds something to this plan contact. */
	public boolean changed;

	private Draft(Contact existing, int createdAtLine) {
		this.existing = existing;
		this.createdAtLine = createdAtLine;
	}

	/** A draft of a plan contact, with its current values; the introducer is set by the caller. */
	public static Draft of(Contact contact) {
		Draft d = new Draft(contact, 0);
		d.prefix = contact.getPrefix();
		d.firstName = contact.getFirstName();
		d.middleName = contact.getMiddleName();
		d.lastName = contact.getLastName();
		d.suffix = contact.getSuffix();
		d.nickname = contact.getNickname();
		d.organization = contact.getOrganization();
		d.organizationUnit = contact.getOrganizationUnit();
		d.position = contact.getPosition();
		d.notes = contact.getNotes();
		d.birthday = contact.getBirthday();
		d.photo = contact.getPhoto();
		d.photoMediaType = contact.getPhotoMediaType();
		d.emails.addAll(ContactInfo.emails(contact));
		d.phones.addAll(ContactInfo.phones(contact));
		d.profileUrls.addAll(ContactInfo.urls(contact));
		d.tags.addAll(contact.getTags());
		d.addresses.addAll(contact.getPostalAddresses());
		d.importantDates.addAll(contact.getImportantDates());
		return d;
	}

	/** The key of an e-mail ("e"), phone ("p") or URL ("u") in {@link #kinds}: the kind letter and the normal form. */
	public static String kindKey(char kind, String value) {
		UnaryOperator<String> normal = kind == 'e' ? Text::email : kind == 'p' ? Text::phone : Text::url;
		return kind + normal.apply(value);
	}

	/** The kind the import gives an entry of this value ({@link Kind#OTHER} when the file gave none). */
	public Kind kindOf(char kind, String value) {
		return kinds.getOrDefault(kindKey(kind, value), Kind.OTHER);
	}

	/** The typed entry to add for a value of this draft: an e-mail, phone or web address of its kind. */
	public TypedEntry newEntry(char kind, String value) {
		TypedEntry entry = kind == 'e' ? ContactInfo.newEmail(value) : kind == 'p' ? ContactInfo.newPhone(value) : ContactInfo.newUrl(value);
		Kind k = kindOf(kind, value);
		entry.setType(k.type());
		entry.setLabel(k.label());
		entry.setPreferred(k.preferred());
		return entry;
	}

	/** What tells two postal addresses apart: their parts, folded. */
	public static String addressKey(PostalAddress a) {
		return String.join("|", Text.fold(a.getStreet()), Text.fold(a.getCity()), Text.fold(a.getRegion()), //$NON-NLS-1$
				Text.fold(a.getPostalCode()), Text.fold(a.getCountry()));
	}

	/** What tells two important dates apart: the label, folded, and the date. */
	public static String dateKey(ImportantDate d) {
		return Text.fold(d.getLabel()) + ' ' + d.getDate();
	}

	/** Whether the plan contact has this relationship already (same label and same person or name). */
	public boolean hasRelationship(String label, Contact person, String name) {
		if (existing == null) {
			return false;
		}
		for (Relationship r : existing.getRelationships()) {
			boolean samePerson = person != null ? r.getContact() == person
					: r.getContact() == null && Text.fold(r.getName()).equals(Text.fold(name))
							|| r.getContact() != null && Text.fold(r.getContact().getFullName()).equals(Text.fold(name));
			if (samePerson && Text.fold(r.getLabel()).equals(Text.fold(label))) {
				return true;
			}
		}
		return false;
	}

	/** A draft of a contact the import creates, first read at that line. */
	public static Draft created(int line) {
		return new Draft(null, line);
	}

	public boolean isNew() {
		return existing == null;
	}

	/** The full name, "first last", or {@code null}. */
	public String fullName() {
		String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return full.isEmpty() ? null : full;
	}

	/** The plan id of the existing contact (its XMI UUID), or {@code null}. */
	public String planId() {
		if (existing == null) {
			return null;
		}
		Resource resource = existing.eResource();
		return resource instanceof XMLResource ? ((XMLResource) resource).getID(existing) : null;
	}

	/** Whether the list holds the value, comparing normal forms. */
	public static boolean contains(List<String> list, String value, UnaryOperator<String> normal) {
		String key = normal.apply(value);
		for (String v : list) {
			if (normal.apply(v).equals(key)) {
				return true;
			}
		}
		return false;
	}

	/** The lines of a note text, stripped, without empty ones. */
	public static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) { //$NON-NLS-1$
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}
}
