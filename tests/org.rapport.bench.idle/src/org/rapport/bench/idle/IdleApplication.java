/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.bench.idle;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Returns at once: run in the command line's launch (its JVM settings, bundles and configuration), its process time
 * is that launch's fixed cost, which the start benchmark compares {@code rapport score} with.
 */
public class IdleApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// nothing runs
	}
}
