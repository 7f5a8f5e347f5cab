/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;

/**
 * What {@code score} needs besides the plan, made ready on a second thread while the plan loads: the strategy
 * registry, the preferences (weights, time limit, follow-up cadences) and the contributed strategies' classes.
 * None of it needs the plan, so on a second core it is off the main thread's path (issue 17: the command line's
 * fixed cost against the bare launch; README: Performance, Start).
 * <p>
 * Only the registry and the preferences are waited for. The classes are loaded and initialized afterwards on the
 * same thread and never waited for: their instances are still created by the registry, within each strategy's
 * time limit, so a contributed class that fails or hangs is reported as it always was.
 * </p>
 */
final class ScoringPreparation {

	/** The registry and the preferences, read ahead. */
	record Prepared(IStrategyRegistry registry, FollowUpSettings followUps) {
	}

	private final FutureTask<Prepared> task = new FutureTask<>(ScoringPreparation::prepare);

	private ScoringPreparation() {
	}

	/** Starts preparing on a daemon thread, so that a command that fails first exits all the same. */
	static ScoringPreparation start() {
		ScoringPreparation preparation = new ScoringPreparation();
		Thread thread = new Thread(preparation::run, "Rapport scoring preparation"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
		return preparation;
	}

	/** The registry and the preferences; what preparing them threw is thrown here, as if done on this thread. */
	Prepared get() {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get();
				} catch (InterruptedException e) {
					// the command line is not interrupted in earnest: wait on, and keep the flag
					interrupted = true;
				}
			}
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		task.run();
		if (!task.isCancelled()) {
			loadStrategyClasses();
		}
	}

	private static Prepared prepare() {
		IStrategyRegistry registry = Strategies.getRegistry();
		registry.getTimeLimitMillis();
		for (StrategyDescriptor strategy : registry.getStrategies()) {
			registry.getWeight(strategy);
		}
		return new Prepared(registry, FollowUpPreferences.current());
	}

	/**
	 * Loads and initializes each contributed strategy's class from its plugin, as the registry will when it
	 * creates the instance; whatever goes wrong is left for the registry to find and report.
	 */
	private static void loadStrategyClasses() {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(Strategies.EXTENSION_POINT_ID)) {
			try {
				String className = element.getAttribute("class"); //$NON-NLS-1$
				Bundle bundle = Platform.getBundle(element.getContributor().getName());
				if (className == null || bundle == null) {
					continue;
				}
				int data = className.indexOf(':');
				Class<?> type = bundle.loadClass(data < 0 ? className.strip() : className.substring(0, data).strip());
				Class.forName(type.getName(), true, type.getClassLoader());
			} catch (ClassNotFoundException | RuntimeException | LinkageError e) {
				// the registry reports it, naming the plugin, when it creates the strategy
			}
		}
	}
}
