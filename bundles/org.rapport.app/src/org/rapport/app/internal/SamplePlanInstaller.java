/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.ui.editors.PlanPreloads;

/**
 * Writes the sample plan a first launch opens. The plan is built with dates relative to today so it
 * always has overdue and upcoming work; a file that is already there (perhaps edited) is kept.
 */
final class SamplePlanInstaller {

	/** System property naming the folder of the sample plan (tests point it into their build folder). */
	static final String SAMPLE_DIR_PROPERTY = "rapport.sample.dir"; //$NON-NLS-1$

	static final String FILE_NAME = SamplePlan.NAME + '.' + PlanStore.FILE_EXTENSION;

	private SamplePlanInstaller() {
	}

	static Path defaultLocation() {
		String dir = System.getProperty(SAMPLE_DIR_PROPERTY);
		Path folder = dir != null && !dir.isBlank() ? Path.of(dir)
				: Path.of(System.getProperty("user.home"), "Rapport"); //$NON-NLS-1$ //$NON-NLS-2$
		return folder.resolve(FILE_NAME).toAbsolutePath();
	}

	/** Creates the sample plan at {@code file} unless a file is there already. */
	static void ensureSample(Path file) throws IOException, PlanSaveException {
		if (Files.exists(file)) {
			return;
		}
		Files.createDirectories(file.getParent());
		new PlanStore().save(SamplePlan.create(LocalDate.now()), file);
	}

	/**
	 * Creates the sample plan at {@code file} (unless a file is there already) and reads it ahead
	 * ({@link PlanPreloads}) on a thread of its own, while the workbench builds its window; {@link #await} waits for
	 * it.
	 */
	static CompletableFuture<Void> ensureSampleInBackground(Path file) {
		return CompletableFuture.runAsync(() -> {
			try {
				ensureSample(file);
			} catch (IOException | PlanSaveException e) {
				throw new CompletionException(e);
			}
			PlanPreloads.load(file);
		}, runnable -> {
			Thread thread = new Thread(runnable, "Rapport sample plan"); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** Waits for {@link #ensureSampleInBackground}; its failure, as {@link #ensureSample} would have thrown it. */
	static void await(CompletableFuture<Void> install) throws Exception {
		try {
			install.join();
		} catch (CompletionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}
}
