/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code ./rapport COMMAND ...} from the repository root as a separate process, in a given working
 * directory, the way a person or a script does, and captures what it says and how it ends.
 */
final class Rapport {

	/** Starting the product takes a few seconds; a command that takes this long is stuck. */
	private static final long TIMEOUT_SECONDS = 180;

	private Rapport() {
	}

	/** The repository root, where the {@code rapport} script is (the build passes it in). */
	static Path root() {
		String root = System.getProperty("rapport.root");
		Path path = root != null ? Path.of(root) : Path.of("../..");
		return path.toAbsolutePath().normalize();
	}

	/**
	 * Runs the script with the arguments in the working directory, without a display and without letting
	 * the script rebuild the product.
	 */
	static Processes.Result run(Path workingDirectory, String... args) {
		return run(workingDirectory, Map.of(), null, args);
	}

	/**
	 * Runs the script as {@link #run(Path, String...)} does, with these variables added to its environment and this
	 * text as its standard input ({@code null}: none).
	 */
	static Processes.Result run(Path workingDirectory, Map<String, String> variables, String input, String... args) {
		List<String> command = new ArrayList<>();
		command.add(root().resolve("rapport").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("RAPPORT_NO_BUILD", "1");
		// the command line must not need a display: take it away
		environment.remove("DISPLAY");
		environment.remove("WAYLAND_DISPLAY");
		environment.putAll(variables);
		return Processes.run(builder, TIMEOUT_SECONDS, input);
	}

	/** The product the script runs, which this build materialized before the tests. */
	static Path product() {
		return root().resolve("releng/org.rapport.product/target/products/org.rapport.product/linux/gtk/x86_64/rapport");
	}

	static boolean productExists() {
		return Files.isDirectory(product().resolve("plugins"));
	}
}
