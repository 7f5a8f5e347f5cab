/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * {@code export} and {@code import} through the launcher script. The XMI export is loaded here, in a plain
 * JVM that has EMF's jars and nothing of Rapport, with dynamic EMF.
 */
class ExportImportTest {

	@TempDir
	Path dir;

	private Path plan;

	@BeforeEach
	void writeSample() {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		Result result = Rapport.run(dir, "new", "plan.rapport", "--sample");
		assertEquals(0, result.exitCode(), result::toString);
		plan = dir.resolve("plan.rapport");
	}

	@Test
	void xmiExportLoadsInPlainJavaWithDynamicEmfAndImportsBackAsTheSamePlan() throws Exception {
		Files.createDirectories(dir.resolve("export"));
		byte[] before = Files.readAllBytes(plan);

		Result exported = Rapport.run(dir, "export", "plan.rapport", "--format", "xmi", "--out", "export/plan.xmi");

		assertEquals(0, exported.exitCode(), exported::toString);
		assertEquals("Wrote export/plan.xmi and the model export/rapport.ecore.\n", exported.out());
		assertEquals("", exported.err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(plan)), "an export never changes the plan");
		Path xmi = dir.resolve("export/plan.xmi");
		assertTrue(Files.isRegularFile(dir.resolve("export/rapport.ecore")));

		// no Rapport class anywhere on this class path: EMF follows xsi:schemaLocation to rapport.ecore
		assertFalse(isOnClassPath("org.rapport.model.RapportPackage"));
		ResourceSet resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.getResource(URI.createFileURI(xmi.toString()), true);
		EObject root = resource.getContents().get(0);
		assertTrue(root instanceof DynamicEObjectImpl);
		assertEquals("NetworkingPlan", root.eClass().getName());
		assertEquals("http://rapport.org/model/rapport/2.1", root.eClass().getEPackage().getNsURI());
		List<?> contacts = (List<?>) root.eGet(root.eClass().getEStructuralFeature("contacts"));
		List<?> followUps = (List<?>) root.eGet(root.eClass().getEStructuralFeature("followUps"));
		String planText = Files.readString(plan, StandardCharsets.UTF_8);
		assertEquals(count(planText, "<contacts "), contacts.size());
		assertEquals(count(planText, "<followUps "), followUps.size());
		// a reference resolves to a dynamic object of the right class, with its id
		EObject followUp = (EObject) followUps.get(0);
		EObject contact = (EObject) followUp.eGet(followUp.eClass().getEStructuralFeature("contact"));
		assertNotNull(contact);
		assertEquals("Contact", contact.eClass().getName());
		assertTrue(planText.contains("xmi:id=\"" + ((XMLResource) resource).getID(contact) + "\""));

		Result imported = Rapport.run(dir, "import", "copy.rapport", "--format", "xmi", "export/plan.xmi");
		assertEquals(0, imported.exitCode(), imported::toString);
		assertEquals("Created the plan copy.rapport from export/plan.xmi.\n", imported.out());
		// the same plan: same scores and findings, found on the same objects
		Result original = Rapport.run(dir, "score", "plan.rapport", "--json", "--today", "2026-06-01");
		Result copy = Rapport.run(dir, "score", "copy.rapport", "--json", "--today", "2026-06-01");
		assertEquals(original.out().replace("\"plan.rapport\"", "\"copy.rapport\"").replaceAll("\"elapsedMillis\": \\d+", ""),
				copy.out().replaceAll("\"elapsedMillis\": \\d+", ""));

