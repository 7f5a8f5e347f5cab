/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.core.internal.interchange.XmlChars;
import org.rapport.model.EntryType;
import org.rapport.model.ImportantDate;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportFactory;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.LocationParser;
import org.rapport.model.contacts.PartialDate;

/**
 * One person as read from a contacts file, before it is matched against a plan: the format-neutral
 * result of an importer. Values are trimmed; empty values are never added. Not thread-safe.
 */
public final class ContactRecord {

	/**
	 * The type of an e-mail address, phone number, web or postal address as a file gives it, and whether the file
	 * marks it as the preferred one.
	 *
	 * @param type      the type; {@link EntryType#CUSTOM} with a label for any other word
	 * @param label     the custom label, {@code null} unless the type is custom
	 * @param preferred whether the file prefers this entry ({@code PREF}, {@code TYPE=pref}, Google's "* ")
	 */
	public record Kind(EntryType type, String label, boolean preferred) {

		/** Type other, not preferred: what a value without a type is. */
		public static final Kind OTHER = new Kind(EntryType.OTHER, null, false);

		public Kind {
			type = type == null ? EntryType.OTHER : type;
			label = type == EntryType.CUSTOM ? XmlChars.replaceInvalid(label) : null;
			if (type == EntryType.CUSTOM && (label == null || label.isBlank())) {
				type = EntryType.OTHER;
				label = null;
			}
		}

		/**
		 * The kind a file's word names: "work", "home", "mobile" (also "cell", "iPhone"), "other" (also "internet",
		 * "voice", empty) in any case, else a custom label with the word as written.
		 */
		public static Kind of(String word, boolean preferred) {
			String w = word == null ? "" : word.strip(); //$NON-NLS-1$
			switch (w.toLowerCase(Locale.ROOT)) {
			case "work": //$NON-NLS-1$
				return new Kind(EntryType.WORK, null, preferred);
			case "home": //$NON-NLS-1$
				return new Kind(EntryType.HOME, null, preferred);
			case "mobile": //$NON-NLS-1$
			case "cell": //$NON-NLS-1$
			case "iphone": //$NON-NLS-1$
				return new Kind(EntryType.MOBILE, null, preferred);
			case "": //$NON-NLS-1$
			case "other": //$NON-NLS-1$
			case "internet": //$NON-NLS-1$
			case "voice": //$NON-NLS-1$
			case "pref": //$NON-NLS-1$
				return new Kind(EntryType.OTHER, null, preferred);
			default:
				return new Kind(EntryType.CUSTOM, w, preferred);
			}
		}

		/** The word for this kind: the custom label, else the type's literal ("work"). */
		public String word() {
			return type == EntryType.CUSTOM ? label : type.getLiteral();
		}
	}

	private final int line;
	private String prefix;
	private String firstName;
	private String middleName;
	private String lastName;
	private String suffix;
	private String nickname;
	private String organization;
	private String organizationUnit;
	private String position;
	private byte[] photo;
	private String photoMediaType;
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
	private final List<PostalAddress> addresses = new ArrayList<>();
	private final List<ImportantDate> importantDates = new ArrayList<>();
	/** The kinds of e-mails, phones and URLs, by "e", "p" or "u" and the value as listed. */
	private final Map<String, Kind> kinds = new HashMap<>();
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

	/** The honorific before the name ("Dr."). */
	public String getPrefix() {
		return prefix;
	}

	public void setPrefix(String prefix) {
		this.prefix = clean(prefix);
	}

	public String getMiddleName() {
		return middleName;
	}

	public void setMiddleName(String middleName) {
		this.middleName = clean(middleName);
	}

	/** What follows the name ("Jr.", "PhD"). */
	public String getSuffix() {
		return suffix;
	}

	public void setSuffix(String suffix) {
		this.suffix = clean(suffix);
	}

	public String getNickname() {
		return nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = clean(nickname);
	}

	/** The department or unit within the organization. */
	public String getOrganizationUnit() {
		return organizationUnit;
	}

	public void setOrganizationUnit(String organizationUnit) {
		this.organizationUnit = clean(organizationUnit);
	}

	/** The photo's bytes, already made small enough for a plan ({@link ContactPhotos}), or {@code null}. */
	public byte[] getPhoto() {
		return photo;
	}

	/** The photo's media type ("image/jpeg"), or {@code null}. */
	public String getPhotoMediaType() {
		return photoMediaType;
	}

