/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.repository.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Rapport's API is exactly what docs/extending.md documents: the packages its bundles export without
 * {@code x-internal} or {@code x-friends} are the packages of its API table, each with a version.
 */
class RepositoryApiTest {

	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(org\\.rapport\\.[\\w.]+)` \\(`(org\\.rapport\\.[\\w.]+)`\\)",
			Pattern.MULTILINE);

	@Test
	void theExportedApiIsWhatExtendingMdDocuments() throws IOException {
		Map<String, String> exported = new TreeMap<>();
		List<String> unversioned = new ArrayList<>();
		List<Path> manifests = Repository.files(path -> path.matches("bundles/[^/]+/META-INF/MANIFEST\\.MF"));
		assertFalse(manifests.isEmpty(), "no bundle manifests under " + Repository.root());
		for (Path manifest : manifests) {
			String bundle = manifest.getParent().getParent().getFileName().toString();
			for (String clause : clauses(header(Files.readString(manifest), "Export-Package"))) {
				if (clause.contains("x-internal:=true") || clause.contains("x-friends:=")) {
					continue;
				}
				String name = clause.split(";", 2)[0].strip();
				exported.put(name, bundle);
				if (!clause.contains("version=")) {
					unversioned.add(name);
				}
			}
		}
		Map<String, String> documented = new TreeMap<>();
		String extending = Files.readString(Repository.root().resolve("docs/extending.md"));
		String section = extending.substring(extending.indexOf("## The API you may use"));
		section = section.substring(0, section.indexOf("\n## ", 1));
		Matcher m = TABLE_ROW.matcher(section);
		while (m.find()) {
			documented.put(m.group(1), m.group(2));
		}
		assertEquals(documented, exported,
				"packages exported as API (neither x-internal nor x-friends) by bundle, against docs/extending.md's table");
		assertEquals(List.of(), unversioned, "API packages exported without a version");
	}

	/** A manifest header's value, its continuation lines joined. */
	private static String header(String manifest, String name) {
		StringBuilder value = null;
		for (String line : manifest.split("\\R")) {
			if (value != null) {
				if (!line.startsWith(" ")) {
					break;
				}
				value.append(line.substring(1));
			} else if (line.startsWith(name + ":")) {
				value = new StringBuilder(line.substring(name.length() + 1));
			}
		}
		return value == null ? "" : value.toString();
	}

	/** The clauses of a header: split at commas outside quotes. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString().strip());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		if (!clause.toString().isBlank()) {
			clauses.add(clause.toString().strip());
		}
		return new ArrayList<>(new TreeSet<>(clauses));
	}
}
