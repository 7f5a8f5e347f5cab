/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.rapport.core.internal.interchange.XmlChars;

/**
 * What an importer read from a file: its records in file order (rejected ones included, so the preview
 * can show them) and warnings about the file as a whole (for example that it was not UTF-8). Reading a file
 * never changes a plan.
 *
 * @param format     the file's format
 * @param sourceName the file's name, for messages and provenance
 * @param records    the records, unmodifiable
 * @param warnings   user-visible warnings about the whole file, unmodifiable
 */
public record ParsedContacts(ContactFormat format, String sourceName, List<ContactRecord> records, List<String> warnings) {

	public ParsedContacts {
		Objects.requireNonNull(format, "format"); //$NON-NLS-1$
		Objects.requireNonNull(sourceName, "sourceName"); //$NON-NLS-1$
		// it goes into the provenance of every contact: a file name may hold characters a plan cannot
		sourceName = XmlChars.replaceInvalid(sourceName);
		records = Collections.unmodifiableList(List.copyOf(records));
		warnings = Collections.unmodifiableList(List.copyOf(warnings));
	}
}
