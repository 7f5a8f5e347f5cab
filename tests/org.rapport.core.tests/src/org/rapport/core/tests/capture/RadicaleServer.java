/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.capture;

import java.io.IOException;
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
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Radicale CalDAV server on 127.0.0.1 for the tests of a class: started before them in a folder of its
 * own (no configuration file, no authentication, anyone may read), stopped and removed after them. Seeding goes
 * through HTTP as a phone would. Radicale comes from Debian ({@code apt-get install radicale}; {@code ./rapport
 * test} installs it).
 */
public final class RadicaleServer implements BeforeAllCallback, AfterAllCallback {

	private static final String OWNER = "Basic " //$NON-NLS-1$
			+ Base64.getEncoder().encodeToString("rapport:x".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$

	private Process process;
	private Path folder;
	private int port;
	private final HttpClient client = HttpClient.newHttpClient();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Path radicale = Stream.of("/usr/bin/radicale", "/usr/local/bin/radicale").map(Path::of).filter(Files::isExecutable)
				.findFirst().orElseThrow(() -> new IllegalStateException(
						"Radicale is not installed: apt-get install radicale (./rapport test installs it)"));
		folder = Files.createTempDirectory("radicale");
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		process = new ProcessBuilder(radicale.toString(), "--config", "", "--storage-filesystem-folder",
				folder.resolve("collections").toString(), "--server-hosts", "127.0.0.1:" + port, "--auth-type", "none",
				"--rights-type", "owner_write").redirectErrorStream(true)
				.redirectOutput(folder.resolve("radicale.log").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!listening()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("Radicale did not start: " + Files.readString(folder.resolve("radicale.log")));
			}
			Thread.sleep(20);
		}
	}

	private boolean listening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		if (folder != null) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The URL of a calendar of the server (not created yet). */
	public String url(String calendar) {
		return "http://127.0.0.1:" + port + "/rapport/" + calendar + "/";
	}

	/** Creates a calendar. */
	public void createCalendar(String calendar) throws Exception {
		send(HttpRequest.newBuilder(URI.create(url(calendar))).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()), 201);
	}

	/** Puts (creates or replaces) one event's iCalendar text in a calendar. */
	public void put(String calendar, String name, String ics) throws Exception {
		send(HttpRequest.newBuilder(URI.create(url(calendar) + name + ".ics")).header("Content-Type", "text/calendar")
				.PUT(HttpRequest.BodyPublishers.ofString(ics)), -1);
	}

	private void send(HttpRequest.Builder request, int expected) throws Exception {
		HttpResponse<String> response = client.send(request.header("Authorization", OWNER).build(),
				HttpResponse.BodyHandlers.ofString());
		if (expected > 0 ? response.statusCode() != expected : response.statusCode() >= 300) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}
}
