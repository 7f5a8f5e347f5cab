/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.InterchangeJobs;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Input;
import org.rapport.ui.tests.robot.Widgets;

/**
 * File &gt; Import &gt; Rapport &gt; Contacts as a user does it: the file typed in, its format detected, the
 * preview of every row (new, update, duplicate, rejected with line and reason), a row left out, Finish; the
 * import is one Ctrl+Z, and Ctrl+S writes it to the file. A file of the wrong format is refused on the page,
 * and cancelling the reading changes nothing. The reading is the core's interchange job, off the UI thread.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportWizardTest {

	/** A LinkedIn export: a note before the header, CRLF, quoted commas, a short row, dates like 12 Mar 2024. */
	static final String CONNECTIONS = "\uFEFFNotes:\r\n"
			+ "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n"
			+ "\r\n"
			+ "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
			+ "Ana,García,https://www.linkedin.com/in/anagarcia,ana.garcia@example.com,\"Acme, Inc.\",\"VP, Engineering\",12 Mar 2024\r\n"
			+ "Bob,Stone,https://www.linkedin.com/in/bobstone,,Initech,Developer,03 Jan 2023\r\n"
			+ "Chloé,Dubois,https://www.linkedin.com/in/chloe-dubois,,Studio Lumière,Founder,28 Feb 2022\r\n"
			+ "Dan,Short,https://www.linkedin.com/in/danshort,dan@short.example\r\n"
			+ "Eve,Nakamura,https://www.linkedin.com/in/evenakamura/,,Globex,\"Head of Data, EMEA\",5 Sep 2021\r\n";

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	private PlanEditor editor;
	private NetworkingPlan plan;
	private final InterchangeJobsSeen jobs = new InterchangeJobsSeen();

	/** The core's interchange jobs that ran, as "name: severity of the result", and the threads they ran in. */
	private static final class InterchangeJobsSeen extends JobChangeAdapter {
		final List<String> ended = new CopyOnWriteArrayList<>();
		final List<Thread> threads = new CopyOnWriteArrayList<>();

		@Override
		public void running(IJobChangeEvent event) {
			if (event.getJob().belongsTo(InterchangeJobs.FAMILY)) {
				threads.add(Thread.currentThread());
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(InterchangeJobs.FAMILY)) {
				ended.add(event.getJob().getName() + ": " + severity(event.getResult()));
			}
		}

		private static String severity(IStatus status) {
			return switch (status.getSeverity()) {
			case IStatus.OK -> "OK";
			case IStatus.CANCEL -> "CANCEL";
			case IStatus.ERROR -> "ERROR";
			default -> String.valueOf(status.getSeverity());
			};
		}
	}

	@BeforeEach
	void openAPlanWithAnaAndBob() throws Exception {
		Job.getJobManager().addJobChangeListener(jobs);
		robot.activate(Workbench.shell());
		editor = InterchangeUi.openNewPlan(robot, dir, "import-test.rapport", "Import test plan", p -> {
			Contact ana = InterchangeUi.contact("Ana", "García");
			ContactInfo.addEmail(ana, "ana.garcia@example.com");
			ana.setOrganization("Acme, Inc.");
			Contact bob = InterchangeUi.contact("Bob", "Stone");
			ContactInfo.addUrl(bob, "https://www.linkedin.com/in/bobstone");
			bob.setOrganization("Initech");
			bob.setPosition("Developer");
			InterchangeUi.connectedOnLinkedIn(bob, 2023, 1, 3);
			p.getContacts().add(ana);
			p.getContacts().add(bob);
		});
		plan = editor.getPlan();
	}

	@AfterEach
	void closeThePlan() {
		Job.getJobManager().removeJobChangeListener(jobs);
		InterchangeUi.close(editor);
	}

	/** The file was read by one job of the core's interchange family, in a worker thread, which ended so. */
	private void assertReadByOneJob(String fileName, String severity) {
		String expected = "Reading contacts from " + fileName + ": " + severity;
		robot.waitUntil("the reading job ended: " + expected, () -> !jobs.ended.isEmpty(), () -> jobs.ended.toString());
		assertEquals(List.of(expected), jobs.ended);
		assertEquals(1, jobs.threads.size(), "the job ran once");
		assertFalse(jobs.threads.get(0) == Workbench.shell().getDisplay().getThread(), "the job ran off the UI thread");
	}

	@Test
	void previewShowsEveryRowAndFinishImportsTheTickedOnesAsOneUndoableStep() throws Exception {
		Path file = dir.resolve("Connections.csv");
		Files.writeString(file, CONNECTIONS, StandardCharsets.UTF_8);
		Contact ana = plan.getContacts().get(0);
		Contact bob = plan.getContacts().get(1);
		List<List<String>> preview = new ArrayList<>();
		List<String> summaries = new ArrayList<>();

		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "contacts", "Contacts");
			typeFileKeyByKey(shell, file);
			Button linkedIn = robot.showingById(shell, InterchangeIds.IMPORT_FORMAT_LINKEDIN, Button.class);
			robot.waitUntil("the format is detected as LinkedIn", linkedIn::getSelection);
			Combo planCombo = robot.showingById(shell, InterchangeIds.IMPORT_PLAN, Combo.class);
			assertTrue(planCombo.getText().contains(file.getParent().resolve("import-test.rapport").toString()),
					"the active plan is the target: " + planCombo.getText());
			InterchangeUi.press(robot, shell, "Next >");

			Table table = robot.showingById(shell, InterchangeIds.PREVIEW_TABLE, Table.class);
			robot.waitUntil("the preview has a row per record", () -> table.getItemCount() == 5);
			preview.addAll(rows(table));
			Label summary = robot.showingById(shell, InterchangeIds.PREVIEW_SUMMARY, Label.class);
			summaries.add(summary.getText());
			assertEquals(2, plan.getContacts().size(), "the preview changes nothing");
			InterchangeUi.paint(robot, shell, "ImportWizard-preview");

			// leave Eve out: her row's box
			TableItem eve = table.getItem(4);
			Rectangle text = eve.getBounds(0);
			robot.click(table, Math.max(2, text.x / 2), text.y + text.height / 2);
			robot.waitUntil("Eve's box is unticked", () -> !eve.getChecked());
			robot.waitUntil("the summary counts Eve as left out (" + summary.getText() + ")",
					() -> summary.getText().contains("1 left out"));
			summaries.add(summary.getText());
			robot.waitUntil("Eve's row says she is skipped", () -> "Skipped".equals(table.getItem(4).getText(1)));
			InterchangeUi.paint(robot, shell, "ImportWizard-preview-skipped");
			InterchangeUi.press(robot, shell, "Finish");
		});

		assertReadByOneJob("Connections.csv", "OK");
		assertEquals(List.of("5", "Update", "Ana García"), preview.get(0).subList(0, 3));
		assertTrue(preview.get(0).get(3).contains("e-mail ana.garcia@example.com"), preview.get(0).get(3));
		assertEquals(List.of("6", "Duplicate", "Bob Stone"), preview.get(1).subList(0, 3));
		assertEquals(List.of("7", "New", "Chloé Dubois"), preview.get(2).subList(0, 3));
		assertEquals(List.of("8", "Rejected"), preview.get(3).subList(0, 2));
		assertTrue(preview.get(3).get(3).startsWith("Line 8 is not imported: the row has 4 values where the header has 7"),
				"the rejected row says where and why: " + preview.get(3).get(3));
		assertEquals(List.of("9", "New", "Eve Nakamura"), preview.get(4).subList(0, 3));
		assertEquals("2 new, 1 updated, 1 already in the plan, 1 not imported", summaries.get(0));
		assertEquals("1 new, 1 updated, 1 already in the plan, 1 not imported; 1 left out by you.", summaries.get(1));

		// Finish: Chloé is added, Ana completed, Bob untouched, Eve and Dan not there
		assertEquals(3, plan.getContacts().size(), () -> names(plan).toString());
		assertEquals("VP, Engineering", ana.getPosition());
		assertEquals(List.of("https://www.linkedin.com/in/anagarcia"), ContactInfo.urls(ana));
		assertEquals("Developer", bob.getPosition());
		Contact chloe = plan.getContacts().get(2);
		assertEquals("Chloé Dubois", chloe.getFullName());
		assertEquals("Studio Lumière", chloe.getOrganization());
		assertTrue(chloe.getProvenance().contains("Connections.csv"), chloe.getProvenance());
		assertEquals("Import Contacts from Connections.csv",
				editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		robot.waitUntil("the editor is dirty", editor::isDirty);
		InterchangeUi.closeNotice(robot, "Imported Connections.csv: 1 new, 1 updated, 1 already in the plan, 1 not imported; 1 left out by you.");

		InterchangeUi.focusEditor(robot, editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z undoes the whole import", () -> plan.getContacts().size() == 2);
		assertNull(ana.getPosition(), "Ana's position is gone with the same undo");
		assertTrue(ContactInfo.urls(ana).isEmpty());
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "the import was one step");
		robot.waitUntil("the editor is clean again", () -> !editor.isDirty());

		robot.press(SWT.MOD1 | SWT.SHIFT, 'z');
		robot.waitUntil("Ctrl+Shift+Z imports again", () -> plan.getContacts().size() == 3);
		robot.press(SWT.MOD1, 's');
		robot.waitUntil("Ctrl+S saves", () -> !editor.isDirty());

		NetworkingPlan saved = new PlanStore().load(editor.getFile(), PlanStore.createResourceSet());
		assertEquals(List.of("Ana García", "Bob Stone", "Chloé Dubois"), names(saved));
		assertEquals("VP, Engineering", saved.getContacts().get(0).getPosition());
		assertEquals("2024-03-12", String.valueOf(saved.getContacts().get(0).getImportantDates().get(0).getDate()),
				"when Ana and you connected on LinkedIn, a date of hers");
		assertEquals(List.of("https://www.linkedin.com/in/chloe-dubois"), ContactInfo.urls(saved.getContacts().get(2)));
	}

	@Test
	void aFileOfAnotherFormatIsRefusedOnThePageAndNothingChanges() throws Exception {
		Path file = dir.resolve("letter.csv");
		Files.writeString(file, "Dear Ana,\nthis is a letter, not a list of contacts.\n", StandardCharsets.UTF_8);
		String[] error = new String[1];
		boolean[] stayed = new boolean[1];

		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "contacts", "Contacts");
			pasteFile(shell, file);
			Button linkedIn = robot.showingById(shell, InterchangeIds.IMPORT_FORMAT_LINKEDIN, Button.class);
			robot.click(linkedIn);
			robot.waitUntil("LinkedIn is chosen", linkedIn::getSelection);
			InterchangeUi.press(robot, shell, "Next >");
			WizardDialog dialog = (WizardDialog) shell.getData();
			robot.waitUntil("the page shows an error", () -> dialog.getCurrentPage().getErrorMessage() != null);
			error[0] = dialog.getCurrentPage().getErrorMessage();
			stayed[0] = Widgets.findById(shell, InterchangeIds.IMPORT_FILE, Text.class) != null
					&& Widgets.isShowing(Widgets.findById(shell, InterchangeIds.IMPORT_FILE, Text.class));
			InterchangeUi.paint(robot, shell, "ImportWizard-error");
			InterchangeUi.press(robot, shell, "Cancel");
		});

		assertTrue(error[0].startsWith("letter.csv is not a LinkedIn connections file"), error[0]);
		assertReadByOneJob("letter.csv", "ERROR");
		assertTrue(stayed[0], "the wizard stays on the first page");
		assertEquals(2, plan.getContacts().size());
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no command ran");
		assertFalse(editor.isDirty());
	}

	@Test
	void aTruncatedCardIsShownAsRejectedWithItsLine() throws Exception {
		Path file = dir.resolve("cards.vcf");
		Files.writeString(file, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "N:Okafor;Chidi;;;", "FN:Chidi Okafor",
				"EMAIL:chidi@example.org", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "N:Broken;Bernd;;;",
				"FN:Bernd Broken", "EMAIL:bernd@exam"), StandardCharsets.UTF_8);
		List<List<String>> preview = new ArrayList<>();

		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "contacts", "Contacts");
			pasteFile(shell, file);
			Button vcard = robot.showingById(shell, InterchangeIds.IMPORT_FORMAT_VCARD, Button.class);
			robot.waitUntil("the format is detected as vCard", vcard::getSelection);
			InterchangeUi.press(robot, shell, "Next >");
			Table table = robot.showingById(shell, InterchangeIds.PREVIEW_TABLE, Table.class);
			robot.waitUntil("the preview has two rows", () -> table.getItemCount() == 2);
			preview.addAll(rows(table));
			InterchangeUi.press(robot, shell, "Cancel");
		});

		assertEquals(List.of("1", "New", "Chidi Okafor"), preview.get(0).subList(0, 3));
		assertEquals(List.of("7", "Rejected"), preview.get(1).subList(0, 2));
		assertTrue(preview.get(1).get(3).startsWith("Line 7 is not imported: the file ends in the middle of this card"),
				preview.get(1).get(3));
		assertEquals(2, plan.getContacts().size(), "Cancel changes nothing");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	/**
	 * The file is a named pipe that delivers its first rows and then waits: the reading is still running when the
	 * user presses the stop button of the wizard's progress area. The rest arrives after the click; the import stops and
	 * the plan is unchanged.
	 */
	@Test
	void cancellingTheReadingChangesNothing() throws Exception {
		// a file large enough to be read for seconds (a pipe would be slower still, but is refused as a contacts file)
		Path big = dir.resolve("Slow Connections.csv");
		StringBuilder rows = new StringBuilder(CONNECTIONS);
		for (int n = 0; n < 400_000; n++) {
			rows.append("Person,Number").append(n).append(",,p").append(n).append("@example.org,Org,Role,1 Jan 2020\r\n");
		}
		Files.writeString(big, rows, StandardCharsets.UTF_8);
		String[] message = new String[1];
		boolean[] sawProgress = new boolean[1];
		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "contacts", "Contacts");
			pasteFile(shell, big);
			Button linkedIn = robot.showingById(shell, InterchangeIds.IMPORT_FORMAT_LINKEDIN, Button.class);
			robot.click(linkedIn);
			robot.waitUntil("LinkedIn is chosen", linkedIn::getSelection);
			WizardDialog dialog = (WizardDialog) shell.getData();
			// Next blocks in the dialog's progress loop while the file is read: press stop from a timer in that loop
			whileReading(shell, () -> {
				sawProgress[0] = true;
				InterchangeUi.paint(robot, shell, "ImportWizard-reading");
				pressStop(shell);
			});
			InterchangeUi.press(robot, shell, "Next >");
			robot.waitUntil("the wizard says the reading was cancelled",
					() -> dialog.getCurrentPage().getMessage() != null && dialog.getCurrentPage().getMessage().contains("cancelled"));
			message[0] = dialog.getCurrentPage().getMessage();
			assertNotNull(Widgets.findById(shell, InterchangeIds.IMPORT_FILE, Text.class), "still on the first page");
			assertTrue(Widgets.isShowing(Widgets.findById(shell, InterchangeIds.IMPORT_FILE, Text.class)),
					"still on the first page");
			InterchangeUi.press(robot, shell, "Cancel");
		});
		assertTrue(sawProgress[0], "the reading was in progress when stop was pressed");
		assertEquals("Reading the file was cancelled. Nothing was changed.", message[0]);
		assertReadByOneJob("Slow Connections.csv", "CANCEL");
		assertEquals(2, plan.getContacts().size(), "cancelling changes nothing");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
		assertFalse(editor.isDirty());
	}

	/**
	 * Presses the stop button of the wizard's progress area (while an operation runs, the dialog's own Cancel button
	 * is disabled and this button cancels it).
	 */
	private void pressStop(Shell shell) {
		ProgressMonitorPart progress = Widgets.findAll(shell, ProgressMonitorPart.class, Widgets::isShowing).get(0);
		ToolBar bar = Widgets.findAll(progress, ToolBar.class, Widgets::isShowing).get(0);
		ToolItem stop = bar.getItem(0);
		robot.waitUntil("the stop button is enabled", stop::isEnabled);
		Rectangle bounds = stop.getBounds();
		robot.click(bar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		robot.waitUntil("the stop button took the click (" + Input.lastMouseDown() + ")", progress::isCanceled);
	}

	/** Runs the action (from a timer, inside the dialog's progress loop) once the wizard shows its progress. */
	private void whileReading(Shell shell, Runnable action) {
		Runnable[] poll = new Runnable[1];
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		poll[0] = () -> {
			if (shell.isDisposed() || System.nanoTime() > deadline) {
				return;
			}
			boolean running = Widgets.findAll(shell, ProgressMonitorPart.class, Widgets::isShowing).size() > 0
					&& !InterchangeUi.button(shell, "Next >").isEnabled();
			if (running) {
				action.run();
			} else {
				shell.getDisplay().timerExec(50, poll[0]);
			}
		};
		shell.getDisplay().timerExec(50, poll[0]);
	}

	/** Types the path key by key, as a user with no file manager at hand. */
	private void typeFileKeyByKey(Shell shell, Path file) {
		Text fileText = robot.showingById(shell, InterchangeIds.IMPORT_FILE, Text.class);
		robot.click(fileText);
		if (!fileText.getText().isEmpty()) {
			robot.selectAllText(fileText);
			robot.press(SWT.BS);
		}
		robot.type(file.toString());
		robot.waitUntil("the file name is typed", () -> file.toString().equals(fileText.getText()));
	}

	private void pasteFile(Shell shell, Path file) {
		InterchangeUi.paste(robot, robot.showingById(shell, InterchangeIds.IMPORT_FILE, Text.class), file.toString());
	}

	private static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			rows.add(Widgets.rowTexts(table.getItem(i)));
		}
		return rows;
	}

	private static List<String> names(NetworkingPlan plan) {
		return plan.getContacts().stream().map(Contact::getFullName).toList();
	}
}
