/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.List;
import java.util.Set;

/**
 * The rows of a virtual {@link ElementListPart}: the elements that match the filter, in the order of one of the
 * list's columns. Plain Java, no widgets: the table asks for {@link #get(int) row i} only when it shows it. A list
 * builds one from its columns; a page with an index of its own (the contacts) plugs that in instead.
 *
 * @param <T> the type of the elements
 */
public interface ElementRows<T> {

	/** Takes the elements anew (after the model changed), keeping the filter and the order. */
	void setElements(List<? extends T> elements);

	/**
	 * Takes the elements anew after a change of these objects ({@code null}: not known), which lets rows keep what
	 * they computed for elements the change did not touch.
	 */
	default void setElements(List<? extends T> elements, Set<Object> changed) {
		setElements(elements);
	}

	/** Keeps only the elements that match every word of the text, ignoring case and accents. */
	void setFilter(String text);

	/** Orders by the list's column at that index (columns count in the order they were added). */
	void setOrder(int column, boolean ascending);

	/** How many rows there are. */
	int size();

	/** The element of a row. */
	T get(int row);

	/** The row of the element, or -1 when it is not shown. */
	int indexOf(T element);
}
