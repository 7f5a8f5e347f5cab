/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * EMF's copier in linear time. {@link EcoreUtil.Copier} keeps both ends of a many-valued two-way reference (an
 * audience's members, a contact's audiences) in step by looking each element up in the list being filled, which
 * is quadratic in the list's length: most of the time of copying a 100,000-contact plan. This copier fills such
 * lists last, each straight from its source's order, without the inverse bookkeeping: the source is consistent,
 * so both ends come out consistent too.
 * <p>
 * Proxies are not resolved: a reference to another resource stays a proxy in the copy, as opening a plan never
 * follows one.
 * </p>
 * <p>
 * As {@link EcoreUtil.Copier}, a one-way reference to an object the copy does not hold keeps the source's object;
 * {@link #kept()} says where, so that a copy made while its source changed can mend those references once the
 * missing objects are copied too.
 * </p>
 */
public final class PlanCopier extends EcoreUtil.Copier {

	private static final long serialVersionUID = 1L;

	private transient List<Deferred> deferred = new ArrayList<>();

	private record Deferred(EObject copy, EReference reference, List<EObject> targets) {
	}

	/** A one-way reference of a copy that kept one or more of the source's objects. */
	public record Kept(EObject copy, EReference reference) {
	}

	private transient List<Kept> kept = new ArrayList<>();

	public PlanCopier() {
		super(false, true);
	}

	@Override
	protected void copyReference(EReference reference, EObject object, EObject copy) {
		if (reference.getEOpposite() == null) {
			super.copyReference(reference, object, copy);
			if (!reference.isContainment() && !reference.isContainer() && keepsSource(reference, object)) {
				kept.add(new Kept(copy, reference));
			}
			return;
		}
		if (!reference.isMany()) {
			super.copyReference(reference, object, copy);
			return;
		}
		if (!object.eIsSet(reference)) {
			return;
		}
		@SuppressWarnings("unchecked")
		InternalEList<EObject> source = (InternalEList<EObject>) object.eGet(reference, false);
		List<EObject> targets = new ArrayList<>(source.size());
		for (Iterator<EObject> i = source.basicIterator(); i.hasNext();) {
			EObject target = get(i.next());
			// as EcoreUtil.Copier: a two-way reference to an object outside the copy is left out
			if (target != null) {
				targets.add(target);
			}
		}
		deferred.add(new Deferred(copy, reference, targets));
	}

	/** Whether the copy of the object's reference holds an object of the source (one the copy does not hold). */
	@SuppressWarnings("unchecked")
	private boolean keepsSource(EReference reference, EObject object) {
		if (!object.eIsSet(reference)) {
			return false;
		}
		Object value = object.eGet(reference, false);
		if (!reference.isMany()) {
			return value != null && get(value) == null;
		}
		for (Iterator<EObject> i = ((InternalEList<EObject>) value).basicIterator(); i.hasNext();) {
			if (get(i.next()) == null) {
				return true;
			}
		}
		return false;
	}

	/** The one-way references of copies that kept an object of the source, since this copier was made. */
	public List<Kept> kept() {
		return kept;
	}

	@Override
	public void copyReferences() {
		super.copyReferences();
		for (Deferred d : deferred) {
			// a single-valued opposite may have added some elements already, in another order: replace them all
			BasicEList<?> list = (BasicEList<?>) d.copy().eGet(getTarget(d.reference()));
			list.setData(d.targets().size(), d.targets().toArray());
		}
		deferred = new ArrayList<>();
	}
}
