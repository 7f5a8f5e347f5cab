package org.rapport.core.interchange;

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
import org.rapport.core.internal.interchange.CsvTable;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.model.PostalAddress;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;

/**
 * Writes contacts in Google Contacts' current CSV format (UTF-8, CRLF, RFC 4180 quoting), which Google
 * Contacts imports. There are as many numbered e-mail, phone and website columns as the contact with most
 * of them needs (at least one); tags become labels, with {@code * myContacts} so the imported people show
 * in Google's main list; the location is written as the first address ("city, region, country" split at
 * its commas); who introduced the contact becomes a relation labelled "Introduced by".
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

	private static final List<String> ADDRESS = List.of("Address 1 - Label", "Address 1 - Formatted", //$NON-NLS-1$ //$NON-NLS-2$
			"Address 1 - Street", "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Override
	public ContactFormat getFormat() {
		return ContactFormat.GOOGLE_CONTACTS;
	}

	@Override
	public void write(List<? extends Contact> contacts, OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_writing, contacts.size());
		int emails = 1;
		int phones = 1;
		int websites = 1;
		for (Contact c : contacts) {
			emails = Math.max(emails, ContactInfo.emails(c).size());
			phones = Math.max(phones, ContactInfo.phones(c).size());
			websites = Math.max(websites, ContactInfo.urls(c).size());
		}
		List<String> header = new ArrayList<>(LEADING);
		numbered(header, "E-mail", emails); //$NON-NLS-1$
		numbered(header, "Phone", phones); //$NON-NLS-1$
		header.addAll(ADDRESS);
		numbered(header, "Website", websites); //$NON-NLS-1$
		numbered(header, "Relation", 1); //$NON-NLS-1$

		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CsvTable.FORMAT);
		printer.printRecord(header);
		for (Contact c : contacts) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<String> row = new ArrayList<>(header.size());
			row.add(c.getFirstName());
			row.add(null);
			row.add(c.getLastName());
			for (int i = 0; i < 7; i++) {
				row.add(null); // phonetic names, prefix, suffix, nickname, file as
			}
			row.add(c.getOrganization());
			row.add(c.getPosition());
			row.add(null); // department
			row.add(null); // birthday
			row.add(c.getNotes());
			row.add(null); // photo
			List<String> labels = new ArrayList<>(c.getTags());
			labels.add(MY_CONTACTS);
			row.add(String.join(GoogleContactsImporter.MULTI_VALUE_SEPARATOR, labels));
			values(row, ContactInfo.emails(c), emails, "* Other"); //$NON-NLS-1$
			values(row, ContactInfo.phones(c), phones, "Mobile"); //$NON-NLS-1$
			address(row, ContactInfo.preferred(c.getPostalAddresses()));
			values(row, ContactInfo.urls(c), websites, "Profile"); //$NON-NLS-1$
			Contact introducer = c.getIntroducedBy();
			String introducerName = introducer == null ? null : introducer.getFullName();
			boolean introduced = introducerName != null && !introducerName.isBlank();
			row.add(introduced ? RelatedPerson.INTRODUCED_BY_LABEL : null);
			row.add(introduced ? introducerName : null);
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

	private static void values(List<String> row, List<String> values, int columns, String label) {
		for (int i = 0; i < columns; i++) {
			boolean present = i < values.size();
			row.add(present ? label : null);
			row.add(present ? values.get(i) : null);
		}
	}

	private static void address(List<String> row, PostalAddress address) {
		String formatted = address == null ? null : formatted(address);
		boolean any = formatted != null;
		row.add(any ? "Other" : null); //$NON-NLS-1$
		row.add(formatted);
		row.add(any ? blankToNull(address.getStreet()) : null);
		row.add(any ? blankToNull(address.getCity()) : null);
		row.add(null); // PO box
		row.add(any ? blankToNull(address.getRegion()) : null);
		row.add(any ? blankToNull(address.getPostalCode()) : null);
		row.add(any ? blankToNull(address.getCountry()) : null);
		row.add(null); // extended address
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
