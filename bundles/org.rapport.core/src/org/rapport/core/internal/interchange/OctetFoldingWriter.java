/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines as RFC 6350 (3.2) and RFC 5545 (3.1) ask: no line longer than 75 octets of UTF-8 without its
 * line break, a longer one continued on lines that start with a space, never in the middle of a character (a
 * multi-byte character or a surrogate pair). Lines end with CRLF; the writer it wraps encodes in UTF-8. Writers
 * that fold by characters (ez-vcard's) let lines of accented or Asian text grow past 75 octets.
 */
public final class OctetFoldingWriter extends Writer {

	/** The longest line, in octets, without its CRLF. */
	public static final int MAX_OCTETS = 75;

	private final Writer out;
	private final StringBuilder line = new StringBuilder();

	/** @param out where the folded lines go; it must encode in UTF-8 */
	public OctetFoldingWriter(Writer out) {
		this.out = out;
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			char c = buffer[i];
			if (c == '\n') {
				int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
				fold(line.substring(0, end));
				line.setLength(0);
			} else {
				line.append(c);
			}
		}
	}

	private void fold(String text) throws IOException {
		int octets = 0;
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > MAX_OCTETS) {
				out.write("\r\n "); //$NON-NLS-1$
				octets = 1;
			}
			out.write(text, i, Character.charCount(codePoint));
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.write("\r\n"); //$NON-NLS-1$
	}

	private static int utf8Length(int codePoint) {
		return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
	}

	/** Passes on the complete lines; a line is written when its line break comes, so that it is folded whole. */
	@Override
	public void flush() throws IOException {
		out.flush();
	}

	/** Writes what is left (a last line without its break, which it gets), then closes the writer it wraps. */
	@Override
	public void close() throws IOException {
		if (line.length() > 0) {
			fold(line.toString());
			line.setLength(0);
		}
		out.close();
	}
}
