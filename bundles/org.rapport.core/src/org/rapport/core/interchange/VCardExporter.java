package org.rapport.core.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.model.PostalAddress;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.RelatedType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;

/**
 * Writes contacts as one {@code .vcf} file of vCard 2.1, 3.0 or 4.0 cards, in UTF-8, with ez-vcard.
 * <ul>
 * <li>{@code N} and {@code FN}, {@code EMAIL}, {@code TEL}, {@code ORG}, {@code TITLE}, {@code NOTE},
 * {@code URL} (profile URLs), {@code CATEGORIES} (tags), {@code ADR} (the location: "city, region,
 * country" split at its commas) and a {@code UID} ({@code urn:uuid:} and the contact's id in the plan).</li>
 * <li>Who introduced the contact: in 4.0 a {@code RELATED;TYPE=x-introduced-by} whose value is the
 * introducer's {@code urn:uuid:} when the introducer is written to the same file, else their name as text;
 * in 2.1 and 3.0, which have no {@code RELATED}, Apple's {@code itemN.X-ABRELATEDNAMES} with
 * {@code itemN.X-ABLabel:Introduced by}, which Apple Contacts shows and {@link VCardImporter} reads back.</li>
 * <li>vCard 2.1 has no {@code CATEGORIES} either; it is written anyway, as most 2.1 readers (and ez-vcard)
 * accept it.</li>
 * </ul>
 */
public class VCardExporter implements ContactExporter {

	/** The vCard versions Rapport writes. */
	public enum Version {
		V2_1(VCardVersion.V2_1), V3_0(VCardVersion.V3_0), V4_0(VCardVersion.V4_0);

		private final VCardVersion ezVersion;

		Version(VCardVersion ezVersion) {
			this.ezVersion = ezVersion;
		}

		/** The version as written in the file, "2.1", "3.0" or "4.0". */
		public String text() {
			return ezVersion.getVersion();
		}
	}

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
		java.util.Map<Contact, String> uidOf = new java.util.HashMap<>();
		for (Contact contact : contacts) {
			uidOf.put(contact, uidOf(contact));
		}
		// ez-vcard's OutputStream constructor picks the platform charset for 2.1 and 3.0: say UTF-8 here
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		VCardWriter vcards = new VCardWriter(writer, version.ezVersion);
		for (Contact contact : contacts) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			vcards.write(toCard(contact, uidOf, exported));
			sub.worked(1);
		}
		vcards.flush();
	}

	/** The contact's id in its plan file (a UUID), or a new random UUID for a contact in no resource. */
	static String uidOf(Contact contact) {
		Resource resource = contact.eResource();
		String id = resource instanceof XMLResource ? ((XMLResource) resource).getID(contact) : null;
		return "urn:uuid:" + (id != null ? id : UUID.randomUUID().toString()); //$NON-NLS-1$
	}

	private VCard toCard(Contact c, java.util.Map<Contact, String> uidOf, Set<Contact> exported) {
		VCard card = new VCard();
		StructuredName n = new StructuredName();
		n.setGiven(c.getFirstName());
		n.setFamily(c.getLastName());
		card.setStructuredName(n);
		String full = c.getFullName();
		if (full == null || full.isBlank()) {
			// FN is required from 3.0 on: an organization or address is the next best thing to show
			full = c.getOrganization() != null ? c.getOrganization() : !ContactInfo.emails(c).isEmpty() ? ContactInfo.emails(c).get(0) : ""; //$NON-NLS-1$
		}
		card.setFormattedName(full);
		ContactInfo.emails(c).forEach(card::addEmail);
		ContactInfo.phones(c).forEach(phone -> card.addTelephoneNumber(phone));
		if (c.getOrganization() != null && !c.getOrganization().isBlank()) {
			Organization org = new Organization();
			org.getValues().add(c.getOrganization());
			card.setOrganization(org);
		}
		if (c.getPosition() != null && !c.getPosition().isBlank()) {
			card.addTitle(c.getPosition());
		}
		for (PostalAddress postal : c.getPostalAddresses()) {
			card.addAddress(address(postal));
		}
		ContactInfo.urls(c).forEach(card::addUrl);
		if (!c.getTags().isEmpty()) {
			if (version == Version.V2_1) {
				card.addExtendedProperty("CATEGORIES", String.join(",", c.getTags())); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				Categories categories = new Categories();
				categories.getValues().addAll(c.getTags());
				card.addCategories(categories);
			}
		}
		if (c.getNotes() != null && !c.getNotes().isBlank()) {
			card.addNote(c.getNotes());
		}
		card.setUid(new Uid(uidOf.get(c)));
		Contact introducer = c.getIntroducedBy();
		if (introducer != null) {
			String name = introducer.getFullName();
			if (version == Version.V4_0) {
				Related related = new Related();
				if (exported.contains(introducer)) {
					related.setUri(uidOf.get(introducer));
				} else {
					related.setText(name);
				}
				related.getTypes().add(RelatedType.get(RelatedPerson.INTRODUCED_BY_TYPE));
				card.addRelated(related);
			} else if (name != null && !name.isBlank()) {
				RawProperty names = card.addExtendedProperty("X-ABRELATEDNAMES", name); //$NON-NLS-1$
				names.setGroup("item1"); //$NON-NLS-1$
				RawProperty label = card.addExtendedProperty("X-ABLabel", RelatedPerson.INTRODUCED_BY_LABEL); //$NON-NLS-1$
				label.setGroup("item1"); //$NON-NLS-1$
			}
		}
		return card;
	}

	/** "City, Region, Country" into the address's parts; one or more than three parts stay the locality. */
	/** The address by its parts (the formats of vCard's types and preference are the interchange's to add). */
	private static Address address(PostalAddress postal) {
		Address adr = new Address();
		adr.setStreetAddress(blankToNull(postal.getStreet()));
		adr.setLocality(blankToNull(postal.getCity()));
		adr.setRegion(blankToNull(postal.getRegion()));
		adr.setPostalCode(blankToNull(postal.getPostalCode()));
		adr.setCountry(blankToNull(postal.getCountry()));
		return adr;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
