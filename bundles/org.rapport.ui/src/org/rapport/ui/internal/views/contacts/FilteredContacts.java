/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views.contacts;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.editors.ContactColumns;
import org.rapport.ui.internal.forms.VirtualRows;

/**
 * The rows of a contact table as an array: the contacts that match a filter, in the order of a column. Plain
 * Java, no widgets: a virtual table shows {@link #rows()} by index. Matching is on name, organization, position,
 * tags and emails, ignoring case and accents; every word of the filter has to match.
 */
public final class FilteredContacts {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

	private Contact[] all = new Contact[0];
	private final Map<Contact, String> haystacks = new IdentityHashMap<>();
	private Contact[] rows = new Contact[0];
	private String filter = ""; //$NON-NLS-1$
	private ContactColumns sortColumn = ContactColumns.NAME;
	private boolean ascending = true;
	private final Collator collator = Collator.getInstance();
	// collation keys of the names, made again only when a name changes: most of the cost of sorting after an edit
	private final Map<Contact, NameKey> nameKeys = new IdentityHashMap<>();
	// the keys of the column sorted by, when it is not the name; made again for the contacts an edit touched
	private final Map<Contact, Comparable<Object>> columnKeys = new IdentityHashMap<>();
	private LocalDate keysDay;

	private record NameKey(String last, String first, String text, CollationKey key) {
	}

	/** Sets the contacts to index (for example after a model change) and recomputes the rows. */
	public void setContacts(Collection<? extends Contact> contacts) {
		setContacts(contacts, null);
	}

	/**
	 * Sets the contacts to index after a model change and recomputes the rows, keeping what was computed for the
	 * contacts the change did not touch.
	 *
	 * @param changed the objects the change touched (see {@link VirtualRows#touchedBy}), or {@code null} when not
	 *                known: everything is computed again
	 */
	public void setContacts(Collection<? extends Contact> contacts, Set<Object> changed) {
		Contact[] next = contacts.toArray(new Contact[0]);
		boolean sameContacts = sameOrder(all, next);
		all = next;
		if (changed == null || nameKeys.size() > 2 * all.length + 16) {
			haystacks.clear();
			columnKeys.clear();
			if (nameKeys.size() > 2 * all.length + 16) {
				// contacts that left the plan
				nameKeys.clear();
			}
			recompute();
		} else {
			Set<Object> touched = VirtualRows.touchedBy(changed);
			forget(haystacks, touched);
			forget(columnKeys, touched);
			// the same contacts: only those the edit touched may have moved
			if (!(sameContacts && reinsert(touched))) {
				recompute();
			}
		}
	}

	private static boolean sameOrder(Contact[] a, Contact[] b) {
		if (a.length != b.length) {
			return false;
		}
		for (int i = 0; i < a.length; i++) {
			if (a[i] != b[i]) {
				return false;
			}
		}
		return true;
	}

	private static void forget(Map<Contact, ?> computed, Set<Object> touched) {
		if (touched.size() < computed.size()) {
			touched.forEach(computed::remove);
		} else {
			computed.keySet().removeIf(touched::contains);
		}
	}

	/**
	 * After an edit of a few of the same contacts: takes those out of the rows and puts back those that still match
	 * where the sort puts them (binary search), instead of sorting all the rows again. The rows are the same as
	 * {@link #recompute()} would make (ties keep their order). Returns {@code false} when the rows must be computed
	 * anew: the day changed (the keys of dates), or too many contacts were touched to be worth it.
	 */
	private boolean reinsert(Set<Object> touched) {
		List<Contact> moved = new ArrayList<>();
		for (Object object : touched) {
			if (object instanceof Contact contact) {
				moved.add(contact);
			}
		}
		if (moved.size() > Math.max(16, all.length / 16) || (sortColumn != ContactColumns.NAME && !PlanClock.today().equals(keysDay))) {
			return false;
		}
		// where each row was shown, and where the contacts not shown come (after them, in the plan's order); the
		// passes compare identities and read no contact (10,000 contacts spread over the heap make a pass that reads
		// each one a pass of cache misses)
		Contact[] few = moved.toArray(new Contact[0]);
		// many: looked up in a set instead (a pass per contact would cost more than the cache misses)
		Set<Contact> many = few.length <= 16 ? null : Collections.newSetFromMap(new IdentityHashMap<>(few.length * 2));
		if (many != null) {
			many.addAll(moved);
		}
		Map<Contact, Integer> before = new IdentityHashMap<>(moved.size() * 2);
		int missing = few.length;
		for (int i = 0; i < rows.length && missing > 0; i++) {
			if (placeFound(few, many, rows[i], i, before)) {
				missing--;
			}
		}
		for (int i = 0; i < all.length && missing > 0; i++) {
			if (placeFound(few, many, all[i], rows.length + i, before)) {
				missing--;
			}
		}
		// contacts no longer in the plan are not put back
		moved.removeIf(contact -> !before.containsKey(contact));
		moved.sort(Comparator.comparing(before::get));
		// the rows without the moved ones, copied in runs between their places (in order, as moved is sorted)
		int[] shownAt = moved.stream().mapToInt(before::get).filter(i -> i < rows.length).toArray();
		Contact[] kept = new Contact[rows.length - shownAt.length];
		int from = 0;
		int to = 0;
		for (int at : shownAt) {
			System.arraycopy(rows, from, kept, to, at - from);
			to += at - from;
			from = at + 1;
		}
		System.arraycopy(rows, from, kept, to, rows.length - from);
		List<Contact> next = new ArrayList<>(kept.length + moved.size());
		next.addAll(Arrays.asList(kept));
		String[] words = words(filter);
		PreviousRows previous = new PreviousRows();
		for (Contact contact : moved) {
			if (words.length > 0 && !matches(haystack(contact), words)) {
				continue;
			}
			int place = before.get(contact).intValue();
			int at = firstNotBefore(next, contact);
			// among equal rows, the order they had
			while (at < next.size() && compare(next.get(at), contact) == 0 && previous.indexOf(next.get(at), before) < place) {
				at++;
			}
			next.add(at, contact);
		}
		rows = next.toArray(new Contact[0]);
		return true;
	}

