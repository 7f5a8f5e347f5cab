/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a refresh once after any change in a model tree. Commands change many objects at once; the refresh runs
 * after the burst (asynchronously on the control's display), and never after the control is gone. While it runs,
 * {@link #changed()} tells which objects the burst changed (and those a reference stopped naming), for a refresh
 * that updates only what shows them, and {@link #contents()} which objects it added to, removed from or moved in a
 * containment list (a change of a list of the plan names the plan alone).
 */
public final class ModelRefresher extends EContentAdapter {

	private static final int MAX_CHANGED = 1000;

	private final Control control;
	private final Runnable refresh;
	private Notifier target;
	private boolean scheduled;
	// the objects changed since the last refresh; null when too many to be worth listing
	private Set<Object> changed = newSet();
	// the objects added to, removed from or moved in a containment list since the last refresh; null when too many
	private Set<Object> contents = newSet();

	public ModelRefresher(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
		control.addDisposeListener(e -> attach(null));
	}

	/** Follows another model tree (or none). */
	public void attach(Notifier newTarget) {
		if (target == newTarget) {
			return;
		}
		if (target != null) {
			target.eAdapters().remove(this);
		}
		target = newTarget;
		changed = null;
		contents = null;
		if (target != null) {
			target.eAdapters().add(this);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return;
		}
		if (changed != null) {
			changed.add(notification.getNotifier());
			if (notification.getFeature() instanceof EReference reference && !reference.isContainment()
					&& !reference.isContainer()) {
				// what a one-way reference no longer names is told nothing, but what shows it may change (a thank-you
				// note given to another contact leaves the first one's timeline)
				Object old = notification.getOldValue();
				if (old instanceof EObject eObject) {
					changed.add(eObject);
				} else if (old instanceof Collection<?> objects) {
					objects.stream().filter(EObject.class::isInstance).forEach(changed::add);
				}
			}
			if (changed.size() > MAX_CHANGED) {
				changed = null;
			}
		}
		if (contents != null && notification.getFeature() instanceof EReference reference && reference.isContainment()) {
			addObjects(notification.getOldValue());
			addObjects(notification.getNewValue());
			if (contents.size() > MAX_CHANGED) {
				contents = null;
			}
		}
		schedule();
	}

	/** Adds the objects of a containment change's value (positions of a move or a removal are not objects). */
	private void addObjects(Object value) {
		if (value instanceof EObject eObject) {
			contents.add(eObject);
		} else if (value instanceof Collection<?> objects) {
			objects.stream().filter(EObject.class::isInstance).forEach(contents::add);
		}
	}

	/**
	 * The objects whose features changed since the last refresh (valid while the refresh runs), or {@code null}
	 * when they are too many or unknown: refresh everything then.
	 */
	public Set<Object> changed() {
		return changed == null ? null : Collections.unmodifiableSet(changed);
	}

	/**
	 * The objects added to, removed from or moved in a containment list since the last refresh (valid while the refresh
	 * runs), or {@code null} when they are too many or unknown.
	 */
	public Set<Object> contents() {
		return contents == null ? null : Collections.unmodifiableSet(contents);
	}

	private static Set<Object> newSet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	private void schedule() {
		if (scheduled || control.isDisposed()) {
			return;
		}
		scheduled = true;
		control.getDisplay().asyncExec(() -> {
			scheduled = false;
			try {
				if (!control.isDisposed()) {
					refresh.run();
				}
			} finally {
				changed = newSet();
				contents = newSet();
			}
		});
	}
}
