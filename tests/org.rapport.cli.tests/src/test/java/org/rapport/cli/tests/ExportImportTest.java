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
import org.rapport.cli.tests.Rapport.Result;

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
		assertEquals("http://rapport.org/model/rapport/2.0", root.eClass().getEPackage().getNsURI());
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
		assertEquals("Wrote agenda.ics (ics).\n", result.out());
		String ics = Files.readString(dir.resolve("agenda.ics"), StandardCharsets.UTF_8);
		assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Rapport//Rapport 0.1//EN\r\nVERSION:2.0\r\n"), ics);
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
	void anExportThatCannotBeWrittenSaysSoAndLeavesNothing() throws Exception {
		Result result = Rapport.run(dir, "export", "plan.rapport", "--out", "missing/folder/plan.xmi");

		assertEquals(4, result.exitCode(), result::toString);
		assertEquals("", result.out());
		assertTrue(result.err().startsWith("rapport: missing/folder/plan.xmi: cannot be written"), result.err());
		assertFalse(Files.exists(dir.resolve("missing")));

		Result onItself = Rapport.run(dir, "export", "plan.rapport", "--format", "xmi", "--out", "plan.rapport");
		assertEquals(2, onItself.exitCode(), "exporting over the plan itself is refused: " + onItself);
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
