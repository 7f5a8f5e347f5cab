/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

/**
 * Ends a command with a message for the person at the terminal (printed on standard error) and an
 * {@linkplain ExitCode exit code}.
 *
 * @noreference internal to the command line
 */
public final class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CommandException(int exitCode, String message) {
		this(exitCode, message, null);
	}

	public CommandException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** The command line is wrong. */
	public static CommandException usage(String message) {
		return new CommandException(ExitCode.USAGE, message);
	}

	public int getExitCode() {
		return exitCode;
	}
}
