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
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.tests.Processes.Result;

/**
 * Plans made to hurt whoever opens them: one that refers to a server that accepts and never answers (every
 * command ends promptly and not one connection comes), and one nested 10,000 and 100,000 levels deep (refused
 * with the file, line and column, exit 3, nothing changed).
 */
class HostilePlansTest {

	/** Starting the product takes a few seconds; with a connection to a silent server a command would hang. */
	private static final long PROMPT_MILLIS = 60_000;

	@TempDir
	Path dir;

	@BeforeEach
	void requireProduct() {
		assumeTrue(Rapport.productExists(), "the product is built before these tests run");
	}

	private static String plan(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:rapport=\"http://rapport.org/model/rapport/1.0\" xmi:id=\"_p\" name=\"Hostile\">\n" + body
				+ "\n</rapport:NetworkingPlan>\n";
	}

	@Test
	void noCommandConnectsToTheServerAPlanRefersToAndEachEndsPromptly() throws Exception {
		try (SilentServer server = new SilentServer()) {
			String url = "http://127.0.0.1:" + server.port() + "/x.rapport#_x";
			String text = plan("  <contacts xmi:id=\"_a\" firstName=\"Ann\" lastName=\"Lee\" emails=\"ann@example.org\">\n"
					+ "    <introducedBy href=\"" + url + "\"/>\n  </contacts>\n"
					+ "  <followUps xmi:id=\"_f\" reason=\"Say hello\" dueDate=\"2026-12-01T09:00:00.000+0000\">\n"
					+ "    <contact href=\"" + url + "\"/>\n  </followUps>\n"
					+ "  <followUps xmi:id=\"_g\" reason=\"Thank\" contact=\"_a\" dueDate=\"2026-12-02T09:00:00.000+0000\"/>");
			Path file = dir.resolve("remote.rapport");
			Files.writeString(file, text);
			copy("two.vcf");
			copy("Connections.csv");
			Files.writeString(dir.resolve("google.csv"),
					"First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\nAnn,Lee,Friends,* Other,ann@example.org\n");

			String[][] commands = { { "validate", "remote.rapport" }, { "score", "remote.rapport", "--json" },
					{ "export", "remote.rapport", "--out", "out.xmi" }, { "export", "remote.rapport", "--out", "out.ics" },
					{ "export", "remote.rapport", "--out", "out.vcf" }, { "export", "remote.rapport", "--out", "out.csv" },
					{ "import", "remote.rapport", "--format", "linkedin", "Connections.csv" },
					{ "import", "remote.rapport", "--format", "vcard", "two.vcf" },
					{ "import", "remote.rapport", "--format", "google", "google.csv" },
					{ "import", "copy.rapport", "--format", "xmi", "out.xmi" },
					{ "agenda", "remote.rapport", "--today", "2026-11-25" },
					{ "log", "remote.rapport", "--contact", "Ann Lee", "--channel", "phone", "--summary", "Hello" } };
			for (String[] command : commands) {
				long start = System.nanoTime();
				Result result = Rapport.run(dir, command);
				long millis = (System.nanoTime() - start) / 1_000_000;
				assertTrue(millis < PROMPT_MILLIS, String.join(" ", command) + " took " + millis + " ms");
				int expected = command[0].equals("validate") ? 1 : 0;
				assertEquals(expected, result.exitCode(), () -> String.join(" ", command) + ": " + result);
				assertEquals(0, server.connections(), () -> String.join(" ", command) + " connected to the server");
				if (command[0].equals("validate")) {
					assertTrue(result.out().contains("remote.rapport: error: Ann Lee refers, as introducedBy, to \"" + url
							+ "\", which is outside this plan."), result::toString);
				}
			}
			assertTrue(Files.readString(file).contains("href=\"" + url + "\""), "the reference is kept as it was");
			assertTrue(Files.readString(dir.resolve("copy.rapport")).contains(url));
		}
	}

	@Test
	void aPlanNestedTenThousandAndAHundredThousandLevelsDeepIsRefusedPromptlyByEveryCommand() throws Exception {
		for (int depth : new int[] { 10_000, 100_000 }) {
			String text = plan("<future>".repeat(depth) + "</future>".repeat(depth));
			Path file = dir.resolve("deep.rapport");
			Files.writeString(file, text);
			copy("two.vcf");
			for (String[] command : new String[][] { { "validate", "deep.rapport" }, { "score", "deep.rapport" },
					{ "export", "deep.rapport", "--out", "out.xmi" },
					{ "import", "deep.rapport", "--format", "vcard", "two.vcf" },
					{ "import", "new.rapport", "--format", "xmi", "deep.rapport" } }) {
				long start = System.nanoTime();
				Result result = Rapport.run(dir, command);
				long millis = (System.nanoTime() - start) / 1_000_000;
				assertTrue(millis < PROMPT_MILLIS, String.join(" ", command) + " took " + millis + " ms");
				assertEquals(3, result.exitCode(), () -> depth + " " + String.join(" ", command) + ": " + result);
				assertTrue(result.err().matches("(?s)rapport: deep\\.rapport, line 3, column \\d+: the file nests elements "
						+ "more than 500 levels deep.*"), result::toString);
			}
			assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
			assertFalse(Files.exists(dir.resolve("out.xmi")) || Files.exists(dir.resolve("new.rapport"))
					|| Files.exists(dir.resolve("deep.rapport.bak")));
			Files.delete(dir.resolve("two.vcf"));
		}
	}

