/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;

/**
 * Takes the keys off the platform's commands that do nothing in Rapport. The workbench's default key scheme, which
 * Rapport's scheme extends, binds keys to the text editor's and the IDE's commands (Content Assist, Find and Replace,
 * Print, Rename, ...): in Rapport they have no handler, so the keys did nothing and Key Assist (Ctrl+Shift+L) listed
 * them beside Rapport's own. A deletion in Rapport's scheme would not do (the workbench's model keeps the platform's
 * bindings whatever a child scheme says), so their bindings leave the application model at startup; the workbench
 * takes them out of its binding tables as they go.
 */
final class PlatformKeys {

	/** The platform's commands with a key and no use in Rapport. */
	static final Set<String> UNUSED_COMMANDS = Set.of( //
			"org.eclipse.ui.edit.text.contentAssist.proposals", // Content Assist //$NON-NLS-1$
			"org.eclipse.ui.edit.text.contentAssist.contextInformation", // Context Information //$NON-NLS-1$
			"org.eclipse.ui.edit.findReplace", // Find and Replace //$NON-NLS-1$
			"org.eclipse.ui.edit.findNext", //$NON-NLS-1$
			"org.eclipse.ui.edit.findPrevious", //$NON-NLS-1$
			"org.eclipse.ui.file.print", //$NON-NLS-1$
			"org.eclipse.ui.edit.rename", //$NON-NLS-1$
			"org.eclipse.ui.file.refresh", //$NON-NLS-1$
			"org.eclipse.ui.file.properties", // Alt+Enter: resource properties //$NON-NLS-1$
			"org.eclipse.ui.navigate.next", // Ctrl+.: the next search match or problem //$NON-NLS-1$
			"org.eclipse.ui.navigate.previous", //$NON-NLS-1$
			"org.eclipse.ui.navigate.backwardHistory", // text locations; Rapport's editor records none //$NON-NLS-1$
			"org.eclipse.ui.navigate.forwardHistory", //$NON-NLS-1$
			"org.eclipse.ui.navigate.collapseAll", //$NON-NLS-1$
			"org.eclipse.ui.navigate.expandAll", //$NON-NLS-1$
			"org.eclipse.ui.window.splitEditor", // text editors only //$NON-NLS-1$
			"org.eclipse.ui.window.nextPerspective", // Rapport has one perspective //$NON-NLS-1$
			"org.eclipse.ui.window.previousPerspective"); //$NON-NLS-1$

	private PlatformKeys() {
	}

	/** Removes the key bindings of {@link #UNUSED_COMMANDS} from every binding table of the application. */
	static int removeUnused(MApplication application) {
		int removed = 0;
		for (MBindingTable table : application.getBindingTables()) {
			int before = table.getBindings().size();
			table.getBindings().removeIf(PlatformKeys::isUnused);
			removed += before - table.getBindings().size();
		}
		return removed;
	}

	private static boolean isUnused(MKeyBinding binding) {
		return binding.getCommand() != null && UNUSED_COMMANDS.contains(binding.getCommand().getElementId());
	}
}
