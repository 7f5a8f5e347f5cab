/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program to its end and keeps what it printed: the packaging tests' tools and installed launchers. */
final class Processes {

	private Processes() {
	}

	/** What a program printed, and its exit code. */
	record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
		}
	}

	/** Runs the command in the directory with these variables added to the environment. */
	static Result run(Path directory, Map<String, String> environment, long timeoutSeconds, String... command) {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile());
		builder.environment().putAll(environment);
		return run(builder, timeoutSeconds);
	}

	/** Runs what the builder describes, with no input, and waits at most that long for it to end. */
	static Result run(ProcessBuilder builder, long timeoutSeconds) {
		return run(builder, timeoutSeconds, null);
	}

	/** Runs what the builder describes with this text (UTF-8) as its standard input, or none when {@code null}. */
	static Result run(ProcessBuilder builder, long timeoutSeconds, String input) {
		String command = String.join(" ", builder.command());
		try {
			Process process = builder.start();
			try (var stdin = process.getOutputStream()) {
				if (input != null) {
					stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
			}
			CompletableFuture<String> out = read(process.getInputStream());
			CompletableFuture<String> err = read(process.getErrorStream());
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new AssertionError(command + " did not end within " + timeoutSeconds
						+ " s; stderr so far: " + err.getNow(""));
			}
			return new Result(process.exitValue(), out.join(), err.join());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (InputStream in = stream) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
