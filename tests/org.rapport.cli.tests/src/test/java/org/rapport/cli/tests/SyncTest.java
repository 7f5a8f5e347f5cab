/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * {@code rapport sync} against a real Radicale on 127.0.0.1 (any password): contacts pushed once, a change made on
 * the server listed and taken only with --apply-incoming, a conflict left with exit code 8, nothing changed on error.
 */
class SyncTest {

	@TempDir
	Path dir;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void syncsWithARealServerAndLeavesConflictsAndTheFileAloneWhenItShould() throws Exception {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
		Path radicale = Path.of("/usr/bin/radicale");
		assumeTrue(Files.isExecutable(radicale), "Radicale is installed by ./rapport test");
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Process server = new ProcessBuilder(radicale.toString(), "--config", "", "--storage-filesystem-folder",
				dir.resolve("collections").toString(), "--server-hosts", "127.0.0.1:" + port, "--auth-type", "none",
				"--rights-type", "owner_write").redirectErrorStream(true).redirectOutput(dir.resolve("radicale.log").toFile())
				.start();
		try {
			waitFor(port, server);
			String book = "http://127.0.0.1:" + port + "/rapport/contacts/";
			String calendar = "http://127.0.0.1:" + port + "/rapport/calendar/";
			send(HttpRequest.newBuilder(URI.create(book)).method("MKCOL", HttpRequest.BodyPublishers.ofString(
					"<?xml version=\"1.0\"?><D:mkcol xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\"><D:set>"
							+ "<D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>")));
			send(HttpRequest.newBuilder(URI.create(calendar)).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));

			assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
			Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
					+ "ORG:Acme\r\nBDAY:19801211\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
			assertEquals(0, Rapport.run(dir, "import", "plan.rapport", "--format", "vcard", "people.vcf").exitCode());

			Result first = sync("plan.rapport", "--carddav", book, "--caldav", calendar);
			assertEquals(0, first.exitCode(), first::toString);
			assertTrue(first.out().contains("Ann Lee: new in the plan, put on the server"), first.out());
			assertTrue(first.out().contains("pushed 2, pulled 0, incoming left 0, conflicts 0"), first.out());
			assertTrue(Files.exists(dir.resolve("plan.rapport-sync")));

			Result again = sync("plan.rapport", "--carddav", book, "--caldav", calendar);
			assertEquals(0, again.exitCode(), again::toString);
			assertTrue(again.out().contains("pushed 0, pulled 0, incoming left 0, conflicts 0, deletions proposed 0, unchanged 2"),
					again.out());

			// a phone changes Ann's organization
			String href = cards(book);
			String card = get(href);
			send(HttpRequest.newBuilder(URI.create(href)).header("Content-Type", "text/vcard")
					.PUT(HttpRequest.BodyPublishers.ofString(card.replace("ORG:Acme", "ORG:Beta"))));
			byte[] before = Files.readAllBytes(dir.resolve("plan.rapport"));
			Result listed = sync("plan.rapport", "--carddav", book);
			assertEquals(0, listed.exitCode(), listed::toString);
			assertTrue(listed.out().contains("Ann Lee: changed on the server: organization: Acme \u2192 Beta"), listed.out());
			assertTrue(listed.out().contains("incoming left 1"), listed.out());
			assertArrayEquals(before, Files.readAllBytes(dir.resolve("plan.rapport")), "not without --apply-incoming");
			Result pulled = sync("plan.rapport", "--carddav", book, "--apply-incoming");
			assertEquals(0, pulled.exitCode(), pulled::toString);
			assertTrue(pulled.out().contains("pulled 1"), pulled.out());
			assertTrue(Files.readString(dir.resolve("plan.rapport")).contains("organization=\"Beta\""));

			// both sides change: a conflict, listed and left
			send(HttpRequest.newBuilder(URI.create(href)).header("Content-Type", "text/vcard")
					.PUT(HttpRequest.BodyPublishers.ofString(get(href).replace("ORG:Beta", "ORG:Phone"))));
			Files.writeString(dir.resolve("plan.rapport"),
					Files.readString(dir.resolve("plan.rapport")).replace("organization=\"Beta\"", "organization=\"Desk\""));
			byte[] conflicted = Files.readAllBytes(dir.resolve("plan.rapport"));
			Result conflict = sync("plan.rapport", "--carddav", book, "--apply-incoming");
			assertEquals(8, conflict.exitCode(), conflict::toString);
			assertTrue(conflict.out().contains("Ann Lee: changed on both sides since the last sync: organization: Desk \u2192 Phone"),
					conflict.out());
			assertArrayEquals(conflicted, Files.readAllBytes(dir.resolve("plan.rapport")));
			assertTrue(get(href).contains("ORG:Phone"));

			byte[] state = Files.readAllBytes(dir.resolve("plan.rapport-sync"));
			Result unreachable = sync("plan.rapport", "--carddav", "http://127.0.0.1:1/contacts/");
			assertEquals(7, unreachable.exitCode(), unreachable::toString);
			assertTrue(unreachable.err().contains("cannot reach the server at 127.0.0.1"), unreachable.err());
			Result plain = sync("plan.rapport", "--carddav", "http://example.org/contacts/");
			assertEquals(2, plain.exitCode(), plain::toString);
			assertTrue(plain.err().contains("https"), plain.err());
			assertArrayEquals(conflicted, Files.readAllBytes(dir.resolve("plan.rapport")));
			assertArrayEquals(state, Files.readAllBytes(dir.resolve("plan.rapport-sync")));
			assertFalse(Files.exists(dir.resolve("plan.rapport-sync.bak")));
		} finally {
			server.destroy();
			if (!server.waitFor(10, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	/** {@code rapport sync PLAN ARGS --user rapport}, the password in RAPPORT_PASSWORD (Radicale takes any). */
	private Result sync(String... args) {
		java.util.List<String> command = new java.util.ArrayList<>();
		command.add(Rapport.root().resolve("rapport").toString());
		command.add("sync");
		command.addAll(java.util.List.of(args));
		command.addAll(java.util.List.of("--user", "rapport"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().put("RAPPORT_NO_BUILD", "1");
		builder.environment().remove("DISPLAY");
		builder.environment().put("RAPPORT_PASSWORD", "x");
		return Processes.run(builder, 180);
	}

	private static void waitFor(int port, Process server) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			} catch (IOException e) {
				if (!server.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("Radicale did not start", e);
				}
				Thread.sleep(20);
			}
		}
	}

	/** The URL of the address book's only card. */
	private String cards(String book) throws Exception {
		String body = send(HttpRequest.newBuilder(URI.create(book)).header("Depth", "1").method("PROPFIND",
				HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\"?><propfind xmlns=\"DAV:\"><prop><getetag/></prop></propfind>")));
		java.util.regex.Matcher href = java.util.regex.Pattern.compile("<href>([^<]+\\.vcf)</href>").matcher(body);
		assertTrue(href.find(), body);
		return URI.create(book).resolve(href.group(1)).toString();
	}

	private String get(String url) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	/** Sends as user rapport; Radicale answers HTTP/1.0 and closes, so a pooled connection may need a second try. */
	private String send(HttpRequest.Builder builder) throws Exception {
		HttpRequest request = builder.header("Authorization", "Basic cmFwcG9ydDp4").build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
		return response.body();
	}
}
