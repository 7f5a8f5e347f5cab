/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

/**
 * The exit codes of the command line, documented in {@code docs/cli.md} and in its help. Scripts and CI
 * branch on them, so their meaning never changes; new situations get new codes.
 *
 * @noreference internal to the command line
 */
public final class ExitCode {

	/** The command did what it was asked. */
	public static final int OK = 0;

	/**
	 * The command ran, and the plan has problems: {@code validate} found errors (or warnings with
	 * {@code --strict}); {@code score} had a strategy that failed, or no strategy at all.
	 */
	public static final int PROBLEMS = 1;

	/** The command line is wrong: unknown command or option, a missing or extra argument, a bad value. */
	public static final int USAGE = 2;

	/**
	 * An input file cannot be used: missing, unreadable, damaged, truncated, not a plan, refused (document
	 * type declarations, external entities) or, for an import, not in the format given. Nothing was written.
	 */
	public static final int BAD_INPUT = 3;

	/** An output file cannot be written (or exists and would be overwritten); it is unchanged. */
	public static final int CANNOT_WRITE = 4;

	/** Something went wrong that is not the user's doing (a bug): details are in the log. */
	public static final int INTERNAL = 5;

	/**
	 * There is nothing to write: an iCalendar export of a plan with no follow-up, no dated opportunity, no
	 * birthday and no important date. No file was written.
	 */
	public static final int NOTHING_TO_EXPORT = 6;

	/**
	 * A server (a calendar's, a mailbox's) cannot be used: unreachable, refusing access or the password, an untrusted
	 * certificate, no calendar or folder at the address, or an answer that is not a calendar. Nothing was written.
	 */
	public static final int SERVER = 7;

	/**
	 * A sync finished and left something for the person to decide: a contact changed on both sides (a conflict), or
	 * deleted on one side (a deletion proposed). They are listed; the workbench's Sync decides them.
	 */
	public static final int SYNC_UNDECIDED = 8;

	private ExitCode() {
	}
}
