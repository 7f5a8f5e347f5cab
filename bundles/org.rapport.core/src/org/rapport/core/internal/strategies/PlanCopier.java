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
 */
public final class PlanCopier extends EcoreUtil.Copier {

	private static final long serialVersionUID = 1L;

	private transient List<Deferred> deferred = new ArrayList<>();

	private record Deferred(EObject copy, EReference reference, List<EObject> targets) {
	}

	public PlanCopier() {
		super(false, true);
	}

	@Override
	protected void copyReference(EReference reference, EObject object, EObject copy) {
		if (!reference.isMany() || reference.getEOpposite() == null) {
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
