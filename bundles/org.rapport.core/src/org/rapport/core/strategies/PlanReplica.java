/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.rapport.core.internal.strategies.Messages;
import org.rapport.core.internal.strategies.PlanCopier;
import org.rapport.core.internal.strategies.PlanCopier.Kept;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.resource.RapportResource;

/**
 * A copy of a plan that is kept up to date with the plan's edits, for work in the background (scoring,
 * validation) that must not block the thread that owns the plan.
 * <p>
 * {@link PlanSnapshot#of(NetworkingPlan)} copies the whole plan, on the owner's thread: some 0.4 s for 10,000
 * contacts, after every edit. A replica copies the whole plan once, in a job, and from then on records which
 * feature of which object changed; {@link #acquire()} brings the copy up to date with just those features, so
 * an edit costs the owner's thread time in proportion to the edit, not to the plan.
 * </p>
 * <pre>
 * PlanReplica replica = new PlanReplica(plan); // on the owner's thread
 * replica.addListener(() -&gt; display.asyncExec(this::tryAgain));
 * PlanSnapshot snapshot = replica.acquire(); // on the owner's thread; null: not ready or in use, tryAgain later
 * Job.create("Scoring", monitor -&gt; {
 *     try {
 *         show(snapshot.mapBack(registry.scoreAll(snapshot.getPlan(), context)));
 *     } finally {
 *         replica.release();
 *     }
 * }).schedule();
 * </pre>
 * <p>
 * The first copy is made by a job that reads the plan while its owner may edit it. That is safe because EMF's
 * copier only reads (it never creates a list or an adapter of the plan's objects), and it is correct because every
 * edit made from the moment the job was scheduled is recorded and applied to the copy before it is handed out (the
 * two ends of a two-way reference, which the job may have read on either side of an edit, each set as the plan has
 * it; and, when the plan changed meanwhile, what a read during an edit may have missed mended after); a read that
 * fails half-way through an edit makes the job start again. One holder at a time: while a snapshot is acquired and
 * not released, {@link #acquire()} returns {@code null}, and the listener is told when it is released. Listeners are
 * told on any thread; they should hand over to the owner's thread.
 * </p>
 * Construct, acquire and dispose on the thread that owns the plan; release on any thread.
 */
public final class PlanReplica {

	private static final int ATTEMPTS = 3;

	private final NetworkingPlan original;
	private final Notifier watched;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Set<EObject>>> editListeners = new CopyOnWriteArrayList<>();

	// owner-thread state
	private final Set<Change> changes = new LinkedHashSet<>();
	// what happened to each containment list in the changes, step by step; null: set the whole list again
	private final Map<Change, List<Step>> steps = new HashMap<>();
	// objects taken out of a container: edits made to them while out of the plan were not seen
	private final Set<EObject> departed = Collections.newSetFromMap(new IdentityHashMap<>());
	// copies taken out of their container while changes are applied: dropped unless put back elsewhere
	private final List<EObject> removed = new ArrayList<>();
	// copies changed while changes are applied, for the edit listeners
	private final Set<EObject> touched = Collections.newSetFromMap(new IdentityHashMap<>());
	// objects added to the plan while the first copy is made: their ids may have been read before they had them
	private final Set<EObject> arrived = Collections.newSetFromMap(new IdentityHashMap<>());
	// copies made or brought up to date as a whole while changes are applied: their steps are in them already
	private final Set<EObject> whole = Collections.newSetFromMap(new IdentityHashMap<>());
	private Replica replica;
	private Job copyJob;
	private volatile boolean disposed;

	// set by the copy job, taken by the owner's thread
	private Replica copied;
	// set by the owner's thread, cleared by release() on any thread
	private boolean leased;

