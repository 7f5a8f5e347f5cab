/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.FieldChange;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.interchange.importer.VCardImporter;
import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportPackage;

/**
 * What a vCard says about a person, field by field, in a form that does not depend on how the card was written
 * (line folding, property order, the server's re-serialization): the card is read with Rapport's vCard importer and
 * each field written as one canonical text. Two cards with the same fields have the same {@link #hash()}; the
 * fields that differ are a preview's field changes. A plan contact's fields are those of its vCard 4.0 export.
 */
public final class CardFields {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private final String card;
	private final ContactRecord record;
	private final Map<EStructuralFeature, String> fields;

	private CardFields(String card, ContactRecord record) {
		this.card = card;
		this.record = record;
		this.fields = fields(record);
	}

	/** The vCard 4.0 of a plan contact, as the sync puts it on the server, and its fields. */
	public static CardFields of(Contact contact) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new VCardExporter(VCardExporter.Version.V4_0).write(List.of(contact), out, null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		String card = out.toString(StandardCharsets.UTF_8);
		return parse(card, "plan"); //$NON-NLS-1$
	}

	/**
	 * The fields of a card a server holds, or {@code null} when it is not a card Rapport can read (no card, a card it
	 * rejects).
	 */
	public static CardFields parse(String card, String name) {
		try {
			ParsedContacts parsed = new VCardImporter()
					.read(new ByteArrayInputStream(card.getBytes(StandardCharsets.UTF_8)), name, null);
			if (parsed.records().size() != 1 || parsed.records().get(0).getRejection() != null) {
				return null;
			}
			return new CardFields(card, parsed.records().get(0));
		} catch (IOException | org.rapport.core.interchange.InterchangeException e) {
			return null;
		}
	}

	/** The card's text. */
	public String card() {
		return card;
	}

	/** The card as the importer read it. */
	public ContactRecord record() {
		return record;
	}

	/** The card's UID, or {@code null}. */
	public String uid() {
		return record.getUid();
	}

	/** The name to show. */
	public String displayName() {
		return record.getDisplayName();
	}

	/** A hash of the fields (SHA-256, base 64): equal for cards that say the same. */
	public String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			for (Map.Entry<EStructuralFeature, String> field : fields.entrySet()) {
				digest.update(field.getKey().getName().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(field.getValue().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return Base64.getEncoder().withoutPadding().encodeToString(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The fields whose value differs from this card's in the other ("organization: Acme -> Beta"). */
	public List<String> changesTo(CardFields other) {
		List<String> changes = new ArrayList<>();
		for (Map.Entry<EStructuralFeature, String> field : other.fields.entrySet()) {
			String mine = fields.getOrDefault(field.getKey(), ""); //$NON-NLS-1$
			if (!mine.equals(field.getValue())) {
				changes.add(Messages.bind(Messages.Change_field, new Object[] { FieldChange.fieldName(field.getKey()),
						shown(mine), shown(field.getValue()) }));
			}
		}
		for (Map.Entry<EStructuralFeature, String> field : fields.entrySet()) {
			if (!other.fields.containsKey(field.getKey())) {
				changes.add(Messages.bind(Messages.Change_field,
						new Object[] { FieldChange.fieldName(field.getKey()), shown(field.getValue()), shown("") })); //$NON-NLS-1$
			}
		}
		return changes;
	}

	private static String shown(String value) {
		if (value.isEmpty()) {
			return Messages.Change_none;
		}
		String one = value.replace('\n', ' ');
		return one.length() > 60 ? one.substring(0, 59) + '\u2026' : one;
	}

	private static Map<EStructuralFeature, String> fields(ContactRecord r) {
		Map<EStructuralFeature, String> f = new LinkedHashMap<>();
		put(f, P.getContact_Prefix(), r.getPrefix());
		put(f, P.getContact_FirstName(), r.getFirstName());
		put(f, P.getContact_MiddleName(), r.getMiddleName());
		put(f, P.getContact_LastName(), r.getLastName());
		put(f, P.getContact_Suffix(), r.getSuffix());
		put(f, P.getContact_Nickname(), r.getNickname());
		put(f, P.getContact_Organization(), r.getOrganization());
		put(f, P.getContact_OrganizationUnit(), r.getOrganizationUnit());
		put(f, P.getContact_Position(), r.getPosition());
		put(f, P.getContact_Notes(), r.getNotes());
		put(f, P.getContact_Birthday(), r.getBirthday() == null ? null : r.getBirthday().toString());
		put(f, P.getContact_Photo(), r.getPhoto() == null ? null
				: r.getPhotoMediaType() + ' ' + Integer.toHexString(Arrays.hashCode(r.getPhoto())) + ' ' + r.getPhoto().length);
		List<String> emails = new ArrayList<>();
		for (String e : r.getEmails()) {
			emails.add(e + kind(r.getEmailKind(e)));
		}
		put(f, P.getContact_EmailAddresses(), String.join(", ", emails)); //$NON-NLS-1$
		List<String> phones = new ArrayList<>();
		for (String p : r.getPhones()) {
			phones.add(p + kind(r.getPhoneKind(p)));
		}
		put(f, P.getContact_PhoneNumbers(), String.join(", ", phones)); //$NON-NLS-1$
		List<String> urls = new ArrayList<>();
		for (String u : r.getProfileUrls()) {
			urls.add(u + kind(r.getProfileUrlKind(u)));
		}
		put(f, P.getContact_WebAddresses(), String.join(", ", urls)); //$NON-NLS-1$
		List<String> addresses = new ArrayList<>();
		for (PostalAddress a : r.getAddresses()) {
			addresses.add(String.join(" / ", Objects.toString(a.getStreet(), ""), Objects.toString(a.getCity(), ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Objects.toString(a.getRegion(), ""), Objects.toString(a.getPostalCode(), ""), //$NON-NLS-1$ //$NON-NLS-2$
					Objects.toString(a.getCountry(), "")) + ' ' + a.getType() + ' ' + a.isPreferred()); //$NON-NLS-1$
		}
		put(f, P.getContact_PostalAddresses(), String.join("; ", addresses)); //$NON-NLS-1$
		put(f, P.getContact_Tags(), String.join(", ", r.getTags())); //$NON-NLS-1$
		List<String> dates = new ArrayList<>();
		for (ImportantDate d : r.getImportantDates()) {
			dates.add(d.getLabel() + ' ' + d.getDate());
		}
		put(f, P.getContact_ImportantDates(), String.join(", ", dates)); //$NON-NLS-1$
		List<String> related = new ArrayList<>();
		for (RelatedPerson p : r.getRelated()) {
			related.add(p.display());
		}
		put(f, P.getContact_Relationships(), String.join(", ", related)); //$NON-NLS-1$
		return f;
	}

	private static String kind(ContactRecord.Kind kind) {
		if (kind == null) {
			return ""; //$NON-NLS-1$
		}
		return " (" + kind.word() + (kind.preferred() ? ", *" : "") + ')'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void put(Map<EStructuralFeature, String> fields, EStructuralFeature feature, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(feature, value.strip());
		}
	}
}
