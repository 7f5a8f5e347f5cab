/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code org.rapport.core.cli} application: Rapport's headless command line ({@code rapport score},
 * {@code validate}, {@code export}, ...). It needs only the core bundles; the workbench's bundles are in
 * the product but no class of theirs is loaded, so no display is needed.
 * <p>
 * The application's arguments are the command line; its result is the process's {@linkplain ExitCode exit
 * code}. Output goes to standard output and errors to standard error, both in UTF-8 whatever the locale,
 * because JSON and plans are UTF-8 and names are rarely ASCII only.
 * </p>
 *
 * @noreference internal to the command line
 */
public final class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Map<?, ?> arguments = context.getArguments();
		Object args = arguments == null ? null : arguments.get(IApplicationContext.APPLICATION_ARGS);
		String[] commandLine = args instanceof String[] strings ? strings : new String[0];
		// streams on the file descriptors, not System.out: UTF-8 regardless of the platform's default
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		keepLogPrivate();
		try {
			return Integer.valueOf(new Commands(out, err).run(commandLine));
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * The platform log names the files and commands of whoever ran the command line, with stack traces: an existing
	 * one is narrowed to {@code rw-------} before anything is logged (the {@code rapport} script runs the command
	 * line with {@code umask 077}, so a new one is private from the start).
	 */
	private static void keepLogPrivate() {
		try {
			org.eclipse.core.runtime.IPath location = org.eclipse.core.runtime.Platform.getLogFileLocation();
			if (location == null) {
				return;
			}
			java.nio.file.Path log = location.toPath();
			java.util.Set<java.nio.file.attribute.PosixFilePermission> owner = org.rapport.core.store.AtomicFileWriter.PRIVATE_FILE_PERMISSIONS;
			// without a workspace the log is a new file per run, created only when something is logged: that one the
			// script's umask makes private; an existing log (a workspace's) is narrowed here
			if (java.nio.file.Files.exists(log)) {
				java.nio.file.Files.setPosixFilePermissions(log, owner);
			}
		} catch (java.io.IOException | RuntimeException | LinkageError e) {
			// no POSIX permissions here, or no log yet: nothing to narrow
		}
	}

	@Override
	public void stop() {
		// every command runs to its end in a few seconds; there is nothing to interrupt
	}
}
