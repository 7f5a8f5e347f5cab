/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

/**
 * Characters a plan file (XML 1.0) cannot hold: C0 controls other than tab, line feed and carriage return
 * (NUL, {@code \x01}, ESC...), lone surrogates, U+FFFE and U+FFFF. Imported values have them replaced by
 * {@value #REPLACEMENT_TEXT} (and the row says so), so that one such character neither blocks the import nor
 * makes the plan unsavable.
 */
public final class XmlChars {

	/** What replaces each character XML cannot hold: U+FFFD, the replacement character. */
	public static final char REPLACEMENT = '\uFFFD';

	static final String REPLACEMENT_TEXT = "\uFFFD"; //$NON-NLS-1$

	private XmlChars() {
	}

	/** Whether XML 1.0 can hold the code point. */
	public static boolean isValid(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
	}

	/** How many code points of the text XML cannot hold (a lone surrogate counts as one). */
	public static int countInvalid(String text) {
		if (text == null) {
			return 0;
		}
		int count = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!isValid(codePoint) || Character.isSurrogate((char) codePoint)) {
				count++;
			}
			i += Character.charCount(codePoint);
		}
		return count;
	}

	/** The text with each code point XML cannot hold replaced by {@link #REPLACEMENT}; the same string when none. */
	public static String replaceInvalid(String text) {
		if (text == null || countInvalid(text) == 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!isValid(codePoint) || Character.isSurrogate((char) codePoint)) {
				result.append(REPLACEMENT);
			} else {
				result.appendCodePoint(codePoint);
			}
			i += Character.charCount(codePoint);
		}
		return result.toString();
	}
}
