/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.interchange.exporter.ContactExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactPhotos;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.EntryType;
import org.rapport.model.ImportantDate;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportFactory;
import org.rapport.model.Relationship;
import org.rapport.model.TypedEntry;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.PartialDate;

/**
 * Every field of a contact through every format Rapport writes, both ways: exported, read back into an empty plan,
 * the same contact field by field; read back into the plan it came from, nobody new. Then what the files look like:
 * lines folded at 75 octets between characters, real and stable {@code urn:uuid:} UIDs, birthdays with and without
 * the year, typed and preferred entries, the photo inline. And a vCard 2.1 file with all of it, read.
 */
class EveryFieldInterchangeTest {

	private static final Pattern UUID_URN = Pattern
			.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@TempDir
	Path dir;

	static Stream<Arguments> exporters() {
		return Stream.of(Arguments.of(new VCardExporter(VCardExporter.Version.V3_0)),
				Arguments.of(new VCardExporter(VCardExporter.Version.V4_0)), Arguments.of(new GoogleContactsExporter()));
	}

	/** Two people with everything a contact can have; the notes long and in three scripts, for the folding. */
	static Fixtures.Setup people() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		NetworkingPlan plan = setup.plan();
		Contact zoe = RapportFactory.eINSTANCE.createContact();
		zoe.setPrefix("Dr.");
		zoe.setFirstName("Zoë");
		zoe.setMiddleName("Ann");
		zoe.setLastName("Ångström-Łukasiewicz");
		zoe.setSuffix("PhD");
		zoe.setNickname("Zo");
		zoe.setOrganization("Nordlys Design");
		zoe.setOrganizationUnit("Research & Development");
		zoe.setPosition("Director");
		zoe.setBirthday(PartialDate.of(1985, 7, 14));
		zoe.getImportantDates().add(date("anniversary", PartialDate.of(6, 1)));
		zoe.getImportantDates().add(date("Connected on LinkedIn", PartialDate.of(2024, 3, 12)));
		ContactPhotos.Photo photo = ContactPhotos.downscale(picture());
		zoe.setPhoto(photo.data());
		zoe.setPhotoMediaType(photo.mediaType());
		zoe.getEmailAddresses().add(ContactInfo.typed(ContactInfo.newEmail("zoe@nordlys.example"), EntryType.WORK, true));
		zoe.getEmailAddresses().add(ContactInfo.typed(ContactInfo.newEmail("zoe@home.example"), EntryType.HOME, false));
		zoe.getEmailAddresses().add(custom(ContactInfo.newEmail("zo@private.example"), "Private"));
		zoe.getPhoneNumbers().add(ContactInfo.typed(ContactInfo.newPhone("+46 70 123 45 67"), EntryType.MOBILE, true));
		zoe.getPhoneNumbers().add(ContactInfo.typed(ContactInfo.newPhone("+46 8 123 456"), EntryType.WORK, false));
		zoe.getWebAddresses().add(custom(ContactInfo.newUrl("https://zoe.example/portfolio"), "Portfolio"));
		zoe.getWebAddresses().add(ContactInfo.typed(ContactInfo.newUrl("https://www.linkedin.com/in/zoe"), EntryType.OTHER, true));
		zoe.getPostalAddresses().add(address("Sveavägen 1", "Stockholm", null, "111 57", "Sweden", EntryType.WORK, true));
		zoe.getPostalAddresses().add(address("Storgatan 2", "Uppsala", "Uppsala län", "753 20", "Sweden", EntryType.HOME, false));
		zoe.getTags().add("design");
		zoe.setNotes("Met at Form/Design Week; 日本語も話せます。デザインの話をすると止まらない人です。"
				+ " Ελληνικά επίσης. A long line, so that it is folded more than once in every vCard version.");
		plan.getContacts().add(zoe);

