/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.recent;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The recent plans of File &gt; 1, 2, ..., kept in the instance preferences of org.rapport.ui (a node of their own,
 * so that listeners to the Networking preferences are not woken by every plan opened) and written at once, so that
 * a workbench that does not shut down cleanly still remembers them. Read afresh each time: every window shows the
 * same list.
 */
public final class RecentPlansStore {

	static final String QUALIFIER = "org.rapport.ui"; //$NON-NLS-1$
	/** The node under {@link #QUALIFIER} and its key, for tests and for users who edit preferences by hand. */
	public static final String NODE = "recentPlans"; //$NON-NLS-1$
	public static final String KEY_FILES = "files"; //$NON-NLS-1$

	private RecentPlansStore() {
	}

	/** The recent plans, most recent first. */
	public static synchronized List<Path> files() {
		return read().getFiles();
	}

	/** Records that the plan was opened: it comes first in File's list. */
	public static void opened(Path file) {
		update(plans -> plans.opened(file));
	}

	/** Takes the plan off File's list (it no longer exists). */
	public static void remove(Path file) {
		update(plans -> plans.remove(file));
	}

	private static synchronized void update(Predicate<RecentPlans> change) {
		RecentPlans plans = read();
		if (change.test(plans)) {
			Preferences node = node();
			node.put(KEY_FILES, plans.encode());
			try {
				node.flush();
			} catch (BackingStoreException e) {
				// the list still holds for this session; losing it later costs the user nothing they made
				ILog.of(RecentPlansStore.class).error(e.getMessage(), e);
			}
		}
	}

	private static RecentPlans read() {
		return RecentPlans.decode(node().get(KEY_FILES, null), RecentPlans.DEFAULT_LIMIT);
	}

	/** The preference node that holds the list. */
	public static Preferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER).node(NODE);
	}
}
