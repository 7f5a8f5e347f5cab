/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import org.rapport.core.interchange.importer.ContactImporter;
import org.rapport.core.interchange.importer.GoogleContactsImporter;
import org.rapport.core.interchange.importer.LinkedInConnectionsImporter;
import org.rapport.core.interchange.importer.VCardImporter;
import org.rapport.core.internal.interchange.Messages;

/**
 * The address-book formats contacts are imported from and, where supported, exported to.
 */
public enum ContactFormat {

	/** vCard 2.1, 3.0 or 4.0 ({@code .vcf}), one file with any number of cards. */
	VCARD("vcf", true), //$NON-NLS-1$

	/** The {@code Connections.csv} of a LinkedIn data export. Import only: LinkedIn takes no files. */
	LINKEDIN_CONNECTIONS("csv", false), //$NON-NLS-1$

	/** Google Contacts CSV, the current format and the older "Google CSV" one. */
	GOOGLE_CONTACTS("csv", true); //$NON-NLS-1$

	private final String fileExtension;
	private final boolean exportable;

	ContactFormat(String fileExtension, boolean exportable) {
		this.fileExtension = fileExtension;
		this.exportable = exportable;
	}

	/** The usual file extension, without the dot. */
	public String getFileExtension() {
		return fileExtension;
	}

	/** Whether Rapport can write this format (LinkedIn's cannot be imported anywhere, so it is not written). */
	public boolean isExportable() {
		return exportable;
	}

	/** The format's name as shown to the user. */
	public String getLabel() {
		switch (this) {
		case VCARD:
			return Messages.Format_vcard;
		case LINKEDIN_CONNECTIONS:
			return Messages.Format_linkedIn;
		case GOOGLE_CONTACTS:
		default:
			return Messages.Format_google;
		}
	}

	/** A new importer for this format. */
	public ContactImporter newImporter() {
		switch (this) {
		case VCARD:
			return new VCardImporter();
		case LINKEDIN_CONNECTIONS:
			return new LinkedInConnectionsImporter();
		case GOOGLE_CONTACTS:
		default:
			return new GoogleContactsImporter();
		}
	}

	/**
	 * Guesses the format of a file from its first bytes, for the command line and the import wizard's
	 * default choice: a {@code BEGIN:VCARD} line means vCard, a LinkedIn note or header means LinkedIn,
	 * anything else that looks like CSV means Google Contacts.
	 *
	 * @param head the first bytes of the file (a few kilobytes are plenty)
	 * @return the format, or {@code null} when the bytes look like none of them
	 */
	public static ContactFormat detect(byte[] head) {
		String text = org.rapport.core.internal.interchange.TextDecoding.decode(head).text();
		String upper = text.toUpperCase(java.util.Locale.ROOT);
		if (upper.contains("BEGIN:VCARD")) { //$NON-NLS-1$
			return VCARD;
		}
		if (upper.contains("CONNECTED ON") //$NON-NLS-1$
				|| upper.startsWith("NOTES:") && upper.contains("FIRST NAME,LAST NAME")) { //$NON-NLS-1$ //$NON-NLS-2$
			return LINKEDIN_CONNECTIONS;
		}
		if (upper.contains("FIRST NAME") || upper.contains("GIVEN NAME")) { //$NON-NLS-1$ //$NON-NLS-2$
			return GOOGLE_CONTACTS;
		}
		return null;
	}
}
