/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.repository.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The checked-out repository the tests look at: its root and its own files (no build output). */
final class Repository {

	/** Folders and files that a build or a tool made (git ignores them), never sources. */
	private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "bin", ".metadata", ".settings",
			".project", ".classpath", ".tycho-consumer-pom.xml");

	private Repository() {
	}

	static Path root() {
		String root = System.getProperty("rapport.root");
		Path path = root != null ? Path.of(root) : Path.of("../..");
		return path.toAbsolutePath().normalize();
	}

	/** Every file of the repository whose path (relative to the root, with '/') the filter accepts. */
	static List<Path> files(Predicate<String> filter) {
		Path root = root();
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile)
					.filter(p -> root.relativize(p).toString().isEmpty()
							|| !inBuildOutput(root.relativize(p)))
					.filter(p -> filter.test(relative(p)))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String relative(Path file) {
		return root().relativize(file).toString().replace('\\', '/');
	}

	private static boolean inBuildOutput(Path relative) {
		for (Path part : relative) {
			if (NOT_SOURCES.contains(part.toString())) {
				return true;
			}
		}
		return false;
	}
}
