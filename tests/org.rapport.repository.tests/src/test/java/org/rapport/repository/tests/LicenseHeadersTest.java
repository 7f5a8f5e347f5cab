/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.repository.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every source file starts with the license header: {@code Copyright (c) ... Rapport contributors} and
 * {@code SPDX-License-Identifier: EPL-2.0} in its first lines, in the file's own comment syntax. Source files are Java
 * (generated code too: EMF writes the genmodel's copyright text), properties and ini files, XML (manifests of plugins
 * and features, poms, schemas, the product, the target, launch configurations, help pages and tables of contents),
 * CSS, shell and Windows command scripts, desktop entries. Not sources: test data ({@code data/}), the API baseline's jars and metadata, images,
 * Markdown, {@code MANIFEST.MF} (no comment syntax), the Ecore model and genmodel (EMF's editors rewrite them whole).
 */
class LicenseHeadersTest {

	private static final String SPDX = "SPDX-License-Identifier: EPL-2.0";
	private static final int HEAD_LINES = 30;

	static boolean isSource(String path) {
		if (path.contains("/data/") || path.startsWith("releng/org.rapport.api/baseline/")) {
			return false;
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".java") || name.endsWith(".css") || name.endsWith(".properties") || name.endsWith(".ini")
				|| name.endsWith(".xml") || name.endsWith(".exsd") || name.endsWith(".product")
				|| name.endsWith(".target") || name.endsWith(".launch") || name.endsWith(".html")
				|| name.endsWith(".sh") || name.endsWith(".cmd") || name.endsWith(".desktop") || isScript(path);
	}

	/** A script without an extension (./rapport, .ci/run, Debian's maintainer scripts): it starts with #!. */
	private static boolean isScript(String path) {
		if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
			return false;
		}
		try (var in = Files.newInputStream(Repository.root().resolve(path))) {
			byte[] start = in.readNBytes(2);
			return start.length == 2 && start[0] == '#' && start[1] == '!';
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void everySourceFileHasTheLicenseHeader() throws IOException {
		List<Path> sources = Repository.files(LicenseHeadersTest::isSource);
		assertTrue(sources.size() > 500, "too few sources found under " + Repository.root() + ": " + sources.size());
		List<String> missing = new ArrayList<>();
		for (Path source : sources) {
			List<String> head = Files.readAllLines(source).stream().limit(HEAD_LINES).toList();
			boolean spdx = head.stream().anyMatch(line -> line.contains(SPDX));
			boolean copyright = head.stream().anyMatch(line -> line.contains("Copyright (c)") && line.contains("Rapport contributors"));
			if (!spdx || !copyright) {
				missing.add(Repository.relative(source));
			}
		}
		assertEquals(List.of(), missing, "source files without the license header (" + SPDX + ")");
	}

	@Test
	void theRepositoryHasItsLicense() throws IOException {
		Path license = Repository.root().resolve("LICENSE");
		assertTrue(Files.readString(license).startsWith("Eclipse Public License - v 2.0"), "LICENSE is the EPL-2.0");
	}
}