	/** Notes the place of a contact that is one of {@code few} (or {@code many}) and not placed yet; whether it was. */
	private static boolean placeFound(Contact[] few, Set<Contact> many, Contact contact, int place,
			Map<Contact, Integer> places) {
		if (many != null) {
			return many.contains(contact) && places.putIfAbsent(contact, Integer.valueOf(place)) == null;
		}
		for (Contact one : few) {
			if (one == contact) {
				return places.putIfAbsent(contact, Integer.valueOf(place)) == null;
			}
		}
		return false;
	}

	/**
	 * Where the rows were shown before the edit, asked only for ties: a few by a pass that compares identities (it
	 * reads no contact), many from an index of all the rows made once.
	 */
	private final class PreviousRows {
		private Map<Contact, Integer> index;
		private int asked;

		int indexOf(Contact contact, Map<Contact, Integer> moved) {
			Integer known = moved.get(contact);
			if (known != null) {
				return known.intValue();
			}
			if (index == null && ++asked <= 16) {
				for (int i = 0; i < rows.length; i++) {
					if (rows[i] == contact) {
						return i;
					}
				}
				return Integer.MAX_VALUE;
			}
			if (index == null) {
				index = new IdentityHashMap<>(rows.length * 2);
				for (int i = 0; i < rows.length; i++) {
					index.put(rows[i], Integer.valueOf(i));
				}
			}
			return index.getOrDefault(contact, Integer.valueOf(Integer.MAX_VALUE)).intValue();
		}
	}

