/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interaction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.program.Program;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;

/**
 * Reaching people with the desktop's own programs: a mail draft ({@code mailto:}, one draft to everyone chosen), a
 * call ({@code tel:}) and a profile page (only {@code http} and {@code https}: a plan from someone else must not make
 * Rapport run anything else). The launcher is replaceable, so tests record what would have been opened.
 */
public final class Reach {

	/** Opens a URI with the desktop's handler; returns whether one took it. */
	@FunctionalInterface
	public interface Launcher {
		boolean open(String uri);
	}

	private static final Launcher DESKTOP = Program::launch;
	private static volatile Launcher launcher = DESKTOP;

	private Reach() {
	}

	/** Replaces the launcher; {@code null} restores the desktop's. */
	public static void setLauncher(Launcher replacement) {
		launcher = replacement == null ? DESKTOP : replacement;
	}

	/** The first email of each contact that has one, in order. */
	public static List<String> emails(List<Contact> contacts) {
		List<String> emails = new ArrayList<>();
		for (Contact contact : contacts) {
			first(ContactInfo.emails(contact), e -> e.contains("@")).filter(e -> !emails.contains(e)).ifPresent(emails::add); //$NON-NLS-1$
		}
		return emails;
	}

	/** {@code mailto:} to all the addresses, or {@code null} with none. */
	public static String mailto(List<String> emails) {
		if (emails.isEmpty()) {
			return null;
		}
		StringBuilder uri = new StringBuilder("mailto:"); //$NON-NLS-1$
		for (int i = 0; i < emails.size(); i++) {
			if (i > 0) {
				uri.append(',');
			}
			uri.append(encode(emails.get(i)));
		}
		return uri.toString();
	}

	/** {@code tel:} for the contact's first phone number, or {@code null}. */
	public static String tel(Contact contact) {
		return first(ContactInfo.phones(contact), p -> p.chars().anyMatch(Character::isDigit))
				.map(p -> "tel:" + p.replaceAll("[^0-9+*#]", "")).orElse(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The contact's first profile URL that is a web address, or {@code null}. */
	public static String profile(Contact contact) {
		return first(ContactInfo.urls(contact), Reach::isWeb).orElse(null);
	}

	/** Opens the URI (a {@code null} one is not opened); returns whether the desktop took it. */
	public static boolean open(String uri) {
		return uri != null && launcher.open(uri);
	}

	static boolean isWeb(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException e) {
			return false;
		}
	}

	private static java.util.Optional<String> first(List<String> values, Predicate<String> usable) {
		return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).filter(usable)
				.findFirst();
	}

	/** Percent-encodes what a mailto address may not hold as it is (RFC 6068). */
	private static String encode(String address) {
		StringBuilder out = new StringBuilder();
		for (char c : address.toCharArray()) {
			if (Character.isLetterOrDigit(c) && c < 128 || "@.-_+!$'*~".indexOf(c) >= 0) { //$NON-NLS-1$
				out.append(c);
			} else {
				for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
					out.append('%').append(String.format("%02X", b & 0xff)); //$NON-NLS-1$
				}
			}
		}
		return out.toString();
	}
}
