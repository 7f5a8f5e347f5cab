/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.MatchRule;
import org.rapport.model.contacts.PartialDate;

/**
 * Finds drafts by the keys of the matching rules ({@link MatchRule}), in rule order. Keys are the normal
 * forms of {@link Text}; a draft can be found by every key any of its records brought.
 */
public final class ContactIndex {

	/** A draft found for a record, by which rule and value. */
	public record Match(Draft draft, MatchRule rule, String value) {
	}

	/*
	 * Each map holds a draft, or a LinkedHashSet of the drafts in the order they came: most keys have one draft, and a
	 * set for each made a large plan's index mostly sets. Keys are hashed from all their characters (Key): EMF's
	 * time-based ids share their String.hashCode in pairs (109,270 ids of a 10k plan have 55,297 hash codes), which
	 * made indexing a 100k plan walk tree bins (issue 17, JFR).
	 */
	private final Map<Key, Object> byUid = new HashMap<>();
	private final Map<Key, Object> byEmail = new HashMap<>();
	private final Map<Key, Object> byUrl = new HashMap<>();
	private final Map<Key, Object> byNameAndOrganization = new HashMap<>();
	private final Map<Key, Object> byNameAndBirthday = new HashMap<>();
	private final Map<Key, Object> byName = new HashMap<>();

	private static final class Key {
		private final String text;
		private final int hash;

		Key(String text) {
			this.text = text;
			long h = 0xcbf29ce484222325L;
			for (int i = 0; i < text.length(); i++) {
				h = (h ^ text.charAt(i)) * 0x100000001b3L;
			}
			h ^= h >>> 29;
			h *= 0xbf58476d1ce4e5b9L;
			this.hash = (int) (h ^ h >>> 32);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.hash == hash && k.text.equals(text);
		}
	}

	private static void put(Map<Key, Object> map, String key, Draft draft) {
		if (key != null && !key.isEmpty()) {
			map.merge(new Key(key), draft, (old, added) -> {
				if (old == added) {
					return old;
				}
				if (old instanceof Draft single) {
					Set<Draft> drafts = new LinkedHashSet<>(4);
					drafts.add(single);
					drafts.add((Draft) added);
					return drafts;
				}
				@SuppressWarnings("unchecked")
				Set<Draft> drafts = (Set<Draft>) old;
				drafts.add((Draft) added);
				return drafts;
			});
		}
	}

	private static Object found(Map<Key, Object> map, String key) {
		return key == null || key.isEmpty() ? null : map.get(new Key(key));
	}

	private static Draft first(Map<Key, Object> map, String key) {
		Object found = found(map, key);
		return found == null || found instanceof Draft ? (Draft) found : (Draft) ((Set<?>) found).iterator().next();
	}

	/**
	 * {@code urn:uuid:1234} and {@code 1234} are the same identifier. A hexadecimal UUID is compared without case; any
	 * other identifier (a plan's {@code xmi:id}, whose letters are base 64 digits) with its case.
	 */
	public static String uidKey(String uid) {
		if (uid == null) {
			return null;
		}
		String u = uid.strip();
		if (u.regionMatches(true, 0, "urn:uuid:", 0, 9)) { //$NON-NLS-1$
			u = u.substring(9);
		}
		return HEX_UUID.matcher(u).matches() ? u.toLowerCase(java.util.Locale.ROOT) : u;
	}

	private static final java.util.regex.Pattern HEX_UUID = java.util.regex.Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"); //$NON-NLS-1$

	static String nameAndOrganizationKey(String first, String last, String organization) {
		String name = Text.name(first, last);
		return name.isEmpty() ? null : name + '\u0000' + Text.fold(organization);
	}

	/** Name and birthday (day and month: the year may be unknown on one side), or {@code null}. */
	static String nameAndBirthdayKey(String first, String last, PartialDate birthday) {
		String name = Text.name(first, last);
		return name.isEmpty() || birthday == null ? null : name + '\u0000' + birthday.withoutYear();
	}

	/** Whether both birthdays are known and name different days (or different years, when both have one). */
	public static boolean differentBirthdays(PartialDate a, PartialDate b) {
		if (a == null || b == null) {
			return false;
		}
		return !a.withoutYear().equals(b.withoutYear()) || a.hasYear() && b.hasYear() && a.getYear() != b.getYear();
	}