	/** The first row that the sort does not put before the contact. */
	private int firstNotBefore(List<Contact> sorted, Contact contact) {
		int low = 0;
		int high = sorted.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (compare(sorted.get(middle), contact) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The order of {@link #sort}: the column's key, then the name, reversed when descending. */
	private int compare(Contact a, Contact b) {
		CollationKey nameA = nameKey(a);
		CollationKey nameB = nameKey(b);
		int result = columnKey(sortColumn, a, nameA).compareTo(columnKey(sortColumn, b, nameB));
		if (result == 0) {
			result = nameA.compareTo(nameB);
		}
		return ascending ? result : -result;
	}

	/** Sets the filter text and recomputes the rows. */
	public void setFilter(String text) {
		filter = text == null ? "" : text; //$NON-NLS-1$
		recompute();
	}

	/** Sorts by the column, ascending or not, and recomputes the rows. */
	public void setSort(ContactColumns column, boolean up) {
		if (column != sortColumn) {
			columnKeys.clear();
		}
		sortColumn = column;
		ascending = up;
		recompute();
	}

	public ContactColumns getSortColumn() {
		return sortColumn;
	}

	public boolean isAscending() {
		return ascending;
	}

	public String getFilter() {
		return filter;
	}

	/** The contacts shown, in order. Do not change the array. */
	public Contact[] rows() {
		return rows;
	}

	/** How many contacts there are before filtering. */
	public int total() {
		return all.length;
	}

	/** The row of the contact, or -1. */
	public int indexOf(Contact contact) {
		for (int i = 0; i < rows.length; i++) {
			if (rows[i] == contact) {
				return i;
			}
		}
		return -1;
	}

	private void recompute() {
		String[] words = words(filter);
		Contact[] matching;
		if (words.length == 0) {
			matching = all.clone();
		} else {
			matching = Arrays.stream(all).filter(c -> matches(haystack(c), words)).toArray(Contact[]::new);
		}
		rows = sort(inPreviousOrder(matching), sortColumn, ascending);
	}

	/**
	 * The contacts in the order they were shown last, new ones at the end: after an edit the rows are almost in
	 * order, and the sort (a merge sort that finds runs) then takes a pass instead of n log n comparisons.
	 */
	private Contact[] inPreviousOrder(Contact[] matching) {
		if (rows.length == 0) {
			return matching;
		}
		Set<Contact> wanted = Collections.newSetFromMap(new IdentityHashMap<>(matching.length * 2));
		wanted.addAll(Arrays.asList(matching));
		Contact[] ordered = new Contact[matching.length];
		int n = 0;
		for (Contact contact : rows) {
			if (wanted.remove(contact)) {
				ordered[n++] = contact;
			}
		}
		for (Contact contact : matching) {
			if (wanted.remove(contact)) {
				ordered[n++] = contact;
			}
		}
		return ordered;
	}

	/**
	 * Sorts as {@link ContactColumns#order()} does (ties broken by name), but compares keys computed once per
	 * contact (collation keys, times) instead of collating the texts again in every comparison.
	 */
	private Contact[] sort(Contact[] contacts, ContactColumns column, boolean up) {
		Keyed[] keyed = new Keyed[contacts.length];
		for (int i = 0; i < contacts.length; i++) {
			Contact contact = contacts[i];
			CollationKey name = nameKey(contact);
			keyed[i] = new Keyed(contact, columnKey(column, contact, name), name);
		}
		Comparator<Keyed> order = Comparator.<Keyed, Comparable<Object>> comparing(Keyed::key)
				.thenComparing(Keyed::name);
		Arrays.sort(keyed, up ? order : order.reversed());
		Contact[] sorted = new Contact[keyed.length];
		for (int i = 0; i < keyed.length; i++) {
			sorted[i] = keyed[i].contact();
		}
		return sorted;
	}

	@SuppressWarnings("unchecked")
	private Comparable<Object> key(ContactColumns column, Contact contact, CollationKey name) {
		Comparable<?> key = switch (column) {
		case NAME -> name;
		// never contacted first, as ContactColumns orders them
		case LAST_CONTACT -> Long.valueOf(contact.getLastContact() == null ? Long.MIN_VALUE : contact.getLastContact().getTime());
		case DAYS_SINCE -> Integer.valueOf(contact.getDaysSinceContact() < 0 ? Integer.MAX_VALUE : contact.getDaysSinceContact());
		default -> collator.getCollationKey(column.text(contact));
		};
		return (Comparable<Object>) key;
	}

	/** The key of the column for the contact, computed again when an edit touched the contact or the day changed. */
	private Comparable<Object> columnKey(ContactColumns column, Contact contact, CollationKey name) {
		if (column == ContactColumns.NAME) {
			return key(column, contact, name);
		}
		LocalDate today = PlanClock.today();
		if (!today.equals(keysDay)) {
			columnKeys.clear();
			keysDay = today;
		}
		return columnKeys.computeIfAbsent(contact, c -> key(column, c, name));
	}

	private CollationKey nameKey(Contact contact) {
		String last = contact.getLastName();
		String first = contact.getFirstName();
		NameKey known = nameKeys.get(contact);
		// the model keeps the strings it was given: the same instances mean the same name, without building it
		if (known == null || known.last() != last || known.first() != first) {
			String text = sortName(contact);
			known = new NameKey(last, first, text, collator.getCollationKey(text));
			nameKeys.put(contact, known);
		}
		return known.key();
	}

	private static String sortName(Contact contact) {
		return (contact.getLastName() == null ? "" : contact.getLastName()) + ' ' //$NON-NLS-1$
				+ (contact.getFirstName() == null ? "" : contact.getFirstName()); //$NON-NLS-1$
	}

	private record Keyed(Contact contact, Comparable<Object> key, CollationKey name) {
	}

	private String haystack(Contact contact) {
		return haystacks.computeIfAbsent(contact, FilteredContacts::haystackOf);
	}

	/** The normalized text a filter is matched against. */
	static String haystackOf(Contact contact) {
		StringBuilder text = new StringBuilder();
		text.append(RapportLabels.contactName(contact)).append(' ');
		append(text, contact.getOrganization());
		append(text, contact.getPosition());
		contact.getTags().forEach(tag -> append(text, tag));
		ContactInfo.emails(contact).forEach(email -> append(text, email));
		for (Audience audience : contact.getAudiences()) {
			append(text, audience.getName());
		}
		return normalize(text.toString());
	}

	private static void append(StringBuilder text, String value) {
		if (value != null) {
			text.append(value).append(' ');
		}
	}

	private static boolean matches(String haystack, String[] words) {
		for (String word : words) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static String[] words(String filter) {
		String normalized = normalize(filter == null ? "" : filter).strip(); //$NON-NLS-1$
		return normalized.isEmpty() ? new String[0] : SPACES.split(normalized);
	}

	/** Lower case without accents: "Zoë Ångström" becomes "zoe angstrom". */
	public static String normalize(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
