/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.core.interchange.importer.GoogleContactsImporter;
import org.rapport.core.internal.interchange.CsvTable;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.EntryType;
import org.rapport.model.ImportantDate;
import org.rapport.model.PhoneNumber;
import org.rapport.model.PostalAddress;
import org.rapport.model.Relationship;
import org.rapport.model.TypedEntry;
import org.rapport.model.WebAddress;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.validation.PlanLabels;

/**
 * Writes contacts in Google Contacts' current CSV format (UTF-8, CRLF, RFC 4180 quoting), which Google
 * Contacts imports. There are as many numbered e-mail, phone, address, website, relation and event columns as the
 * contact with most of them needs (at least one). The name's parts, nickname, the organization with its department
 * and title, and the birthday ({@code 1985-07-14}, {@code --07-14} without the year) have their columns; e-mails,
 * phones, websites and addresses are labelled with their type ("Work", "Home", "Mobile", "Other" or the custom
 * label), the preferred one with Google's "* " in front; addresses are written by their parts (and formatted on
 * one line); related people and who introduced the contact ("Introduced by") are relations; important dates are
 * events with their label. Tags become labels, with {@code * myContacts} so the imported people show in Google's
 * main list. The photo is not written: Google's column takes a URL.
 * <p>
 * A value that a spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, and is not a plain number or phone number) is written with an apostrophe in front,
 * which spreadsheets show as text; the importers take it off again ({@link CsvTable#guard(String)}).
 * </p>
 */
public class GoogleContactsExporter implements ContactExporter {

	/** Google's system label for "in the main contact list". */
	static final String MY_CONTACTS = "* myContacts"; //$NON-NLS-1$

	private static final List<String> LEADING = List.of("First Name", "Middle Name", "Last Name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Nickname", "File As", "Organization Name", "Organization Title", "Organization Department", "Birthday", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Notes", "Photo", "Labels"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final List<String> ADDRESS_PARTS = List.of("Label", "Formatted", "Street", "City", "PO Box", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Region", "Postal Code", "Country", "Extended Address"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public ContactFormat getFormat() {
		return ContactFormat.GOOGLE_CONTACTS;
	}

	@Override
	public void write(List<? extends Contact> contacts, OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_writing, contacts.size());
		int emails = 1;
		int phones = 1;
		int addresses = 1;
		int websites = 1;
		int relations = 1;
		int events = 1;
		for (Contact c : contacts) {
			emails = Math.max(emails, c.getEmailAddresses().size());
			phones = Math.max(phones, c.getPhoneNumbers().size());
			addresses = Math.max(addresses, c.getPostalAddresses().size());
			websites = Math.max(websites, c.getWebAddresses().size());
			relations = Math.max(relations, c.getRelationships().size() + (c.getIntroducedBy() != null ? 1 : 0));
			events = Math.max(events, c.getImportantDates().size());
		}
		List<String> header = new ArrayList<>(LEADING);
		numbered(header, "E-mail", emails); //$NON-NLS-1$
		numbered(header, "Phone", phones); //$NON-NLS-1$
		for (int i = 1; i <= addresses; i++) {
			for (String part : ADDRESS_PARTS) {
				header.add("Address " + i + " - " + part); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		numbered(header, "Website", websites); //$NON-NLS-1$
		numbered(header, "Relation", relations); //$NON-NLS-1$
		numbered(header, "Event", events); //$NON-NLS-1$

		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CsvTable.FORMAT);
		printer.printRecord(header);
		for (Contact c : contacts) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<String> row = new ArrayList<>(header.size());
			row.add(c.getFirstName());
			row.add(c.getMiddleName());
			row.add(c.getLastName());
			row.add(null); // phonetic first name
			row.add(null); // phonetic middle name
			row.add(null); // phonetic last name
			row.add(c.getPrefix());
			row.add(c.getSuffix());
			row.add(c.getNickname());
			row.add(null); // file as
			row.add(c.getOrganization());
			row.add(c.getPosition());
			row.add(c.getOrganizationUnit());
			row.add(c.getBirthday() == null ? null : c.getBirthday().toString());
			row.add(c.getNotes());
			row.add(null); // photo: Google takes a URL here, and a plan keeps the picture itself
			List<String> labels = new ArrayList<>(c.getTags());
			labels.add(MY_CONTACTS);
			row.add(String.join(GoogleContactsImporter.MULTI_VALUE_SEPARATOR, labels));
			entries(row, c.getEmailAddresses(), emails, EmailAddress::getAddress);
			entries(row, c.getPhoneNumbers(), phones, PhoneNumber::getNumber);
			for (int i = 0; i < addresses; i++) {
				address(row, i < c.getPostalAddresses().size() ? c.getPostalAddresses().get(i) : null);
			}
			entries(row, c.getWebAddresses(), websites, WebAddress::getUrl);
			List<String[]> related = new ArrayList<>();
			Contact introducer = c.getIntroducedBy();
			if (introducer != null && blankToNull(introducer.getFullName()) != null) {
				related.add(new String[] { RelatedPerson.INTRODUCED_BY_LABEL, introducer.getFullName() });
			}
			for (Relationship relationship : c.getRelationships()) {
				String name = relationship.getContact() != null ? relationship.getContact().getFullName() : relationship.getName();
				if (blankToNull(name) != null) {
					related.add(new String[] { relationship.getLabel(), name });
				}
			}
			pairs(row, related, relations);
			List<String[]> dates = new ArrayList<>();
			for (ImportantDate date : c.getImportantDates()) {
				if (date.getDate() != null) {
					dates.add(new String[] { date.getLabel(), date.getDate().toString() });
				}
			}
			pairs(row, dates, events);
			// nothing a spreadsheet would run as a formula (CSV injection); Rapport's importers read it back as it was
			printer.printRecord(row.stream().map(CsvTable::guard).toList());
			sub.worked(1);
		}
		printer.flush();
	}

