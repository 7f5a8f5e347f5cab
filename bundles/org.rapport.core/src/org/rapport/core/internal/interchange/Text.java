/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of values, for matching and for telling whether an incoming value is already there.
 */
public final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$
	private static final Pattern PHONE_NOISE = Pattern.compile("[\\s().\\-/]"); //$NON-NLS-1$

	private Text() {
	}

	public static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Case-, accent- and spacing-insensitive form of a name or organization; "" for none. */
	public static String fold(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
		String plain = MARKS.matcher(decomposed).replaceAll(""); //$NON-NLS-1$
		// letters that do not decompose but people write both ways
		plain = plain.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				.replace("æ", "ae").replace("đ", "d"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(); //$NON-NLS-1$
	}

	/** E-mail addresses are compared without case (the local part is case-insensitive in practice). */
	public static String email(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String v = value.strip();
		if (v.regionMatches(true, 0, "mailto:", 0, 7)) { //$NON-NLS-1$
			v = v.substring(7);
		}
		return v.toLowerCase(Locale.ROOT);
	}

	/** Phone numbers are compared by their digits and a leading plus. */
	public static String phone(String value) {
		return value == null ? "" : PHONE_NOISE.matcher(value.strip()).replaceAll(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The form profile URLs are compared in: host in lower case without {@code www.}, no scheme when it is
	 * HTTP or HTTPS (the same profile is linked both ways), no default port, no trailing slash, no fragment.
	 * The path keeps its case. A value without a scheme is read as {@code https://}.
	 */
	public static String url(String value) {
		if (value == null || value.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		String v = value.strip();
		if (!v.contains("://")) { //$NON-NLS-1$
			v = "https://" + v; //$NON-NLS-1$
		}
		try {
			URI uri = new URI(v);
			String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
			if (host == null) {
				return v.toLowerCase(Locale.ROOT);
			}
			host = host.toLowerCase(Locale.ROOT);
			if (host.startsWith("www.")) { //$NON-NLS-1$
				host = host.substring(4);
			}
			int port = uri.getPort();
			boolean web = scheme.equals("http") || scheme.equals("https"); //$NON-NLS-1$ //$NON-NLS-2$
			StringBuilder key = new StringBuilder();
			if (!web) {
				key.append(scheme).append("://"); //$NON-NLS-1$
			}
			key.append(host);
			if (port != -1 && !(web && (port == 80 || port == 443))) {
				key.append(':').append(port);
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath(); //$NON-NLS-1$
			while (path.endsWith("/")) { //$NON-NLS-1$
				path = path.substring(0, path.length() - 1);
			}
			key.append(path);
			if (uri.getRawQuery() != null) {
				key.append('?').append(uri.getRawQuery());
			}
			return key.toString();
		} catch (URISyntaxException e) {
			String s = v.toLowerCase(Locale.ROOT);
			return s.endsWith("/") ? s.substring(0, s.length() - 1) : s; //$NON-NLS-1$
		}
	}

	/** Tags are compared without case and accents. */
	public static String tag(String value) {
		return fold(value);
	}

	/** "first last", folded: the name half of the name-and-organization key. */
	public static String name(String first, String last) {
		return fold((first == null ? "" : first) + " " + (last == null ? "" : last)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Splits a formatted name into first and last name: the last word is the last name. */
	public static String[] splitFullName(String full) {
		if (full == null || full.isBlank()) {
			return new String[] { null, null };
		}
		String f = SPACES.matcher(full.strip()).replaceAll(" "); //$NON-NLS-1$
		int space = f.lastIndexOf(' ');
		return space < 0 ? new String[] { f, null } : new String[] { f.substring(0, space), f.substring(space + 1) };
	}
}
