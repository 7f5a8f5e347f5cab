/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.model.PostalAddress;
import org.rapport.model.RapportFactory;

/**
 * Reads a free-text location ("Portland, OR", "Berlin, Germany", "Arlington, VA, USA") into the parts of a postal
 * address, as far as it can be read without guessing. The rules:
 * <ul>
 * <li>The text is split at commas; empty parts are dropped. Each part keeps the spelling it was given.</li>
 * <li>{@code City, XX} where XX is a US state or Canadian province (code or name): city and region. Two-letter
 * codes are read as states and provinces first, so "CA" is California and "DE" Delaware.</li>
 * <li>{@code City, Country} where Country is a country name (in English or in one of 17 common languages), an ISO
 * 3166 code (two or three letters) or a common alias (USA, UK, England): city and country.</li>
 * <li>{@code City, Region, Country} with a known country last: city, region and country.</li>
 * <li>A country alone (by name, not by code): the country.</li>
 * <li>Anything else, including more parts or a part that is none of the above: the whole text, as it was, in the
 * city.</li>
 * </ul>
 */
public final class LocationParser {

	private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"VA", "WA", "WV", "WI", "WY", "PR"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final Set<String> CA_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"QC", "SK", "YT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Set<String> REGION_NAMES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"colorado", "connecticut", "delaware", "district of columbia", "florida", "hawaii", "idaho", "illinois", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"washington", "west virginia", "wisconsin", "wyoming", "alberta", "british columbia", "manitoba", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"new brunswick", "newfoundland and labrador", "nova scotia", "northwest territories", "nunavut", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ontario", "prince edward island", "quebec", "québec", "saskatchewan", "yukon"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final List<String> NAME_LANGUAGES = List.of("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"fi", "pl", "cs", "ja", "zh", "ko", "ru", "tr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** Country names and codes, lower case, to their ISO 3166 alpha-2 code. */
	private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

	/** ISO 3166 codes (alpha-2 and alpha-3) and aliases that are codes, upper case. */
	private static final Set<String> COUNTRY_CODES;

	static {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code); //$NON-NLS-1$
			codes.put(code, code);
			codes.put(country.getISO3Country(), code);
			COUNTRY_NAMES.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
		}
		// names in the languages of most address books (Deutschland, España, Sverige); every installed locale would
		// take seconds to load
		for (String language : NAME_LANGUAGES) {
			Locale in = Locale.forLanguageTag(language);
			for (String code : Locale.getISOCountries()) {
				COUNTRY_NAMES.put(new Locale("", code).getDisplayCountry(in).toLowerCase(in), code); //$NON-NLS-1$
			}
		}
		for (String alias : List.of("usa", "u.s.a.", "u.s.", "united states of america", "america")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			COUNTRY_NAMES.put(alias, "US"); //$NON-NLS-1$
		}
		for (String alias : List.of("uk", "u.k.", "great britain", "britain", "england", "scotland", "wales", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"northern ireland")) { //$NON-NLS-1$
			COUNTRY_NAMES.put(alias, "GB"); //$NON-NLS-1$
		}
		COUNTRY_NAMES.put("holland", "NL"); //$NON-NLS-1$ //$NON-NLS-2$
		COUNTRY_NAMES.put("the netherlands", "NL"); //$NON-NLS-1$ //$NON-NLS-2$
		COUNTRY_NAMES.put("south korea", "KR"); //$NON-NLS-1$ //$NON-NLS-2$
		COUNTRY_NAMES.remove(""); //$NON-NLS-1$
		codes.put("UK", "GB"); //$NON-NLS-1$ //$NON-NLS-2$
		COUNTRY_CODES = Set.copyOf(codes.keySet());
	}

	private LocationParser() {
	}

	/**
	 * A new postal address (type other, not preferred) with the parts read from the text.
	 *
	 * @return the address, or {@code null} when the text is {@code null} or blank
	 */
	public static PostalAddress parse(String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		PostalAddress address = RapportFactory.eINSTANCE.createPostalAddress();
		String whole = location.strip();
		List<String> parts = new ArrayList<>();
		for (String part : whole.split(",")) { //$NON-NLS-1$
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.size() == 1 && isCountryName(parts.get(0))) {
			address.setCountry(parts.get(0));
		} else if (parts.size() == 2 && isRegion(parts.get(1))) {
			address.setCity(parts.get(0));
			address.setRegion(parts.get(1));
		} else if (parts.size() == 2 && isCountry(parts.get(1))) {
			address.setCity(parts.get(0));
			address.setCountry(parts.get(1));
		} else if (parts.size() == 3 && isCountry(parts.get(2)) && !isCountry(parts.get(0))) {
			address.setCity(parts.get(0));
			address.setRegion(parts.get(1));
			address.setCountry(parts.get(2));
		} else {
			address.setCity(whole);
		}
		return address;
	}

	/** Whether the text names a US state or a Canadian province, by its code or its name. */
	public static boolean isRegion(String text) {
		String t = text.strip();
		// codes only in capitals: "or" and "in" are words
		return US_STATES.contains(t) || CA_PROVINCES.contains(t) || REGION_NAMES.contains(t.toLowerCase(Locale.ROOT));
	}

	/** Whether the text names a country: by name or alias (any case) or ISO 3166 code (in capitals). */
	public static boolean isCountry(String text) {
		String t = text.strip();
		return isCountryName(t) || COUNTRY_CODES.contains(t);
	}

	private static boolean isCountryName(String text) {
		return COUNTRY_NAMES.containsKey(text.strip().toLowerCase(Locale.ROOT));
	}
}