	private Path fifo(String name) throws Exception {
		Path fifo = dir.resolve(name);
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
		return fifo;
	}

	@Test
	void aPipeAsThePlanOrAsTheContactsFileIsRefusedAtOnce() throws Exception {
		fifo("pipe.rapport");
		fifo("pipe.vcf");
		assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
		for (String[] command : new String[][] { { "validate", "pipe.rapport" }, { "score", "pipe.rapport" },
				{ "export", "pipe.rapport", "--out", "out.csv" }, { "import", "pipe.rapport", "--format", "vcard", "x.vcf" },
				{ "import", "new.rapport", "--format", "xmi", "pipe.rapport" },
				{ "import", "plan.rapport", "--format", "vcard", "pipe.vcf" } }) {
			long start = System.nanoTime();
			Result result = Rapport.run(dir, command);
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(millis < PROMPT_MILLIS, String.join(" ", command) + " took " + millis + " ms");
			assertEquals(3, result.exitCode(), () -> String.join(" ", command) + ": " + result);
			assertTrue(result.err().contains("is not a regular file (it is a pipe, a device or a socket)"), result::toString);
		}
	}

	@Test
	void anExportNeverReplacesAPipeAndLeavesNoFileOfItsOwn() throws Exception {
		assertEquals(0, Rapport.run(dir, "new", "plan.rapport", "--sample").exitCode());
		Path fifo = fifo("out.csv");
		Path xmiFifo = fifo("out.xmi");
		for (String out : new String[] { "out.csv", "out.xmi" }) {
			Result result = Rapport.run(dir, "export", "plan.rapport", "--out", out);
			assertEquals(4, result.exitCode(), result::toString);
			assertTrue(result.err().startsWith("rapport: " + out + ": cannot be written ("), result::toString);
			assertTrue(result.err().contains("is not a regular file (it is a device, a pipe or a socket), so it is not replaced"),
					result::toString);
		}
		assertFalse(Files.isRegularFile(fifo) || Files.isRegularFile(xmiFifo), "still pipes");
		assertFalse(Files.exists(dir.resolve("rapport.ecore")), "the failed XMI export left no model file");
	}

	@Test
	void theCommandLinesLogsAreForTheOwnerOnly() throws Exception {
		Path area = Rapport.product().resolve("cli-configuration");
		Files.createDirectories(area);
		Path oldLog = area.resolve("1700000000000.log");
		Files.writeString(oldLog, "!SESSION an old log, readable by all\n");
		Files.setPosixFilePermissions(oldLog, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		try {
			assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
			assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(area)));
			assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(oldLog)));
		} finally {
			Files.deleteIfExists(oldLog);
		}
	}

	@Test
	void anImportWithBadCharactersAndAnAbsurdColumnImportsItsRowsAndSaysWhatItChanged() throws Exception {
		assertEquals(0, Rapport.run(dir, "new", "plan.rapport").exitCode());
		Files.write(dir.resolve("google.csv"), ("First Name,Last Name,E-mail 1 - Value,E-mail 99999999999 - Value\r\n"
				+ "Nul\u0000l,Person,nul@example.org,x@example.org\r\n"
				+ "Esc\u001b,Person,esc@example.org,\r\n"
				+ "Short,Row\r\n"
				+ "Clean,Person,clean@example.org,\r\n").getBytes(StandardCharsets.UTF_8));

		Result result = Rapport.run(dir, "import", "plan.rapport", "--format", "google", "google.csv");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("Imported google.csv into plan.rapport: 3 new, 0 updated, 0 already in the plan, 1 not imported.\n",
				result.out());
		assertEquals("rapport: google.csv: The column \"E-mail 99999999999 - Value\" is ignored: its number is above 999999.\n"
				+ "rapport: google.csv, line 2: 1 character(s) that a plan cannot hold (control characters such as NUL or ESC, or"
				+ " U+FFFF) replaced by U+FFFD.\n"
				+ "rapport: google.csv, line 3: 1 character(s) that a plan cannot hold (control characters such as NUL or ESC, or"
				+ " U+FFFF) replaced by U+FFFD.\n"
				+ "rapport: google.csv, line 4: not imported: the row has 2 values where the header has 4 columns, so its values"
				+ " cannot be assigned to fields safely.\n", result.err());
		String plan = Files.readString(dir.resolve("plan.rapport"));
		assertTrue(plan.contains("firstName=\"Nul\uFFFDl\"") && plan.contains("firstName=\"Esc\uFFFD\""), plan);
	}

	private void copy(String name) throws IOException {
		try (InputStream in = HostilePlansTest.class.getResourceAsStream("/contacts/" + name)) {
			Files.copy(in, dir.resolve(name));
		}
	}

	/** Accepts every connection on 127.0.0.1 and never answers; counts them. */
	static final class SilentServer implements AutoCloseable {
		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		private final AtomicInteger connections = new AtomicInteger();
		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		SilentServer() throws IOException {
			Thread acceptor = new Thread(() -> {
				while (!socket.isClosed()) {
					try {
						Socket client = socket.accept();
						connections.incrementAndGet();
						accepted.add(client);
					} catch (SocketException e) {
						return;
					} catch (IOException e) {
						// keep listening
					}
				}
			}, "silent server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return socket.getLocalPort();
		}

		int connections() {
			return connections.get();
		}

		@Override
		public void close() throws IOException {
			socket.close();
			for (Socket client : accepted) {
				client.close();
			}
		}
	}
}
