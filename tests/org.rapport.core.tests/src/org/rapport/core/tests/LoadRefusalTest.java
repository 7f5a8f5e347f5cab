/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanStore;
import org.rapport.core.tests.PlanFixtures.Snapshot;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;

/**
 * Loading refuses bad files with a message that names the file, the line and the column, and never touches
 * them.
 */
class LoadRefusalTest {

	private static final String SECRET = "TOP-SECRET-7f3a9c";
	private static final Pattern LOCATED = Pattern.compile("^bad\\.rapport, line (\\d+), column (\\d+): .+");

	@TempDir
	Path dir;

	/** Outside the test's folder, as a secret elsewhere on the disk would be. */
	private static Path secretFile;

	private static synchronized Path secretFile() throws IOException {
		if (secretFile == null) {
			Path secrets = Files.createTempDirectory("rapport-secret");
			secretFile = Files.writeString(secrets.resolve("secret.txt"), SECRET);
		}
		return secretFile;
	}

	@AfterAll
	static void deleteSecret() throws IOException {
		if (secretFile != null) {
			Files.deleteIfExists(secretFile);
			Files.deleteIfExists(secretFile.getParent());
		}
	}

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:rapport=\"" + PlanFixtures.NS + "\"";

	static String xxe() throws IOException {
		return HEADER
				+ "<!DOCTYPE rapport:NetworkingPlan [\n"
				+ "  <!ENTITY secret SYSTEM \"" + secretFile().toUri() + "\">\n"
				+ "]>\n"
				+ ROOT + ">\n  <name>&secret;</name>\n</rapport:NetworkingPlan>\n";
	}

