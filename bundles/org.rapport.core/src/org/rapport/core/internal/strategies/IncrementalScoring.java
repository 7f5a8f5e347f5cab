/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;

/**
 * The decisions of incremental scoring, kept apart from threads and timers so that they can be tested on
 * their own: which model classes a change touches, which strategies those changes affect, and how new
 * outcomes combine with the ones kept from earlier runs.
 */
public final class IncrementalScoring {

	/** What a model change means for scoring: the names of the classes it touches, or "everything". */
	public record Change(Set<String> eClassNames, boolean everything) {
		public static final Change NONE = new Change(Set.of(), false);
		public static final Change EVERYTHING = new Change(Set.of(), true);

		public boolean isNone() {
			return !everything && eClassNames.isEmpty();
		}
	}

	private IncrementalScoring() {
	}

	/**
	 * The classes a notification touches: the changed object's class and its supertypes and, when objects
	 * are added to or removed from a containment, their classes and those of everything they contain (adding
	 * an audience adds its communication strategy too). Touches and adapter bookkeeping are no change; a
	 * change of the resource's contents (the plan replaced) or of anything that is not a model object is
	 * treated as a change of everything.
	 */
	public static Change changeOf(Notification notification) {
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return Change.NONE;
		}
		Object notifier = notification.getNotifier();
		if (notifier instanceof Resource) {
			// isModified, isLoaded, errors... are no change of the plan; its contents are
			return notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS ? Change.EVERYTHING
					: Change.NONE;
		}
		if (!(notifier instanceof EObject object)) {
			return Change.EVERYTHING;
		}
		Set<String> names = new LinkedHashSet<>();
		addClass(object.eClass(), names);
		if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
			addValues(notification.getOldValue(), names);
			addValues(notification.getNewValue(), names);
		}
		return new Change(Set.copyOf(names), false);
	}

	private static void addValues(Object value, Set<String> names) {
		if (value instanceof EObject object) {
			addClass(object.eClass(), names);
			object.eAllContents().forEachRemaining(child -> addClass(child.eClass(), names));
		} else if (value instanceof Collection<?> values) {
			for (Object each : values) {
				addValues(each, names);
			}
		}
	}

	private static void addClass(EClass eClass, Set<String> names) {
		names.add(eClass.getName());
		for (EClass superType : eClass.getEAllSuperTypes()) {
			names.add(superType.getName());
		}
	}

	/**
	 * The strategies to score for a run, in the given order: all of them for a full run; otherwise those
	 * named in {@code pendingIds} (left over from an earlier run) and those affected by any of the changed
	 * classes.
	 */
	public static List<StrategyDescriptor> toScore(List<StrategyDescriptor> strategies, boolean full,
			Set<String> changedClasses, Set<String> pendingIds) {
		List<StrategyDescriptor> result = new ArrayList<>();
		for (StrategyDescriptor strategy : strategies) {
			if (full || pendingIds.contains(strategy.getId()) || affected(strategy, changedClasses)) {
				result.add(strategy);
			}
		}
		return result;
	}

	private static boolean affected(StrategyDescriptor strategy, Set<String> changedClasses) {
		for (String name : changedClasses) {
			if (strategy.isAffectedBy(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The outcome of every strategy, in the registry's order: the fresh one if the strategy was just scored,
	 * the kept one otherwise. A strategy with neither (installed while the run was under way) is left out
	 * until it is scored; a kept outcome of a strategy no longer installed is dropped.
	 *
	 * @param strategies the registry's strategies now
	 * @param kept       the previous outcomes by strategy id (ignored for a full run)
	 * @param fresh      the outcomes of this run by strategy id
	 */
	public static List<StrategyOutcome> merge(List<StrategyDescriptor> strategies, Map<String, StrategyOutcome> kept,
			Map<String, StrategyOutcome> fresh, boolean full) {
		List<StrategyOutcome> outcomes = new ArrayList<>(strategies.size());
		for (StrategyDescriptor strategy : strategies) {
			StrategyOutcome outcome = fresh.get(strategy.getId());
			if (outcome == null && !full) {
				outcome = kept.get(strategy.getId());
			}
			if (outcome != null) {
				outcomes.add(outcome);
			}
		}
		return outcomes;
	}
}
