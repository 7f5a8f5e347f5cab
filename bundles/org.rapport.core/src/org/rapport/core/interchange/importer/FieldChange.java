/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.model.RapportPackage;

/**
 * One change an import makes to a contact: a value added to a list, an empty field filled in, lines added
 * to the notes, the introducer linked. Imports never replace a value: see {@link FieldConflict}.
 *
 * @param feature the contact's feature
 * @param kind    the kind of change
 * @param value   the value added or set (for {@link Kind#LINK}, the introducer's name)
 */
public record FieldChange(EStructuralFeature feature, Kind kind, String value) {

	/** The kinds of change. */
	public enum Kind {
		/** A value added to a list (e-mails, phones, profile URLs, tags). */
		ADD,
		/** An empty single field set. */
		FILL,
		/** Lines added at the end of the notes. */
		APPEND,
		/** The contact's introducer set, to a contact of the plan or of the same file. */
		LINK
	}

	/** The change in words: "adds e-mail jane@example.org". */
	public String describe() {
		switch (kind) {
		case ADD:
			return Messages.bind(Messages.Change_add, fieldName(feature), value);
		case FILL:
			return Messages.bind(Messages.Change_fill, fieldName(feature), value);
		case APPEND:
			return Messages.bind(Messages.Change_append, value.replace("\n", " / ")); //$NON-NLS-1$ //$NON-NLS-2$
		case LINK:
		default:
			return Messages.bind(Messages.Change_link, value);
		}
	}

	/** The user-visible name of a contact feature, in the singular ("e-mail", "organization"). */
	public static String fieldName(EStructuralFeature feature) {
		RapportPackage p = RapportPackage.eINSTANCE;
		if (feature == p.getContact_FirstName()) {
			return Messages.Field_firstName;
		} else if (feature == p.getContact_LastName()) {
			return Messages.Field_lastName;
		} else if (feature == p.getContact_Organization()) {
			return Messages.Field_organization;
		} else if (feature == p.getContact_Position()) {
			return Messages.Field_position;
		} else if (feature == p.getContact_PostalAddresses()) {
			return Messages.Field_location;
		} else if (feature == p.getContact_Notes()) {
			return Messages.Field_notes;
		} else if (feature == p.getContact_EmailAddresses()) {
			return Messages.Field_email;
		} else if (feature == p.getContact_PhoneNumbers()) {
			return Messages.Field_phone;
		} else if (feature == p.getContact_WebAddresses()) {
			return Messages.Field_profileUrl;
		} else if (feature == p.getContact_Tags()) {
			return Messages.Field_tag;
		} else if (feature == p.getContact_IntroducedBy()) {
			return Messages.Field_introducedBy;
		} else if (feature == p.getContact_Prefix()) {
			return Messages.Field_prefix;
		} else if (feature == p.getContact_MiddleName()) {
			return Messages.Field_middleName;
		} else if (feature == p.getContact_Suffix()) {
			return Messages.Field_suffix;
		} else if (feature == p.getContact_Nickname()) {
			return Messages.Field_nickname;
		} else if (feature == p.getContact_OrganizationUnit()) {
			return Messages.Field_organizationUnit;
		} else if (feature == p.getContact_Birthday()) {
			return Messages.Field_birthday;
		} else if (feature == p.getContact_Photo()) {
			return Messages.Field_photo;
		} else if (feature == p.getContact_ImportantDates()) {
			return Messages.Field_importantDate;
		} else if (feature == p.getContact_Relationships()) {
			return Messages.Field_relationship;
		}
		return feature.getName();
	}
}
