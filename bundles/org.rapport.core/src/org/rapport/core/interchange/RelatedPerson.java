/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import java.util.Objects;

import org.rapport.core.internal.interchange.XmlChars;

/**
 * A person a contact record names as related to it: a vCard {@code RELATED} property, Apple's
 * {@code X-ABRELATEDNAMES} item or a Google "Relation". Either {@code name} or {@code uri} is set.
 *
 * @param label      the kind of relation as the file says it ({@code "friend"}, {@code "introduced by"}), or
 *                   {@code null}
 * @param introducer whether the relation says who introduced the contact (imported into
 *                   {@code Contact.introducedBy} when the person can be found)
 * @param name       the person's name as text, or {@code null}
 * @param uri        the person's URI (in vCard files, usually {@code urn:uuid:} plus the other card's UID),
 *                   or {@code null}
 */
public record RelatedPerson(String label, boolean introducer, String name, String uri) {

	/** The label vCard 4.0 {@code RELATED} properties written by Rapport carry for "introduced by". */
	public static final String INTRODUCED_BY_TYPE = "x-introduced-by"; //$NON-NLS-1$

	/** The label of Apple {@code X-ABRELATEDNAMES} items and Google relations for "introduced by". */
	public static final String INTRODUCED_BY_LABEL = "Introduced by"; //$NON-NLS-1$

	public RelatedPerson {
		// characters a plan cannot hold are replaced, as in every imported value
		name = XmlChars.replaceInvalid(name);
		uri = XmlChars.replaceInvalid(uri);
		label = XmlChars.replaceInvalid(label);
		if (name == null && uri == null) {
			throw new IllegalArgumentException("a related person needs a name or a URI"); //$NON-NLS-1$
		}
	}

	/** Whether a relation label (any case, with or without Apple's {@code _$!<...>!$_}) means "introduced by". */
	public static boolean isIntroducerLabel(String label) {
		if (label == null) {
			return false;
		}
		String l = label.trim().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('-', ' ');
		return l.equals("introduced by") || l.equals("x introduced by") || l.equals("introducer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The name, or else the URI: what to show a person. */
	public String display() {
		return Objects.requireNonNullElse(name, uri);
	}
}
