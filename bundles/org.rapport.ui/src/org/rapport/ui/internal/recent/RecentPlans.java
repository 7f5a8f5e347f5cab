/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.recent;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The plans opened last, most recent first, each file once, at most {@link #getLimit()} of them. Plain data: the
 * list knows nothing of menus or preferences; {@link #encode()} and {@link #decode(String, int)} turn it into the
 * text kept between sessions and back (one {@code file:} URI a line, which survives any character a file name may
 * hold).
 */
public final class RecentPlans {

	/** How many plans File lists by default: enough for a week's work, short enough for the menu. */
	public static final int DEFAULT_LIMIT = 8;

	private final int limit;
	private final List<Path> files = new ArrayList<>();

	/** An empty list that keeps at most {@code limit} plans. */
	public RecentPlans(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1: " + limit); //$NON-NLS-1$
		}
		this.limit = limit;
	}

	/** The list written by {@link #encode()}; lines that are not a file URI are left out, as are repeats. */
	public static RecentPlans decode(String text, int limit) {
		RecentPlans plans = new RecentPlans(limit);
		if (text == null) {
			return plans;
		}
		for (String line : text.split("\n")) { //$NON-NLS-1$
			Path file = toPath(line.strip());
			if (file != null && !plans.files.contains(file) && plans.files.size() < limit) {
				plans.files.add(file);
			}
		}
		return plans;
	}

	private static Path toPath(String uri) {
		if (uri.isEmpty()) {
			return null;
		}
		try {
			URI parsed = new URI(uri);
			return "file".equals(parsed.getScheme()) ? normalize(Path.of(parsed)) : null; //$NON-NLS-1$
		} catch (java.net.URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
			return null;
		}
	}

	private static Path normalize(Path file) {
		return file.toAbsolutePath().normalize();
	}

	/** The text to keep between sessions: one file URI a line, most recent first. */
	public String encode() {
		StringBuilder text = new StringBuilder();
		for (Path file : files) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(file.toUri());
		}
		return text.toString();
	}

	/**
	 * Records that the plan was opened: it moves to the top (or comes in there), and the oldest falls off the end
	 * when there are more than the limit.
	 *
	 * @return whether the list changed
	 */
	public boolean opened(Path file) {
		Path normalized = normalize(file);
		if (!files.isEmpty() && files.get(0).equals(normalized)) {
			return false;
		}
		files.remove(normalized);
		files.add(0, normalized);
		while (files.size() > limit) {
			files.remove(files.size() - 1);
		}
		return true;
	}

	/**
	 * Takes a plan off the list (it no longer exists).
	 *
	 * @return whether it was on the list
	 */
	public boolean remove(Path file) {
		return files.remove(normalize(file));
	}

	/** The plans, most recent first: absolute, normalized paths. */
	public List<Path> getFiles() {
		return Collections.unmodifiableList(new ArrayList<>(files));
	}

	public int getLimit() {
		return limit;
	}
}
