/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.EntryType;
import org.rapport.model.PhoneNumber;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportFactory;
import org.rapport.model.TypedEntry;
import org.rapport.model.WebAddress;

/**
 * How to reach a contact, read and built the short way: the preferred e-mail, the addresses as strings, a new
 * typed entry. The model keeps typed entries (e-mail, phone, web and postal addresses, each with a type, a custom
 * label and a preferred flag); most callers only want the strings.
 */
public final class ContactInfo {

	private ContactInfo() {
	}

	/**
	 * The preferred entry of a list: the first one flagged preferred, else the first one.
	 *
	 * @return the entry, or {@code null} when the list is empty
	 */
	public static <T extends TypedEntry> T preferred(List<T> entries) {
		for (T entry : entries) {
			if (entry.isPreferred()) {
				return entry;
			}
		}
		return entries.isEmpty() ? null : entries.get(0);
	}

	/** The preferred e-mail address (else the first), stripped; empty when there is none. */
	public static String preferredEmail(Contact contact) {
		return text(preferred(contact.getEmailAddresses()), EmailAddress::getAddress);
	}

	/** The preferred phone number (else the first), stripped; empty when there is none. */
	public static String preferredPhone(Contact contact) {
		return text(preferred(contact.getPhoneNumbers()), PhoneNumber::getNumber);
	}

	/** The preferred web address (else the first), stripped; empty when there is none. */
	public static String preferredUrl(Contact contact) {
		return text(preferred(contact.getWebAddresses()), WebAddress::getUrl);
	}

	/** The contact's e-mail addresses, in their order, without blanks. */
	public static List<String> emails(Contact contact) {
		return values(contact.getEmailAddresses(), EmailAddress::getAddress);
	}

	/** The contact's phone numbers, in their order, without blanks. */
	public static List<String> phones(Contact contact) {
		return values(contact.getPhoneNumbers(), PhoneNumber::getNumber);
	}

	/** The contact's web addresses, in their order, without blanks. */
	public static List<String> urls(Contact contact) {
		return values(contact.getWebAddresses(), WebAddress::getUrl);
	}

	/** Where the contact is, from the preferred postal address: "City, Region, Country"; empty when unknown. */
	public static String location(Contact contact) {
		return location(preferred(contact.getPostalAddresses()));
	}

	/** The city, region and country of an address that has them, joined with commas; empty for {@code null}. */
	public static String location(PostalAddress address) {
		if (address == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { address.getCity(), address.getRegion(), address.getCountry() }) {
			if (part != null && !part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}

	/** A new e-mail entry of type other, not preferred. */
	public static EmailAddress newEmail(String address) {
		EmailAddress entry = RapportFactory.eINSTANCE.createEmailAddress();
		entry.setAddress(address);
		return entry;
	}

	/** A new phone entry of type other, not preferred. */
	public static PhoneNumber newPhone(String number) {
		PhoneNumber entry = RapportFactory.eINSTANCE.createPhoneNumber();
		entry.setNumber(number);
		return entry;
	}

	/** A new web address entry of type other, not preferred. */
	public static WebAddress newUrl(String url) {
		WebAddress entry = RapportFactory.eINSTANCE.createWebAddress();
		entry.setUrl(url);
		return entry;
	}

	/** Sets the type of an entry and returns it. */
	public static <T extends TypedEntry> T typed(T entry, EntryType type, boolean preferred) {
		entry.setType(type);
		entry.setPreferred(preferred);
		return entry;
	}

	/** Adds an e-mail address of type other to the contact; preferred when it is the contact's first. */
	public static EmailAddress addEmail(Contact contact, String address) {
		EmailAddress entry = typed(newEmail(address), EntryType.OTHER, contact.getEmailAddresses().isEmpty());
		contact.getEmailAddresses().add(entry);
		return entry;
	}

	/** Adds a phone number of type other to the contact; preferred when it is the contact's first. */
	public static PhoneNumber addPhone(Contact contact, String number) {
		PhoneNumber entry = typed(newPhone(number), EntryType.OTHER, contact.getPhoneNumbers().isEmpty());
		contact.getPhoneNumbers().add(entry);
		return entry;
	}

	/** Adds a web address of type other to the contact; preferred when it is the contact's first. */
	public static WebAddress addUrl(Contact contact, String url) {
		WebAddress entry = typed(newUrl(url), EntryType.OTHER, contact.getWebAddresses().isEmpty());
		contact.getWebAddresses().add(entry);
		return entry;
	}

	/**
	 * Adds the location, read by {@link LocationParser}, as a postal address of type other; preferred when it is the
	 * contact's first.
	 *
	 * @return the address, or {@code null} when the location is blank (nothing is added)
	 */
	public static PostalAddress addLocation(Contact contact, String location) {
		PostalAddress address = LocationParser.parse(location);
		if (address != null) {
			address.setPreferred(contact.getPostalAddresses().isEmpty());
			contact.getPostalAddresses().add(address);
		}
		return address;
	}

	/** The label to show for an entry's type: its custom label for a custom type, else the type's literal. */
	public static String typeLabel(TypedEntry entry) {
		if (entry.getType() == EntryType.CUSTOM && entry.getLabel() != null && !entry.getLabel().isBlank()) {
			return entry.getLabel().strip();
		}
		return entry.getType().getLiteral();
	}

	private static <T> List<String> values(List<T> entries, Function<T, String> value) {
		List<String> values = new ArrayList<>(entries.size());
		for (T entry : entries) {
			String v = value.apply(entry);
			if (v != null && !v.isBlank()) {
				values.add(v.strip());
			}
		}
		return values;
	}

	private static <T> String text(T entry, Function<T, String> value) {
		String v = entry == null ? null : value.apply(entry);
		return v == null ? "" : v.strip(); //$NON-NLS-1$
	}
}