		Result again = Rapport.run(dir, "import", "copy.rapport", "--format", "xmi", "export/plan.xmi");
		assertEquals(4, again.exitCode(), "an XMI import never replaces a plan");
		assertTrue(again.err().contains("copy.rapport exists already"), again::toString);
	}

	@Test
	void icsExportHasATodoPerFollowUpAndAnEventPerDatedOpportunity() throws Exception {
		Result result = Rapport.run(dir, "export", "plan.rapport", "--out", "agenda.ics");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().matches("Wrote agenda.ics \\(ics\\): \\d+ follow-ups, \\d+ events.\n"), result.out());
		String ics = Files.readString(dir.resolve("agenda.ics"), StandardCharsets.UTF_8);
		// the product identifier names the version of Rapport's core bundle
		assertTrue(ics.matches("(?s)BEGIN:VCALENDAR\r\nPRODID:-//Rapport//Rapport \\d+\\.\\d+\\.\\d+//EN\r\nVERSION:2\\.0\r\n.*"),
				ics);
		assertTrue(ics.contains("SUMMARY:Birthday: "), "the sample's birthdays are yearly events");
		assertTrue(ics.contains("RRULE:FREQ=YEARLY"));
		assertFalse(ics.contains("BEGIN:VALARM"));
		assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
		String planText = Files.readString(plan, StandardCharsets.UTF_8);
		assertEquals(count(planText, "<followUps "), count(ics, "BEGIN:VTODO\r\n"));
		assertTrue(count(ics, "BEGIN:VEVENT\r\n") > 0);
		assertTrue(Pattern.compile("SUMMARY:Follow up with \\S").matcher(ics).find());
		assertTrue(ics.contains("DUE;VALUE=DATE:"));
		assertTrue(ics.contains("DTSTART;VALUE=DATE:"));

		Result open = Rapport.run(dir, "export", "plan.rapport", "--out", "open.ics", "--open-only");
		assertEquals(0, open.exitCode(), open::toString);
		String openIcs = Files.readString(dir.resolve("open.ics"), StandardCharsets.UTF_8);
		assertEquals(count(openIcs, "BEGIN:VTODO\r\n"), count(openIcs, "STATUS:NEEDS-ACTION\r\n"));
		assertTrue(count(openIcs, "BEGIN:VTODO\r\n") < count(ics, "BEGIN:VTODO\r\n"));
	}

	@Test
	void icsOptionsFollowUpEventsAndReminders() throws Exception {
		Result result = Rapport.run(dir, "export", "plan.rapport", "--out", "events.ics", "--follow-up-events", "--reminder", "1");
		assertEquals(0, result.exitCode(), result::toString);
		String ics = Files.readString(dir.resolve("events.ics"), StandardCharsets.UTF_8);
		assertTrue(ics.contains("-event@rapport.org\r\n"), "follow-ups as events too");
		assertTrue(ics.contains("BEGIN:VALARM\r\n") && ics.contains("TRIGGER:-PT15H\r\n"), "9:00 the day before");

		Result bad = Rapport.run(dir, "export", "plan.rapport", "--out", "x.ics", "--reminder", "soon");
		assertEquals(2, bad.exitCode(), bad::toString);
		assertTrue(bad.err().contains("--reminder takes a number of days from 0 to 365, not \"soon\""), bad.err());
	}

	@Test
	void aPlanWithNothingDatedGivesACalendarNoFileAndExitCode6() throws Exception {
		assertEquals(0, Rapport.run(dir, "new", "empty.rapport").exitCode());
		Result result = Rapport.run(dir, "export", "empty.rapport", "--out", "empty.ics");
		assertEquals(6, result.exitCode(), result::toString);
		assertEquals("", result.out());
		assertTrue(result.err().contains("empty.rapport has nothing for a calendar: no follow-ups, no opportunities with a"
				+ " date, no birthdays or important dates. No file was written."), result.err());
		assertFalse(result.err().contains("ValidationResult"), result.err());
		assertFalse(Files.exists(dir.resolve("empty.ics")));
	}

	@Test
	void vcardVersionsAreTheWizards() throws Exception {
		for (String version : new String[] { "3.0", "4.0" }) {
			Result result = Rapport.run(dir, "export", "plan.rapport", "--out", "c" + version + ".vcf", "--vcard-version", version);
			assertEquals(0, result.exitCode(), result::toString);
			String vcf = Files.readString(dir.resolve("c" + version + ".vcf"), StandardCharsets.UTF_8);
			assertTrue(vcf.contains("\r\nVERSION:" + version + "\r\n"), vcf.substring(0, 200));
			assertTrue(Pattern.compile("\r\nUID:urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\r\n")
					.matcher(vcf).find(), "a real urn:uuid:");
		}
		assertEquals(uids(Files.readString(dir.resolve("c3.0.vcf"), StandardCharsets.UTF_8)),
				uids(Files.readString(dir.resolve("c4.0.vcf"), StandardCharsets.UTF_8)), "the same UIDs in every export");
		Result old = Rapport.run(dir, "export", "plan.rapport", "--out", "c.vcf", "--vcard-version", "2.1");
		assertEquals(2, old.exitCode(), old::toString);
		assertTrue(old.err().contains("\"2.1\" is not a vCard version Rapport writes; use 3.0 or 4.0"), old.err());
	}

	@Test
	void anExportThatCannotBeWrittenSaysSoAndLeavesNothing() throws Exception {
		Result result = Rapport.run(dir, "export", "plan.rapport", "--out", "missing/folder/plan.xmi");

		assertEquals(4, result.exitCode(), result::toString);
		assertEquals("", result.out());
		assertTrue(result.err().startsWith("rapport: missing/folder/plan.xmi: cannot be written"), result.err());
		assertFalse(Files.exists(dir.resolve("missing")));

		Result onItself = Rapport.run(dir, "export", "plan.rapport", "--format", "xmi", "--out", "plan.rapport");
		assertEquals(2, onItself.exitCode(), "exporting over the plan itself is refused: " + onItself);
	}

	private static java.util.List<String> uids(String vcf) {
		return Pattern.compile("(?m)^UID:([^\r\n]*)").matcher(vcf).results().map(m -> m.group(1)).toList();
	}

	private static int count(String text, String what) {
		Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static boolean isOnClassPath(String className) {
		try {
			Class.forName(className);
			return true;
		} catch (ClassNotFoundException e) {
			return false;
		}
	}
}
