/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's own command-line arguments: plan files to open and {@code --screenshot FILE},
 * which writes a PNG of the workbench window once it is up and then closes the workbench.
 */
public record StartupOptions(List<Path> plans, Path screenshot) {

	public static StartupOptions parse(String[] args) {
		List<Path> plans = new ArrayList<>();
		Path screenshot = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ("--screenshot".equals(arg) && i + 1 < args.length) {
				screenshot = Path.of(args[++i]).toAbsolutePath();
			} else if (arg.endsWith(".rapport") && !arg.startsWith("-")) {
				plans.add(Path.of(arg).toAbsolutePath());
			}
		}
		return new StartupOptions(List.copyOf(plans), screenshot);
	}
}
