/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.internal.registry.ExtensionPointTracker;

/**
 * The helper behind the strategy and review wizard registries, on a registry of its own: it reads at the start,
 * reads again from the previous state when contributions come or go, and tells listeners only of visible changes.
 */
class ExtensionPointTrackerTest {

	private static final String POINT = "test.things";

	private final Object master = new Object();
	private final Object user = new Object();
	private final IExtensionRegistry registry = RegistryFactory.createRegistry(null, master, user);
	private final IContributor contributor = ContributorFactorySimple.createContributor("test");
	/** The state each read was given, in order. */
	private final List<List<String>> readFrom = new CopyOnWriteArrayList<>();
	private final Semaphore changes = new Semaphore(0);
	private ExtensionPointTracker<List<String>> tracker;

	@AfterEach
	void stop() {
		if (tracker != null) {
			tracker.dispose();
		}
		registry.stop(master);
	}

	/** The ids of the point's {@code thing} elements; other elements are invisible to listeners. */
	private List<String> read(List<String> previous) {
		readFrom.add(previous);
		List<String> ids = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			if ("thing".equals(element.getName())) {
				ids.add(element.getAttribute("id"));
			}
		}
		return List.copyOf(ids);
	}

	private void contribute(String xml) {
		String plugin = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" + xml + "</plugin>";
		assertTrue(registry.addContribution(new ByteArrayInputStream(plugin.getBytes(StandardCharsets.UTF_8)),
				contributor, false, "test", null, user), "the registry took " + xml);
	}

	private IExtension extension(String simpleId) {
		for (IExtension extension : registry.getExtensionPoint(POINT).getExtensions()) {
			if (simpleId.equals(extension.getSimpleIdentifier())) {
				return extension;
			}
		}
		throw new AssertionError("no extension " + simpleId);
	}

	private void start() {
		tracker = new ExtensionPointTracker<>(registry, POINT, List.of(), this::read, ids -> ids);
		tracker.addChangeListener(changes::release);
	}

	@Test
	void readsAtTheStartAndAgainFromThePreviousStateWhenContributionsChange() throws InterruptedException {
		contribute("<extension-point id=\"things\" name=\"Things\"/>"
				+ "<extension id=\"first\" point=\"" + POINT + "\"><thing id=\"a\"/></extension>");
		start();
		assertEquals(List.of("a"), tracker.state());
		assertEquals(List.of(List.of()), readFrom, "the first read starts from the empty state");

		contribute("<extension id=\"second\" point=\"" + POINT + "\"><thing id=\"b\"/></extension>");
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "listeners told of the added contribution");
		assertEquals(List.of("a", "b"), tracker.state());
		assertEquals(List.of("a"), readFrom.get(1), "the second read is given what the first one made");

		assertTrue(registry.removeExtension(extension("first"), user));
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "listeners told of the removed contribution");
		assertEquals(List.of("b"), tracker.state());
	}

	@Test
	void listenersAreNotToldOfChangesTheyCannotSee() throws InterruptedException {
		contribute("<extension-point id=\"things\" name=\"Things\"/>");
		start();
		contribute("<extension id=\"other\" point=\"" + POINT + "\"><other id=\"x\"/></extension>");
		// the registry tells of a change on a thread of its own: wait for the read it causes
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (readFrom.size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertEquals(2, readFrom.size(), "read at the start and after the invisible contribution");
		assertFalse(changes.tryAcquire(200, TimeUnit.MILLISECONDS), "no notification for what listeners cannot see");
		contribute("<extension id=\"thing\" point=\"" + POINT + "\"><thing id=\"c\"/></extension>");
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "listeners told of the visible change");
		assertFalse(changes.tryAcquire(200, TimeUnit.MILLISECONDS), "one notification, for the visible change only");
		assertEquals(List.of("c"), tracker.state());
	}

	@Test
	void aListenerThatThrowsDoesNotKeepTheOthersFromBeingTold() throws InterruptedException {
		contribute("<extension-point id=\"things\" name=\"Things\"/>");
		tracker = new ExtensionPointTracker<>(registry, POINT, List.of(), this::read, ids -> ids);
		tracker.addChangeListener(() -> {
			throw new IllegalStateException("a careless listener");
		});
		tracker.addChangeListener(changes::release);
		contribute("<extension id=\"thing\" point=\"" + POINT + "\"><thing id=\"d\"/></extension>");
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "the second listener was told");
	}

	@Test
	void stopsReadingOnceDisposedAndRemovedListenersAreNotTold() throws InterruptedException {
		contribute("<extension-point id=\"things\" name=\"Things\"/>");
		start();
		Semaphore removed = new Semaphore(0);
		Runnable witness = removed::release;
		tracker.addChangeListener(witness);
		tracker.removeChangeListener(witness);
		contribute("<extension id=\"one\" point=\"" + POINT + "\"><thing id=\"e\"/></extension>");
		assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS));
		assertEquals(0, removed.availablePermits(), "a removed listener is not told");

		tracker.dispose();
		int reads = readFrom.size();
		contribute("<extension id=\"two\" point=\"" + POINT + "\"><thing id=\"f\"/></extension>");
		assertFalse(changes.tryAcquire(300, TimeUnit.MILLISECONDS), "no listener told after dispose");
		assertEquals(reads, readFrom.size(), "no read after dispose");
		assertEquals(List.of("e"), tracker.state(), "the last state stays");
	}
}
