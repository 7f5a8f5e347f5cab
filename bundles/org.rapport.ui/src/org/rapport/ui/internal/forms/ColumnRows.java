/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default rows of a virtual list: matched against the texts of the list's columns (computed once per element
 * until the elements change) and ordered by a column's order.
 */
final class ColumnRows<T> implements ElementRows<T> {

	private final List<ElementColumn<T>> columns;
	private final Map<T, String> haystacks = new IdentityHashMap<>();
	private List<T> all = List.of();
	private List<T> rows = List.of();
	private String[] words = new String[0];
	private Comparator<T> order;

	ColumnRows(List<ElementColumn<T>> columns) {
		this.columns = columns;
	}

	@Override
	public void setElements(List<? extends T> elements) {
		all = new ArrayList<>(elements);
		haystacks.clear();
		recompute();
	}

	@Override
	public void setFilter(String text) {
		String normalized = ElementListPart.normalize(text);
		words = normalized.isEmpty() ? new String[0] : normalized.split("\\s+"); //$NON-NLS-1$
		recompute();
	}

	@Override
	public void setOrder(int column, boolean ascending) {
		Comparator<T> columnOrder = columns.get(column).order();
		order = ascending ? columnOrder : columnOrder.reversed();
		recompute();
	}

	@Override
	public int size() {
		return rows.size();
	}

	@Override
	public T get(int row) {
		return rows.get(row);
	}

	@Override
	public int indexOf(T element) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) == element) {
				return i;
			}
		}
		return -1;
	}

	private void recompute() {
		List<T> matching = new ArrayList<>(all.size());
		for (T element : all) {
			if (matches(element)) {
				matching.add(element);
			}
		}
		if (order != null) {
			matching.sort(order);
		}
		rows = matching;
	}

	private boolean matches(T element) {
		if (words.length == 0) {
			return true;
		}
		String haystack = haystacks.computeIfAbsent(element, this::haystackOf);
		for (String word : words) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private String haystackOf(T element) {
		StringBuilder text = new StringBuilder();
		for (ElementColumn<T> column : columns) {
			text.append(ElementColumn.nonNull(column.text().apply(element))).append(' ');
		}
		return ElementListPart.normalize(text.toString());
	}
}
