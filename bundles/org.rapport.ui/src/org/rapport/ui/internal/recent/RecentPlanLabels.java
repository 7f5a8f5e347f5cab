/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.recent;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** How File's menu names a recent plan: "&amp;1 Sample networking plan.rapport  [~/Rapport]". */
public final class RecentPlanLabels {

	/** Folders longer than this are shortened in the middle; the tooltip has the whole path. */
	static final int MAX_FOLDER = 48;
	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	private RecentPlanLabels() {
	}

	/**
	 * The menu text of the plan at {@code position} (1 for the most recent): positions 1 to 9 get their digit as
	 * mnemonic; an ampersand in a name is shown as itself, not taken for a mnemonic.
	 *
	 * @param home the user's home folder, shown as ~, or {@code null}
	 */
	public static String menuText(int position, Path file, Path home) {
		String number = position >= 1 && position <= 9 ? "&" + position : String.valueOf(position); //$NON-NLS-1$
		Path name = file.getFileName();
		return NLS.bind(Messages.RecentPlans_item, new Object[] { number,
				escape(name == null ? file.toString() : name.toString()), escape(folder(file.getParent(), home)) });
	}

	/** The folder as shown: under the home folder as ~/..., shortened in the middle when long. */
	static String folder(Path folder, Path home) {
		if (folder == null) {
			return ""; //$NON-NLS-1$
		}
		String text = folder.toString();
		if (home != null && folder.startsWith(home)) {
			Path relative = home.relativize(folder);
			text = relative.toString().isEmpty() ? "~" : "~" + folder.getFileSystem().getSeparator() + relative; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (text.length() <= MAX_FOLDER) {
			return text;
		}
		int keep = MAX_FOLDER - ELLIPSIS.length();
		int head = keep / 2;
		return text.substring(0, head) + ELLIPSIS + text.substring(text.length() - (keep - head));
	}

	private static String escape(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
