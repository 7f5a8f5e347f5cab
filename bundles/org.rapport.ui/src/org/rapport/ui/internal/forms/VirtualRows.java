/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Clears only the rows of a virtual table that show something new. {@code Table.clearAll()} makes GTK measure
 * every row again (10,000 rows of text shaped anew), which after a one-field edit costs far more than the edit;
 * here a row is cleared when another element (not an equal one) moved into it, or when its element, or an object it shows something
 * of (an interaction of a contact shown with its last contact, an audience's name shown with its members), changed.
 */
public final class VirtualRows {

	private VirtualRows() {
	}

	/**
	 * Brings the viewer's items in step with {@code after}, the rows now, given {@code before}, the rows the items
	 * show, and the objects that changed ({@code null}: unknown, clear every row). Sets the item count. Rows are
	 * cleared through the viewer, so that it forgets which element they showed.
	 */
	public static void show(VirtualTableViewer viewer, Object[] before, Object[] after, Set<Object> changed) {
		if (changed == null || before == null || before.length != after.length
				|| viewer.getTable().getItemCount() != after.length) {
			viewer.clearAll(after.length);
			return;
		}
		Set<Object> touched = touchedBy(changed);
		if (touched.size() > FEW) {
			for (int i = 0; i < after.length; i++) {
				if (!Objects.equals(before[i], after[i]) || touched.contains(after[i])) {
					viewer.clear(i);
				}
			}
			return;
		}
		// a few touched: compared by identity, without reading each row's object (a hash look-up reads its header,
		// and 10,000 objects spread over the heap make a pass of cache misses)
		Object[] few = touched.toArray();
		for (int i = 0; i < after.length; i++) {
			Object row = after[i];
			boolean clear = !Objects.equals(before[i], row);
			for (int j = 0; !clear && j < few.length; j++) {
				clear = few[j] == row;
			}
			if (clear) {
				viewer.clear(i);
			}
		}
	}

	/** Up to how many touched objects rows are compared with each instead of looked up. */
	private static final int FEW = 32;

	/**
	 * Whether a change may alter what is shown of an object: the object changed, or something it contains, something
	 * it or its contents refer to, or something that refers to it (one step); always when {@code changed} is
	 * {@code null} (not known). Nothing is shown of {@code null}.
	 */
	public static boolean concerns(EObject shown, Set<Object> changed) {
		if (changed == null) {
			return true;
		}
		if (shown == null) {
			return false;
		}
		if (touchedBy(changed).contains(shown)) {
			return true;
		}
		for (Object object : changed) {
			if (object instanceof EObject eObject) {
				for (EObject container = eObject.eContainer(); container != null; container = container.eContainer()) {
					if (container == shown) {
						return true;
					}
				}
			}
		}
		if (refersTo(shown, changed)) {
			return true;
		}
		for (Iterator<EObject> contents = shown.eAllContents(); contents.hasNext();) {
			if (refersTo(contents.next(), changed)) {
				return true;
			}
		}
		return false;
	}

	private static boolean refersTo(EObject eObject, Set<Object> changed) {
		for (EReference reference : eObject.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			Object value = eObject.eGet(reference, false);
			if (value instanceof List<?> list) {
				for (Object element : list) {
					if (changed.contains(element)) {
						return true;
					}
				}
			} else if (value != null && changed.contains(value)) {
				return true;
			}
		}
		return false;
	}

	/** The changed objects and those they refer to (one step): what a row may show of them. */
	public static Set<Object> touchedBy(Set<Object> changed) {
		Set<Object> touched = Collections.newSetFromMap(new IdentityHashMap<>());
		touched.addAll(changed);
		for (Object object : changed) {
			if (object instanceof EObject eObject) {
				for (EReference reference : eObject.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					Object value = eObject.eGet(reference, false);
					if (value instanceof List<?> list) {
						touched.addAll(list);
					} else if (value != null) {
						touched.add(value);
					}
				}
			}
		}
		return touched;
	}
}
