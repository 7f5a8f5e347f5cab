/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updating the product to a newer build from its p2 repository keeps what the user has: plans, preferences and
 * the plugins installed into it. An unpacked copy of the product gets the example plugin and a preference (a
 * built-in strategy's weight, in the workspace as the preference page writes it); then {@code rapport plugins update}
 * replaces Rapport ({@code org.rapport.product}) by the newest version of a repository. That repository is the one
 * this build made with the product's version raised (its qualifier gets a suffix, in the metadata only: the bundles
 * stay those of this build), which is what a later build's repository offers to p2.
 */
class UpdateTest {

	private static final String PRODUCT_ID = "org.rapport.product";
	private static final String FEATURE = "org.example.rapport.mentorship.feature.feature.group";
	/** A built-in strategy, whose weight the user changed (the command line cannot run the example's strategy). */
	private static final String STRATEGY = "org.rapport.strategies.followUpTrust";

	@TempDir
	Path dir;

	@Test
	void updatingRapportKeepsPlansPreferencesAndPlugins() throws Exception {
		assumeTrue(Rapport.productExists(), "the product is built by the Maven build before these tests");
		Path product = dir.resolve("rapport");
		Processes.Result copied = Processes.run(dir, Map.of(), 60, "cp", "-a", Rapport.product().toString(),
				product.toString());
		assertEquals(0, copied.exitCode(), copied.toString());
		Path home = Files.createDirectories(dir.resolve("home"));
		Map<String, String> environment = Map.of("RAPPORT_PRODUCT", product.toString(), "HOME", home.toString(),
				"JAVA_TOOL_OPTIONS", "-Duser.home=" + home);

		Path example = Rapport.root().resolve("examples/org.example.rapport.mentorship.repository/target/repository");
		assertEquals(0, rapport(environment, "plugins", "install", example.toUri().toString(), FEATURE).exitCode());
		Path plan = home.resolve("Rapport/plan.rapport");
		Files.createDirectories(plan.getParent());
		assertEquals(0, rapport(environment, "new", plan.toString(), "--sample").exitCode());
		String planBefore = Files.readString(plan);
		Path preferences = home.resolve(".rapport/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/"
				+ "org.rapport.core.prefs");
		Files.createDirectories(preferences.getParent());
		Files.writeString(preferences, "eclipse.preferences.version=1\nweight." + STRATEGY + "=2.5\n");
		String before = score(environment);
		assertTrue(before.contains("\"weight\":2.5"), "the preference applies before the update: " + before);

		String installed = productVersion(product);
		Path newer = newerRepository(installed);
		Processes.Result update = rapport(environment, "plugins", "update", newer.toUri().toString(), PRODUCT_ID);
		assertEquals(0, update.exitCode(), update.toString());
		assertTrue(update.out().contains("Installing " + PRODUCT_ID + " " + installed + "u"), update.toString());
		assertEquals(installed + "u", productVersion(product), "the installation is the newer Rapport");

		Processes.Result list = rapport(environment, "plugins", "list");
		assertTrue(list.out().startsWith(FEATURE + "/"), "the plugin is still installed: " + list);
		assertTrue(Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
				.contains("\norg.example.rapport.mentorship,"), "and started");
		String score = score(environment);
		assertTrue(score.contains("\"weight\":2.5"), "the user's weight still applies: " + score);
		assertEquals(planBefore, Files.readString(plan), "the plan is as it was");
	}

	private Processes.Result rapport(Map<String, String> environment, String... args) {
		String[] command = new String[args.length + 1];
		command[0] = Rapport.root().resolve("rapport").toString();
		System.arraycopy(args, 0, command, 1, args.length);
		Map<String, String> all = new java.util.HashMap<>(environment);
		all.put("RAPPORT_NO_BUILD", "1");
		Processes.Result result = Processes.run(dir, all, 180, command);
		assertTrue(result.exitCode() == 0 || result.exitCode() == 1, result.toString());
		return result;
	}

	private String score(Map<String, String> environment) {
		Path plan = dir.resolve("home/Rapport/plan.rapport");
		return rapport(environment, "score", plan.toString(), "--json").out().replace(" ", "");
	}

	/** The version of Rapport the installation's p2 profile has (its newest state). */
	private static String productVersion(Path product) throws IOException {
		Path registry = product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile");
		Path newest;
		try (Stream<Path> states = Files.list(registry)) {
			newest = states.filter(p -> p.getFileName().toString().endsWith(".profile.gz"))
					.max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).orElseThrow();
		}
		String profile;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
			profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher unit = Pattern.compile("<unit id='" + Pattern.quote(PRODUCT_ID) + "' version='([^']+)'").matcher(profile);
		assertTrue(unit.find(), "no " + PRODUCT_ID + " in " + newest);
		return unit.group(1);
	}

	/**
	 * A copy of the build's p2 repository in which Rapport's product unit has a higher version: the metadata is
	 * written as a plain content.xml, the artifacts (unchanged) are the build repository's.
	 */
	private Path newerRepository(String version) throws IOException {
		Path built = Rapport.root().resolve("releng/org.rapport.product/target/repository");
		Path newer = Files.createDirectories(dir.resolve("newer-repository"));
		// its artifacts are the build's: a composite artifact repository with the build's as its child
		Files.writeString(newer.resolve("compositeArtifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?compositeArtifactRepository version='1.0.0'?>
				<repository name='newer' type='org.eclipse.equinox.internal.p2.artifact.repository.CompositeArtifactRepository' version='1.0.0'>
				  <properties size='1'><property name='p2.timestamp' value='0'/></properties>
				  <children size='1'><child location='%s'/></children>
				</repository>
				""".formatted(built.toUri()));
		String content;
		try (ZipFile jar = new ZipFile(built.resolve("content.jar").toFile())) {
			ZipEntry entry = jar.getEntry("content.xml");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (InputStream in = jar.getInputStream(entry)) {
				in.transferTo(bytes);
			}
			content = bytes.toString(StandardCharsets.UTF_8);
		}
		int start = content.indexOf("<unit id='" + PRODUCT_ID + "' version='" + version + "'");
		assertTrue(start >= 0, "the build's repository has Rapport " + version);
		int end = content.indexOf("</unit>", start);
		// the unit's own version and the version it provides; what it requires (this build's features) stays
		String unit = content.substring(start, end)
				.replace("<unit id='" + PRODUCT_ID + "' version='" + version + "'",
						"<unit id='" + PRODUCT_ID + "' version='" + version + "u'")
				.replace("name='" + PRODUCT_ID + "' version='" + version + "'",
						"name='" + PRODUCT_ID + "' version='" + version + "u'");
		Files.writeString(newer.resolve("content.xml"), content.substring(0, start) + unit + content.substring(end));
		return newer;
	}
}
