/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.tests.robot.Robot;

/**
 * Prints how long the import wizard takes with a LinkedIn file of 5,000 rows into a plan of 500 contacts (500
 * rows update them, 4,500 are new): Next until the preview lists every row, Finish until the plan has them, and
 * the undo. Asserts nothing about times. Runs only with the environment variable {@code RAPPORT_BENCH=1}, as
 * {@link org.rapport.ui.tests.bench.LargePlanBenchmark}.
 */
class ImportBenchmark {

	private static final int EXISTING = 500;
	private static final int ROWS = 5_000;

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	@Test
	void fiveThousandLinkedInRows() throws Exception {
		Assumptions.assumeTrue("1".equals(System.getenv("RAPPORT_BENCH")), "a benchmark: runs with RAPPORT_BENCH=1");
		PlanEditor editor = InterchangeUi.openNewPlan(robot, dir, "bench-import.rapport", "Import benchmark", p -> {
			for (int i = 0; i < EXISTING; i++) {
				Contact contact = InterchangeUi.contact("Person", "Number" + i);
				ContactInfo.addEmail(contact, "p" + i + "@example.org");
				p.getContacts().add(contact);
			}
		});
		NetworkingPlan plan = editor.getPlan();
		StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("Person,Number").append(i).append(",https://www.linkedin.com/in/p").append(i).append(",p").append(i)
					.append("@example.org,Org ").append(i % 97).append(",Role ").append(i % 13).append(",1 Jan 2020\r\n");
		}
		Path file = dir.resolve("Connections.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		long[] next = new long[1];
		long[] finish = new long[1];
		try {
			InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
				InterchangeUi.chooseWizard(robot, shell, "contacts", "Contacts");
				InterchangeUi.paste(robot, robot.showingById(shell, InterchangeIds.IMPORT_FILE, Text.class), file.toString());
				Button linkedIn = robot.showingById(shell, InterchangeIds.IMPORT_FORMAT_LINKEDIN, Button.class);
				robot.waitUntil("the format is detected as LinkedIn", linkedIn::getSelection);
				long t0 = System.nanoTime();
				InterchangeUi.press(robot, shell, "Next >");
				Table table = robot.showingById(shell, InterchangeIds.PREVIEW_TABLE, Table.class);
				robot.waitUntil("the preview has a row per record", () -> table.getItemCount() == ROWS, Duration.ofMinutes(2));
				robot.flush();
				next[0] = System.nanoTime() - t0;
				t0 = System.nanoTime();
				InterchangeUi.press(robot, shell, "Finish");
				robot.waitUntil("the wizard closed", shell::isDisposed, Duration.ofMinutes(2));
				finish[0] = System.nanoTime() - t0;
			});
			robot.flush();
			assertEquals(ROWS, plan.getContacts().size());
			print("Next: read 5,000 rows, preview them against 500 contacts, list them", next[0]);
			print("Finish: import them as one command (4,500 new, 500 updated)", finish[0]);

			InterchangeUi.focusEditor(robot, editor);
			long t0 = System.nanoTime();
			robot.press(SWT.MOD1, 'z');
			robot.waitUntil("one Ctrl+Z undoes the import", () -> plan.getContacts().size() == EXISTING, Duration.ofMinutes(2));
			robot.flush();
			print("Ctrl+Z: undo the import", System.nanoTime() - t0);
		} finally {
			InterchangeUi.close(editor);
		}
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "BENCH %-75s %8.1f ms%n", what, nanos / 1e6);
	}
}
