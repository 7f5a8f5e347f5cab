/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportFactory;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.interchange.ExportJob;
import org.rapport.ui.internal.interchange.InterchangeIds;
import org.rapport.ui.internal.outcome.Outcomes;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * Every long action ends with a word: an import, an export, a merge and a finished review, each done through the
 * menus and dialogs as a user does, say what they did in the status line and in a notification that closes by
 * itself, and leave no dialog to dismiss. The export's notification opens the folder it wrote to.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OutcomeNoticesTest {

	private static final RapportFactory F = RapportFactory.eINSTANCE;

	private final Robot robot = Robot.current();
	private final List<String> launched = new ArrayList<>();

	@TempDir
	Path dir;

	private PlanEditor editor;

	@BeforeEach
	void recordWhatTheDesktopWouldOpen() {
		robot.activate(Workbench.shell());
		Outcomes.setLauncher(launched::add);
	}

	@AfterEach
	void closeThePlanAndTheNotification() {
		Outcomes.closeNotification();
		Outcomes.setLauncher(null);
		Job.getJobManager().cancel(ExportJob.FAMILY);
		InterchangeUi.close(editor);
	}

	@Test
	void anImportSaysHowManyContactsItAddedAndUpdated() throws Exception {
		editor = InterchangeUi.openNewPlan(robot, dir, "import.rapport", "Import plan", plan -> {
			Contact ana = InterchangeUi.contact("Ana", "García");
			ContactInfo.addEmail(ana, "ana.garcia@example.com");
			ana.setOrganization("Acme, Inc.");
			Contact bob = InterchangeUi.contact("Bob", "Stone");
			ContactInfo.addUrl(bob, "https://www.linkedin.com/in/bobstone");
			bob.setOrganization("Initech");
			bob.setPosition("Developer");
			InterchangeUi.connectedOnLinkedIn(bob, 2023, 1, 3);
			plan.getContacts().add(ana);
			plan.getContacts().add(bob);
		});
		Path file = dir.resolve("Connections.csv");
		Files.writeString(file, ImportWizardTest.CONNECTIONS, StandardCharsets.UTF_8);

		InterchangeUi.inFileDialog(robot, "Import...", "Import", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "contacts", "Contacts");
			InterchangeUi.paste(robot, robot.showingById(shell, InterchangeIds.IMPORT_FILE, Text.class), file.toString());
			Button linkedIn = robot.showingById(shell, InterchangeIds.IMPORT_FORMAT_LINKEDIN, Button.class);
			robot.waitUntil("the format is detected as LinkedIn", linkedIn::getSelection);
			InterchangeUi.press(robot, shell, "Next >");
			Table table = robot.showingById(shell, InterchangeIds.PREVIEW_TABLE, Table.class);
			robot.waitUntil("the preview has a row per record", () -> table.getItemCount() == 5);
			InterchangeUi.press(robot, shell, "Finish");
		});

		assertEquals(4, editor.getPlan().getContacts().size(), "Chloé and Eve were added");
		String expected = "Imported Connections.csv: 2 new, 1 updated, 1 already in the plan, 1 not imported.";
		assertTold("Contacts imported", expected, "Import");

		// the words stay while the part is active, and are gone once the user turns to another
		robot.click(robot.showingById(Workbench.shell(), UiIds.VIEW_CONTACTS_TABLE, Table.class));
		robot.waitUntil("the Contacts view is the active part",
				() -> Workbench.page().getActivePart() == Workbench.page().findView(UiIds.VIEW_CONTACTS));
		InterchangeUi.focusEditor(robot, editor);
		robot.waitUntil("the status line no longer says it (it shows " + statusTexts() + ")",
				() -> !statusTexts().contains(expected));
	}

	@Test
	void anExportSaysWhatItWroteAndOpensItsFolder() throws Exception {
		editor = InterchangeUi.openNewPlan(robot, dir, "export.rapport", "Export plan", plan -> {
			Contact ana = InterchangeUi.contact("Ana", "García");
			plan.getContacts().add(ana);
			for (int i = 1; i <= 3; i++) {
				FollowUp followUp = F.createFollowUp();
				followUp.setContact(ana);
				followUp.setReason("Follow-up " + i);
				followUp.setDueDate(PlanClock.toDate(PlanClock.today().plusDays(i)));
				followUp.setStatus(i == 3 ? FollowUpStatus.DONE : FollowUpStatus.OPEN);
				plan.getFollowUps().add(followUp);
			}
			Opportunity dated = F.createOpportunity();
			dated.setName("Meetup");
			dated.setDate(PlanClock.toDate(PlanClock.today().plusDays(9)));
			Opportunity undated = F.createOpportunity();
			undated.setName("Someday");
			plan.getOpportunities().add(dated);
			plan.getOpportunities().add(undated);
		});
		Path folder = dir.resolve("calendars");
		Files.createDirectories(folder);
		Path ics = folder.resolve("plan.ics");

		InterchangeUi.inFileDialog(robot, "Export...", "Export", shell -> {
			InterchangeUi.chooseWizard(robot, shell, "calendar", "Plan, Contacts or Calendar");
			Button format = robot.showingById(shell, "export.format.icalendar", Button.class);
			robot.click(format);
			robot.waitUntil("iCalendar is chosen", format::getSelection);
			Button openOnly = robot.showingById(shell, InterchangeIds.EXPORT_OPEN_ONLY, Button.class);
			robot.waitUntil("open-only can be ticked for iCalendar", openOnly::isEnabled);
			if (!openOnly.getSelection()) {
				robot.click(openOnly);
			}
			robot.waitUntil("open follow-ups only", openOnly::getSelection);
			InterchangeUi.paste(robot, robot.showingById(shell, InterchangeIds.EXPORT_FILE, Text.class), ics.toString());
			InterchangeUi.press(robot, shell, "Finish");
		});
		robot.waitUntil("the export job is done", () -> Job.getJobManager().find(ExportJob.FAMILY).length == 0,
				Duration.ofSeconds(60));
		assertTrue(Files.isRegularFile(ics), "the export wrote " + ics);

		// the done follow-up is left out, as is the opportunity without a date
		Shell popup = assertTold("Export finished", "Wrote 2 follow-ups and 1 event to plan.ics.", "Export");
		Link open = robot.showingById(popup, Outcomes.ID_OPEN_FOLDER, Link.class);
		robot.clickUnfocused(open);
		robot.waitUntil("'Open folder' asks the desktop to open " + folder + " (asked: " + launched + ")",
				() -> !launched.isEmpty());
		assertEquals(List.of(folder.toString()), launched);
		robot.waitUntil("the notification closes once its link was used", () -> Outcomes.lastNotificationShell() == null);
	}

	@Test
	void aMergeSaysWhatMovedToTheContactKept() throws Exception {
		editor = InterchangeUi.openNewPlan(robot, dir, "merge.rapport", "Merge plan", plan -> {
			Contact maria = InterchangeUi.contact("Maria", "Chen");
			ContactInfo.addEmail(maria, "maria.chen@acme.example");
			Contact twin = InterchangeUi.contact("Maria", "Chen");
			ContactInfo.addEmail(twin, "mchen@mail.example");
			plan.getContacts().addAll(List.of(maria, twin));
			plan.getInteractions().add(interaction("Coffee", twin));
			plan.getInteractions().add(interaction("Call", twin));
			plan.getInteractions().add(interaction("Lunch", maria));
			FollowUp followUp = F.createFollowUp();
			followUp.setContact(twin);
			followUp.setReason("Ask about the role");
			followUp.setDueDate(PlanClock.toDate(PlanClock.today().plusDays(3)));
			plan.getFollowUps().add(followUp);
		});
		NetworkingPlan plan = editor.getPlan();
		Contact maria = plan.getContacts().get(0);

		IFormPage contacts = editor.findPage(UiIds.PAGE_CONTACTS);
		CTabFolder pages = Workbench.pageTabs(editor);
		robot.clickTab(pages.getItem(contacts.getIndex()));
		robot.waitUntil("the Contacts page is active", () -> editor.getActivePageInstance() == contacts);
		Table table = robot.showingById(contacts.getPartControl(), UiIds.CONTACTS_TABLE, Table.class);
		robot.waitUntil("the table lists both", () -> table.getItemCount() == 2);
		int mariaRow = Widgets.dataOf(table.getItem(0)) == maria ? 0 : 1;
		robot.clickRow(table, mariaRow);
		robot.press(SWT.MOD1, 'a');
		robot.waitUntil("Ctrl+A selects both", () -> table.getSelectionCount() == 2);

		ShellWatcher merge = robot.onShell("the Merge Contacts dialog opens", s -> "Merge Contacts".equals(s.getText()),
				shell -> {
					Table choices = robot.showingById(shell, InterchangeIds.MERGE_TABLE, Table.class);
					for (int i = 0; i < choices.getItemCount(); i++) {
						if (Widgets.dataOf(choices.getItem(i)) == maria) {
							robot.clickRow(choices, i);
						}
					}
					InterchangeUi.press(robot, shell, "Merge");
				});
		InterchangeUi.choose(InterchangeUi.menuItem("Edit", "Merge Contacts..."));
		merge.await(Duration.ofSeconds(20));
		robot.waitUntil("the dialog closed", () -> merge.shell().isDisposed());

		assertEquals(List.of(maria), plan.getContacts(), "the twin is merged into Maria");
		assertTold("Contacts merged", "Merged 1 contact into Maria Chen, with 2 interactions and 1 follow-up.", "Merge");
	}

	@Test
	void aFinishedReviewSaysWhatItRecorded() throws Exception {
		editor = InterchangeUi.openNewPlan(robot, dir, "review.rapport", "Review plan", plan -> {
			Contact ana = InterchangeUi.contact("Ana", "García");
			plan.getContacts().add(ana);
			plan.getInteractions().add(interaction("Coffee", ana));
		});
		NetworkingPlan plan = editor.getPlan();
		InterchangeUi.focusEditor(robot, editor);

		boolean[] finished = new boolean[1];
		ShellWatcher review = robot.onShell("the Plan Review wizard opens",
				s -> s != Workbench.shell() && "Plan Review".equals(s.getText()) && s.getData() instanceof WizardDialog,
				shell -> finishOnceScored(shell, finished));
		robot.press(SWT.MOD1 | SWT.ALT, 'r');
		review.await(Duration.ofSeconds(30));
		robot.waitUntil("Finish was pressed once the plan was scored", () -> finished[0], Duration.ofSeconds(60));
		robot.waitUntil("the wizard closed", () -> review.shell().isDisposed(), Duration.ofSeconds(20));

		assertEquals(1, plan.getReviews().size(), "Finish recorded a review");
		PlanReview recorded = plan.getReviews().get(0);
		int findings = recorded.getFindings().size();
		String expected = "Recorded the review of " + RapportLabels.date(recorded.getDate()) + ": plan health "
				+ Math.round(recorded.getOverallScore()) + ", " + (findings == 1 ? "1 finding" : findings + " findings")
				+ " and 0 decisions.";
		assertTold("Review recorded", expected, "Review");
	}

	/**
	 * Presses Finish on the review wizard once its scoring page lets the user go on, from display timers: the
	 * wizard scores in a modal context that spins the event loop.
	 */
	private void finishOnceScored(Shell shell, boolean[] finished) {
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				if (shell.isDisposed()) {
					return;
				}
				List<Button> next = Widgets.findAll(shell, Button.class, b -> "Next >".equals(Widgets.textOf(b)) && b.isEnabled());
				List<Button> finish = Widgets.findAll(shell, Button.class, b -> "Finish".equals(Widgets.textOf(b)) && b.isEnabled());
				if (!next.isEmpty() && !finish.isEmpty()) {
					robot.click(finish.get(0));
					finished[0] = true;
				} else {
					robot.display().timerExec(100, this);
				}
			}
		};
		robot.display().timerExec(100, poll);
	}

	/**
	 * Asserts that the status line shows the message and that a notification with the title shows it too, that no
	 * modal dialog is left open; returns the notification's shell.
	 */
	private Shell assertTold(String title, String message, String screenshot) {
		robot.waitUntil("the status line says '" + message + "' (it shows " + statusTexts() + ")",
				() -> statusTexts().contains(message));
		Shell popup = robot.waitFor("the notification shows", Outcomes::lastNotificationShell);
		robot.waitUntil("the notification is visible", popup::isVisible);
		Label text = robot.showingById(popup, Outcomes.ID_MESSAGE, Label.class);
		assertEquals(message, text.getText());
		String labels = Widgets.findAll(popup, Label.class, l -> true).stream().map(Label::getText)
				.collect(Collectors.joining(" | "));
		assertTrue(labels.contains(title), "the notification's title is '" + title + "': " + labels);
		assertTrue(popup.getDisplay().getPrimaryMonitor().getClientArea().contains(popup.getBounds().x + popup.getBounds().width - 1,
				popup.getBounds().y + popup.getBounds().height - 1), "the notification is whole on the screen: " + popup.getBounds());
		robot.waitUntil("no modal dialog is left open (" + modalShells() + ")", () -> modalShells().isEmpty());
		robot.flush();
		robot.screenshot(Workbench.screenshotFolder().resolve("OutcomeNotices-" + screenshot + ".png"));
		return popup;
	}

	/** The texts of the labels in the workbench window's status line (and the rest of its trim), as shown. */
	private static List<String> statusTexts() {
		return Widgets.findAll(Workbench.shell(), CLabel.class, Widgets::isShowing).stream().map(CLabel::getText)
				.filter(t -> t != null && !t.isEmpty()).toList();
	}

	private List<String> modalShells() {
		List<String> modal = new ArrayList<>();
		for (Shell shell : robot.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible()
					&& (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
				modal.add("'" + shell.getText() + "'");
			}
		}
		return modal;
	}

	private static Interaction interaction(String summary, Contact... contacts) {
		Interaction interaction = F.createInteraction();
		interaction.setSummary(summary);
		interaction.setChannel(Channel.EMAIL);
		interaction.setDate(PlanClock.toDate(PlanClock.today().minusDays(10)));
		interaction.getContacts().addAll(List.of(contacts));
		return interaction;
	}
}
