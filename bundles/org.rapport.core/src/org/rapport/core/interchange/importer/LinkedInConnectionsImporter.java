/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.internal.interchange.CsvTable;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.TextDecoding;
import org.rapport.model.contacts.PartialDate;

/**
 * Reads the {@code Connections.csv} of a LinkedIn data export with Commons CSV.
 * <p>
 * The file starts with a note ({@code Notes:} and a quoted paragraph about missing e-mail addresses)
 * before its header; the header is therefore found by its content. Both header variants LinkedIn has used
 * are read: {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On} and the older one
 * without {@code URL}. A byte-order mark, CRLF line ends and quoted values with commas are handled; most
 * rows have no e-mail address (LinkedIn only exports those members allow). "Connected On" ({@code 12 Mar
 * 2024}) becomes an important date of the contact labelled "Connected on LinkedIn" (the Agenda then shows when
 * the connection comes round); a value in no known date format is kept as a note line.
 */
public class LinkedInConnectionsImporter implements ContactImporter {

	static final String FIRST_NAME = "First Name"; //$NON-NLS-1$
	static final String LAST_NAME = "Last Name"; //$NON-NLS-1$
	static final String URL = "URL"; //$NON-NLS-1$
	static final String EMAIL = "Email Address"; //$NON-NLS-1$
	static final String COMPANY = "Company"; //$NON-NLS-1$
	static final String POSITION = "Position"; //$NON-NLS-1$
	static final String CONNECTED_ON = "Connected On"; //$NON-NLS-1$

	/** The date formats LinkedIn has used for "Connected On", newest first. */
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), //$NON-NLS-1$
			DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), //$NON-NLS-1$
			DateTimeFormatter.ofPattern("M/d/uu", Locale.ENGLISH), //$NON-NLS-1$
			DateTimeFormatter.ISO_LOCAL_DATE);

	@Override
	public ContactFormat getFormat() {
		return ContactFormat.LINKEDIN_CONNECTIONS;
	}

	@Override
	public ParsedContacts read(InputStream in, String sourceName, IProgressMonitor monitor)
			throws IOException, InterchangeException {
		TextDecoding.Decoded decoded = TextDecoding.decode(in.readAllBytes());
		CsvTable table = CsvTable.parse(decoded.text(), sourceName, LinkedInConnectionsImporter::isHeader,
				Messages.Read_noLinkedInHeader);
		SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.Task_reading, sourceName), 1);
		List<ContactRecord> records = table.readRows(LinkedInConnectionsImporter::toRecord, sub.split(1));
		List<String> warnings = new ArrayList<>();
		if (decoded.warning() != null) {
			warnings.add(decoded.warning());
		}
		return new ParsedContacts(ContactFormat.LINKEDIN_CONNECTIONS, sourceName, records, warnings);
	}

	static boolean isHeader(List<String> values) {
		List<String> lower = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
		return lower.contains("first name") && lower.contains("last name") //$NON-NLS-1$ //$NON-NLS-2$
				&& (lower.contains("company") || lower.contains("email address") || lower.contains("connected on")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static ContactRecord toRecord(CsvTable.Row row) {
		ContactRecord r = new ContactRecord(row.line());
		r.setFirstName(row.get(FIRST_NAME));
		r.setLastName(row.get(LAST_NAME));
		r.addEmail(row.get(EMAIL));
		r.addProfileUrl(row.get(URL));
		r.setOrganization(row.get(COMPANY));
		r.setPosition(row.get(POSITION));
		String connectedOn = row.get(CONNECTED_ON);
		if (connectedOn != null) {
			LocalDate date = parseDate(connectedOn);
			if (date != null) {
				r.addImportantDate(Messages.Date_connectedOnLinkedIn, PartialDate.of(date));
			} else {
				// a date in a format LinkedIn has not used so far is not lost
				r.addNoteLine(Messages.bind(Messages.Note_labelled, Messages.Date_connectedOnLinkedIn, connectedOn));
			}
		}
		return r;
	}

	/** The date of a "Connected On" value, or {@code null} when it is in no known format. */
	static LocalDate parseDate(String value) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value.strip(), format);
			} catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return null;
	}
}
