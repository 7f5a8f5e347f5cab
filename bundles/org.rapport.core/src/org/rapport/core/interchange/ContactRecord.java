package org.rapport.core.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.core.internal.interchange.XmlChars;
import org.rapport.model.contacts.PartialDate;

/**
 * One person as read from a contacts file, before it is matched against a plan: the format-neutral
 * result of an importer. Values are trimmed; empty values are never added. Not thread-safe.
 */
public final class ContactRecord {

	private final int line;
	private String firstName;
	private String lastName;
	private String organization;
	private String position;
	private String location;
	private String notes;
	private String uid;
	private PartialDate birthday;
	private String rejection;
	private final List<String> emails = new ArrayList<>();
	private final List<String> phones = new ArrayList<>();
	private final List<String> profileUrls = new ArrayList<>();
	private final List<String> tags = new ArrayList<>();
	private final List<String> noteLines = new ArrayList<>();
	private final List<RelatedPerson> related = new ArrayList<>();
	private final Set<String> emailSet = new HashSet<>();
	private final Set<String> phoneSet = new HashSet<>();
	private final Set<String> profileUrlSet = new HashSet<>();
	private final Set<String> tagSet = new HashSet<>();
	private final Set<String> noteLineSet = new HashSet<>();
	private int replacedCharacters;

	/** @param line the line of the file the record starts at, 1-based */
	public ContactRecord(int line) {
		this.line = line;
	}

	/** A record that cannot be imported, with the reason (written for a person). */
	public static ContactRecord rejected(int line, String reason) {
		ContactRecord record = new ContactRecord(line);
		record.rejection = reason;
		return record;
	}

	/** Trimmed, {@code null} when empty, characters a plan cannot hold replaced (and counted). */
	private String clean(String value) {
		if (value == null) {
			return null;
		}
		int invalid = XmlChars.countInvalid(value);
		if (invalid > 0) {
			replacedCharacters += invalid;
			value = XmlChars.replaceInvalid(value);
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** Adds a value once; the sets make that linear however many values a record has (10,000 labels). */
	private void addClean(List<String> list, Set<String> seen, String value) {
		String v = clean(value);
		if (v == null) {
			return;
		}
		if (seen.size() != list.size()) {
			// the live list was changed directly: start again from what it holds
			seen.clear();
			seen.addAll(list);
		}
		if (seen.add(v)) {
			list.add(v);
		}
	}

	/**
	 * How many characters of the record's values a plan cannot hold (NUL, other control characters, U+FFFF...):
	 * each was replaced by U+FFFD, and the preview says so.
	 */
	public int getReplacedCharacters() {
		return replacedCharacters;
	}

	/** The line of the file the record starts at, 1-based. */
	public int getLine() {
		return line;
	}

	/** Why the record cannot be imported, or {@code null} when it can. */
	public String getRejection() {
		return rejection;
	}

	public void setRejection(String rejection) {
		this.rejection = rejection;
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = clean(firstName);
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = clean(lastName);
	}

	public String getOrganization() {
		return organization;
	}

	public void setOrganization(String organization) {
		this.organization = clean(organization);
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = clean(position);
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = clean(location);
	}

	/** The file's own note text (a vCard {@code NOTE}, a CSV "Notes" column). */
	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = clean(notes);
	}

	/** The birthday the file gives (with or without the year), or {@code null}. */
	public PartialDate getBirthday() {
		return birthday;
	}

	public void setBirthday(PartialDate birthday) {
		this.birthday = birthday;
	}

	/** The card's {@code UID}, for relations between cards of one file; {@code null} elsewhere. */
	public String getUid() {
		return uid;
	}

	public void setUid(String uid) {
		this.uid = clean(uid);
	}

	/** E-mail addresses, in file order, without duplicates. Live list. */
	public List<String> getEmails() {
		return emails;
	}

	public void addEmail(String email) {
		String v = clean(email);
		if (v != null && v.regionMatches(true, 0, "mailto:", 0, 7)) { //$NON-NLS-1$
			v = clean(v.substring(7));
		}
		addClean(emails, emailSet, v);
	}

	/** Phone numbers as written in the file. Live list. */
	public List<String> getPhones() {
		return phones;
	}

	public void addPhone(String phone) {
		addClean(phones, phoneSet, phone);
	}

	/** Web addresses of the person's profiles and pages. Live list. */
	public List<String> getProfileUrls() {
		return profileUrls;
	}

	public void addProfileUrl(String url) {
		addClean(profileUrls, profileUrlSet, url);
	}

	/** Tags (vCard {@code CATEGORIES}, Google labels without the system ones). Live list. */
	public List<String> getTags() {
		return tags;
	}

	public void addTag(String tag) {
		addClean(tags, tagSet, tag);
	}

	/**
	 * Lines the import keeps in the contact's notes because the model has no field for them: labels of
	 * Apple's grouped items, relations to people who are not in the plan, the date of a LinkedIn connection.
	 * Live list.
	 */
	public List<String> getNoteLines() {
		return noteLines;
	}

	public void addNoteLine(String line) {
		addClean(noteLines, noteLineSet, line);
	}

	/** People the record names as related. Live list. */
	public List<RelatedPerson> getRelated() {
		return related;
	}

	/** The full name as "first last", or {@code null} when the record has no name. */
	public String getFullName() {
		String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return full.isEmpty() ? null : full;
	}

	/** What identifies the record for a person: the name, else the first e-mail or profile URL. */
	public String getDisplayName() {
		String name = getFullName();
		if (name != null) {
			return name;
		}
		if (!emails.isEmpty()) {
			return emails.get(0);
		}
		if (!profileUrls.isEmpty()) {
			return profileUrls.get(0);
		}
		return organization;
	}

	@Override
	public String toString() {
		return "ContactRecord[line " + line + ": " + getDisplayName() + (rejection != null ? ", rejected" : "") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
