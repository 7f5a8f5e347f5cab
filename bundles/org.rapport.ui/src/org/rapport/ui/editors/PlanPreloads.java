/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;

/**
 * Plans read ahead on a thread of their own while the workbench builds its window, so that the plan editor that
 * opens them at startup (the sample plan on a first launch, the editor of the last session) finds them loaded
 * instead of reading the file on the UI thread, where it would delay the first paint. A plan is handed to the first
 * editor of its file, once, and only if the file has not changed since it was read; otherwise, and when reading
 * failed, the editor reads the file itself as always (and says what is wrong with it). The loaded plans are in
 * resource sets of their own, which no other thread touches once they are handed over.
 */
public final class PlanPreloads {

	private static final Map<Path, Preload> PRELOADS = new ConcurrentHashMap<>();

	/** What was read, and the file's size and time as they were before it was read. */
	private record Loaded(NetworkingPlan plan, Stamp stamp) {
	}

	private record Stamp(long size, FileTime modified) {
		static Stamp of(Path file) throws IOException {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Stamp(attributes.size(), attributes.lastModifiedTime());
		}
	}

	private record Preload(CompletableFuture<Loaded> loaded) {
	}

	private PlanPreloads() {
	}

	/** Starts reading the plan file on a thread of its own, unless it is being read already. */
	public static void load(Path file) {
		PRELOADS.computeIfAbsent(normalize(file), path -> new Preload(CompletableFuture.supplyAsync(() -> read(path),
				runnable -> {
					Thread thread = new Thread(runnable, "Rapport plan reader: " + path.getFileName()); //$NON-NLS-1$
					thread.setDaemon(true);
					thread.start();
				})));
	}

	private static Loaded read(Path file) {
		try {
			Stamp stamp = Stamp.of(file);
			return new Loaded(new PlanStore().load(file), stamp);
		} catch (Exception e) {
			throw new CompletionException(e);
		}
	}

	/**
	 * The plan read ahead from the file, waiting for it if it is still being read; {@code null} when none was started
	 * for the file, reading failed, or the file changed since. Each plan is handed out once.
	 */
	public static NetworkingPlan take(Path file) {
		Path path = normalize(file);
		Preload preload = PRELOADS.remove(path);
		if (preload == null) {
			return null;
		}
		try {
			Loaded loaded = preload.loaded().join();
			return loaded.stamp().equals(Stamp.of(path)) ? loaded.plan() : null;
		} catch (CompletionException | IOException e) {
			// the editor reads the file again and reports what is wrong with it
			return null;
		}
	}

	/** Forgets the plans no editor took (once the workbench has started), so that they do not stay in memory. */
	public static void discardUntaken() {
		PRELOADS.clear();
	}

	private static Path normalize(Path file) {
		return Objects.requireNonNull(file, "file").toAbsolutePath().normalize(); //$NON-NLS-1$
	}
}
