/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.core.internal.interchange.CsvTable;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.Text;
import org.rapport.core.internal.interchange.TextDecoding;
import org.rapport.core.internal.interchange.XmlChars;
import org.rapport.core.interchange.ContactRecord.Kind;
import org.rapport.model.PostalAddress;
import org.rapport.model.contacts.PartialDate;

/**
 * Reads Google Contacts CSV exports with Commons CSV, in both formats Google has used:
 * <ul>
 * <li>the current one ({@code First Name,Middle Name,Last Name,...,Organization Name,Organization Title,
 * ...,Notes,...,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,...,
 * Website 1 - Label,Website 1 - Value,Relation 1 - Label,Relation 1 - Value});</li>
 * <li>the older "Google CSV" ({@code Name,Given Name,Additional Name,Family Name,...,Location,...,Notes,
 * ...,Group Membership,E-mail 1 - Type,E-mail 1 - Value,...,Organization 1 - Name,Organization 1 - Title,
 * ...,Website 1 - Value}).</li>
 * </ul>
 * Any number of numbered columns is read; a cell holding several values separates them with
 * {@code " ::: "}. The name's parts (prefix, first, middle, last, suffix, nickname), the organization with its
 * department and title, the birthday ({@code 1985-07-14}, {@code --07-14} without the year) and the notes are read.
 * E-mails, phones and websites keep their label as their type ("Work", "Home", "Mobile", "Other" or a custom
 * label), the one Google marks with a leading "* " as preferred; addresses are read by their parts (street, PO box
 * and extended address as the street, city, region, postal code, country); events ("Anniversary", custom) become
 * important dates; relations name related people, "Introduced by" the introducer. Labels (groups) become tags,
 * without Google's system labels ({@code * myContacts}, {@code * starred}). The photo column holds a URL, which is
 * not fetched.
 */
public class GoogleContactsImporter implements ContactImporter {

	/** Separates several values in one cell. */
	public static final String MULTI_VALUE_SEPARATOR = " ::: "; //$NON-NLS-1$

	/** Numbered columns up to "E-mail 999999 - Value" are read; beyond, the column is ignored with a warning. */
	private static final int MAX_COLUMN_DIGITS = 6;
	private static final String MAX_COLUMN_NUMBER = "999999"; //$NON-NLS-1$

	private static final Pattern NUMBERED = Pattern.compile("^(.+?) (\\d+) - (.+)$"); //$NON-NLS-1$

	@Override
	public ContactFormat getFormat() {
		return ContactFormat.GOOGLE_CONTACTS;
	}

