/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.Comparator;
import java.util.function.Function;

/**
 * A column of a master list: its header, width, the text shown for an element, and the order used when the user
 * sorts by it (by default the text, ignoring case).
 */
public record ElementColumn<T>(String title, int width, Function<? super T, String> text, Comparator<T> order,
		boolean numeric) {

	public static <T> ElementColumn<T> of(String title, int width, Function<? super T, String> text) {
		return new ElementColumn<>(title, width, text,
				Comparator.comparing(e -> nonNull(text.apply(e)), String.CASE_INSENSITIVE_ORDER), false);
	}

	/** A column sorted by a value other than its text (dates, numbers), right-aligned when numeric. */
	public static <T> ElementColumn<T> of(String title, int width, Function<? super T, String> text,
			Comparator<T> order, boolean numeric) {
		return new ElementColumn<>(title, width, text, order, numeric);
	}

	static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
