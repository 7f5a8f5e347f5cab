/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;

/**
 * Where a command takes a server account's password from: the environment variable {@value #VARIABLE}, else the first
 * line of standard input (asked for without echo on a terminal). Never an argument, which other users could see.
 */
final class Passwords {

	/** The environment variable that holds a server's password. */
	static final String VARIABLE = "RAPPORT_PASSWORD"; //$NON-NLS-1$

	private Passwords() {
	}

	/** The password of the user, for the command. */
	static char[] read(String command, String user) throws CommandException {
		String variable = System.getenv(VARIABLE);
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword(NLS.bind(org.rapport.core.internal.sync.Messages.Cli_passwordPrompt, user));
			if (typed != null && typed.length > 0) {
				return typed;
			}
		} else {
			try {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				if (line != null && !line.isEmpty()) {
					return line.toCharArray();
				}
			} catch (IOException e) {
				// no standard input: as no password
			}
		}
		throw CommandException.usage(NLS.bind(org.rapport.core.internal.sync.Messages.Cli_noPassword, command, VARIABLE));
	}
}