		Contact bo = RapportFactory.eINSTANCE.createContact();
		bo.setFirstName("Bo");
		bo.setLastName("Berg");
		bo.setBirthday(PartialDate.of(2, 29));
		bo.setIntroducedBy(zoe);
		ContactInfo.addEmail(bo, "bo@berg.example");
		Relationship colleague = RapportFactory.eINSTANCE.createRelationship();
		colleague.setLabel("colleague");
		colleague.setContact(zoe);
		bo.getRelationships().add(colleague);
		Relationship spouse = RapportFactory.eINSTANCE.createRelationship();
		spouse.setLabel("spouse");
		spouse.setName("Eva Berg");
		bo.getRelationships().add(spouse);
		plan.getContacts().add(bo);
		return setup;
	}

	private static ImportantDate date(String label, PartialDate date) {
		ImportantDate important = RapportFactory.eINSTANCE.createImportantDate();
		important.setLabel(label);
		important.setDate(date);
		return important;
	}

	private static <T extends TypedEntry> T custom(T entry, String label) {
		entry.setType(EntryType.CUSTOM);
		entry.setLabel(label);
		return entry;
	}

	private static PostalAddress address(String street, String city, String region, String code, String country,
			EntryType type, boolean preferred) {
		PostalAddress a = RapportFactory.eINSTANCE.createPostalAddress();
		a.setStreet(street);
		a.setCity(city);
		a.setRegion(region);
		a.setPostalCode(code);
		a.setCountry(country);
		return ContactInfo.typed(a, type, preferred);
	}

	static byte[] picture() throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.BLUE);
		g.fillOval(16, 8, 32, 32);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** Everything a contact file can carry, in a comparable form; the photo only where the format has one. */
	static List<String> fields(Contact c, boolean withPhoto) {
		List<String> f = new ArrayList<>();
		f.add("name " + String.join("|", String.valueOf(c.getPrefix()), String.valueOf(c.getFirstName()),
				String.valueOf(c.getMiddleName()), String.valueOf(c.getLastName()), String.valueOf(c.getSuffix())));
		f.add("nickname " + c.getNickname());
		f.add("organization " + c.getOrganization() + " / " + c.getOrganizationUnit() + " / " + c.getPosition());
		f.add("birthday " + c.getBirthday());
		f.add("notes " + c.getNotes());
		f.add("tags " + c.getTags());
		for (TypedEntry e : c.getEmailAddresses()) {
			f.add("email " + entry(e) + ContactInfo.emails(c).get(c.getEmailAddresses().indexOf(e)));
		}
		for (TypedEntry e : c.getPhoneNumbers()) {
			f.add("phone " + entry(e) + ContactInfo.phones(c).get(c.getPhoneNumbers().indexOf(e)));
		}
		for (TypedEntry e : c.getWebAddresses()) {
			f.add("url " + entry(e) + ContactInfo.urls(c).get(c.getWebAddresses().indexOf(e)));
		}
		for (PostalAddress a : c.getPostalAddresses()) {
			f.add("address " + entry(a) + String.join("|", String.valueOf(a.getStreet()), String.valueOf(a.getCity()),
					String.valueOf(a.getRegion()), String.valueOf(a.getPostalCode()), String.valueOf(a.getCountry())));
		}
		for (ImportantDate d : c.getImportantDates()) {
			f.add("date " + d.getLabel() + " " + d.getDate());
		}
		for (Relationship r : c.getRelationships()) {
			f.add("related " + r.getLabel() + " " + (r.getContact() != null ? "contact " + r.getContact().getFullName() : r.getName()));
		}
		f.add("introduced by " + (c.getIntroducedBy() == null ? "-" : c.getIntroducedBy().getFullName()));
		if (withPhoto) {
			f.add("photo " + c.getPhotoMediaType() + " " + (c.getPhoto() == null ? "-" : Base64.getEncoder().encodeToString(c.getPhoto())));
		}
		return f;
	}

	private static String entry(TypedEntry e) {
		return ContactInfo.typeLabel(e) + (e.isPreferred() ? " (preferred) " : " ");
	}

	private static String text(byte[] file) {
		return new String(file, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@MethodSource("exporters")
	void everyFieldGoesOutAndComesBack(ContactExporter exporter) throws Exception {
		Fixtures.Setup source = people();
		byte[] file = Fixtures.export(exporter, source.plan().getContacts());

		Fixtures.Setup target = Fixtures.emptyPlan();
		ParsedContacts parsed = Fixtures.read(exporter.getFormat(), "export", file);
		assertEquals(List.of(), parsed.warnings());
		Fixtures.assertAll(target.importAll(parsed), ImportStatus.NEW);
		boolean photos = exporter instanceof VCardExporter;
		for (int i = 0; i < 2; i++) {
			Contact original = source.plan().getContacts().get(i);
			Contact back = target.plan().getContacts().get(i);
			assertEquals(fields(original, photos), fields(back, photos), text(file));
		}
		Contact bo = target.plan().getContacts().get(1);
		assertSame(target.plan().getContacts().get(0), bo.getRelationships().get(0).getContact(),
				"a related person in the same file is linked, not just named");

		ImportPreview again = source.preview(Fixtures.read(exporter.getFormat(), "export", file));
		Fixtures.assertAll(again, ImportStatus.DUPLICATE);
		again.getRows().forEach(row -> assertTrue(row.getConflicts().isEmpty(), row.getMessage()));
	}

	@Test
	void vCardLinesAreFoldedAt75OctetsBetweenCharacters() throws Exception {
		Fixtures.Setup source = people();
		for (VCardExporter.Version version : VCardExporter.Version.values()) {
			byte[] file = Fixtures.export(new VCardExporter(version), source.plan().getContacts());
			List<byte[]> lines = lines(file);
			int folded = 0;
			for (byte[] line : lines) {
				assertTrue(line.length <= 75, version.text() + ": a line of " + line.length + " octets: " + decode(line));
				// each physical line decodes on its own: no character was cut in two
				assertNotNull(decode(line));
				folded += line.length > 0 && line[0] == ' ' ? 1 : 0;
			}
			assertTrue(folded > 10, "the photo and the notes are folded");
			String unfolded = text(file).replace("\r\n ", "");
			assertTrue(unfolded.contains("日本語も話せます。デザインの話をすると止まらない人です。"), unfolded);
			// a line of Japanese holds 25 three-octet characters: folding by characters would have let it grow past 75
			assertTrue(lines.stream().anyMatch(l -> l.length >= 73 && decode(l).contains("本")), "full lines of Japanese");
		}
	}

	private static List<byte[]> lines(byte[] file) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i + 1 < file.length; i++) {
			if (file[i] == '\r' && file[i + 1] == '\n') {
				byte[] line = new byte[i - start];
				System.arraycopy(file, start, line, 0, line.length);
				lines.add(line);
				start = i + 2;
			}
		}
		assertEquals(file.length, start, "every line ends with CRLF");
		return lines;
	}

	private static String decode(byte[] line) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
		} catch (CharacterCodingException e) {
			throw new AssertionError("a line that is not UTF-8 on its own: a character was split", e);
		}
	}

	@Test
	void uidsAreRealUuidsTheSameInEveryExportAndProdIdNamesRapport() throws Exception {
		Fixtures.Setup source = people();
		Path file = dir.resolve("people.rapport");
		new PlanStore().save(source.plan(), file);
		NetworkingPlan saved = new PlanStore().load(file);
		NetworkingPlan loadedAgain = new PlanStore().load(file);
		for (VCardExporter.Version version : VCardExporter.Version.values()) {
			String first = text(Fixtures.export(new VCardExporter(version), saved.getContacts())).replace("\r\n ", "");
			String second = text(Fixtures.export(new VCardExporter(version), loadedAgain.getContacts())).replace("\r\n ", "");
			List<String> uids = matches(Pattern.compile("(?m)^UID:([^\r\n]*)"), first);
			assertEquals(2, uids.size(), first);
			for (String uid : uids) {
				assertTrue(UUID_URN.matcher(uid).matches(), "a real urn:uuid: " + uid);
			}
			assertEquals(uids, matches(Pattern.compile("(?m)^UID:([^\r\n]*)"), second), "the same in every export");
			assertFalse(uids.get(0).equals(uids.get(1)));
			List<String> prodIds = matches(Pattern.compile("(?m)^PRODID:([^\r\n]*)"), first);
			assertEquals(2, prodIds.size());
			assertTrue(prodIds.get(0).matches("-//Rapport//Rapport \\d+\\.\\d+\\.\\d+//EN"), prodIds.get(0));
		}
		// an export of the saved plan, imported into it, finds everyone by that UID
		byte[] export = Fixtures.export(new VCardExporter(VCardExporter.Version.V4_0), saved.getContacts());
		saved.getContacts().forEach(c -> c.getEmailAddresses().clear());
		saved.getContacts().forEach(c -> c.setFirstName(c.getFirstName() + "x"));
		ImportPreview preview = Fixtures.setUp(saved).preview(Fixtures.read(ContactFormat.VCARD, "export", export));
		preview.getRows().forEach(row -> assertEquals("UID", String.valueOf(row.getMatchRule()), row.getMessage()));
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void whatTheCardsSayInEachVersion() throws Exception {
		Fixtures.Setup source = people();
		String v3 = text(Fixtures.export(new VCardExporter(VCardExporter.Version.V3_0), source.plan().getContacts()))
				.replace("\r\n ", "");
		String v4 = text(Fixtures.export(new VCardExporter(VCardExporter.Version.V4_0), source.plan().getContacts()))
				.replace("\r\n ", "");
		assertTrue(v3.contains("N:Ångström-Łukasiewicz;Zoë;Ann;Dr.;PhD\r\n"), v3);
		assertTrue(v3.contains("ORG:Nordlys Design;Research & Development\r\n"), v3);
		assertTrue(v3.contains("NICKNAME:Zo\r\n"), v3);
		assertTrue(v3.contains("BDAY:1985-07-14\r\n"), v3);
		assertTrue(v3.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n"), "3.0 has no date without a year: " + v3);
		assertTrue(v4.contains("BDAY:19850714\r\n") || v4.contains("BDAY:1985-07-14\r\n"), v4);
		assertTrue(v4.contains("BDAY:--0229\r\n"), v4);
		assertTrue(v4.contains("ANNIVERSARY:--0601\r\n"), v4);
		assertTrue(v3.matches("(?s).*item\\d+\\.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-01\r\nitem\\d+\\.X-ABLabel:_\\$!<Anniversary>!\\$_\r\n.*"), v3);
		assertTrue(v3.matches("(?is).*\r\nPHOTO;ENCODING=b;TYPE=jpeg:/9j/.*"), "3.0: inline base64");
		assertTrue(v4.contains("\r\nPHOTO:data:image/jpeg;base64,/9j/"), "4.0: a data: URI");
		assertTrue(v3.matches("(?is).*\r\nEMAIL;TYPE=work,pref:zoe@nordlys.example\r\n.*")
				|| v3.matches("(?is).*\r\nEMAIL;TYPE=work;TYPE=pref:zoe@nordlys.example\r\n.*"), v3);
		assertTrue(v4.matches("(?is).*\r\nEMAIL;TYPE=work;PREF=1:zoe@nordlys.example\r\n.*"), v4);
		assertTrue(v4.matches("(?is).*\r\nTEL;TYPE=cell;PREF=1(;VALUE=text)?:\\+46 70 123 45 67\r\n.*"), v4);
		assertTrue(v3.matches("(?s).*\r\n(item\\d+)\\.EMAIL:zo@private.example\r\n\\1\\.X-ABLabel:Private\r\n.*"), v3);
		assertTrue(v3.matches("(?is).*\r\nADR;TYPE=work,pref:;;Sveavägen 1;Stockholm;;111 57;Sweden\r\n.*")
				|| v3.matches("(?is).*\r\nADR;TYPE=work;TYPE=pref:;;Sveavägen 1;Stockholm;;111 57;Sweden\r\n.*"), v3);
		assertTrue(v4.matches("(?s).*\r\nRELATED;[^\r\n]*TYPE=colleague[^\r\n]*:urn:uuid:[^\r\n]*\r\n.*"), v4);
		assertTrue(v4.matches("(?s).*\r\nRELATED;[^\r\n]*TYPE=spouse[^\r\n]*:Eva Berg\r\n.*"), v4);
		assertTrue(v4.matches("(?s).*\r\nRELATED;[^\r\n]*TYPE=x-introduced-by[^\r\n]*:urn:uuid:[^\r\n]*\r\n.*"), v4);
		assertTrue(v3.matches("(?s).*\r\n(item\\d+)\\.X-ABRELATEDNAMES:Eva Berg\r\n\\1\\.X-ABLabel:spouse\r\n.*"), v3);
		assertFalse(v3.contains("ez-vcard") || v4.contains("ez-vcard"), "PRODID names Rapport only");
	}

	@Test
	void aVCard21FileWithEveryFieldIsRead() throws Exception {
		String jpeg = Base64.getEncoder().encodeToString(ContactPhotos.downscale(picture()).data());
		String card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John;Quincy;Dr.;Jr.\r\nFN:Dr. John Quincy Doe Jr.\r\n"
				+ "ORG:Acme;Sales\r\nTITLE:Manager\r\nTEL;CELL;PREF:+1 217 555 0100\r\nTEL;WORK;VOICE:+1 217 555 0111\r\n"
				+ "EMAIL;INTERNET;HOME:john@doe.example\r\nURL;WORK:https://acme.example/john\r\n"
				+ "ADR;HOME;PREF:;;1 Main St;Springfield;IL;62701;USA\r\nBDAY:1980-02-29\r\n"
				+ "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + jpeg + "\r\n\r\nEND:VCARD\r\n";
		ContactRecord john = Fixtures.read(ContactFormat.VCARD, "john.vcf", card).records().get(0);
		assertNull(john.getRejection());
		assertEquals(List.of("Dr.", "John", "Quincy", "Doe", "Jr."),
				List.of(john.getPrefix(), john.getFirstName(), john.getMiddleName(), john.getLastName(), john.getSuffix()));
		assertEquals("Sales", john.getOrganizationUnit());
		assertEquals(new ContactRecord.Kind(EntryType.MOBILE, null, true), john.getPhoneKind("+1 217 555 0100"));
		assertEquals(EntryType.WORK, john.getPhoneKind("+1 217 555 0111").type());
		assertEquals(EntryType.HOME, john.getEmailKind("john@doe.example").type());
		assertEquals(EntryType.WORK, john.getProfileUrlKind("https://acme.example/john").type());
		PostalAddress home = john.getAddresses().get(0);
		assertEquals(List.of("1 Main St", "Springfield", "IL", "62701", "USA"),
				List.of(home.getStreet(), home.getCity(), home.getRegion(), home.getPostalCode(), home.getCountry()));
		assertTrue(home.isPreferred());
		assertEquals(EntryType.HOME, home.getType());
		assertEquals(PartialDate.of(1980, 2, 29), john.getBirthday());
		assertNotNull(john.getPhoto(), "the inline photo");
		assertEquals("image/jpeg", john.getPhotoMediaType());
	}

	@Test
	void appleAndVCard4DatesWithoutTheYearAreRead() throws Exception {
		String cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Apple;Ann;;;\r\nFN:Ann Apple\r\n"
				+ "BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-24\r\nEND:VCARD\r\n"
				+ "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Four;Fay;;;\r\nFN:Fay Four\r\nBDAY:--1224\r\n"
				+ "ANNIVERSARY:20100605\r\nEND:VCARD\r\n";
		List<ContactRecord> records = Fixtures.read(ContactFormat.VCARD, "dates.vcf", cards).records();
		assertEquals(PartialDate.of(12, 24), records.get(0).getBirthday());
		assertEquals(PartialDate.of(12, 24), records.get(1).getBirthday());
		assertEquals(List.of("anniversary 2010-06-05"), Fixtures.dates(records.get(1).getImportantDates()));
	}

	@Test
	void googleCsvColumnsByName() throws Exception {
		Fixtures.Setup source = people();
		String csv = text(Fixtures.export(new GoogleContactsExporter(), source.plan().getContacts()));
		String header = csv.substring(0, csv.indexOf("\r\n"));
		for (String column : List.of("Name Prefix", "Name Suffix", "Nickname", "Organization Department", "Birthday",
				"E-mail 3 - Label", "Phone 2 - Value", "Address 2 - Street", "Address 2 - Postal Code", "Address 2 - Country",
				"Relation 2 - Value", "Event 2 - Label")) {
			assertTrue(header.contains(column), column + " in " + header);
		}
		assertTrue(csv.contains(",* Work,zoe@nordlys.example,Home,zoe@home.example,Private,zo@private.example,"), csv);
		assertTrue(csv.contains(",* Mobile,+46 70 123 45 67,Work,+46 8 123 456,"), csv);
		assertTrue(csv.contains(",* Work,\"Sveavägen 1, Stockholm, 111 57, Sweden\",Sveavägen 1,Stockholm,,,111 57,Sweden,,"), csv);
		assertTrue(csv.contains(",1985-07-14,"), csv);
		assertTrue(csv.contains(",anniversary,--06-01,"), "a date without the year is not guarded: " + csv);
		assertTrue(csv.contains(",--02-29,"), csv);
	}

	@Test
	void aSecondTypedEmailOrTheBirthdayInAFileFindsThePerson() throws Exception {
		Fixtures.Setup plan = people();
		String cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Z;Someone;;;\r\nFN:Someone Z\r\n"
				+ "EMAIL;TYPE=home:ZOE@home.example\r\nEND:VCARD\r\n"
				+ "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Berg;Bo;;;\r\nFN:Bo Berg\r\nORG:Another Place\r\nBDAY:--0229\r\n"
				+ "END:VCARD\r\n"
				+ "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Berg;Bo;;;\r\nFN:Bo Berg\r\nORG:Another Place\r\nBDAY:--0301\r\n"
				+ "END:VCARD\r\n";
		ImportPreview preview = plan.preview(Fixtures.read(ContactFormat.VCARD, "match.vcf", cards));
		assertSame(plan.plan().getContacts().get(0), preview.getRows().get(0).getMatchedContact(), "by the home e-mail");
		assertEquals("EMAIL", String.valueOf(preview.getRows().get(0).getMatchRule()));
		assertSame(plan.plan().getContacts().get(1), preview.getRows().get(1).getMatchedContact(), "by name and birthday");
		assertEquals("NAME_AND_BIRTHDAY", String.valueOf(preview.getRows().get(1).getMatchRule()));
		assertEquals(ImportStatus.NEW, preview.getRows().get(2).getStatus(), "another birthday: another Bo Berg");
	}
}
