/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.repository.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * NOTICE.md names, with its version and license, every third-party component the target platform offers the
 * product: every Maven location of {@code releng/org.rapport.target} but those for the tests only (JUnit, the UI
 * test harness with {@code org.eclipse.ui.ide.application}).
 */
class ThirdPartyNoticesTest {

	private static final Pattern LOCATION = Pattern.compile("<location[^>]*type=\"Maven\".*?</location>", Pattern.DOTALL);
	private static final Pattern DEPENDENCY = Pattern.compile(
			"<groupId>(.*?)</groupId>\\s*<artifactId>(.*?)</artifactId>\\s*<version>(.*?)</version>");

	@Test
	void noticeListsEveryComponentTheProductCanShip() throws IOException {
		String target = Files.readString(Repository.root().resolve("releng/org.rapport.target/org.rapport.target.target"));
		String notice = Files.readString(Repository.root().resolve("NOTICE.md"));
		List<String> components = new ArrayList<>();
		List<String> unlisted = new ArrayList<>();
		Matcher location = LOCATION.matcher(target);
		while (location.find()) {
			String text = location.group();
			if (text.contains("<groupId>org.junit") || text.contains("<artifactId>org.eclipse.ui.ide.application<")) {
				continue; // for the tests only
			}
			Matcher dependency = DEPENDENCY.matcher(text);
			while (dependency.find()) {
				String row = "| `" + dependency.group(1) + ":" + dependency.group(2) + "` | " + dependency.group(3) + " | ";
				components.add(row);
				if (!notice.contains(row)) {
					unlisted.add(dependency.group(1) + ":" + dependency.group(2) + ":" + dependency.group(3));
				}
			}
		}
		assertTrue(components.size() > 50, "too few components found in the target: " + components.size());
		assertEquals(List.of(), unlisted, "components of the product's target platform that NOTICE.md does not list");
	}
}
