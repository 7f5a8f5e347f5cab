/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.sync.DavClient;
import org.rapport.core.internal.sync.Messages;
import org.rapport.core.internal.sync.SyncAccount;
import org.rapport.core.internal.sync.SyncException;
import org.rapport.core.internal.sync.SyncPreview;
import org.rapport.core.internal.sync.SyncRow;
import org.rapport.core.internal.sync.SyncState;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;

/**
 * {@code rapport sync}: the plan's contacts to a CardDAV address book and its dates to a CalDAV calendar, and the
 * address book's changes back. Without {@code --apply-incoming} the plan file is never changed; conflicts and
 * deletions are listed and left (the workbench's Sync decides them), and then the exit code is
 * {@link ExitCode#SYNC_UNDECIDED}.
 */
final class SyncCli {

	static final String SYNC = "sync"; //$NON-NLS-1$
	private static final String OPTION_CARDDAV = "carddav"; //$NON-NLS-1$
	private static final String OPTION_CALDAV = "caldav"; //$NON-NLS-1$
	private static final String OPTION_USER = "user"; //$NON-NLS-1$
	private static final String OPTION_APPLY = "apply-incoming"; //$NON-NLS-1$

	private final PrintStream out;
	private final PlanStore store;

	SyncCli(PrintStream out, PlanStore store) {
		this.out = out;
		this.store = store;
	}

	int run(List<String> args, Commands commands) throws CommandException {
		Arguments arguments = Arguments.parse(SYNC, args, Set.of(OPTION_CARDDAV, OPTION_CALDAV, OPTION_USER),
				Set.of(OPTION_APPLY));
		String fileArg = arguments.expectOperands(SYNC, "FILE").get(0); //$NON-NLS-1$
		String carddav = arguments.value(OPTION_CARDDAV);
		String caldav = arguments.value(OPTION_CALDAV);
		if (carddav == null && caldav == null) {
			throw CommandException.usage(NLS.bind(Messages.Cli_noServer, SYNC));
		}
		String user = arguments.value(OPTION_USER);
		if (user != null && user.isBlank()) {
			throw CommandException.usage(NLS.bind(Messages.Cli_blankUser, SYNC));
		}
		SyncAccount account = new SyncAccount(carddav, caldav, user);
		for (String url : new String[] { account.addressBook(), account.calendar() }) {
			if (url != null) {
				try {
					DavClient.uri(url);
				} catch (SyncException e) {
					throw CommandException.usage(SYNC + ": " + e.getMessage()); //$NON-NLS-1$
				}
			}
		}
		NetworkingPlan plan = commands.load(SYNC, fileArg);
		Path file = Commands.path(SYNC, fileArg);
		Path stateFile = SyncState.fileOf(file);
		SyncState state;
		try {
			state = SyncState.load(stateFile);
		} catch (IOException e) {
			throw new CommandException(ExitCode.BAD_INPUT, NLS.bind(Messages.Cli_stateUnreadable, stateFile, e.getMessage()), e);
		}
		char[] password = user == null ? null : Passwords.read(SYNC, user);
		SyncPreview preview;
		try {
			DavClient client = new DavClient(user, password);
			preview = SyncPreview.compute(plan, state, account, client, null);
			preview.push(client, null);
		} catch (SyncException e) {
			throw new CommandException(ExitCode.SERVER, e.getMessage(), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		boolean apply = arguments.flag(OPTION_APPLY);
		boolean applied = false;
		if (apply && preview.hasIncoming()) {
			EditingDomain domain = EditingDomains.create();
			Command command = preview.createCommand(domain);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
				applied = true;
			}
		}
		int pushed = 0;
		int pulled = 0;
		int left = 0;
		int conflicts = 0;
		int deletions = 0;
		int unchanged = 0;
		for (SyncRow row : preview.getRows()) {
			switch (row.getKind()) {
			case PUSH_NEW, PUSH -> pushed++;
			case PULL_NEW, PULL -> {
				if (applied) {
					pulled++;
				} else {
					left++;
				}
			}
			case CONFLICT -> conflicts++;
			case DELETED_IN_PLAN, DELETED_ON_SERVER -> deletions++;
			case UNCHANGED -> unchanged++;
			default -> {
				// an unreadable card is listed only
			}
			}
			if (row.getKind() != SyncRow.Kind.UNCHANGED) {
				out.println("  " + row.getMessage()); //$NON-NLS-1$
			}
		}
		if (applied) {
			try {
				store.save(plan.eResource(), file);
			} catch (PlanSaveException e) {
				throw Commands.cannotWrite(fileArg, e);
			}
		}
		try {
			preview.commit(state, stateFile, applied);
		} catch (IOException e) {
			throw new CommandException(ExitCode.CANNOT_WRITE, NLS.bind(Messages.Cli_stateUnwritable, stateFile, e.getMessage()), e);
		}
		out.println(NLS.bind(Messages.Cli_done, new Object[] { fileArg, Integer.valueOf(pushed), Integer.valueOf(pulled),
				Integer.valueOf(left), Integer.valueOf(conflicts), Integer.valueOf(deletions), Integer.valueOf(unchanged) }));
		if (left > 0) {
			out.println(Messages.Cli_incomingLeft);
		}
		return conflicts > 0 || deletions > 0 ? ExitCode.SYNC_UNDECIDED : ExitCode.OK;
	}
}
