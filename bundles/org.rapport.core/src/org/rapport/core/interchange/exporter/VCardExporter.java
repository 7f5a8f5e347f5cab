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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.core.internal.interchange.ContactUids;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.OctetFoldingWriter;
import org.rapport.core.internal.interchange.ProductId;
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
import org.rapport.model.contacts.PartialDate;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.RelatedType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Nickname;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;

/**
 * Writes contacts as one {@code .vcf} file of vCard 3.0 or 4.0 cards, in UTF-8, with ez-vcard; lines are folded at
 * 75 octets, never inside a character.
 * <ul>
 * <li>{@code N} with its five parts, {@code FN}, {@code NICKNAME}, {@code ORG} with the unit, {@code TITLE},
 * {@code NOTE}, {@code CATEGORIES} (tags), {@code PRODID} (Rapport and its version) and a {@code UID}: a real
 * {@code urn:uuid:}, the same in every export of the contact ({@code ContactUids}), by which an import finds the
 * contact again.</li>
 * <li>{@code EMAIL}, {@code TEL}, {@code URL} and {@code ADR} (by its parts) with their type ({@code WORK},
 * {@code HOME}, {@code CELL} for a mobile phone) and the preferred one marked ({@code PREF=1} in 4.0,
 * {@code TYPE=pref} in 3.0). A custom label, and "mobile" on anything but a phone, is written the way Apple
 * Contacts writes it: the property in a group with an {@code X-ABLabel}.</li>
 * <li>{@code BDAY}: in 4.0 {@code --MMDD} without the year; in 3.0, which has no date without a year, Apple's
 * {@code BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD}, which Apple Contacts, Google Contacts and Rapport read as a
 * birthday without a year (1604 is a leap year, so February 29 survives).</li>
 * <li>Important dates: in 4.0 the first labelled "anniversary" as {@code ANNIVERSARY}; the others, and all in 3.0
 * (which has no {@code ANNIVERSARY}), as Apple's grouped {@code X-ABDATE} with their label.</li>
 * <li>{@code PHOTO} inside the card: base64 with {@code ENCODING=b} in 3.0, a {@code data:} URI in 4.0.</li>
 * <li>Related people and who introduced the contact: in 4.0 {@code RELATED} with the label as {@code TYPE}
 * ({@code x-introduced-by} for the introducer), the other card's {@code urn:uuid:} when that person is written to
 * the same file, else the name as text; in 3.0, which has no {@code RELATED}, Apple's
 * {@code itemN.X-ABRELATEDNAMES} with {@code itemN.X-ABLabel}.</li>
 * </ul>
 */
public class VCardExporter implements ContactExporter {

	/** The vCard versions Rapport writes (2.1 is read, not written: it has no photo URI, no dates without a year). */
	public enum Version {
		V3_0(VCardVersion.V3_0), V4_0(VCardVersion.V4_0);

		private final VCardVersion ezVersion;

		Version(VCardVersion ezVersion) {
			this.ezVersion = ezVersion;
		}

		/** The version as written in the file, "3.0" or "4.0". */
		public String text() {
			return ezVersion.getVersion();
		}

		/** The version written as {@code text}, "3.0" or "4.0" ("3" and "4" too), or {@code null}. */
		public static Version of(String text) {
			for (Version version : values()) {
				if (version.text().equals(text) || version.text().equals(text + ".0")) { //$NON-NLS-1$
					return version;
				}
			}
			return null;
		}
	}

	/** The year Apple writes for a date without a year, marked {@code X-APPLE-OMIT-YEAR}. */
	static final int OMITTED_YEAR = 1604;

	private static final String X_APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR"; //$NON-NLS-1$
	private static final String APPLE_ANNIVERSARY = "_$!<Anniversary>!$_"; //$NON-NLS-1$

	private final Version version;

	/** An exporter writing vCard 3.0, the version address books read most widely. */
	public VCardExporter() {
		this(Version.V3_0);
	}

	public VCardExporter(Version version) {
		this.version = Objects.requireNonNull(version, "version"); //$NON-NLS-1$
	}

	public Version getVersion() {
		return version;
	}

	@Override
	public ContactFormat getFormat() {
		return ContactFormat.VCARD;
	}