	private static void numbered(List<String> header, String kind, int count) {
		for (int i = 1; i <= count; i++) {
			header.add(kind + " " + i + " - Label"); //$NON-NLS-1$ //$NON-NLS-2$
			header.add(kind + " " + i + " - Value"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Typed entries as label and value column pairs, the preferred one's label marked with Google's "* ". */
	private static <T extends TypedEntry> void entries(List<String> row, List<T> entries, int columns,
			java.util.function.Function<T, String> value) {
		for (int i = 0; i < columns; i++) {
			T entry = i < entries.size() ? entries.get(i) : null;
			String v = entry == null ? null : blankToNull(value.apply(entry));
			row.add(v == null ? null : label(entry));
			row.add(v);
		}
	}

	private static void pairs(List<String> row, List<String[]> pairs, int columns) {
		for (int i = 0; i < columns; i++) {
			row.add(i < pairs.size() ? pairs.get(i)[0] : null);
			row.add(i < pairs.size() ? pairs.get(i)[1] : null);
		}
	}

	/** "Work", "Home", "Mobile", "Other" or the custom label, as Google writes them; "* " before the preferred one. */
	private static String label(TypedEntry entry) {
		String word = ContactInfo.typeLabel(entry);
		String label = entry.getType() == EntryType.CUSTOM ? word : PlanLabels.capitalize(word);
		return entry.isPreferred() ? "* " + label : label; //$NON-NLS-1$
	}

	private static void address(List<String> row, PostalAddress address) {
		String formatted = address == null ? null : formatted(address);
		boolean any = formatted != null;
		row.add(any ? label(address) : null);
		row.add(formatted);
		row.add(any ? blankToNull(address.getStreet()) : null);
		row.add(any ? blankToNull(address.getCity()) : null);
		row.add(null); // PO box: part of the street in a plan
		row.add(any ? blankToNull(address.getRegion()) : null);
		row.add(any ? blankToNull(address.getPostalCode()) : null);
		row.add(any ? blankToNull(address.getCountry()) : null);
		row.add(null); // extended address: part of the street in a plan
	}

	/** The address on one line, street first; {@code null} when it has no part. */
	private static String formatted(PostalAddress address) {
		List<String> parts = new java.util.ArrayList<>();
		for (String part : new String[] { address.getStreet(), address.getCity(), address.getRegion(),
				address.getPostalCode(), address.getCountry() }) {
			if (blankToNull(part) != null) {
				parts.add(part.strip());
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts); //$NON-NLS-1$
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
