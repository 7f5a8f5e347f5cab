/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.Interchange;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.InterchangeJobs;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.sample.SamplePlan;
import org.rapport.model.NetworkingPlan;

/** Cancelling changes nothing; the jobs read, preview and export in the background. */
class CancellationAndJobsTest {

	/** A monitor that cancels itself after a number of work units. */
	private static final class CancelAfter extends NullProgressMonitor {
		private int remaining;

		CancelAfter(int ticks) {
			remaining = ticks;
		}

		@Override
		public void worked(int work) {
			if (--remaining <= 0) {
				setCanceled(true);
			}
		}

		@Override
		public void internalWorked(double work) {
			worked(1);
		}
	}

	@Test
	void cancellingAReadStopsAtARow() throws Exception {
		StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
		for (int i = 0; i < 500; i++) {
			csv.append("P").append(i).append(",Q,,p").append(i).append("@example.org,,,\n");
		}
		CancelAfter monitor = new CancelAfter(10);
		assertThrows(OperationCanceledException.class, () -> ContactFormat.LINKEDIN_CONNECTIONS.newImporter()
				.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv", monitor));
		assertTrue(monitor.isCanceled());
	}

	@Test
	void cancellingAPreviewChangesNothing() throws Exception {
		Fixtures.Setup setup = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY));
		byte[] file = Fixtures.export(new VCardExporter(), setup.plan().getContacts().subList(0, 5));
		ParsedContacts parsed = Fixtures.read(ContactFormat.VCARD, "five.vcf", file);
		Fixtures.Setup empty = Fixtures.emptyPlan();
		NetworkingPlan before = EcoreUtil.copy(empty.plan());
		assertThrows(OperationCanceledException.class, () -> ImportPreview.compute(empty.plan(), parsed, new CancelAfter(3)));
		assertTrue(EcoreUtil.equals(before, empty.plan()));
		assertFalse(empty.domain().getCommandStack().canUndo());
	}

	@Test
	void cancellingAnExportLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
		NetworkingPlan plan = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY)).plan();
		Path file = dir.resolve("contacts.vcf");
		Files.writeString(file, "previous content");
		assertThrows(OperationCanceledException.class,
				() -> Interchange.export(file, new VCardExporter(), plan.getContacts(), new CancelAfter(2)));
		assertEquals("previous content", Files.readString(file));
		assertEquals(List.of("contacts.vcf"), Fixtures.listNames(dir), "no temporary file is left behind");
		assertEquals(plan.getContacts().size(),
				Interchange.export(file, new VCardExporter(), plan.getContacts(), null), "not cancelled: every contact written");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThrows(OperationCanceledException.class,
				() -> new GoogleContactsExporter().write(plan.getContacts(), out, new CancelAfter(1)));
	}

	@Test
	void previewJobHandsOverThePreviewAndApplyingIsUpToTheCaller(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("Connections.csv");
		Files.write(file, Fixtures.data("Connections.csv"));
		Fixtures.Setup setup = Fixtures.emptyPlan();
		AtomicReference<ImportPreview> result = new AtomicReference<>();
		Job job = InterchangeJobs.preview(file, null, setup.plan(), result::set);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		assertNotNull(result.get());
		assertEquals(ContactFormat.LINKEDIN_CONNECTIONS, result.get().getParsed().format(), "the format was detected");
		assertEquals(0, setup.plan().getContacts().size(), "the job changed nothing");
		result.get().apply(setup.domain());
		assertEquals(4, setup.plan().getContacts().size());
	}

	/** What a dialog's progress area would be told, and from which thread. */
	private static class Recorder extends NullProgressMonitor {
		volatile int total;
		volatile double worked;
		volatile boolean done;
		volatile Thread thread;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
			thread = Thread.currentThread();
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
		}

		@Override
		public void done() {
			done = true;
		}
	}

	@Test
	void previewJobReportsItsProgressToAMirrorAndBelongsToTheFamily(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("Connections.csv");
		Files.write(file, Fixtures.data("Connections.csv"));
		Fixtures.Setup setup = Fixtures.emptyPlan();
		AtomicReference<ImportPreview> result = new AtomicReference<>();
		Recorder mirror = new Recorder();
		// the mirror's own cancellation is not the job's: the caller cancels the job
		mirror.setCanceled(true);
		Job job = InterchangeJobs.preview(file, null, setup.plan(), mirror, result::set);
		assertTrue(job.belongsTo(InterchangeJobs.FAMILY));
		assertEquals("Reading contacts from Connections.csv", job.getName());
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		assertNotNull(result.get());
		assertTrue(mirror.total > 0, "the mirror was told the amount of work (determinate progress)");
		assertEquals(mirror.total, mirror.worked, 0.01, "all the work was reported to the mirror");
		assertTrue(mirror.done);
		assertNotSame(Thread.currentThread(), mirror.thread, "the mirror is told from the job's thread");
	}

	@Test
	void cancellingAPreviewJobWhileItReadsChangesNothing(@TempDir Path dir) throws Exception {
		StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
		for (int i = 0; i < 500; i++) {
			csv.append("P").append(i).append(",Q,,p").append(i).append("@example.org,,,\n");
		}
		Path file = dir.resolve("Connections.csv");
		Files.writeString(file, csv);
		Fixtures.Setup setup = Fixtures.emptyPlan();
		AtomicReference<ImportPreview> result = new AtomicReference<>();
		AtomicReference<Job> job = new AtomicReference<>();
		// the user presses Cancel in the dialog that shows the progress, as the job reports its first rows
		Recorder mirror = new Recorder() {
			@Override
			public void internalWorked(double work) {
				super.internalWorked(work);
				job.get().cancel();
			}
		};
		job.set(InterchangeJobs.preview(file, null, setup.plan(), mirror, result::set));
		job.get().schedule();
		job.get().join();
		assertEquals(IStatus.CANCEL, job.get().getResult().getSeverity(), job.get().getResult().toString());
		assertTrue(mirror.worked > 0 && mirror.worked < mirror.total, "stopped part way: " + mirror.worked);
		assertEquals(null, result.get());
		assertEquals(0, setup.plan().getContacts().size());
		assertFalse(setup.domain().getCommandStack().canUndo());
	}

	@Test
	void jobOnABadFileEndsWithTheReadableError(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("empty.vcf");
		Files.write(file, new byte[0]);
		AtomicReference<ParsedContacts> result = new AtomicReference<>();
		Job job = InterchangeJobs.read(file, ContactFormat.VCARD, result::set);
		job.schedule();
		job.join();
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertEquals("empty.vcf is empty: it holds no contacts.", job.getResult().getMessage());
		assertInstanceOf(InterchangeException.class, job.getResult().getException(),
				"the status carries the core's exception, which tells the line");
		assertTrue(job.belongsTo(InterchangeJobs.FAMILY));
		assertEquals(null, result.get());
	}

	@Test
	void cancelledJobChangesNothing(@TempDir Path dir) throws Exception {
		NetworkingPlan plan = Fixtures.setUp(SamplePlan.create(Fixtures.TODAY)).plan();
		Path file = dir.resolve("contacts.csv");
		Job job = InterchangeJobs.export(file, new GoogleContactsExporter(), plan.getContacts());
		job.schedule(60_000);
		job.cancel();
		job.join();
		assertFalse(Files.exists(file));

		Job export = InterchangeJobs.export(file, new GoogleContactsExporter(), plan.getContacts());
		export.schedule();
		export.join();
		assertEquals(IStatus.OK, export.getResult().getSeverity());
		assertEquals(plan.getContacts().size(),
				Fixtures.read(ContactFormat.GOOGLE_CONTACTS, "contacts.csv", Files.readAllBytes(file)).records().size());
	}
}
