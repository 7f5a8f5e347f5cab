/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.rapport.model.Contact;

/**
 * The identifier a contact has in exported address books: a real {@code urn:uuid:} (RFC 4122), the same in every
 * export. A plan's {@code xmi:id} that is a UUID is used as it is; any other id (EMF's are base 64) gives a
 * name-based UUID of it; a contact in no resource one of its place in the plan.
 */
public final class ContactUids {

	private static final String URN = "urn:uuid:"; //$NON-NLS-1$

	private ContactUids() {
	}

	/** The contact's {@code urn:uuid:} identifier. */
	public static String of(Contact contact) {
		Resource resource = contact.eResource();
		String id = resource instanceof XMLResource xml ? xml.getID(contact) : null;
		if (id == null || id.isBlank()) {
			return URN + nameUuid("path:" + EcoreUtil.getURI(contact).fragment()); //$NON-NLS-1$
		}
		if (UUID_FORM.matcher(id).matches()) {
			return URN + id.toLowerCase(java.util.Locale.ROOT);
		}
		return URN + nameUuid("xmi:id:" + id); //$NON-NLS-1$
	}

	private static final java.util.regex.Pattern UUID_FORM = java.util.regex.Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"); //$NON-NLS-1$

	private static String nameUuid(String name) {
		return UUID.nameUUIDFromBytes(("rapport:" + name).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
	}
}
