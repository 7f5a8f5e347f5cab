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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every link in the repository's Markdown resolves inside it (to a file, and to a heading when it names one), and no
 * build file reaches outside it: whoever clones the repository has everything it refers to.
 */
class LinksTest {

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
	private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$", Pattern.MULTILINE);
	// code blocks and inline code show text, they do not link
	private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]*`", Pattern.DOTALL);
	// a relative path in a build file: one or more ../ and what follows (not after a property such as
	// ${project.basedir}/, which a parent pom resolves in each module)
	private static final Pattern UP_PATH = Pattern.compile("(?<![\\w.$}/])((?:\\.\\./)+[\\w.${}/-]*)");

	@Test
	void linksInMarkdownResolveInsideTheRepository() throws IOException {
		List<String> broken = new ArrayList<>();
		List<Path> documents = Repository.files(path -> path.endsWith(".md"));
		assertFalse(documents.isEmpty(), "no Markdown found under " + Repository.root());
		for (Path document : documents) {
			String text = CODE.matcher(Files.readString(document)).replaceAll("");
			for (Pattern pattern : List.of(MARKDOWN_LINK, HTML_LINK)) {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					String problem = check(document, m.group(1));
					if (problem != null) {
						broken.add(Repository.relative(document) + ": " + m.group(1) + " (" + problem + ")");
					}
				}
			}
		}
		assertEquals(List.of(), broken, "links that do not resolve inside the repository");
	}

	@Test
	void buildFilesReachNothingOutsideTheRepository() throws IOException {
		List<String> outside = new ArrayList<>();
		Path root = Repository.root();
		for (Path file : Repository.files(LinksTest::isBuildFile)) {
			String text = Files.readString(file);
			if (text.contains("shared/design")) {
				outside.add(Repository.relative(file) + ": shared/design");
			}
			Matcher m = UP_PATH.matcher(text);
			while (m.find()) {
				String path = m.group(1).replaceAll("\\$\\{[^}]*}.*$", "");
				Path target = file.getParent().resolve(path).normalize();
				if (!target.startsWith(root)) {
					outside.add(Repository.relative(file) + ": " + m.group(1));
				}
			}
		}
		assertEquals(List.of(), outside, "paths in build files that leave the repository");
	}

	private static boolean isBuildFile(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.equals("pom.xml") || name.endsWith(".target") || name.endsWith(".product")
				|| name.equals("feature.xml") || name.equals("category.xml") || name.equals("build.properties")
				|| name.equals("MANIFEST.MF") || name.endsWith(".launch") || path.equals("rapport")
				|| path.startsWith(".ci/");
	}

	/** Why a link found in the document does not resolve, or {@code null} when it does. */
	private static String check(Path document, String link) throws IOException {
		if (link.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
			return null; // a URL (https:, mailto:, ...): not a file of the repository
		}
		int hash = link.indexOf('#');
		String path = hash < 0 ? link : link.substring(0, hash);
		String anchor = hash < 0 ? null : link.substring(hash + 1);
		Path target = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
		if (!target.startsWith(Repository.root())) {
			return "outside the repository";
		}
		if (!Files.exists(target)) {
			return "no such file";
		}
		if (anchor != null && target.toString().endsWith(".md") && !anchors(target).contains(anchor)) {
			return "no such heading";
		}
		return null;
	}

	/** The anchors GitHub gives a Markdown file's headings. */
	private static Set<String> anchors(Path markdown) throws IOException {
		Set<String> anchors = new HashSet<>();
		Matcher m = HEADING.matcher(CODE.matcher(Files.readString(markdown)).replaceAll(""));
		while (m.find()) {
			String slug = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
					.replace(' ', '-');
			String unique = slug;
			for (int i = 1; !anchors.add(unique); i++) {
				unique = slug + "-" + i;
			}
		}
		return anchors;
	}
}
