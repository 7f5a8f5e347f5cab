/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.core.tests.PlanFixtures.Snapshot;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.RapportFactory;

/** Saving is atomic, keeps a backup, and creates private files. */
class AtomicSaveTest {

	private static final Set<PosixFilePermission> RW_OWNER = PosixFilePermissions.fromString("rw-------");

	@TempDir
	Path dir;

	@Test
	void backupHoldsThePreviousContent() throws Exception {
		PlanStore store = new PlanStore();
		Path file = dir.resolve("plan.rapport");
		NetworkingPlan plan = PlanFixtures.samplePlan("first", 3);
		store.save(plan, file);
		byte[] first = Files.readAllBytes(file);
		assertFalse(Files.exists(PlanStore.backupOf(file)), "no backup of a file that did not exist");

		plan.setName("second");
		store.save(plan, file);
		byte[] second = Files.readAllBytes(file);
		assertArrayEquals(first, Files.readAllBytes(dir.resolve("plan.rapport.bak")), "backup = previous content");

		plan.setName("third");
		store.save(plan, file);
		assertArrayEquals(second, Files.readAllBytes(PlanStore.backupOf(file)), "the backup is replaced each save");
		assertEquals("third", store.load(file).getName());
		assertEquals(List.of("plan.rapport", "plan.rapport.bak"), PlanFixtures.listNames(dir));
		assertFalse(plan.eResource().isModified());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "IOException", "RuntimeException", "Error" })
	void aSaveThatFailsPartWayLeavesTheOldFileIntact(String failure) throws Exception {
		Path file = dir.resolve("plan.rapport");
		new PlanStore().save(PlanFixtures.samplePlan("old", 40), file);
		new PlanStore().save(PlanFixtures.samplePlan("old again", 40), file);
		Snapshot before = Snapshot.of(file);
		Snapshot backupBefore = Snapshot.of(PlanStore.backupOf(file));
		Thread.sleep(20); // a rewrite would change the modification time

		AtomicReference<Long> written = new AtomicReference<>(0L);
		PlanStore failing = new PlanStore(new AtomicFileWriter(true, out -> new FailAfter(out, 1500, failure, written)));
		NetworkingPlan plan = PlanFixtures.samplePlan("new", 80);

		if (failure.equals("Error")) {
			assertThrows(InjectedError.class, () -> failing.save(plan, file));
		} else {
			PlanSaveException e = assertThrows(PlanSaveException.class, () -> failing.save(plan, file));
			assertTrue(e.getMessage().startsWith("plan.rapport: "), e.getMessage());
			assertTrue(e.getMessage().contains("injected"), e.getMessage());
			assertEquals(file, e.getFile());
		}
		assertEquals(1500L, written.get(), "the failure happened part-way through writing");
		assertTrue(before.sameAs(Snapshot.of(file)), "the old file is byte-identical and untouched");
		assertTrue(backupBefore.sameAs(Snapshot.of(PlanStore.backupOf(file))), "the backup is untouched");
		assertEquals(List.of("plan.rapport", "plan.rapport.bak"), PlanFixtures.listNames(dir), "no temp file left");
		assertEquals("old again", new PlanStore().load(file).getName(), "the old file still loads");
	}

	@Test
	void aFailingBackupLeavesTheOldFileIntact() throws Exception {
		Path file = dir.resolve("plan.rapport");
		PlanStore store = new PlanStore();
		store.save(PlanFixtures.samplePlan("old", 2), file);
		Snapshot before = Snapshot.of(file);
		// a non-empty folder where the backup should go: replacing it fails
		Path blocker = Files.createDirectory(PlanStore.backupOf(file));
		Files.writeString(blocker.resolve("inside"), "x");

		assertThrows(PlanSaveException.class, () -> store.save(PlanFixtures.samplePlan("new", 2), file));
		assertTrue(before.sameAs(Snapshot.of(file)));
		assertEquals(List.of("plan.rapport", "plan.rapport.bak"), PlanFixtures.listNames(dir), "no temp file left");
	}

	@Test
	void aPlanThatRefersOutsideItselfIsNotSavedAndTheOldFileStays() throws Exception {
		Path file = dir.resolve("plan.rapport");
		PlanStore store = new PlanStore();
		NetworkingPlan plan = PlanFixtures.samplePlan("plan", 2);
		store.save(plan, file);
		Snapshot before = Snapshot.of(file);

		Opportunity nowhere = RapportFactory.eINSTANCE.createOpportunity(); // in no resource
		Contact contact = plan.getContacts().get(0);
		contact.setMetAt(nowhere);
		PlanSaveException e = assertThrows(PlanSaveException.class, () -> store.save(plan, file));
		assertTrue(e.getMessage().contains("refers to an element that is not part of it"), e.getMessage());
		assertTrue(before.sameAs(Snapshot.of(file)));
		assertEquals(List.of("plan.rapport"), PlanFixtures.listNames(dir));
	}

	@Test
	void savingIntoAMissingFolderFailsCleanly() {
		Path file = dir.resolve("missing/plan.rapport");
		PlanSaveException e = assertThrows(PlanSaveException.class,
				() -> new PlanStore().save(PlanFixtures.samplePlan("p", 1), file));
		assertTrue(e.getMessage().startsWith("plan.rapport: the folder to save into does not exist"), e.getMessage());
	}

	@Test
	void createNewWritesAnEmptyNamedPlanAndRefusesToOverwrite() throws Exception {
		PlanStore store = new PlanStore();
		Path file = dir.resolve("new.rapport");
		ResourceSet resourceSet = PlanStore.createResourceSet();
		NetworkingPlan plan = store.createNew(file, "My network", resourceSet);
		assertEquals("My network", plan.getName());
		assertSame(resourceSet, plan.eResource().getResourceSet());
		assertEquals(PlanStore.uriOf(file), plan.eResource().getURI());
		assertEquals("My network", store.load(file).getName());

		Snapshot before = Snapshot.of(file);
		PlanSaveException e = assertThrows(PlanSaveException.class, () -> store.createNew(file, "Other", resourceSet));
		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
		assertTrue(before.sameAs(Snapshot.of(file)));
		assertEquals(1, resourceSet.getResources().size(), "the failed creation left nothing behind");
	}

	@Test
	void saveAsMovesTheResourceToTheNewFile() throws Exception {
		PlanStore store = new PlanStore();
		Path first = dir.resolve("a.rapport");
		Path second = dir.resolve("b.rapport");
		NetworkingPlan plan = store.createNew(first, "plan");
		store.save(plan, second);
		assertEquals(PlanStore.uriOf(second), plan.eResource().getURI());
		store.save(plan.eResource());
		assertEquals(List.of("a.rapport", "b.rapport", "b.rapport.bak"), PlanFixtures.listNames(dir));
	}

	// ---------------------------------------------------------------------------------------------------
	// permissions

	@Test
	void planBackupAndTempFileAreReadableAndWritableByTheOwnerOnly() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
		Path file = dir.resolve("private.rapport");
		AtomicReference<Set<PosixFilePermission>> tempPermissions = new AtomicReference<>();
		UnaryOperator<OutputStream> spy = out -> {
			// called while the temporary file exists and before anything is written to it
			try (Stream<Path> files = Files.list(dir)) {
				Path temp = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
				tempPermissions.set(Files.getPosixFilePermissions(temp));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return out;
		};
		PlanStore store = new PlanStore(new AtomicFileWriter(true, spy));
		NetworkingPlan plan = store.createNew(file, "private");
		assertEquals(RW_OWNER, tempPermissions.get(), "the temp file is private from its creation");
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(file));

		plan.setName("changed");
		tempPermissions.set(null);
		store.save(plan, file);
		assertEquals(RW_OWNER, tempPermissions.get());
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(file));
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(PlanStore.backupOf(file)));
	}

	@Test
	void aPlanFileThatWasReadableByOthersBecomesPrivateOnSave() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
		Path file = dir.resolve("shared.rapport");
		PlanStore store = new PlanStore();
		store.save(PlanFixtures.samplePlan("shared", 1), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		NetworkingPlan plan = store.load(file);
		store.save(plan, file);
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(file));
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(PlanStore.backupOf(file)));
	}

	/**
	 * The backup of a private plan is the old file under a second name (no copy, issue 17); a plan file that has
	 * another name as well is copied instead, so that the other name keeps its content and its permissions.
	 */
	@Test
	void theBackupLeavesAnotherNameOfThePlanAsItWas() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "hard links"); //$NON-NLS-1$
		PlanStore store = new PlanStore();
		Path file = dir.resolve("plan.rapport"); //$NON-NLS-1$
		NetworkingPlan plan = PlanFixtures.samplePlan("first", 2); //$NON-NLS-1$
		store.save(plan, file);
		byte[] first = Files.readAllBytes(file);
		plan.setName("second"); //$NON-NLS-1$
		store.save(plan, file);
		assertArrayEquals(first, Files.readAllBytes(PlanStore.backupOf(file)));
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(PlanStore.backupOf(file)));
		assertEquals(1, Files.getAttribute(PlanStore.backupOf(file), "unix:nlink"), "the backup has one name"); //$NON-NLS-1$

		Path other = Files.createLink(dir.resolve("elsewhere.rapport"), file); //$NON-NLS-1$
		byte[] second = Files.readAllBytes(file);
		plan.setName("third"); //$NON-NLS-1$
		store.save(plan, file);
		assertArrayEquals(second, Files.readAllBytes(PlanStore.backupOf(file)));
		assertArrayEquals(second, Files.readAllBytes(other), "the other name keeps the content it had");
		assertEquals(RW_OWNER, Files.getPosixFilePermissions(other));
		assertEquals(1, Files.getAttribute(PlanStore.backupOf(file), "unix:nlink"), "a copy, not a link"); //$NON-NLS-1$
		assertEquals("third", store.load(file).getName()); //$NON-NLS-1$
		assertEquals(List.of("elsewhere.rapport", "plan.rapport", "plan.rapport.bak"), PlanFixtures.listNames(dir)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	// ---------------------------------------------------------------------------------------------------

	static final class InjectedError extends Error {
		private static final long serialVersionUID = 1L;

		InjectedError() {
			super("injected error");
		}
	}

	/** Lets {@code limit} bytes through, then fails. */
	private static final class FailAfter extends FilterOutputStream {
		private final long limit;
		private final String failure;
		private final AtomicReference<Long> written;
		private long count;

		FailAfter(OutputStream out, long limit, String failure, AtomicReference<Long> written) {
			super(out);
			this.limit = limit;
			this.failure = failure;
			this.written = written;
		}

		@Override
		public void write(int b) throws IOException {
			check(1);
			out.write(b);
			count++;
			written.set(count);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int allowed = (int) Math.min(len, limit - count);
			if (allowed > 0) {
				out.write(b, off, allowed);
				count += allowed;
				written.set(count);
			}
			if (allowed < len) {
				check(len - allowed);
			}
		}

		private void check(int more) throws IOException {
			if (count + more > limit) {
				switch (failure) {
				case "IOException":
					throw new IOException("injected disk failure");
				case "RuntimeException":
					throw new IllegalStateException("injected bug");
				default:
					throw new InjectedError();
				}
			}
		}
	}
}