	/** Indexes a draft of a plan contact by its values and its plan id. */
	public void addDraft(Draft draft) {
		put(byUid, uidKey(draft.planId()), draft);
		if (draft.existing != null) {
			// the UID Rapport's vCard exports give the contact
			put(byUid, uidKey(ContactUids.of(draft.existing)), draft);
		}
		draft.emails.forEach(e -> put(byEmail, Text.email(e), draft));
		draft.profileUrls.forEach(u -> put(byUrl, Text.url(u), draft));
		put(byNameAndOrganization, nameAndOrganizationKey(draft.firstName, draft.lastName, draft.organization), draft);
		put(byNameAndBirthday, nameAndBirthdayKey(draft.firstName, draft.lastName, draft.birthday), draft);
		put(byName, Text.name(draft.firstName, draft.lastName), draft);
		put(byName, fullNameKey(draft.firstName, draft.middleName, draft.lastName), draft);
	}

	/** "first middle last", folded, or {@code null} without a middle name (the name key has the rest). */
	private static String fullNameKey(String first, String middle, String last) {
		return Text.isBlank(middle) ? null : Text.name((first == null ? "" : first) + " " + middle.strip(), last); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Makes a draft findable by the keys of a record that was matched to it (or created it). */
	public void addRecord(ContactRecord record, Draft draft) {
		put(byUid, uidKey(record.getUid()), draft);
		record.getEmails().forEach(e -> put(byEmail, Text.email(e), draft));
		record.getProfileUrls().forEach(u -> put(byUrl, Text.url(u), draft));
		put(byNameAndOrganization,
				nameAndOrganizationKey(record.getFirstName(), record.getLastName(), record.getOrganization()), draft);
		put(byNameAndBirthday, nameAndBirthdayKey(record.getFirstName(), record.getLastName(), record.getBirthday()), draft);
		put(byName, Text.name(record.getFirstName(), record.getLastName()), draft);
		put(byName, fullNameKey(record.getFirstName(), record.getMiddleName(), record.getLastName()), draft);
		if (draft.isNew() && draft.birthday == null && record.getBirthday() != null) {
			draft.birthday = record.getBirthday();
		}
	}

	/** The draft a record is about, by the first rule that finds one, or {@code null}. */
	public Match find(ContactRecord record) {
		Draft d = first(byUid, uidKey(record.getUid()));
		if (d != null) {
			return new Match(d, MatchRule.UID, record.getUid());
		}
		for (String email : record.getEmails()) {
			d = first(byEmail, Text.email(email));
			if (d != null) {
				return new Match(d, MatchRule.EMAIL, email);
			}
		}
		for (String url : record.getProfileUrls()) {
			d = first(byUrl, Text.url(url));
			if (d != null) {
				return new Match(d, MatchRule.PROFILE_URL, url);
			}
		}
		d = first(byNameAndOrganization,
				nameAndOrganizationKey(record.getFirstName(), record.getLastName(), record.getOrganization()));
		if (d != null && differentBirthdays(d.birthday, record.getBirthday())) {
			// the same name at the same place, born on another day: someone else
			d = null;
		}
		if (d == null) {
			d = first(byNameAndBirthday, nameAndBirthdayKey(record.getFirstName(), record.getLastName(), record.getBirthday()));
			if (d != null) {
				return new Match(d, MatchRule.NAME_AND_BIRTHDAY, record.getFullName() + ", " + record.getBirthday()); //$NON-NLS-1$
			}
		}
		if (d != null) {
			String value = record.getFullName() + (record.getOrganization() != null ? ", " + record.getOrganization() : ""); //$NON-NLS-1$ //$NON-NLS-2$
			return new Match(d, MatchRule.NAME_AND_ORGANIZATION, value);
		}
		return null;
	}

	/** The draft with this identifier (plan id or a card UID of the file), or {@code null}. */
	public Draft byUid(String uid) {
		return first(byUid, uidKey(uid));
	}

	/** The drafts with this full name (case, accents and spacing ignored). */
	public List<Draft> byName(String fullName) {
		Object found = found(byName, Text.fold(fullName));
		List<Draft> drafts = new ArrayList<>();
		if (found instanceof Draft draft) {
			drafts.add(draft);
		} else if (found != null) {
			((Set<?>) found).forEach(d -> drafts.add((Draft) d));
		}
		return drafts;
	}
}
