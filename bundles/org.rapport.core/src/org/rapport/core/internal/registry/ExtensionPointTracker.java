/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.registry;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;

/**
 * What a registry of Rapport's read from one extension point, kept current while plugins come and go. The state is
 * an immutable snapshot, replaced whole: read once at the start and again, from the previous snapshot (so that a
 * contribution still installed can keep what was made of it), whenever the extension point's contributions change.
 * Change listeners are told, through {@link SafeRunner}, when the part of the state they see differs.
 *
 * @param <S> the snapshot type
 */
public final class ExtensionPointTracker<S> {

	private final IExtensionRegistry extensionRegistry;
	private final UnaryOperator<S> reader;
	private final Function<S, ?> visible;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private final Object lock = new Object();
	private volatile S state;

	private final IRegistryEventListener registryListener = new IRegistryEventListener() {
		@Override
		public void added(IExtension[] extensions) {
			refresh();
		}

		@Override
		public void removed(IExtension[] extensions) {
			refresh();
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			refresh();
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			refresh();
		}
	};

	/**
	 * Starts following the extension point and reads it once.
	 *
	 * @param empty the snapshot before the first read
	 * @param reader reads the extension point, given the previous snapshot; called under a lock, one read at a time
	 * @param visible what listeners see of a snapshot: they are told when it is no longer equal
	 */
	public ExtensionPointTracker(IExtensionRegistry extensionRegistry, String extensionPointId, S empty,
			UnaryOperator<S> reader, Function<S, ?> visible) {
		this.extensionRegistry = Objects.requireNonNull(extensionRegistry, "extensionRegistry"); //$NON-NLS-1$
		this.reader = Objects.requireNonNull(reader, "reader"); //$NON-NLS-1$
		this.visible = Objects.requireNonNull(visible, "visible"); //$NON-NLS-1$
		synchronized (lock) {
			// listen first, so that no plugin added while we read is missed
			extensionRegistry.addListener(registryListener, extensionPointId);
			state = reader.apply(Objects.requireNonNull(empty, "empty")); //$NON-NLS-1$
		}
	}

	/** The current snapshot. */
	public S state() {
		return state;
	}

	/** Adds a listener told (on the thread that changed the extension registry) when the visible state changed. */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Stops following the extension registry. */
	public void dispose() {
		extensionRegistry.removeListener(registryListener);
	}

	private void refresh() {
		boolean changed;
		synchronized (lock) {
			S old = state;
			state = reader.apply(old);
			changed = !Objects.equals(visible.apply(old), visible.apply(state));
		}
		if (changed) {
			for (Runnable listener : listeners) {
				SafeRunner.run(listener::run);
			}
		}
	}
}
