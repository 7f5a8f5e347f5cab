/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.internal.cli.Commands;
import org.rapport.model.resource.RapportResource;

/**
 * Whatever goes wrong inside a command, even a stack overflow, it is worded on standard error and the command ends
 * with exit 5: never with the JVM's own code and nothing said. The overflow is provoked by exporting a plan at the
 * depth limit on threads with ever smaller stacks.
 */
class UnexpectedFailureTest {

	@TempDir
	Path dir;

	private record Run(int exitCode, String err) {
	}

	private Run run(long stackSize, String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int[] code = new int[1];
		Thread thread = new Thread(null, () -> code[0] = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args), "command", stackSize);
		thread.start();
		thread.join(60_000);
		return new Run(code[0], err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aStackOverflowIsWordedAndEndsWithExitFive() throws Exception {
		Path plan = dir.resolve("deep.rapport");
		Files.writeString(plan, DeepNestingTest.nested(RapportResource.MAX_DEPTH - 1));
		String out = dir.resolve("out.xmi").toString();
		// every class the command needs is loaded on an ordinary stack first
		assertEquals(0, run(0, "export", plan.toString(), "--out", out).exitCode());

		boolean overflowed = false;
		for (long stack = 256 * 1024; stack >= 16 * 1024 && !overflowed; stack /= 2) {
			Run run = run(stack, "export", plan.toString(), "--out", out);
			if (run.exitCode() != 0) {
				assertEquals(5, run.exitCode(), run::toString);
				assertTrue(run.err().startsWith("rapport: internal error: StackOverflowError."), run::toString);
				overflowed = true;
			}
		}
		assertTrue(overflowed, "some stack was too small for the export");
	}
}
