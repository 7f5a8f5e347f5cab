/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.internal.capture.AccountPasswords;
import org.rapport.core.internal.capture.CalendarEvent;
import org.rapport.core.internal.capture.CalendarSource;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.tests.support.RadicaleServer;

/**
 * A calendar server that asks for a login (a real Radicale on 127.0.0.1 with a password), and the account's password
 * kept in a secure storage (a file of its own, opened with a test master password): encrypted, read back, used.
 */
public class CaptureAccountTest {

	@RegisterExtension
	static final RadicaleServer SERVER = new RadicaleServer("s3cret-pass");

	@TempDir
	Path dir;

	@Test
	void aCalDavCalendarIsReadWithTheUserAndThePasswordKeptInTheSecureStorage() throws Exception {
		SERVER.createCalendar("private");
		SERVER.put("private", "a", CalendarCaptureTest.calendar(
				CalendarCaptureTest.event("login-a", "20260310T090000Z", "Coffee with Ann", "ann@example.com")));
		String url = SERVER.url("private");

		Path file = dir.resolve("secure_storage");
		ISecurePreferences storage = SecurePreferencesFactory.open(file.toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()),
						IProviderHints.PROMPT_USER, Boolean.FALSE));
		AccountPasswords passwords = new AccountPasswords(storage);
		assertFalse(passwords.isStored(url, "rapport"));
		assertNull(passwords.get(url, "rapport"));
		passwords.put(url, "rapport", "s3cret-pass".toCharArray());
		assertTrue(passwords.isStored(url, "rapport"));
		assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("s3cret-pass"), "kept encrypted");

		CalendarSource source = new CalendarSource(ZoneOffset.UTC);
		List<CalendarEvent> events = source.read(url, "rapport", passwords.get(url, "rapport"));
		assertEquals(List.of("login-a"), events.stream().map(CalendarEvent::uid).toList());
		assertArrayEquals("s3cret-pass".toCharArray(), passwords.get(url, "rapport"));

		CaptureException anonymous = assertThrows(CaptureException.class, () -> source.read(url));
		assertTrue(anonymous.getMessage().contains("asks for a user name and password"), anonymous.getMessage());
		CaptureException wrong = assertThrows(CaptureException.class,
				() -> source.read(url, "rapport", "wrong".toCharArray()));
		assertTrue(wrong.getMessage().contains("refused the user name or password of rapport"), wrong.getMessage());

		passwords.remove(url, "rapport");
		assertFalse(passwords.isStored(url, "rapport"));
	}
}
