/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.Interchange;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;

/**
 * Writing never replaces what is not a regular file, a failed export leaves nothing it created, temporary files
 * that killed saves left behind are removed at the next save, and a pipe given as a plan or a contacts file is
 * refused at once instead of blocking.
 */
class WritingSafetyTest {

	@TempDir
	Path dir;

	private Path fifo(String name) throws Exception {
		Path fifo = dir.resolve(name);
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
		assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
		return fifo;
	}

	@Test
	void aPipeOrALinkToOneIsNotReplacedByAWrite() throws Exception {
		Path fifo = fifo("out.csv");
		Path link = Files.createSymbolicLink(dir.resolve("link.csv"), fifo);
		for (Path target : List.of(fifo, link)) {
			IOException e = assertThrows(AtomicFileWriter.NotARegularFileException.class,
					() -> new AtomicFileWriter().write(target, out -> out.write(1)));
			assertTrue(e.getMessage().endsWith("is not a regular file (it is a device, a pipe or a socket), so it is not replaced"),
					e.getMessage());
		}
		assertFalse(Files.isRegularFile(fifo), "still a pipe");
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(List.of("link.csv", "out.csv"), PlanFixtures.listNames(dir), "no temporary file left");
	}

	@Test
	void aPlanIsNotSavedOverAPipe() throws Exception {
		Path fifo = fifo("plan.rapport");
		PlanSaveException e = assertThrows(PlanSaveException.class,
				() -> new PlanStore().save(PlanFixtures.samplePlan("p", 2), fifo));
		assertEquals("plan.rapport: this is not a regular file (it is a device, a pipe or a socket), and Rapport replaces "
				+ "only regular files. The plan was not saved.", e.getMessage());
	}

	@Test
	void aFailedXmiExportRemovesTheModelFileItWrote() throws Exception {
		Path target = fifo("plan.xmi");
		assertThrows(IOException.class, () -> new XmiExporter().export(PlanFixtures.samplePlan("p", 2), target));
		assertFalse(Files.exists(dir.resolve(XmiExporter.ECORE_FILE_NAME)), "rapport.ecore is gone again");
		assertEquals(List.of("plan.xmi"), PlanFixtures.listNames(dir));
	}

	@Test
	void aFailedXmiExportKeepsAModelFileThatWasThereBefore() throws Exception {
		Path ecore = Files.writeString(dir.resolve(XmiExporter.ECORE_FILE_NAME), "older model");
		Path target = fifo("plan.xmi");
		assertThrows(IOException.class, () -> new XmiExporter().export(PlanFixtures.samplePlan("p", 2), target));
		assertTrue(Files.exists(ecore));
	}

	@Test
	void temporaryFilesOfKilledSavesAreRemovedAtTheNextSave() throws Exception {
		Path plan = dir.resolve("plan.rapport");
		new PlanStore().save(PlanFixtures.samplePlan("p", 2), plan);
		FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
		List<String> leftovers = List.of(".plan.rapport.123456789.tmp", ".plan.rapport.bak.987654321.tmp");
		for (String name : leftovers) {
			Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "half a plan"), old);
		}
		Path running = Files.writeString(dir.resolve(".plan.rapport.555.tmp"), "a save still running elsewhere");
		Path otherFile = Files.writeString(dir.resolve(".plan.rapport.x.1.tmp"), "not ours");
		Files.setLastModifiedTime(otherFile, old);
		Path lookalike = Files.writeString(dir.resolve("notes.tmp"), "someone else's");
		Files.setLastModifiedTime(lookalike, old);

		new PlanStore().save(new PlanStore().load(plan).eResource(), plan);

		for (String name : leftovers) {
			assertFalse(Files.exists(dir.resolve(name)), name);
		}
		assertTrue(Files.exists(running), "younger than a minute: may belong to a save in progress");
		assertTrue(Files.exists(otherFile) && Files.exists(lookalike), "not this writer's files");
	}

	@Test
	void aPipeAsAPlanIsRefusedAtOnce() throws Exception {
		Path fifo = fifo("plan.rapport");
		PlanLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(PlanLoadException.class, () -> new PlanStore().load(fifo)));
		assertEquals("plan.rapport: this is not a regular file (it is a pipe, a device or a socket), so it is not read as a plan.",
				e.getMessage());
	}

	@Test
	void aPipeAsAContactsFileIsRefusedAtOnce() throws Exception {
		Path fifo = fifo("contacts.vcf");
		NetworkingPlan plan = PlanFixtures.samplePlan("p", 2);
		InterchangeException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
				InterchangeException.class, () -> Interchange.preview(fifo, ContactFormat.VCARD, plan, new NullProgressMonitor())));
		assertEquals("contacts.vcf is not a regular file (it is a pipe, a device or a socket), so it is not read.", e.getMessage());
		assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
	}
}