	private final EContentAdapter tracker = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			recordChange(notification);
		}
	};

	private record Change(EObject object, EStructuralFeature feature) {
	}

	/**
	 * One change of a containment list, as its notification tells it: the plan's objects added or taken out (in list
	 * order), where (for several taken out, each one's position, or {@code null} for all of them), or where from for a
	 * move.
	 */
	private record Step(int type, int position, List<EObject> values, int[] positions) {
	}

	/** The copy and the ways between its objects and the plan's. */
	private static final class Replica {
		final NetworkingPlan copy;
		final Map<EObject, EObject> toCopy;
		final Map<EObject, EObject> toOriginal;
		final PlanSnapshot snapshot;
		// of the first copy, until it is handed over: its references that kept a plan's object
		List<Kept> kept;
		// of the first copy: whether its ids were read while none changed
		boolean idsSure;

		Replica(NetworkingPlan original, NetworkingPlan copy, Map<EObject, EObject> toCopy,
				Map<EObject, EObject> toOriginal) {
			this.copy = copy;
			this.toCopy = toCopy;
			this.toOriginal = toOriginal;
			this.snapshot = new PlanSnapshot(original, copy, toOriginal);
		}
	}

	/** Starts following the plan; the first copy is made when first asked for. */
	public PlanReplica(NetworkingPlan plan) {
		this.original = Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		this.watched = plan.eResource() != null ? plan.eResource() : plan;
		watched.eAdapters().add(tracker);
	}

	/**
	 * Tells the listener (on any thread) whenever {@link #acquire()} may succeed where it returned {@code null}:
	 * the first copy is ready, or a snapshot was released.
	 */
	public void addListener(Runnable listener) {
		listeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * Tells the listener, on the owner's thread during {@link #acquire()}, which objects of the copy the edits since
	 * the previous {@code acquire} changed: their attributes or references set, their lists changed, or new (with
	 * everything a new object contains). Objects the edits removed are not in the copy any more and not told. A new
	 * copy (the first, or after the plan was replaced) is not an edit: compare {@link PlanSnapshot#getPlan()} with
	 * the plan of the previous snapshot. For incremental work in the background such as
	 * {@link IIncrementalStrategy}.
	 *
	 * @since 1.1
	 */
	public void addEditListener(Consumer<Set<EObject>> listener) {
		editListeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
	}

	/** @since 1.1 */
	public void removeEditListener(Consumer<Set<EObject>> listener) {
		editListeners.remove(listener);
	}

	private void tell() {
		if (!disposed) {
			listeners.forEach(Runnable::run);
		}
	}

	/** The plan followed. */
	public NetworkingPlan getOriginal() {
		return original;
	}

	/**
	 * The copy, brought up to date with every edit so far, for the caller alone until {@link #release()}; or
	 * {@code null} while the first copy is being made or another holder has it (the listener is told when to try
	 * again). Call on the thread that owns the plan.
	 */
	public PlanSnapshot acquire() {
		if (disposed) {
			return null;
		}
		boolean fresh = false;
		synchronized (this) {
			if (leased) {
				return null;
			}
			if (copied != null) {
				replica = copied;
				copied = null;
				fresh = true;
			}
		}
		if (replica == null) {
			startCopy();
			return null;
		}
		// the job read the plan while it changed
		boolean mend = fresh && !changes.isEmpty();
		// the steps recorded while the job read the plan may have been read already: set the lists as a whole
		apply(!fresh);
		if (mend) {
			mendFirstCopy();
		}
		if (fresh) {
			replica.kept = null;
			arrived.clear();
		}
		synchronized (this) {
			leased = true;
		}
		return replica.snapshot;
	}

	/** Gives the snapshot back: the copy may change again. Any thread. */
	public void release() {
		synchronized (this) {
			if (!leased) {
				return;
			}
			leased = false;
		}
		tell();
	}

	/** Whether the first copy has been made (a snapshot can be had without waiting for a job). */
	public synchronized boolean isReady() {
		return replica != null || copied != null;
	}

	/** Stops following the plan and drops the copy. */
	public void dispose() {
		disposed = true;
		watched.eAdapters().remove(tracker);
		Job job;
		synchronized (this) {
			job = copyJob;
		}
		if (job != null) {
			job.cancel();
		}
		changes.clear();
		steps.clear();
		departed.clear();
		arrived.clear();
		replica = null;
		synchronized (this) {
			copied = null;
		}
	}

	private void recordChange(Notification notification) {
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return;
		}
		Object notifier = notification.getNotifier();
		if (notifier instanceof Resource) {
			if (notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
				// the plan replaced or removed: nothing of the copy can be trusted
				replica = null;
				changes.clear();
				steps.clear();
				departed.clear();
				arrived.clear();
			}
			return;
		}
		if (notifier instanceof EObject object && notification.getFeature() instanceof EStructuralFeature feature
				&& copied(feature)) {
			Change change = new Change(object, feature);
			boolean first = changes.add(change);
			if (feature instanceof EReference reference && reference.isContainment()) {
				recordDeparted(notification);
				if (replica == null) {
					recordArrived(notification);
				}
				if (reference.isMany()) {
					recordStep(change, first, notification);
				}
			}
		}
	}

	private void recordArrived(Notification notification) {
		if (notification.getNewValue() instanceof EObject object) {
			arrived.add(object);
		} else if (notification.getEventType() == Notification.ADD_MANY
				&& notification.getNewValue() instanceof List<?> list) {
			for (Object element : list) {
				if (element instanceof EObject object) {
					arrived.add(object);
				}
			}
		}
	}

	/** Keeps what the notification says happened to a containment list, so that the copy's can follow suit. */
	private void recordStep(Change change, boolean first, Notification notification) {
		List<Step> log = first ? new ArrayList<>() : steps.get(change);
		if (log == null) {
			// the list is set as a whole anyway
			return;
		}
		Step step = step(notification);
		if (step == null) {
			steps.put(change, null);
			return;
		}
		log.add(step);
		if (first) {
			steps.put(change, log);
		}
	}

	private static Step step(Notification notification) {
		int type = notification.getEventType();
		int position = notification.getPosition();
		return switch (type) {
		case Notification.ADD -> notification.getNewValue() instanceof EObject added
				? new Step(type, position, List.of(added), null)
				: null;
		case Notification.ADD_MANY -> step(type, position, objects(notification.getNewValue()), null);
		case Notification.REMOVE -> notification.getOldValue() instanceof EObject old
				? new Step(type, position, List.of(old), null)
				: null;
		case Notification.REMOVE_MANY -> step(type, position, objects(notification.getOldValue()),
				notification.getNewValue() instanceof int[] positions ? positions.clone() : null);
		case Notification.MOVE -> notification.getOldValue() instanceof Integer from
				&& notification.getNewValue() instanceof EObject moved
						? new Step(type, position, List.of(moved), new int[] { from })
						: null;
		case Notification.SET -> notification.getOldValue() instanceof EObject old
				&& notification.getNewValue() instanceof EObject added
						? new Step(type, position, List.of(old, added), null)
						: null;
		default -> null;
		};
	}

	private static Step step(int type, int position, List<EObject> values, int[] positions) {
		return values == null ? null : new Step(type, position, values, positions);
	}

	/** The objects of a notification's list value (the caller's own list, which it may change later), or null. */
	private static List<EObject> objects(Object value) {
		if (!(value instanceof List<?> list)) {
			return null;
		}
		List<EObject> objects = new ArrayList<>(list.size());
		for (Object element : list) {
			if (!(element instanceof EObject object)) {
				return null;
			}
			objects.add(object);
		}
		return objects;
	}

	private void recordDeparted(Notification notification) {
		switch (notification.getEventType()) {
		case Notification.REMOVE, Notification.SET, Notification.UNSET -> {
			if (notification.getOldValue() instanceof EObject old && old != notification.getNewValue()) {
				departed.add(old);
			}
		}
		case Notification.REMOVE_MANY -> {
			for (Object old : (List<?>) notification.getOldValue()) {
				if (old instanceof EObject object) {
					departed.add(object);
				}
			}
		}
		default -> {
			// additions and moves take nothing out
		}
		}
	}

	/** The features EMF's copier copies. */
	private static boolean copied(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived()
				&& !(feature instanceof EReference reference && reference.isContainer());
	}

	private void startCopy() {
		Job job;
		synchronized (this) {
			if (copyJob != null) {
				return;
			}
			job = Job.create(Messages.PlanReplica_copying, monitor -> {
				XMLResource originalResource = original.eResource() instanceof XMLResource xml ? xml : null;
				for (int attempt = 1; attempt <= ATTEMPTS && !monitor.isCanceled(); attempt++) {
					try {
						Replica made = copyOf(original, originalResource);
						synchronized (this) {
							copied = made;
						}
						return;
					} catch (RuntimeException e) {
						// the plan changed under the reader; a later attempt sees it still
						if (attempt == ATTEMPTS) {
							ILog.of(PlanReplica.class).warn("Could not copy the plan for background work", e); //$NON-NLS-1$
						}
					}
				}
			});
			copyJob = job;
		}
		// everything edited from now on is recorded and applied to the copy; what came before is in it
		changes.clear();
		steps.clear();
		departed.clear();
		arrived.clear();
		job.setSystem(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				synchronized (PlanReplica.this) {
					copyJob = null;
				}
				// ready, or every attempt failed and the next acquire() starts another job: either way, try again
				tell();
			}
		});
		job.schedule();
	}

	private static Replica copyOf(NetworkingPlan plan, XMLResource originalResource) {
		PlanCopier copier = new PlanCopier();
		NetworkingPlan copy = (NetworkingPlan) copier.copy(plan);
		copier.copyReferences();
		Map<EObject, EObject> toCopy = new IdentityHashMap<>(copier.size() * 2);
		Map<EObject, EObject> toOriginal = new IdentityHashMap<>(copier.size() * 2);
		copier.forEach((o, c) -> {
			toCopy.put(o, c);
			toOriginal.put(c, o);
		});
		XMLResource copyResource = new XMIResourceImpl(originalResource != null ? originalResource.getURI() : null);
		copyResource.getContents().add(copy);
		boolean idsSure = originalResource == null;
		// ids change as objects are added or taken out: read them again until they did not change meanwhile
		for (int attempt = 1; attempt <= ATTEMPTS && !idsSure; attempt++) {
			long stamp = originalResource instanceof RapportResource rapport ? rapport.idReadStamp() : 0;
			copier.forEach((o, c) -> {
				String id = originalResource.getID(o);
				if (id != null) {
					copyResource.setID(c, id);
				}
			});
			if (!(originalResource instanceof RapportResource rapport)) {
				break;
			}
			idsSure = rapport.idsUnchangedSince(stamp);
		}
		Replica replica = new Replica(plan, copy, toCopy, toOriginal);
		replica.kept = copier.kept();
		replica.idsSure = idsSure;
		return replica;
	}

	/**
	 * Mends what the recorded changes do not bring to a first copy that the job made while the plan changed: a read
	 * of a list or an id table that an edit was changing may have missed an element. An id is no feature, so no change
	 * sets it again: the ids of the objects added meanwhile are set now (and every id when the job could not read
	 * them while none changed). An object missed in a list is copied now, but a one-way reference to it that did not
	 * change still points at the plan's own object: the copier said which references kept one.
	 */
	@SuppressWarnings("unchecked")
	private void mendFirstCopy() {
		for (Kept kept : replica.kept) {
			EObject copy = kept.copy();
			EReference reference = kept.reference();
			if (!replica.toOriginal.containsKey(copy) || !copy.eIsSet(reference)) {
				continue;
			}
			if (reference.isMany()) {
				InternalEList<EObject> targets = (InternalEList<EObject>) copy.eGet(reference);
				for (int i = 0; i < targets.size(); i++) {
					EObject targetCopy = replica.toCopy.get(targets.basicGet(i));
					if (targetCopy != null) {
						targets.setUnique(i, targetCopy);
					}
				}
			} else if (copy.eGet(reference, false) instanceof EObject target) {
				EObject targetCopy = replica.toCopy.get(target);
				if (targetCopy != null) {
					copy.eSet(reference, targetCopy);
				}
			}
		}
		XMLResource originalResource = original.eResource() instanceof XMLResource xml ? xml : null;
		XMLResource copyResource = replica.copy.eResource() instanceof XMLResource xml ? xml : null;
		if (originalResource == null || copyResource == null) {
			return;
		}
		if (replica.idsSure) {
			for (EObject object : arrived) {
				mendId(object, originalResource, copyResource);
				object.eAllContents().forEachRemaining(content -> mendId(content, originalResource, copyResource));
			}
		} else {
			replica.toCopy.keySet().forEach(object -> mendId(object, originalResource, copyResource));
		}
	}

	private void restoreIds(EObject copyRoot) {
		XMLResource originalResource = original.eResource() instanceof XMLResource xml ? xml : null;
		XMLResource copyResource = replica.copy.eResource() instanceof XMLResource xml ? xml : null;
		EObject root = replica.toOriginal.get(copyRoot);
		if (originalResource == null || copyResource == null || root == null) {
			return;
		}
		mendId(root, originalResource, copyResource);
		root.eAllContents().forEachRemaining(object -> mendId(object, originalResource, copyResource));
	}

	private void mendId(EObject object, XMLResource originalResource, XMLResource copyResource) {
		EObject copy = replica.toCopy.get(object);
		String id = originalResource.getID(object);
		if (copy != null && id != null && !id.equals(copyResource.getID(copy))) {
			copyResource.setID(copy, id);
		}
	}

	/**
	 * Applies the recorded changes: attributes and containment first, then the references between objects. A
	 * containment list follows its recorded steps if it may (the copy's list was the plan's when they began), so
	 * that an edit of a long list costs the time of the edit, not of the list.
	 */
	private void apply(boolean mayReplay) {
		if (changes.isEmpty()) {
			return;
		}
		List<Change> work = new ArrayList<>(changes);
		Map<Change, List<Step>> logs = mayReplay ? new HashMap<>(steps) : Map.of();
		changes.clear();
		steps.clear();
		try {
			applyChanges(work, logs);
			if (!touched.isEmpty() && !editListeners.isEmpty()) {
				Set<EObject> edited = Collections.unmodifiableSet(touched);
				editListeners.forEach(listener -> listener.accept(edited));
			}
		} finally {
			departed.clear();
			removed.clear();
			touched.clear();
			whole.clear();
		}
	}

	private void applyChanges(List<Change> work, Map<Change, List<Step>> logs) {
		Set<Change> references = new LinkedHashSet<>();
		for (Change change : work) {
			EObject copy = replica.toCopy.get(change.object());
			if (copy == null) {
				// not in the plan (any more), or new and copied with its container
				continue;
			}
			touched.add(copy);
			if (change.feature() instanceof EAttribute attribute) {
				syncAttribute(change.object(), copy, attribute);
			} else if (((EReference) change.feature()).isContainment()) {
				List<Step> log = logs.get(change);
				// a copy made or brought up to date as a whole in this round has the steps in it already
				if (log == null || whole.contains(copy) || !replay(copy, (EReference) change.feature(), log, references)) {
					syncContainment(change.object(), copy, (EReference) change.feature(), references, false);
				}
			} else {
				references.add(change);
			}
		}
		// the lists of two-way references last: setting a single-valued end changes the other end's list too
		List<Change> twoWayLists = new ArrayList<>();
		for (Change change : references) {
			EReference reference = (EReference) change.feature();
			if (reference.isMany() && reference.getEOpposite() != null) {
				twoWayLists.add(change);
			} else {
				syncReference(change);
			}
		}
		twoWayLists.forEach(this::syncReference);
		for (EObject gone : removed) {
			if (EcoreUtil.getRootContainer(gone) != replica.copy) {
				forget(gone);
			} else {
				// taken out and put back: taking out dropped the ids of the copy's subtree
				restoreIds(gone);
			}
		}
		removed.clear();
	}

	@SuppressWarnings("unchecked")
	private static void syncAttribute(EObject object, EObject copy, EAttribute attribute) {
		if (attribute.isMany()) {
			EList<Object> target = (EList<Object>) copy.eGet(attribute);
			target.clear();
			target.addAll((List<Object>) object.eGet(attribute));
		} else if (object.eIsSet(attribute)) {
			copy.eSet(attribute, object.eGet(attribute));
		} else {
			copy.eUnset(attribute);
		}
	}

	/**
	 * Makes a containment feature of the copy hold the copies of the plan's children, in order. A child new to
	 * the copy is copied; one that was out of the plan for a while (undo of a delete, a move) keeps its copy, so
	 * that references to it stay valid, and is brought up to date as a whole: its edits while out were not seen.
	 */
	private void syncContainment(EObject object, EObject copy, EReference reference, Set<Change> references,
			boolean deep) {
		List<EObject> children = values(object, reference);
		List<EObject> copies = new ArrayList<>(children.size());
		for (EObject child : children) {
			EObject childCopy = replica.toCopy.get(child);
			if (childCopy == null) {
				childCopy = copyTree(child, references);
			} else if (departed.remove(child) || deep) {
				syncTree(child, childCopy, references);
			}
			copies.add(childCopy);
		}
		List<EObject> current = values(copy, reference);
		if (reference.isMany() && startsWith(copies, current)) {
			// the usual edit of a long list (an interaction logged among 50,000): something added at its end
			if (copies.size() > current.size()) {
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>) copy.eGet(reference);
				list.addAll(copies.subList(current.size(), copies.size()));
			}
			return;
		}
		Set<EObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		kept.addAll(copies);
		for (EObject old : current) {
			if (!kept.contains(old)) {
				removed.add(old);
			}
		}
		setValues(copy, reference, copies);
	}

	/**
	 * Does to the copy's list what the steps did to the plan's, with the copies of the objects; false when a step
	 * does not fit the list (the list is then set as a whole: what was done so far stays valid, since each step that
	 * was done fitted). A step does not fit when the copy's list differs from the plan's as the steps began: an
	 * object added here whose copy is still in another list of the copy (moved between lists whose changes are
	 * applied in the other order), or a list that left the plan and came back while its edits went unseen.
	 */
	@SuppressWarnings("unchecked")
	private boolean replay(EObject copy, EReference reference, List<Step> log, Set<Change> references) {
		EList<EObject> list = (EList<EObject>) copy.eGet(reference);
		for (Step step : log) {
			int position = step.position();
			switch (step.type()) {
			case Notification.ADD, Notification.ADD_MANY -> {
				if (position < 0 || position > list.size()) {
					return false;
				}
				List<EObject> copies = new ArrayList<>(step.values().size());
				for (EObject child : step.values()) {
					EObject childCopy = copyToAdd(child, references);
					if (childCopy == null) {
						return false;
					}
					copies.add(childCopy);
				}
				list.addAll(position, copies);
			}
			case Notification.REMOVE -> {
				if (!holds(list, position, step.values().get(0))) {
					return false;
				}
				removed.add(list.remove(position));
			}
			case Notification.REMOVE_MANY -> {
				int[] positions = step.positions();
				List<EObject> olds = step.values();
				if (positions == null) {
					// the list cleared
					if (list.size() != olds.size()) {
						return false;
					}
					for (int i = 0; i < olds.size(); i++) {
						if (!holds(list, i, olds.get(i))) {
							return false;
						}
					}
					removed.addAll(list);
					list.clear();
				} else {
					if (positions.length != olds.size()) {
						return false;
					}
					for (int i = 0; i < positions.length; i++) {
						if (!holds(list, positions[i], olds.get(i))) {
							return false;
						}
					}
					// the positions are those before the removal, ascending: from the last, the others stay put
					for (int i = positions.length - 1; i >= 0; i--) {
						removed.add(list.remove(positions[i]));
					}
				}
			}
			case Notification.MOVE -> {
				int from = step.positions()[0];
				if (!holds(list, from, step.values().get(0)) || position < 0 || position >= list.size()) {
					return false;
				}
				list.move(position, from);
			}
			case Notification.SET -> {
				if (!holds(list, position, step.values().get(0))) {
					return false;
				}
				EObject childCopy = copyToAdd(step.values().get(1), references);
				if (childCopy == null) {
					return false;
				}
				removed.add(list.set(position, childCopy));
			}
			default -> {
				return false;
			}
			}
		}
		return true;
	}

	/** Whether the copy's list holds the copy of the plan's object at that position. */
	private boolean holds(List<EObject> list, int position, EObject object) {
		return position >= 0 && position < list.size() && list.get(position) == replica.toCopy.get(object);
	}

	/**
	 * The copy of an object added to a containment list: made now if it is new to the copy, brought up to date as a
	 * whole if it was out of the plan for a while; null if its copy is still contained elsewhere in the copy.
	 */
	private EObject copyToAdd(EObject child, Set<Change> references) {
		EObject childCopy = replica.toCopy.get(child);
		if (childCopy == null) {
			return copyTree(child, references);
		}
		if (childCopy.eContainer() != null || childCopy.eResource() != null) {
			return null;
		}
		if (departed.remove(child)) {
			syncTree(child, childCopy, references);
		}
		return childCopy;
	}

	/** Whether the list begins with the same objects as the prefix, in the same order. */
	private static boolean startsWith(List<EObject> list, List<EObject> prefix) {
		if (prefix.size() > list.size()) {
			return false;
		}
		for (int i = 0; i < prefix.size(); i++) {
			if (list.get(i) != prefix.get(i)) {
				return false;
			}
		}
		return true;
	}

	/** Brings a whole subtree of the copy up to date with the plan's. */
	private void syncTree(EObject object, EObject copy, Set<Change> references) {
		touched.add(copy);
		whole.add(copy);
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!copied(feature)) {
				continue;
			}
			if (feature instanceof EAttribute attribute) {
				syncAttribute(object, copy, attribute);
			} else if (((EReference) feature).isContainment()) {
				syncContainment(object, copy, (EReference) feature, references, true);
			} else {
				referenceAndOpposites(object, (EReference) feature, references);
			}
		}
	}

	/** A reference to synchronize, and the other ends of a two-way one, whose order the change may have upset. */
	private static void referenceAndOpposites(EObject object, EReference reference, Set<Change> references) {
		references.add(new Change(object, reference));
		EReference opposite = reference.getEOpposite();
		if (opposite != null && copied(opposite)) {
			for (EObject target : values(object, reference)) {
				references.add(new Change(target, opposite));
			}
		}
	}

	private void syncReference(Change change) {
		EObject copy = replica.toCopy.get(change.object());
		if (copy == null) {
			return;
		}
		touched.add(copy);
		EReference reference = (EReference) change.feature();
		boolean twoWay = reference.getEOpposite() != null;
		List<EObject> targets = new ArrayList<>();
		for (EObject target : values(change.object(), reference)) {
			EObject targetCopy = replica.toCopy.get(target);
			if (targetCopy != null) {
				targets.add(targetCopy);
			} else if (!twoWay) {
				// as EcoreUtil.Copier: a one-way reference out of the copy keeps pointing at the original
				targets.add(target);
			}
		}
		if (twoWay && reference.isMany()) {
			/*
			 * Set as the plan has it, without EMF's keeping of the other ends, which takes both ends to agree: in the
			 * first copy they need not, each end read on its own side of an edit made meanwhile. Every edit of a two-way
			 * reference changes both ends, so the other ends are in the changes too.
			 */
			((BasicEList<?>) copy.eGet(reference)).setData(targets.size(), targets.toArray());
		} else {
			setValues(copy, reference, targets);
		}
	}

	/** Copies a subtree that is new to the copy; its references to other objects are synchronized afterwards. */
	private EObject copyTree(EObject root, Set<Change> references) {
		PlanCopier copier = new PlanCopier();
		EObject copy = copier.copy(root);
		XMLResource originalResource = original.eResource() instanceof XMLResource xml ? xml : null;
		XMLResource copyResource = replica.copy.eResource() instanceof XMLResource xml ? xml : null;
		copier.forEach((o, c) -> {
			replica.toCopy.put(o, c);
			replica.toOriginal.put(c, o);
			touched.add(c);
			whole.add(c);
			for (EReference reference : o.eClass().getEAllReferences()) {
				if (!reference.isContainment() && copied(reference)) {
					referenceAndOpposites(o, reference, references);
				}
			}
		});
		if (originalResource != null && copyResource != null) {
			copier.forEach((o, c) -> {
				String id = originalResource.getID(o);
				if (id != null) {
					copyResource.setID(c, id);
				}
			});
		}
		return copy;
	}

	/** Drops a subtree of the copy that left the plan. */
	private void forget(EObject copyRoot) {
		forgetOne(copyRoot);
		copyRoot.eAllContents().forEachRemaining(this::forgetOne);
	}

	@SuppressWarnings("unchecked")
	private void forgetOne(EObject copy) {
		for (EReference reference : copy.eClass().getEAllReferences()) {
			if (reference.getEOpposite() != null && !reference.isContainment() && !reference.isContainer()
					&& copy.eIsSet(reference)) {
				// out of the other ends' lists: they no longer hold an object that is not in the plan, a change of theirs
				if (reference.isMany()) {
					EList<EObject> others = (EList<EObject>) copy.eGet(reference, false);
					touched.addAll(others);
					others.clear();
				} else {
					if (copy.eGet(reference, false) instanceof EObject other) {
						touched.add(other);
					}
					copy.eSet(reference, null);
				}
			}
		}
		EObject originalObject = replica.toOriginal.remove(copy);
		if (originalObject != null && replica.toCopy.get(originalObject) == copy) {
			replica.toCopy.remove(originalObject);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject object, EReference reference) {
		if (!object.eIsSet(reference)) {
			return List.of();
		}
		Object value = object.eGet(reference, false);
		if (reference.isMany()) {
			return new ArrayList<>(((InternalEList<EObject>) value).basicList());
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	@SuppressWarnings("unchecked")
	private static void setValues(EObject copy, EReference reference, List<EObject> values) {
		if (reference.isMany()) {
			ECollections.setEList((EList<EObject>) copy.eGet(reference), values);
		} else if (values.isEmpty()) {
			copy.eUnset(reference);
		} else {
			copy.eSet(reference, values.get(0));
		}
	}
}
