/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.model.EntryType;
import org.rapport.model.PostalAddress;
import org.rapport.model.contacts.LocationParser;

/** How a free-text location becomes the parts of a postal address (headless). */
class LocationParserTest {

	@ParameterizedTest(name = "\"{0}\" -> city {1}, region {2}, country {3}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			// US states and Canadian provinces, by code and by name
			"Portland, OR|Portland|OR|-",
			"Seattle, WA|Seattle|WA|-",
			"San Francisco, CA|San Francisco|CA|-",
			"Wilmington, DE|Wilmington|DE|-",
			"Indianapolis, IN|Indianapolis|IN|-",
			"Washington, DC|Washington|DC|-",
			"Toronto, ON|Toronto|ON|-",
			"Vancouver, BC|Vancouver|BC|-",
			"Montréal, QC|Montréal|QC|-",
			"Austin, Texas|Austin|Texas|-",
			"Halifax, Nova Scotia|Halifax|Nova Scotia|-",
			"  Portland ,  OR  |Portland|OR|-",
			// countries: English names, own-language names, ISO codes, aliases
			"Berlin, Germany|Berlin|-|Germany",
			"Stockholm, Sweden|Stockholm|-|Sweden",
			"München, Deutschland|München|-|Deutschland",
			"Madrid, España|Madrid|-|España",
			"Paris, FR|Paris|-|FR",
			"Lisbon, PRT|Lisbon|-|PRT",
			"London, UK|London|-|UK",
			"Manchester, England|Manchester|-|England",
			"Amsterdam, the Netherlands|Amsterdam|-|the Netherlands",
			"Tokyo, japan|Tokyo|-|japan",
			"New York, USA|New York|-|USA",
			// city, region, country
			"Arlington, VA, USA|Arlington|VA|USA",
			"Munich, Bavaria, Germany|Munich|Bavaria|Germany",
			"Sydney, NSW, Australia|Sydney|NSW|Australia",
			// a country alone
			"Germany|-|-|Germany",
			"United Kingdom|-|-|United Kingdom",
			// unsure: kept whole in the city
			"Portland|Portland|-|-",
			"Greater Seattle Area|Greater Seattle Area|-|-",
			"Remote|Remote|-|-",
			"Munich, Bavaria|Munich, Bavaria|-|-",
			"Portland, or|Portland, or|-|-",
			"Springfield, XY|Springfield, XY|-|-",
			"OR|OR|-|-",
			"a, b, c, d|a, b, c, d|-|-",
			"Germany, Berlin, France|Germany, Berlin, France|-|-",
			"Berlin, Germany, Earth|Berlin, Germany, Earth|-|-",
			"Bay Area; California|Bay Area; California|-|-" })
	void readsWhatItCanAndKeepsTheRestWhole(String location, String city, String region, String country) {
		PostalAddress address = LocationParser.parse(location);
		assertEquals(city, address.getCity(), "city");
		assertEquals(region, address.getRegion(), "region");
		assertEquals(country, address.getCountry(), "country");
		assertNull(address.getStreet());
		assertNull(address.getPostalCode());
		assertEquals(EntryType.OTHER, address.getType());
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "-", "''", "'   '" })
	void nothingIsReadFromNothing(String location) {
		assertNull(LocationParser.parse(location));
	}
}