	/** Each case: a name, the file content, what the reason says, whether the parser gives a location. */
	static Stream<Arguments> badFiles() throws IOException {
		byte[] valid = validPlanBytes(Files.createTempDirectory("rapport-valid"));
		byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);
		byte[] binary = new byte[2048];
		new Random(42).nextBytes(binary);
		binary[0] = 0x50; // "PK": looks like a zip, as a random binary would
		binary[1] = 0x4B;
		binary[7] = 0;
		String ecore = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"other\" nsURI=\"http://example.org/other\" nsPrefix=\"o\"/>\n";
		return Stream.of(
				Arguments.of("external entity (XXE)", bytes(xxe()), "document type declaration", true),
				Arguments.of("external DTD", bytes(HEADER + "<!DOCTYPE rapport:NetworkingPlan SYSTEM \""
						+ secretFile().toUri() + "\">\n" + ROOT + "/>\n"), "document type declaration", true),
				Arguments.of("DOCTYPE alone", bytes(HEADER + "<!DOCTYPE rapport:NetworkingPlan>\n" + ROOT + "/>\n"),
						"document type declaration", true),
				Arguments.of("entity expansion bomb", bytes(HEADER + "<!DOCTYPE r [\n <!ENTITY a \"aaaaaaaaaa\">\n"
						+ " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
						+ ROOT + " name=\"&c;\"/>\n"), "document type declaration", true),
				Arguments.of("truncated", truncated, "is not a complete Rapport plan", true),
				Arguments.of("binary", binary, "is not an XML file", true),
				Arguments.of("empty", new byte[0], "the file is empty", false),
				Arguments.of("foreign XML", bytes(HEADER + "<html><body><p>Hello</p></body></html>\n"),
						"is not a Rapport plan (it holds <html>", false),
				Arguments.of("foreign EMF model", bytes(ecore), "is not a Rapport plan (it holds <EPackage>", false),
				Arguments.of("another model version", bytes(HEADER + "<rapport:NetworkingPlan xmi:version=\"2.0\""
						+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:rapport=\"http://rapport.org/model/rapport/9.0\""
						+ " name=\"future\"/>\n"), "another version of the Rapport model", false),
				Arguments.of("not well-formed", bytes(HEADER + ROOT + " name=\"a\">\n  <contacts firstName=\"x\">\n"
						+ "  </audiences>\n</rapport:NetworkingPlan>\n"), "not well-formed XML", true),
				Arguments.of("illegal value", bytes(HEADER + ROOT + "\n    reviewCadenceDays=\"often\"/>\n"),
						"holds a value Rapport cannot read", true),
				Arguments.of("dangling reference", bytes(HEADER + ROOT + ">\n  <contacts xmi:id=\"_c\" introducedBy=\"_nobody\"/>\n"
						+ "</rapport:NetworkingPlan>\n"), "refers to an element that is not in it", true),
				Arguments.of("UTF-16 text", "hello, not a plan".getBytes(StandardCharsets.UTF_16), "", false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileIsRefusedWithFileLineAndColumnAndIsNotTouched(String name, byte[] content, String reason,
			boolean located) throws Exception {
		Path file = dir.resolve("bad.rapport");
		Files.write(file, content);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
		Snapshot before = Snapshot.of(file);
		List<String> filesBefore = PlanFixtures.listNames(dir);
		ResourceSet resourceSet = PlanStore.createResourceSet();

		PlanLoadException e = assertThrows(PlanLoadException.class, () -> new PlanStore().load(file, resourceSet));

		String message = e.getMessage();
		assertTrue(message.startsWith("bad.rapport"), message);
		assertTrue(message.contains(reason), () -> "'" + reason + "' in: " + message);
		assertFalse(message.contains(SECRET), message);
		if (located) {
			Matcher matcher = LOCATED.matcher(message);
			assertTrue(matcher.matches(), () -> "file, line and column in: " + message);
			assertTrue(e.getLine() > 0 && e.getColumn() > 0);
			assertEquals(e.getLine(), Integer.parseInt(matcher.group(1)));
		}
		assertTrue(message.endsWith("."), message);
		assertEquals(file.toAbsolutePath(), e.getFile());
		assertTrue(before.sameAs(Snapshot.of(file)), "the file is unchanged (bytes and time)");
		assertEquals(filesBefore, PlanFixtures.listNames(dir), "no file created (backup, temp)");
		assertTrue(resourceSet.getResources().isEmpty(), "the failed resource is removed from the resource set");
	}

	@Test
	void theTruncatedFileMessageReadsWell() throws Exception {
		Path file = dir.resolve("bad.rapport");
		String text = new String(validPlanBytes(), StandardCharsets.UTF_8);
		Files.writeString(file, text.substring(0, text.lastIndexOf("</rapport:NetworkingPlan>")));
		PlanLoadException e = assertThrows(PlanLoadException.class, () -> new PlanStore().load(file));
		assertTrue(e.getMessage().matches("bad\\.rapport, line \\d+, column \\d+: the file is not a complete Rapport plan "
				+ "\\(XML document structures must start and end within the same entity\\)\\."), e.getMessage());
	}

	@Test
	void theXxeFileWouldLeakTheSecretIfEntitiesWereAllowed() throws Exception {
		// control: a permissive XMI resource does read the secret into the model, so the attack is real
		Path file = dir.resolve("xxe.rapport");
		Files.writeString(file, xxe());
		ResourceSet permissive = new ResourceSetImpl();
		permissive.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		permissive.getResources().add(resource);
		resource.load(Map.of(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.TRUE));
		assertEquals(SECRET, ((NetworkingPlan) resource.getContents().get(0)).getName());

		// Rapport refuses it, through the store ...
		PlanLoadException e = assertThrows(PlanLoadException.class, () -> new PlanStore().load(file));
		assertFalse(e.getMessage().contains(SECRET));
		assertTrue(e.getMessage().startsWith("xxe.rapport, line 2, column "), e.getMessage());

		// ... and through any resource set that uses the .rapport factory, even asking to resolve entities
		ResourceSet plain = PlanStore.createResourceSet();
		Resource rapport = plain.createResource(URI.createFileURI(file.toString()));
		IOException refused = assertThrows(IOException.class,
				() -> rapport.load(Map.of(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.TRUE)));
		assertFalse(String.valueOf(refused.getMessage()).contains(SECRET));
		for (TreeIterator<EObject> it = rapport.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			assertFalse(String.valueOf(object).contains(SECRET));
		}
		assertTrue(rapport.getContents().isEmpty() || !SECRET.equals(((NetworkingPlan) rapport.getContents().get(0)).getName()));
	}

	@Test
	void aMissingFileOrAFolderIsReported() {
		PlanLoadException missing = assertThrows(PlanLoadException.class,
				() -> new PlanStore().load(dir.resolve("nothing.rapport")));
		assertEquals("nothing.rapport: the file does not exist.", missing.getMessage());
		PlanLoadException folder = assertThrows(PlanLoadException.class, () -> new PlanStore().load(dir));
		assertTrue(folder.getMessage().endsWith(": this is a folder, not a plan file."), folder.getMessage());
	}

	@Test
	void aValidPlanLoadsAndTheFileIsNotWritten() throws Exception {
		Path file = dir.resolve("good.rapport");
		Files.write(file, validPlanBytes());
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
		Snapshot before = Snapshot.of(file);
		NetworkingPlan plan = new PlanStore().load(file);
		assertEquals("valid", plan.getName());
		assertTrue(before.sameAs(Snapshot.of(file)));
		assertEquals(Collections.singletonList("good.rapport"), PlanFixtures.listNames(dir).subList(0, 1));
	}

	@Test
	void loadingTheSameFileTwiceIntoOneResourceSetIsAProgrammingError() throws Exception {
		Path file = dir.resolve("good.rapport");
		Files.write(file, validPlanBytes());
		ResourceSet resourceSet = PlanStore.createResourceSet();
		new PlanStore().load(file, resourceSet);
		assertThrows(IllegalArgumentException.class, () -> new PlanStore().load(file, resourceSet));
	}

	private byte[] validPlanBytes() throws IOException {
		return validPlanBytes(Files.createTempDirectory(dir, "scratch"));
	}

	private static byte[] validPlanBytes(Path scratch) throws IOException {
		Path file = scratch.resolve("valid.rapport");
		try {
			new PlanStore().save(PlanFixtures.samplePlan("valid", 5), file);
		} catch (Exception e) {
			throw new IOException(e);
		}
		byte[] bytes = Files.readAllBytes(file);
		Files.delete(file);
		Files.deleteIfExists(PlanStore.backupOf(file));
		Files.delete(scratch);
		return bytes;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
