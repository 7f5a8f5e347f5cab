package org.rapport.ui.internal.views.contacts;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Audience;
import org.rapport.model.Contact;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.editors.ContactColumns;

/**
 * The rows of a contact table as an array: the contacts that match a filter, in the order of a column. Plain
 * Java, no widgets: a virtual table shows {@link #rows()} by index. Matching is on name, organization, position,
 * tags and emails, ignoring case and accents; every word of the filter has to match.
 */
public final class ContactIndex {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

	private Contact[] all = new Contact[0];
	private final Map<Contact, String> haystacks = new IdentityHashMap<>();
	private Contact[] rows = new Contact[0];
	private String filter = ""; //$NON-NLS-1$
	private ContactColumns sortColumn = ContactColumns.NAME;
	private boolean ascending = true;

	/** Sets the contacts to index (for example after a model change) and recomputes the rows. */
	public void setContacts(Collection<? extends Contact> contacts) {
		all = contacts.toArray(new Contact[0]);
		haystacks.clear();
		recompute();
	}

	/** Sets the filter text and recomputes the rows. */
	public void setFilter(String text) {
		filter = text == null ? "" : text; //$NON-NLS-1$
		recompute();
	}

	/** Sorts by the column, ascending or not, and recomputes the rows. */
	public void setSort(ContactColumns column, boolean up) {
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
		rows = sort(matching, sortColumn, ascending);
	}

	/**
	 * Sorts as {@link ContactColumns#order()} does (ties broken by name), but compares keys computed once per
	 * contact (collation keys, times) instead of collating the texts again in every comparison.
	 */
	static Contact[] sort(Contact[] contacts, ContactColumns column, boolean up) {
		Collator collator = Collator.getInstance();
		Keyed[] keyed = new Keyed[contacts.length];
		for (int i = 0; i < contacts.length; i++) {
			Contact contact = contacts[i];
			CollationKey name = collator.getCollationKey(sortName(contact));
			keyed[i] = new Keyed(contact, key(column, contact, name, collator), name);
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
	private static Comparable<Object> key(ContactColumns column, Contact contact, CollationKey name, Collator collator) {
		Comparable<?> key = switch (column) {
		case NAME -> name;
		// never contacted first, as ContactColumns orders them
		case LAST_CONTACT -> Long.valueOf(contact.getLastContact() == null ? Long.MIN_VALUE : contact.getLastContact().getTime());
		case DAYS_SINCE -> Integer.valueOf(contact.getDaysSinceContact() < 0 ? Integer.MAX_VALUE : contact.getDaysSinceContact());
		default -> collator.getCollationKey(column.text(contact));
		};
		return (Comparable<Object>) key;
	}

	private static String sortName(Contact contact) {
		return (contact.getLastName() == null ? "" : contact.getLastName()) + ' ' //$NON-NLS-1$
				+ (contact.getFirstName() == null ? "" : contact.getFirstName()); //$NON-NLS-1$
	}

	private record Keyed(Contact contact, Comparable<Object> key, CollationKey name) {
	}

	private String haystack(Contact contact) {
		return haystacks.computeIfAbsent(contact, ContactIndex::haystackOf);
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

	/** Whether a contact matches every word of the filter. */
	public static boolean matches(Contact contact, String filter) {
		return matches(haystackOf(contact), words(filter));
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
