/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.internal.registry.ExtensionRegistry;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.tests.strategies.StrategyTesting.LogCapture;
import org.rapport.core.tests.strategies.fakes.GoodStrategy;

/** Plugins that contribute strategies come and go while the registry runs. */
class DynamicStrategiesTest {

	private static final String EXTENSION = "dynamicStrategies";
	private static final String ID = StrategyTesting.BUNDLE + ".dynamic";

	private final IExtensionRegistry extensionRegistry = RegistryFactory.getRegistry();
	// the registry's own token for contributions that are not persisted: what tests and tools use
	private final Object token = ((ExtensionRegistry) extensionRegistry).getTemporaryUserToken();
	private final IStrategyRegistry registry = Strategies.getRegistry();
	private final Semaphore changes = new Semaphore(0);
	private final Runnable listener = changes::release;

	/** The scorings here must finish, however loaded the machine. */
	@BeforeEach
	void longTimeLimit() {
		StrategyTesting.setTimeLimit(StrategyTesting.LONG_LIMIT_MILLIS);
	}

	@AfterEach
	void removeLeftovers() throws Exception {
		StrategyTesting.clearPreferences();
		registry.removeChangeListener(listener);
		IExtension extension = dynamicExtension();
		if (extension != null) {
			extensionRegistry.removeExtension(extension, token);
		}
		// the registry learns of the removal asynchronously: the next test must not see it still there
		long deadline = System.currentTimeMillis() + 10_000;
		while (registry.getStrategy(ID) != null && System.currentTimeMillis() < deadline) {
			Thread.sleep(10);
		}
		assertNull(registry.getStrategy(ID));
	}

	private IExtension dynamicExtension() {
		for (IExtension extension : extensionRegistry.getExtensionPoint(Strategies.EXTENSION_POINT_ID).getExtensions()) {
			if (EXTENSION.equals(extension.getSimpleIdentifier())) {
				return extension;
			}
		}
		return null;
	}

	@Test
	void picksUpAStrategyAddedAndRemovedAtRunTime() throws InterruptedException {
		assertNull(registry.getStrategy(ID));
		StrategyDescriptor staying = registry.getStrategy(StrategyTesting.GOOD);
		registry.addChangeListener(listener);

		IContributor contributor = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(getClass()));
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" //
				+ "<extension id=\"" + EXTENSION + "\" point=\"" + Strategies.EXTENSION_POINT_ID + "\">" //
				+ "<strategy id=\"" + ID + "\" name=\"Dynamic fake\" defaultWeight=\"2\" class=\""
				+ GoodStrategy.class.getName() + "\"/>" //
				+ "</extension></plugin>";
		assertTrue(extensionRegistry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				contributor, false, "dynamic strategy", null, token));

		// registry events are delivered on another thread
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "listeners told of the new strategy");
		StrategyDescriptor added = registry.getStrategy(ID);
		assertNotNull(added);
		assertEquals("Dynamic fake", added.getName());
		assertEquals(2, added.getDefaultWeight());
		assertEquals(StrategyTesting.BUNDLE, added.getContributor());
		assertTrue(registry.getStrategies().contains(added));
		StrategyOutcome outcome = registry.score(added, StrategyTesting.plan(), ScoringContext.forToday());
		assertFalse(outcome.isFailed(), outcome::getFailure);
		assertEquals(GoodStrategy.SCORE, outcome.getScore());

		assertTrue(extensionRegistry.removeExtension(dynamicExtension(), token));
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "listeners told of the removal");
		assertNull(registry.getStrategy(ID));
		assertFalse(registry.getStrategies().contains(added));
		StrategyOutcome afterRemoval = registry.score(added, StrategyTesting.plan(), ScoringContext.forToday());
		assertEquals("The strategy \"Dynamic fake\" from plugin org.rapport.core.tests is no longer installed.",
				afterRemoval.getFailure());

		// the strategies that stayed were not read again
		assertSame(staying, registry.getStrategy(StrategyTesting.GOOD));
	}

	@Test
	void stopsNotifyingARemovedListener() throws InterruptedException {
		registry.addChangeListener(listener);
		registry.removeChangeListener(listener);
		IContributor contributor = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(getClass()));
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" //
				+ "<extension id=\"" + EXTENSION + "\" point=\"" + Strategies.EXTENSION_POINT_ID + "\">" //
				+ "<strategy id=\"" + ID + "\" name=\"Dynamic fake\" class=\"" + GoodStrategy.class.getName() + "\"/>" //
				+ "</extension></plugin>";
		Semaphore seen = new Semaphore(0);
		Runnable witness = seen::release;
		registry.addChangeListener(witness);
		try {
			assertTrue(extensionRegistry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
					contributor, false, "dynamic strategy", null, token));
			assertTrue(seen.tryAcquire(10, TimeUnit.SECONDS));
			assertEquals(0, changes.availablePermits());
		} finally {
			registry.removeChangeListener(witness);
		}
	}

	@Test
	void warnsOfModelClassesThatDoNotExistButKeepsTheStrategy() throws InterruptedException {
		registry.addChangeListener(listener);
		IContributor contributor = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(getClass()));
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" //
				+ "<extension id=\"" + EXTENSION + "\" point=\"" + Strategies.EXTENSION_POINT_ID + "\">" //
				+ "<strategy id=\"" + ID + "\" name=\"Misspelt fake\" affectedBy=\"Contact,Contcat,FollowUp\" class=\""
				+ GoodStrategy.class.getName() + "\"/>" //
				+ "</extension></plugin>";
		try (LogCapture log = new LogCapture()) {
			assertTrue(extensionRegistry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
					contributor, false, "dynamic strategy", null, token));
			assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS));
			assertEquals(Set.of("Contact", "Contcat", "FollowUp"), registry.getStrategy(ID).getAffectedBy());
			assertEquals(List.of("The strategy \"Misspelt fake\" from plugin org.rapport.core.tests names model classes"
					+ " that do not exist in its attribute \"affectedBy\": Contcat. Changes to them will never trigger"
					+ " a new score."), log.messages(m -> m.contains("Misspelt fake")));
		}
	}
}
