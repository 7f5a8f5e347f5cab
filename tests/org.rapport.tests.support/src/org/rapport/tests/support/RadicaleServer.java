/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.tests.support;

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
 * A real Radicale CalDAV and CardDAV server on 127.0.0.1 for the tests of a class: started before them in a folder of its
 * own (no configuration file; without a password no authentication and anyone may read, with one user
 * {@code rapport} and that password), stopped and removed after them; {@link #stop()} and {@link #start()} make it go
 * away and come back in between. Seeding goes
 * through HTTP as a phone would. Radicale comes from Debian ({@code apt-get install radicale}; {@code ./rapport
 * test} installs it).
 */
public final class RadicaleServer implements BeforeAllCallback, AfterAllCallback {

	private final String password;
	private final String owner;
	private Process process;
	private Path radicale;
	private Path folder;
	private int port;
	private final HttpClient client = HttpClient.newHttpClient();

	/** A server without a login: anyone may read, user {@code rapport} (any password) may write. */
	public RadicaleServer() {
		this(null);
	}

	/** A server where user {@code rapport} logs in with that password (htpasswd, plain), or without a login. */
	public RadicaleServer(String password) {
		this.password = password;
		this.owner = "Basic " + Base64.getEncoder() //$NON-NLS-1$
				.encodeToString(("rapport:" + (password == null ? "x" : password)).getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Path radicale = Stream.of("/usr/bin/radicale", "/usr/local/bin/radicale").map(Path::of).filter(Files::isExecutable)
				.findFirst().orElseThrow(() -> new IllegalStateException(
						"Radicale is not installed: apt-get install radicale (./rapport test installs it)"));
		folder = Files.createTempDirectory("radicale");
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		this.radicale = radicale;
		start();
	}

	/** Starts the server again after {@link #stop()}, on the same port with the same collections. */
	public void start() throws Exception {
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(radicale.toString(), "--config", "",
				"--storage-filesystem-folder", folder.resolve("collections").toString(), "--server-hosts",
				"127.0.0.1:" + port, "--rights-type", "owner_write"));
		if (password == null) {
			command.addAll(java.util.List.of("--auth-type", "none"));
		} else {
			Path users = Files.writeString(folder.resolve("users"), "rapport:" + password + "\n");
			command.addAll(java.util.List.of("--auth-type", "htpasswd", "--auth-htpasswd-filename", users.toString(),
					"--auth-htpasswd-encryption", "plain", "--auth-delay", "0"));
		}
		process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("radicale.log").toFile())).start();
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

	/** Stops the server, as a server that goes away does: its port is closed from then on. */
	public void stop() throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/** Whether the server is running. */
	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		stop();
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

	/** Creates an address book (CardDAV's extended MKCOL). */
	public void createAddressBook(String book) throws Exception {
		String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><D:mkcol xmlns:D=\"DAV:\" "
				+ "xmlns:C=\"urn:ietf:params:xml:ns:carddav\"><D:set><D:prop><D:resourcetype><D:collection/>"
				+ "<C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>";
		send(HttpRequest.newBuilder(URI.create(url(book))).header("Content-Type", "application/xml")
				.method("MKCOL", HttpRequest.BodyPublishers.ofString(body)), 201);
	}

	/** Puts (creates or replaces) a resource of a collection by its URL, as a phone would. */
	public void putResource(String url, String contentType, String text) throws Exception {
		send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
				.PUT(HttpRequest.BodyPublishers.ofString(text)), -1);
	}

	/** Deletes a resource by its URL, as a phone would. */
	public void delete(String url) throws Exception {
		send(HttpRequest.newBuilder(URI.create(url)).DELETE(), -1);
	}

	/** The text of a resource by its URL. */
	public String get(String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", owner).build();
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			response = client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** The names of the files a collection holds on the server's disk (Radicale keeps one file per resource). */
	public java.util.List<String> files(String collection) throws IOException {
		try (Stream<Path> files = Files.list(folder.resolve("collections/collection-root/rapport/" + collection))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
		}
	}

	/** Puts (creates or replaces) one event's iCalendar text in a calendar. */
	public void put(String calendar, String name, String ics) throws Exception {
		send(HttpRequest.newBuilder(URI.create(url(calendar) + name + ".ics")).header("Content-Type", "text/calendar")
				.PUT(HttpRequest.BodyPublishers.ofString(ics)), -1);
	}

	private void send(HttpRequest.Builder request, int expected) throws Exception {
		HttpRequest built = request.header("Authorization", owner).build();
		HttpResponse<String> response;
		try {
			response = client.send(built, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			// Radicale answers HTTP/1.0 and closes the connection, which the client may have pooled: once more
			response = client.send(built, HttpResponse.BodyHandlers.ofString());
		}
		if (expected > 0 ? response.statusCode() != expected : response.statusCode() >= 300) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}
}
