package org.rapport.core.internal.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.Contact;

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

	public String firstName;
	public String lastName;
	public String organization;
	public String position;
	public String location;
	public String notes;
	public PartialDate birthday;
	public Draft introducedBy;
	public final List<String> emails = new ArrayList<>();
	public final List<String> phones = new ArrayList<>();
	public final List<String> profileUrls = new ArrayList<>();
	public final List<String> tags = new ArrayList<>();
	/** Whether a row adds something to this plan contact. */
	public boolean changed;

	private Draft(Contact existing, int createdAtLine) {
		this.existing = existing;
		this.createdAtLine = createdAtLine;
	}

	/** A draft of a plan contact, with its current values; the introducer is set by the caller. */
	public static Draft of(Contact contact) {
		Draft d = new Draft(contact, 0);
		d.firstName = contact.getFirstName();
		d.lastName = contact.getLastName();
		d.organization = contact.getOrganization();
		d.position = contact.getPosition();
		d.location = Text.isBlank(ContactInfo.location(contact)) ? null : ContactInfo.location(contact);
		d.notes = contact.getNotes();
		d.birthday = contact.getBirthday();
		d.emails.addAll(ContactInfo.emails(contact));
		d.phones.addAll(ContactInfo.phones(contact));
		d.profileUrls.addAll(ContactInfo.urls(contact));
		d.tags.addAll(contact.getTags());
		return d;
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