	public void setPhoto(byte[] photo, String mediaType) {
		this.photo = photo == null || photo.length == 0 ? null : photo;
		this.photoMediaType = this.photo == null ? null : clean(mediaType);
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

	/**
	 * Where the person is: city, region and country of the first postal address, as {@link ContactInfo#location}
	 * writes them; {@code null} when the record has no address.
	 */
	public String getLocation() {
		String location = addresses.isEmpty() ? "" : ContactInfo.location(addresses.get(0)); //$NON-NLS-1$
		return location.isEmpty() ? null : location;
	}

	/** Adds a free-text location ("Portland, OR") as a postal address of type other, read by {@link LocationParser}. */
	public void setLocation(String location) {
		PostalAddress address = LocationParser.parse(clean(location));
		if (address != null) {
			addAddress(address.getStreet(), address.getCity(), address.getRegion(), address.getPostalCode(),
					address.getCountry(), Kind.OTHER);
		}
	}

	/**
	 * Adds a postal address by its parts; one whose parts are all empty is not added.
	 *
	 * @return the address (not contained anywhere), or {@code null} when nothing was added
	 */
	public PostalAddress addAddress(String street, String city, String region, String postalCode, String country,
			Kind kind) {
		PostalAddress address = RapportFactory.eINSTANCE.createPostalAddress();
		address.setStreet(clean(street));
		address.setCity(clean(city));
		address.setRegion(clean(region));
		address.setPostalCode(clean(postalCode));
		address.setCountry(clean(country));
		if (address.getStreet() == null && address.getCity() == null && address.getRegion() == null
				&& address.getPostalCode() == null && address.getCountry() == null) {
			return null;
		}
		Kind k = kind == null ? Kind.OTHER : kind;
		address.setType(k.type());
		address.setLabel(k.label());
		address.setPreferred(k.preferred());
		addresses.add(address);
		return address;
	}

	/** Postal addresses, typed, in file order (model objects contained nowhere). Live list. */
	public List<PostalAddress> getAddresses() {
		return addresses;
	}

	/** Adds a dated fact with its label (an anniversary, "Connected on LinkedIn"); ignored without a date. */
	public void addImportantDate(String label, PartialDate date) {
		if (date == null) {
			return;
		}
		String l = clean(label);
		for (ImportantDate existing : importantDates) {
			if (date.equals(existing.getDate()) && String.valueOf(l).equalsIgnoreCase(String.valueOf(existing.getLabel()))) {
				return;
			}
		}
		ImportantDate important = RapportFactory.eINSTANCE.createImportantDate();
		important.setLabel(l);
		important.setDate(date);
		importantDates.add(important);
	}

	/** Dates other than the birthday, with their labels (model objects contained nowhere). Live list. */
	public List<ImportantDate> getImportantDates() {
		return importantDates;
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
		addEmail(email, Kind.OTHER);
	}

	/** Adds an e-mail address of that kind; the kind of a value given twice is the first one's. */
	public void addEmail(String email, Kind kind) {
		String v = clean(email);
		if (v != null && v.regionMatches(true, 0, "mailto:", 0, 7)) { //$NON-NLS-1$
			v = clean(v.substring(7));
		}
		addKind("e", v, kind); //$NON-NLS-1$
		addClean(emails, emailSet, v);
	}

	/** The kind of one of the record's e-mail addresses ({@link Kind#OTHER} when the file gave none). */
	public Kind getEmailKind(String email) {
		return kinds.getOrDefault("e" + email, Kind.OTHER); //$NON-NLS-1$
	}

	/** The kind of one of the record's phone numbers. */
	public Kind getPhoneKind(String phone) {
		return kinds.getOrDefault("p" + phone, Kind.OTHER); //$NON-NLS-1$
	}

	/** The kind of one of the record's web addresses. */
	public Kind getProfileUrlKind(String url) {
		return kinds.getOrDefault("u" + url, Kind.OTHER); //$NON-NLS-1$
	}

	private void addKind(String prefixOfKey, String cleanValue, Kind kind) {
		if (cleanValue != null && kind != null && !kind.equals(Kind.OTHER)) {
			kinds.putIfAbsent(prefixOfKey + cleanValue, kind);
		}
	}

	/** Phone numbers as written in the file. Live list. */
	public List<String> getPhones() {
		return phones;
	}

	public void addPhone(String phone) {
		addPhone(phone, Kind.OTHER);
	}

	public void addPhone(String phone, Kind kind) {
		addKind("p", clean(phone), kind); //$NON-NLS-1$
		addClean(phones, phoneSet, phone);
	}

	/** Web addresses of the person's profiles and pages. Live list. */
	public List<String> getProfileUrls() {
		return profileUrls;
	}

	public void addProfileUrl(String url) {
		addProfileUrl(url, Kind.OTHER);
	}

	public void addProfileUrl(String url, Kind kind) {
		addKind("u", clean(url), kind); //$NON-NLS-1$
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
	 * Lines the import keeps in the contact's notes because the model has no field for them (a value of a
	 * kind the model does not hold, such as an instant messaging name with its label). Live list.
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
