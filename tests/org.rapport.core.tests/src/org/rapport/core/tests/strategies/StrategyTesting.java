/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.rapport.core.strategies.StrategyPreferences;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;

/** Ids of the fake contributions in this bundle's plugin.xml, and helpers shared by the strategy tests. */
final class StrategyTesting {

	static final String BUNDLE = "org.rapport.core.tests";
	private static final String PREFIX = BUNDLE + '.';

	static final String GOOD = PREFIX + "good";
	static final String LOW = PREFIX + "low";
	static final String HANGING = PREFIX + "hanging";
	static final String THROWS = PREFIX + "throws";
	static final String SLEEPS = PREFIX + "sleeps";
	static final String NAN = PREFIX + "nan";
	static final String INFINITE = PREFIX + "infinite";
	static final String OUT_OF_RANGE = PREFIX + "outOfRange";
	static final String NULL = PREFIX + "null";
	static final String MISSING_CLASS = PREFIX + "missingClass";
	static final String NOT_A_STRATEGY = PREFIX + "notAStrategy";
	static final String BAD_WEIGHT = PREFIX + "badWeight";
	static final String NEGATIVE_WEIGHT = PREFIX + "negativeWeight";
	static final String NO_NAME = PREFIX + "noName";
	static final String NO_CLASS = PREFIX + "noClass";

	/**
	 * A short limit, for the tests of the time limit: they score only fakes that never finish in time (the sleeping
	 * fake sleeps far longer, the hanging one until released).
	 */
	static final long SHORT_LIMIT_MILLIS = 300;

	/**
	 * The limit for calls that must finish: on a loaded machine a worker thread can wait for a processor for seconds,
	 * so any limit short enough not to slow the tests down would make them fail now and then.
	 */
	static final long LONG_LIMIT_MILLIS = 60_000;

	/**
	 * The limit for scoring every fake at once: the sleeping fake must time out, and each scoring waits this long
	 * for it; the others must finish, with room for a loaded machine.
	 */
	static final long SCORE_ALL_LIMIT_MILLIS = 2000;

	private StrategyTesting() {
	}

	static NetworkingPlan plan() {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		plan.setName("Test plan");
		for (String name : List.of("Ada", "Grace")) {
			Contact contact = RapportFactory.eINSTANCE.createContact();
			contact.setFirstName(name);
			plan.getContacts().add(contact);
		}
		return plan;
	}

	static Preferences preferences() {
		return InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
	}

	static void setTimeLimit(long millis) {
		preferences().putLong(StrategyPreferences.TIME_LIMIT_MILLIS, millis);
	}

	static void clearPreferences() throws BackingStoreException {
		Preferences node = preferences();
		for (String key : node.keys()) {
			if (key.equals(StrategyPreferences.TIME_LIMIT_MILLIS) || key.startsWith(StrategyPreferences.WEIGHT_PREFIX)) {
				node.remove(key);
			}
		}
	}

	/** Collects what is logged while it is open. */
	static final class LogCapture implements ILogListener, AutoCloseable {
		private final List<IStatus> statuses = new ArrayList<>();

		LogCapture() {
			Platform.addLogListener(this);
		}

		@Override
		public synchronized void logging(IStatus status, String plugin) {
			statuses.add(status);
		}

		synchronized List<String> messages(Predicate<String> filter) {
			return statuses.stream().map(IStatus::getMessage).filter(filter).toList();
		}

		@Override
		public void close() {
			Platform.removeLogListener(this);
		}
	}
}
