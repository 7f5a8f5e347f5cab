/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a contacts file into text. Address books are exported in UTF-8 today, but older
 * Outlook and Google exports, and vCard 2.1 files from phones, are often Windows-1252: rather than fail or
 * show replacement characters, bytes that are not valid UTF-8 are read as Windows-1252 (which maps every
 * byte to a character) and the caller gets a warning to show.
 */
public final class TextDecoding {

	/** Windows' Western European code page, a superset of ISO-8859-1's printable characters. */
	static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$

	/**
	 * @param text    the decoded text, without a byte-order mark
	 * @param charset the encoding used
	 * @param warning a user-visible warning when the file was not UTF-8, else {@code null}
	 */
	public record Decoded(String text, Charset charset, String warning) {
	}

	private TextDecoding() {
	}

	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strictOrFallback(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
		}
		return strictOrFallback(bytes, 0, StandardCharsets.UTF_8);
	}

	private static Decoded strictOrFallback(byte[] bytes, int offset, Charset charset) {
		try {
			String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
			return new Decoded(stripBom(text), charset, null);
		} catch (CharacterCodingException e) {
			String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
			return new Decoded(stripBom(text), WINDOWS_1252, Messages.Read_notUtf8);
		}
	}

	private static String stripBom(String text) {
		return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The 1-based line numbers of character offsets: line starts after each {@code \n} or lone {@code \r}. */
	public static final class Lines {
		private final int[] starts;

		public Lines(String text) {
			int[] s = new int[16];
			int n = 0;
			s[n++] = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
					if (n == s.length) {
						s = java.util.Arrays.copyOf(s, n * 2);
					}
					s[n++] = i + 1;
				}
			}
			starts = java.util.Arrays.copyOf(s, n);
		}

		/** The line (1-based) of a character offset. */
		public int lineOf(long offset) {
			int i = java.util.Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
			return i >= 0 ? i + 1 : -i - 1;
		}

		public int count() {
			return starts.length;
		}
	}
}