	@Override
	public void write(List<? extends Contact> contacts, OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_writing, contacts.size());
		Set<Contact> exported = new HashSet<>(contacts);
		Map<Contact, String> uidOf = new HashMap<>();
		for (Contact contact : contacts) {
			uidOf.put(contact, ContactUids.of(contact));
		}
		// ez-vcard folds by characters; the octet folding is ours, after it, in UTF-8 whatever the platform's charset
		Writer writer = new OctetFoldingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		VCardWriter vcards = new VCardWriter(writer, version.ezVersion);
		vcards.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
		vcards.setAddProdId(false);
		for (Contact contact : contacts) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			vcards.write(toCard(contact, uidOf, exported));
			sub.worked(1);
		}
		vcards.flush();
	}

	/** The contact's {@code UID}: a real {@code urn:uuid:}, the same in every export. */
	static String uidOf(Contact contact) {
		return ContactUids.of(contact);
	}

	private VCard toCard(Contact c, Map<Contact, String> uidOf, Set<Contact> exported) {
		VCard card = new VCard();
		card.setProductId(ProductId.get());
		Groups groups = new Groups(card);
		StructuredName n = new StructuredName();
		n.getPrefixes().addAll(words(c.getPrefix()));
		n.setGiven(blankToNull(c.getFirstName()));
		n.getAdditionalNames().addAll(words(c.getMiddleName()));
		n.setFamily(blankToNull(c.getLastName()));
		n.getSuffixes().addAll(words(c.getSuffix()));
		card.setStructuredName(n);
		String full = c.getFullName();
		if (full == null || full.isBlank()) {
			// FN is required from 3.0 on: an organization or address is the next best thing to show
			full = c.getOrganization() != null ? c.getOrganization() : !ContactInfo.emails(c).isEmpty() ? ContactInfo.emails(c).get(0) : ""; //$NON-NLS-1$
		}
		card.setFormattedName(full);
		if (blankToNull(c.getNickname()) != null) {
			Nickname nickname = new Nickname();
			nickname.getValues().add(c.getNickname().strip());
			card.setNickname(nickname);
		}
		for (EmailAddress entry : c.getEmailAddresses()) {
			if (blankToNull(entry.getAddress()) != null) {
				Email email = new Email(entry.getAddress().strip());
				EmailType type = entry.getType() == EntryType.WORK ? EmailType.WORK
						: entry.getType() == EntryType.HOME ? EmailType.HOME : null;
				if (type != null) {
					email.getTypes().add(type);
				}
				typed(card, groups, email, entry, type != null || entry.getType() == EntryType.OTHER);
				card.addEmail(email);
			}
		}
		for (PhoneNumber entry : c.getPhoneNumbers()) {
			if (blankToNull(entry.getNumber()) != null) {
				Telephone tel = new Telephone(entry.getNumber().strip());
				TelephoneType type = switch (entry.getType()) {
				case WORK -> TelephoneType.WORK;
				case HOME -> TelephoneType.HOME;
				case MOBILE -> TelephoneType.CELL;
				default -> null;
				};
				if (type != null) {
					tel.getTypes().add(type);
				}
				typed(card, groups, tel, entry, type != null || entry.getType() == EntryType.OTHER);
				card.addTelephoneNumber(tel);
			}
		}
		for (WebAddress entry : c.getWebAddresses()) {
			if (blankToNull(entry.getUrl()) != null) {
				Url url = new Url(entry.getUrl().strip());
				boolean standard = entry.getType() == EntryType.WORK || entry.getType() == EntryType.HOME;
				if (standard) {
					url.setType(entry.getType().getLiteral());
				}
				typed(card, groups, url, entry, standard || entry.getType() == EntryType.OTHER);
				card.addUrl(url);
			}
		}
		for (PostalAddress postal : c.getPostalAddresses()) {
			Address adr = address(postal);
			boolean standard = postal.getType() == EntryType.WORK || postal.getType() == EntryType.HOME;
			if (standard) {
				adr.getTypes().add(postal.getType() == EntryType.WORK ? AddressType.WORK : AddressType.HOME);
			}
			typed(card, groups, adr, postal, standard || postal.getType() == EntryType.OTHER);
			card.addAddress(adr);
		}
		if (blankToNull(c.getOrganization()) != null || blankToNull(c.getOrganizationUnit()) != null) {
			Organization org = new Organization();
			org.getValues().add(Objects.requireNonNullElse(blankToNull(c.getOrganization()), "")); //$NON-NLS-1$
			if (blankToNull(c.getOrganizationUnit()) != null) {
				org.getValues().add(c.getOrganizationUnit().strip());
			}
			card.setOrganization(org);
		}
		if (blankToNull(c.getPosition()) != null) {
			card.addTitle(c.getPosition().strip());
		}
		if (c.getBirthday() != null) {
			card.setBirthday(date(c.getBirthday(), Birthday::new, Birthday::new));
		}
		boolean anniversaryWritten = false;
		for (ImportantDate important : c.getImportantDates()) {
			PartialDate date = important.getDate();
			if (date == null) {
				continue;
			}
			boolean anniversary = "anniversary".equalsIgnoreCase(String.valueOf(important.getLabel()).strip()); //$NON-NLS-1$
			if (anniversary && !anniversaryWritten && version == Version.V4_0) {
				card.setAnniversary(date(date, Anniversary::new, Anniversary::new));
				anniversaryWritten = true;
			} else {
				RawProperty raw = card.addExtendedProperty("X-ABDATE", //$NON-NLS-1$
						date.hasYear() ? date.toString() : String.format(Locale.ROOT, "%04d-%02d-%02d", //$NON-NLS-1$
								Integer.valueOf(OMITTED_YEAR), Integer.valueOf(date.getMonth()), Integer.valueOf(date.getDay())));
				if (!date.hasYear()) {
					raw.getParameters().put(X_APPLE_OMIT_YEAR, Integer.toString(OMITTED_YEAR));
				}
				groups.label(raw, anniversary ? APPLE_ANNIVERSARY : Objects.requireNonNullElse(blankToNull(important.getLabel()), "")); //$NON-NLS-1$
			}
		}
		if (c.getPhoto() != null && c.getPhoto().length > 0) {
			card.addPhoto(new Photo(c.getPhoto(), imageType(c.getPhotoMediaType())));
		}
		if (!c.getTags().isEmpty()) {
			Categories categories = new Categories();
			categories.getValues().addAll(c.getTags());
			card.addCategories(categories);
		}
		if (c.getNotes() != null && !c.getNotes().isBlank()) {
			card.addNote(c.getNotes());
		}
		card.setUid(new Uid(uidOf.get(c)));
		Contact introducer = c.getIntroducedBy();
		if (introducer != null) {
			related(card, groups, RelatedPerson.INTRODUCED_BY_TYPE, RelatedPerson.INTRODUCED_BY_LABEL, introducer, null,
					uidOf, exported);
		}
		for (Relationship relationship : c.getRelationships()) {
			String label = blankToNull(relationship.getLabel());
			related(card, groups, label, label, relationship.getContact(), blankToNull(relationship.getName()), uidOf,
					exported);
		}
		return card;
	}

	/**
	 * A related person: 4.0 {@code RELATED} (the other card's UID when it is in the file, else the name), 3.0
	 * Apple's grouped {@code X-ABRELATEDNAMES} with the label.
	 */
	private void related(VCard card, Groups groups, String type, String label, Contact person, String name,
			Map<Contact, String> uidOf, Set<Contact> exported) {
		String text = person != null ? blankToNull(person.getFullName()) : name;
		if (version == Version.V4_0) {
			Related related = new Related();
			if (person != null && exported.contains(person)) {
				related.setUri(uidOf.get(person));
			} else if (text != null) {
				related.setText(text);
			} else {
				return;
			}
			if (type != null) {
				related.getTypes().add(RelatedType.get(type));
			}
			card.addRelated(related);
		} else if (text != null) {
			RawProperty names = card.addExtendedProperty("X-ABRELATEDNAMES", text); //$NON-NLS-1$
			groups.label(names, label == null ? "" : label); //$NON-NLS-1$
		}
	}

	/**
	 * Marks the preferred entry and gives a custom label (or a type vCard has no word for) the Apple way, in a group
	 * with an {@code X-ABLabel}.
	 */
	private static void typed(VCard card, Groups groups, VCardProperty property, TypedEntry entry, boolean standard) {
		if (entry.isPreferred()) {
			property.getParameters().setPref(Integer.valueOf(1));
		}
		if (!standard) {
			groups.label(property, ContactInfo.typeLabel(entry));
		}
	}

	/** Apple's item groups of one card: {@code item1}, {@code item2}, ... each with its label. */
	private static final class Groups {
		private final VCard card;
		private int next = 1;

		Groups(VCard card) {
			this.card = card;
		}

		void label(VCardProperty property, String label) {
			String group = "item" + next++; //$NON-NLS-1$
			property.setGroup(group);
			if (!label.isEmpty()) {
				card.addExtendedProperty("X-ABLabel", label).setGroup(group); //$NON-NLS-1$
			}
		}
	}

	private <T extends VCardProperty> T date(PartialDate date, java.util.function.Function<LocalDate, T> full,
			java.util.function.Function<ezvcard.util.PartialDate, T> partial) {
		if (date.hasYear()) {
			return full.apply(date.toLocalDate());
		}
		if (version == Version.V4_0) {
			return partial.apply(ezvcard.util.PartialDate.builder().month(Integer.valueOf(date.getMonth()))
					.date(Integer.valueOf(date.getDay())).build());
		}
		T property = full.apply(date.in(OMITTED_YEAR));
		property.getParameters().put(X_APPLE_OMIT_YEAR, Integer.toString(OMITTED_YEAR));
		return property;
	}

	private static ImageType imageType(String mediaType) {
		if (mediaType == null || mediaType.isBlank()) {
			return ImageType.JPEG;
		}
		ImageType type = ImageType.find(null, mediaType.strip().toLowerCase(Locale.ROOT), null);
		return type != null ? type : ImageType.JPEG;
	}

	/** The address by its parts. */
	private static Address address(PostalAddress postal) {
		Address adr = new Address();
		adr.setStreetAddress(blankToNull(postal.getStreet()));
		adr.setLocality(blankToNull(postal.getCity()));
		adr.setRegion(blankToNull(postal.getRegion()));
		adr.setPostalCode(blankToNull(postal.getPostalCode()));
		adr.setCountry(blankToNull(postal.getCountry()));
		return adr;
	}

	/** The words of a name part (N's components are lists), none for a blank one. */
	private static List<String> words(String value) {
		String v = blankToNull(value);
		return v == null ? List.of() : List.of(v);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
