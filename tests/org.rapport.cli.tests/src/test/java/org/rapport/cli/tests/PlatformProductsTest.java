/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.osgi.container.Module;
import org.eclipse.osgi.report.resolution.ResolutionReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The product archives the build makes for the platforms that cannot run here. Each archive holds its
 * platform's SWT fragment and no other, and the files that start it there; and every bundle in it resolves in
 * an OSGi framework (Equinox, as the product runs) told that platform through {@code osgi.os}, {@code osgi.ws}
 * and {@code osgi.arch}: no missing requirement, no fragment left without its host.
 */
class PlatformProductsTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}.{1}.{2}")
	@CsvSource({ "linux,gtk,x86_64,tar.gz", "linux,gtk,aarch64,tar.gz", "win32,win32,x86_64,zip",
			"macosx,cocoa,x86_64,tar.gz", "macosx,cocoa,aarch64,tar.gz" })
	void everyBundleResolvesOnItsPlatformAndTheArchiveHasItsLauncher(String os, String ws, String arch, String format)
			throws Exception {
		Path products = Rapport.root().resolve("releng/org.rapport.product/target/products");
		assumeTrue(Files.isDirectory(products), "the product is built before these tests run");
		String suffix = "-" + os + "." + ws + "." + arch + "." + format;
		Path archive;
		try (Stream<Path> files = Files.list(products)) {
			archive = files.filter(f -> f.getFileName().toString().startsWith("rapport-")
					&& f.getFileName().toString().endsWith(suffix)).findFirst()
					.orElseThrow(() -> new AssertionError("no archive *" + suffix + " in " + products));
		}
		Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
		if (format.equals("zip")) {
			unzip(archive, unpacked);
		} else {
			Processes.Result tar = Processes.run(dir, Map.of(), 120, "tar", "-xzf", archive.toString(), "-C",
					unpacked.toString());
			assertEquals(0, tar.exitCode(), tar::toString);
		}

		Path installation = switch (os) {
		case "win32" -> {
			Path root = unpacked.resolve("rapport");
			String script = Files.readString(root.resolve("rapport.cmd"));
			assertTrue(script.contains("plugins\\org.eclipse.equinox.launcher_*.jar") && script.contains("javaw"), script);
			yield root;
		}
		case "macosx" -> {
			Path contents = unpacked.resolve("Rapport.app/Contents");
			String plist = Files.readString(contents.resolve("Info.plist"));
			assertTrue(plist.contains("<key>CFBundleExecutable</key><string>rapport</string>"), plist);
			assertTrue(plist.contains("<key>CFBundlePackageType</key><string>APPL</string>"), plist);
			Path executable = contents.resolve("MacOS/rapport");
			assertTrue(Files.isExecutable(executable), "Rapport.app/Contents/MacOS/rapport is executable");
			assertTrue(Files.readString(executable).contains("-XstartOnFirstThread"), "SWT's first thread on macOS");
			yield contents.resolve("Eclipse");
		}
		default -> {
			Path root = unpacked.resolve("rapport");
			assertTrue(Files.isExecutable(root.resolve("rapport")), "the start script rapport is executable");
			yield root;
		}
		};
		Path plugins = installation.resolve("plugins");
		List<String> swtFragments;
		try (Stream<Path> files = Files.list(plugins)) {
			swtFragments = files.map(f -> f.getFileName().toString())
					.filter(n -> n.matches("org\\.eclipse\\.swt\\.[a-z0-9]+\\.[a-z0-9]+\\.[a-z0-9_]+_.*"))
					.collect(Collectors.toList());
		}
		assertEquals(1, swtFragments.size(), swtFragments::toString);
		assertTrue(swtFragments.get(0).startsWith("org.eclipse.swt." + ws + "." + os + "." + arch + "_"),
				swtFragments::toString);
		try (Stream<Path> files = Files.list(plugins)) {
			assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")),
					"the Equinox launcher the start files name");
		}

		assertEquals("", unresolved(plugins, os, ws, arch), "bundles that do not resolve on " + suffix);
	}

	/** Installs every bundle of the folder into a framework told the platform; says what does not resolve. */
	private String unresolved(Path plugins, String os, String ws, String arch) throws Exception {
		Map<String, String> configuration = new HashMap<>();
		configuration.put("osgi.framework.useSystemProperties", "false");
		configuration.put("org.osgi.framework.storage", dir.resolve("framework").toString());
		configuration.put("org.osgi.framework.storage.clean", "onFirstInit");
		configuration.put("osgi.os", os);
		configuration.put("osgi.ws", ws);
		configuration.put("osgi.arch", arch);
		configuration.put("osgi.nl", "en_US");
		Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
				.newFramework(configuration);
		framework.init();
		try {
			BundleContext context = framework.getBundleContext();
			List<Bundle> bundles = new ArrayList<>();
			try (Stream<Path> files = Files.list(plugins)) {
				for (Path file : files.sorted().toList()) {
					// the framework itself is the system bundle
					if (!file.getFileName().toString().startsWith("org.eclipse.osgi_")) {
						bundles.add(context.installBundle("reference:" + file.toUri()));
					}
				}
			}
			framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
			StringBuilder report = new StringBuilder();
			for (Bundle bundle : bundles) {
				if (bundle.getState() == Bundle.INSTALLED) {
					Module module = bundle.adapt(Module.class);
					ResolutionReport resolution = module.getContainer().resolve(List.of(module), true);
					report.append(bundle.getSymbolicName()).append(": ")
							.append(resolution.getResolutionReportMessage(module.getCurrentRevision())).append('\n');
				}
			}
			return report.toString();
		} finally {
			framework.stop();
			framework.waitForStop(30_000);
		}
	}

	private static void unzip(Path archive, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path path = target.resolve(entry.getName()).normalize();
				assertTrue(path.startsWith(target), entry.getName());
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				} else {
					Files.createDirectories(path.getParent());
					try (InputStream in = zip.getInputStream(entry)) {
						Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
	}
}