	@Override
	public ParsedContacts read(InputStream in, String sourceName, IProgressMonitor monitor)
			throws IOException, InterchangeException {
		TextDecoding.Decoded decoded = TextDecoding.decode(in.readAllBytes());
		CsvTable table = CsvTable.parse(decoded.text(), sourceName, GoogleContactsImporter::isHeader,
				Messages.Read_noGoogleHeader);
		SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.Task_reading, sourceName), 1);
		List<String> warnings = new ArrayList<>();
		if (decoded.warning() != null) {
			warnings.add(decoded.warning());
		}
		Layout layout = new Layout(table.header(), warnings);
		List<ContactRecord> records = table.readRows(row -> layout.toRecord(row), sub.split(1));
		return new ParsedContacts(ContactFormat.GOOGLE_CONTACTS, sourceName, records, warnings);
	}

	static boolean isHeader(List<String> values) {
		List<String> lower = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
		boolean current = lower.contains("first name") && lower.contains("last name") //$NON-NLS-1$ //$NON-NLS-2$
				&& (lower.contains("labels") || lower.contains("organization name") || lower.contains("e-mail 1 - value")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		boolean older = lower.contains("given name") && lower.contains("family name") //$NON-NLS-1$ //$NON-NLS-2$
				|| lower.contains("name") && lower.contains("group membership"); //$NON-NLS-1$ //$NON-NLS-2$
		return current || older;
	}

	/** Splits a cell of several values. */
	static List<String> values(String cell) {
		List<String> values = new ArrayList<>();
		if (cell != null) {
			for (String value : cell.split(Pattern.quote(MULTI_VALUE_SEPARATOR.strip()))) {
				if (!value.isBlank()) {
					values.add(value.strip());
				}
			}
		}
		return values;
	}

	/** Which numbered columns a file has: the numbers of each kind, in order. */
	private static final class Layout {
		private final Set<Integer> emails = new TreeSet<>();
		private final Set<Integer> phones = new TreeSet<>();
		private final Set<Integer> websites = new TreeSet<>();
		private final Set<Integer> relations = new TreeSet<>();
		private final Set<Integer> addresses = new TreeSet<>();
		private final Set<Integer> events = new TreeSet<>();

		Layout(List<String> header, List<String> warnings) {
			for (String column : header) {
				Matcher m = NUMBERED.matcher(column);
				if (m.matches()) {
					if (m.group(2).length() > MAX_COLUMN_DIGITS) {
						// "E-mail 99999999999 - Value": no real file numbers its columns so far, and no int holds it
						warnings.add(Messages.bind(Messages.Warn_columnNumber, XmlChars.replaceInvalid(column),
								MAX_COLUMN_NUMBER));
						continue;
					}
					Integer n = Integer.valueOf(m.group(2));
					switch (m.group(1).toLowerCase(Locale.ROOT)) {
					case "e-mail": //$NON-NLS-1$
						emails.add(n);
						break;
					case "phone": //$NON-NLS-1$
						phones.add(n);
						break;
					case "website": //$NON-NLS-1$
						websites.add(n);
						break;
					case "relation": //$NON-NLS-1$
						relations.add(n);
						break;
					case "address": //$NON-NLS-1$
						addresses.add(n);
						break;
					case "event": //$NON-NLS-1$
						events.add(n);
						break;
					default:
						break;
					}
				}
			}
		}

		ContactRecord toRecord(CsvTable.Row row) {
			ContactRecord r = new ContactRecord(row.line());
			String first = first(row, "First Name", "Given Name"); //$NON-NLS-1$ //$NON-NLS-2$
			String last = first(row, "Last Name", "Family Name"); //$NON-NLS-1$ //$NON-NLS-2$
			if (first == null && last == null) {
				String[] split = Text.splitFullName(row.get("Name")); //$NON-NLS-1$
				first = split[0];
				last = split[1];
			} else {
				r.setMiddleName(first(row, "Middle Name", "Additional Name")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			r.setPrefix(row.get("Name Prefix")); //$NON-NLS-1$
			r.setFirstName(first);
			r.setLastName(last);
			r.setSuffix(row.get("Name Suffix")); //$NON-NLS-1$
			r.setNickname(row.get("Nickname")); //$NON-NLS-1$
			r.setOrganization(first(row, "Organization Name", "Organization 1 - Name")); //$NON-NLS-1$ //$NON-NLS-2$
			r.setOrganizationUnit(first(row, "Organization Department", "Organization 1 - Department")); //$NON-NLS-1$ //$NON-NLS-2$
			r.setPosition(first(row, "Organization Title", "Organization 1 - Title")); //$NON-NLS-1$ //$NON-NLS-2$
			r.setNotes(row.get("Notes")); //$NON-NLS-1$
			String birthday = row.get("Birthday"); //$NON-NLS-1$
			if (birthday != null) {
				PartialDate date = date(birthday);
				if (date != null) {
					r.setBirthday(date);
				} else {
					r.addNoteLine(Messages.bind(Messages.Note_labelled, "Birthday", birthday)); //$NON-NLS-1$
				}
			}
			for (String label : values(first(row, "Labels", "Group Membership"))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!label.startsWith("*")) { //$NON-NLS-1$
					r.addTag(label);
				}
			}
			for (Integer n : emails) {
				Kind kind = kind(row, "E-mail", n); //$NON-NLS-1$
				for (String email : values(row.get("E-mail " + n + " - Value"))) { //$NON-NLS-1$ //$NON-NLS-2$
					r.addEmail(email, kind);
				}
			}
			for (Integer n : phones) {
				Kind kind = kind(row, "Phone", n); //$NON-NLS-1$
				for (String phone : values(row.get("Phone " + n + " - Value"))) { //$NON-NLS-1$ //$NON-NLS-2$
					r.addPhone(phone, kind);
				}
			}
			for (Integer n : websites) {
				Kind kind = kind(row, "Website", n); //$NON-NLS-1$
				for (String url : values(row.get("Website " + n + " - Value"))) { //$NON-NLS-1$ //$NON-NLS-2$
					r.addProfileUrl(url, kind);
				}
			}
			for (Integer n : relations) {
				String label = label(row, "Relation", n); //$NON-NLS-1$
				for (String name : values(row.get("Relation " + n + " - Value"))) { //$NON-NLS-1$ //$NON-NLS-2$
					r.getRelated().add(new RelatedPerson(label, RelatedPerson.isIntroducerLabel(label), name, null));
				}
			}
			for (Integer n : events) {
				String label = label(row, "Event", n); //$NON-NLS-1$
				for (String value : values(row.get("Event " + n + " - Value"))) { //$NON-NLS-1$ //$NON-NLS-2$
					PartialDate date = date(value);
					String l = label == null || label.equalsIgnoreCase("anniversary") ? Messages.Date_anniversary : label; //$NON-NLS-1$
					if (date != null) {
						r.addImportantDate(l, date);
					} else {
						r.addNoteLine(Messages.bind(Messages.Note_labelled, l, value));
					}
				}
			}
			r.setLocation(row.get("Location")); //$NON-NLS-1$
			for (Integer n : addresses) {
				address(r, row, n);
			}
			return r;
		}

		/** A numbered address by its parts; its formatted text when it has none (read as a location). */
		private static void address(ContactRecord r, CsvTable.Row row, Integer n) {
			String prefix = "Address " + n + " - "; //$NON-NLS-1$ //$NON-NLS-2$
			String street = row.get(prefix + "Street"); //$NON-NLS-1$
			String poBox = row.get(prefix + "PO Box"); //$NON-NLS-1$
			String extended = row.get(prefix + "Extended Address"); //$NON-NLS-1$
			List<String> streetLines = new ArrayList<>();
			for (String part : new String[] { poBox, street, extended }) {
				if (part != null) {
					streetLines.add(part);
				}
			}
			PostalAddress added = r.addAddress(streetLines.isEmpty() ? null : String.join("\n", streetLines), //$NON-NLS-1$
					row.get(prefix + "City"), row.get(prefix + "Region"), row.get(prefix + "Postal Code"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					row.get(prefix + "Country"), kind(row, "Address", n)); //$NON-NLS-1$ //$NON-NLS-2$
			String formatted = row.get(prefix + "Formatted"); //$NON-NLS-1$
			if (added == null && formatted != null) {
				r.setLocation(formatted.replaceAll("\\s*\\R\\s*", ", ")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		/** Google writes dates as {@code 1985-07-14} and, without the year, {@code --07-14}; {@code null} for others. */
		private static PartialDate date(String value) {
			try {
				return PartialDate.parse(value);
			} catch (IllegalArgumentException e) {
				return null;
			}
		}

		/** The label (current format) or type (older format) of a numbered value, without Google's "* ". */
		private static String label(CsvTable.Row row, String kind, Integer n) {
			String label = first(row, kind + " " + n + " - Label", kind + " " + n + " - Type"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (label == null) {
				return null;
			}
			label = label.startsWith("*") ? label.substring(1).strip() : label; //$NON-NLS-1$
			return label.isEmpty() ? null : label;
		}

		/**
		 * The kind of a numbered value: its label ("Work", "Mobile", a custom one; the first of several), preferred when
		 * Google marks it as the primary one with a leading "* ".
		 */
		private static Kind kind(CsvTable.Row row, String kind, Integer n) {
			String label = first(row, kind + " " + n + " - Label", kind + " " + n + " - Type"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List<String> labels = values(label);
			if (labels.isEmpty()) {
				return Kind.OTHER;
			}
			String word = labels.get(0);
			boolean primary = word.startsWith("*"); //$NON-NLS-1$
			return Kind.of(primary ? word.substring(1).strip() : word, primary);
		}

		private static String first(CsvTable.Row row, String... columns) {
			for (String column : columns) {
				String value = row.get(column);
				if (value != null) {
					return value;
				}
			}
			return null;
		}
	}
}
