/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.interchange.exporter.ContactExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.sample.SamplePlan;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/**
 * Export the sample plan's contacts, import the file into an empty plan: the same people with the same
 * fields. Import it into the plan it came from: nothing new.
 */
class RoundTripTest {

	static Stream<Arguments> exporters() {
		return Stream.of(Arguments.of(new VCardExporter(VCardExporter.Version.V3_0)),
				Arguments.of(new VCardExporter(VCardExporter.Version.V4_0)), Arguments.of(new GoogleContactsExporter()));
	}

	private static String describe(ContactExporter exporter) {
		return exporter instanceof VCardExporter ? "vCard " + ((VCardExporter) exporter).getVersion().text() : "Google CSV";
	}

	/** The fields a contact file carries, in a comparable form. */
	private static List<Object> fields(Contact c) {
		Contact introducer = c.getIntroducedBy();
		return List.of(String.valueOf(c.getFirstName()), String.valueOf(c.getLastName()), ContactInfo.emails(c), ContactInfo.phones(c),
				String.valueOf(c.getOrganization()), String.valueOf(c.getPosition()), ContactInfo.location(c),
				ContactInfo.urls(c), c.getTags(), String.valueOf(c.getNotes()),
				introducer == null ? "-" : String.valueOf(introducer.getFullName()));
	}

	@ParameterizedTest
	@MethodSource("exporters")
	void exportThenImportIntoAnEmptyPlanGivesTheSameContacts(ContactExporter exporter) throws Exception {
		NetworkingPlan source = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY)).plan();
		List<Contact> contacts = source.getContacts();
		assertTrue(contacts.size() > 10);
		byte[] file = Fixtures.export(exporter, contacts);

		Fixtures.Setup target = Fixtures.emptyPlan();
		ParsedContacts parsed = Fixtures.read(exporter.getFormat(), "export", file);
		assertEquals(List.of(), parsed.warnings());
		ImportPreview preview = target.importAll(parsed);
		Fixtures.assertAll(preview, ImportStatus.NEW);

		assertEquals(contacts.size(), target.plan().getContacts().size(), describe(exporter));
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < contacts.size(); i++) {
			boolean photos = exporter instanceof VCardExporter;
			List<Object> expected = new ArrayList<>(fields(contacts.get(i)));
			expected.addAll(EveryFieldInterchangeTest.fields(contacts.get(i), photos));
			List<Object> actual = new ArrayList<>(fields(target.plan().getContacts().get(i)));
			actual.addAll(EveryFieldInterchangeTest.fields(target.plan().getContacts().get(i), photos));
			if (!expected.equals(actual)) {
				differences.add(expected + "\n  became " + actual);
			}
		}
		assertEquals(List.of(), differences, describe(exporter) + "\n" + new String(file, StandardCharsets.UTF_8));
		for (Contact imported : target.plan().getContacts()) {
			assertNotNull(imported.getProvenance());
		}
	}

	@ParameterizedTest
	@MethodSource("exporters")
	void reimportIntoTheSourcePlanIsAllDuplicates(ContactExporter exporter) throws Exception {
		Fixtures.Setup source = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY));
		byte[] file = Fixtures.export(exporter, source.plan().getContacts());
		ImportPreview preview = source.preview(Fixtures.read(exporter.getFormat(), "export", file));
		Fixtures.assertAll(preview, ImportStatus.DUPLICATE);
		for (var row : preview.getRows()) {
			assertTrue(row.getConflicts().isEmpty(), row.getMessage());
		}
	}

	@ParameterizedTest
	@MethodSource("exporters")
	void selectedContactsOnly(ContactExporter exporter) throws Exception {
		NetworkingPlan source = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY)).plan();
		List<Contact> selection = List.of(source.getContacts().get(1), source.getContacts().get(3));
		ParsedContacts parsed = Fixtures.read(exporter.getFormat(), "export", Fixtures.export(exporter, selection));
		assertEquals(2, parsed.records().size());
		assertEquals(selection.get(1).getLastName(), parsed.records().get(1).getLastName());
		assertNull(parsed.records().get(0).getRejection());
	}

	@ParameterizedTest
	@MethodSource("exporters")
	void exportedFileReadsBackWithTheRightFormat(ContactExporter exporter) throws Exception {
		NetworkingPlan source = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY)).plan();
		byte[] file = Fixtures.export(exporter, source.getContacts());
		assertEquals(exporter.getFormat(), ContactFormat.detect(file));
		if (exporter instanceof VCardExporter) {
			String text = new String(file, StandardCharsets.UTF_8);
			assertTrue(text.contains("VERSION:" + ((VCardExporter) exporter).getVersion().text()), text);
		}
	}
}
