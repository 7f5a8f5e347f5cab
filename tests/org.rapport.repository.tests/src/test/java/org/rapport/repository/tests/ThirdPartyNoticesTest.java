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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * NOTICE.md names, with its version and license, every third-party component the target platform offers the
 * product: every Maven location of {@code releng/org.rapport.target} but those for the tests only (JUnit, GreenMail,
 * the UI test harness with {@code org.eclipse.ui.ide.application}). Each component's license text goes with the
 * product, as Eclipse's {@code about.html} convention asks: in the component's own jar (an {@code about.html}, a
 * {@code LICENSE} or {@code NOTICE} file), or else reproduced in NOTICE.md, which the product ships at its root.
 */
class ThirdPartyNoticesTest {

	private static final Pattern LOCATION = Pattern.compile("<location[^>]*type=\"Maven\".*?</location>", Pattern.DOTALL);
	private static final Pattern DEPENDENCY = Pattern.compile(
			"<groupId>(.*?)</groupId>\\s*<artifactId>(.*?)</artifactId>\\s*<version>(.*?)</version>");
	/** A license or notice file in a jar: Eclipse's about.html, META-INF/LICENSE.txt, license/LICENSE, x.license. */
	private static final Pattern LICENSE_FILE = Pattern
			.compile("(?i)(^|.*/)(about\\.html|licen[cs]es?([._-][^/]*)?|notice([._-][^/]*)?|[^/]+\\.license)");
	/** Words only the text of each license has, by SPDX id; a license without an entry fails the check. */
	private static final Map<String, String> LICENSE_WORDS = Map.of(
			"MIT", "Permission is hereby granted, free of charge, to any person obtaining",
			"BSD-2-Clause", "Redistributions in binary form must reproduce the above copyright notice",
			"BSD-3-Clause", "Neither the name of",
			"Unicode-3.0", "UNICODE LICENSE V3",
			"Apache-2.0", "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
			"EPL-2.0", "Eclipse Public License - v 2.0",
			"0BSD", "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted");

	record Component(String group, String artifact, String version) {

		String coordinates() {
			return group + ":" + artifact;
		}

		/** The row NOTICE.md's table has for it, up to the license column. */
		String row() {
			return "| `" + coordinates() + "` | " + version + " | ";
		}

		Path jar(Path repository) {
			return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
					.resolve(artifact + "-" + version + ".jar");
		}
	}

	@Test
	void noticeListsEveryComponentTheProductCanShip() throws IOException {
		String notice = notice();
		List<String> unlisted = new ArrayList<>();
		for (Component component : components()) {
			if (!notice.contains(component.row())) {
				unlisted.add(component.coordinates() + ":" + component.version());
			}
		}
		assertEquals(List.of(), unlisted, "components of the product's target platform that NOTICE.md does not list");
	}

	@Test
	void everyLicenseTextGoesWithTheProduct() throws IOException {
		String notice = notice();
		Path repository = localRepository();
		List<String> missing = new ArrayList<>();
		for (Component component : components()) {
			Path jar = component.jar(repository);
			assertTrue(Files.isRegularFile(jar), jar + " is not in the local Maven repository (the build resolves the"
					+ " target platform first; run the checks after it)");
			if (carriesLicense(jar)) {
				continue;
			}
			String text = reproducedText(notice, component);
			if (text == null) {
				missing.add(component.coordinates() + ": its jar carries no license text and NOTICE.md reproduces none");
				continue;
			}
			String normalized = text.replaceAll("\\s+", " ");
			List<String> licenses = licenses(notice, component);
			for (String license : licenses) {
				if (!LICENSE_WORDS.containsKey(license)) {
					missing.add(component.coordinates() + ": no rule says what the text of " + license + " reads");
				}
			}
			// "A OR B": the text of the one chosen is enough
			if (licenses.stream().noneMatch(l -> LICENSE_WORDS.containsKey(l) && normalized.contains(LICENSE_WORDS.get(l)))) {
				missing.add(component.coordinates() + ": the text NOTICE.md reproduces is not that of " + licenses);
			}
		}
		assertEquals(List.of(), missing, "license texts that would not go with the product");
	}

	@Test
	void theProductShipsTheLicenseAndTheNotices() throws IOException {
		String rootFiles = Files.readString(Repository.root().resolve("features/org.rapport.feature/build.properties"))
				.replace("\\\n", "");
		Matcher root = Pattern.compile("(?m)^root\\s*=\\s*(.*)$").matcher(rootFiles);
		assertTrue(root.find(), "the feature has root files for every platform");
		for (String file : List.of("LICENSE", "NOTICE.md")) {
			assertTrue(root.group(1).contains("file:../../" + file), "the product's root holds " + file + ": " + root.group(1));
		}
	}

	private static String notice() throws IOException {
		return Files.readString(Repository.root().resolve("NOTICE.md"));
	}

	private static List<Component> components() throws IOException {
		String target = Files.readString(Repository.root().resolve("releng/org.rapport.target/org.rapport.target.target"));
		List<Component> components = new ArrayList<>();
		Matcher location = LOCATION.matcher(target);
		while (location.find()) {
			String text = location.group();
			if (text.contains("<groupId>org.junit") || text.contains("<groupId>junit<")
					|| text.contains("<artifactId>greenmail<")
					|| text.contains("<artifactId>org.eclipse.ui.ide.application<")) {
				continue; // for the tests only
			}
			Matcher dependency = DEPENDENCY.matcher(text);
			while (dependency.find()) {
				components.add(new Component(dependency.group(1), dependency.group(2), dependency.group(3)));
			}
		}
		assertTrue(components.size() > 50, "too few components found in the target: " + components.size());
		return components;
	}

	private static Path localRepository() {
		String configured = System.getProperty("maven.repo.local");
		return configured != null && !configured.isBlank() ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".m2", "repository");
	}

	private static boolean carriesLicense(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().map(ZipEntry::getName).anyMatch(name -> LICENSE_FILE.matcher(name).matches());
		}
	}

	/** The SPDX ids of the component's license column, the alternatives of "A OR B" and "A (with ...)" each. */
	private static List<String> licenses(String notice, Component component) {
		int start = notice.indexOf(component.row()) + component.row().length();
		String column = notice.substring(start, notice.indexOf('|', start)).replaceAll("\\(.*?\\)", "");
		List<String> ids = new ArrayList<>();
		for (String id : column.split("\\s+OR\\s+")) {
			ids.add(id.replaceAll("\\s+WITH\\s+.*", "").strip());
		}
		return ids;
	}

	/** The fenced text under the section of "## License texts" whose heading names the component, or null. */
	private static String reproducedText(String notice, Component component) {
		int texts = notice.indexOf("\n## License texts");
		if (texts < 0) {
			return null;
		}
		Matcher heading = Pattern.compile("(?m)^### .*`" + Pattern.quote(component.coordinates()) + "`.*$")
				.matcher(notice);
		if (!heading.find(texts)) {
			return null;
		}
		int open = notice.indexOf("\n```\n", heading.end());
		int close = open < 0 ? -1 : notice.indexOf("\n```", open + 5);
		int next = notice.indexOf("\n### ", heading.end());
		if (open < 0 || close < 0 || (next >= 0 && next < open)) {
			return null;
		}
		return notice.substring(open + 5, close);
	}
}
