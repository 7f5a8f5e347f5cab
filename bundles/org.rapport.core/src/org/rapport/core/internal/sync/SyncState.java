/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.core.store.AtomicFileWriter;

/**
 * What the last sync of a plan left on each server, kept beside the plan in {@code NAME.rapport-sync} (never in the
 * plan, never on the server): per collection, per item (a contact's UID, a calendar entry's UID) the resource's URL,
 * the ETag the server gave it and the hash of the content both sides had then. A line per item, tab separated; the
 * file is written atomically, readable by its owner only, and only when a sync has finished.
 */
public final class SyncState {

	/** The suffix of the state file, after the plan's name without its extension. */
	public static final String SUFFIX = ".rapport-sync"; //$NON-NLS-1$
	private static final String HEADER = "# Rapport sync state: collection, item, href, etag, hash"; //$NON-NLS-1$

	/** One item as last synced. */
	public record Entry(String href, String etag, String hash) {
	}

	private final Map<String, Map<String, Entry>> collections = new TreeMap<>();

	/** The state file of a plan file: {@code plan.rapport} has {@code plan.rapport-sync} beside it. */
	public static Path fileOf(Path plan) {
		String name = plan.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return plan.resolveSibling(base + SUFFIX);
	}

	/** The state beside a plan; empty when the plan was never synced. */
	public static SyncState load(Path stateFile) throws IOException {
		SyncState state = new SyncState();
		try (BufferedReader reader = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				String[] parts = line.split("\t", -1); //$NON-NLS-1$
				if (parts.length == 5) {
					state.put(parts[0], parts[1], new Entry(parts[2], parts[3].isEmpty() ? null : parts[3], parts[4]));
				}
			}
		} catch (NoSuchFileException e) {
			// never synced
		}
		return state;
	}

	/** The items of a collection as last synced (a copy). */
	public Map<String, Entry> entries(String collection) {
		return new TreeMap<>(collections.getOrDefault(collection, Collections.emptyMap()));
	}

	/** Replaces what is known of a collection. */
	public void replace(String collection, Map<String, Entry> entries) {
		collections.put(collection, new TreeMap<>(entries));
	}

	void put(String collection, String item, Entry entry) {
		collections.computeIfAbsent(collection, c -> new TreeMap<>()).put(item, entry);
	}

	/** Writes the state atomically, readable by its owner only. */
	public void save(Path stateFile) throws IOException {
		new AtomicFileWriter(false, java.util.function.UnaryOperator.identity()).write(stateFile, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(HEADER + '\n');
			for (Map.Entry<String, Map<String, Entry>> collection : collections.entrySet()) {
				for (Map.Entry<String, Entry> item : collection.getValue().entrySet()) {
					Entry e = item.getValue();
					writer.write(String.join("\t", collection.getKey(), item.getKey(), e.href(), //$NON-NLS-1$
							e.etag() == null ? "" : e.etag(), e.hash()) + '\n'); //$NON-NLS-1$
				}
			}
			writer.flush();
		});
	}
}
