/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.interaction.LogInteractionDialog;
import org.rapport.core.followup.Agenda.Section;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.ui.internal.agenda.AgendaIds;
import org.rapport.ui.internal.views.AgendaView;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * Log Interaction as a user does it: Ctrl+Alt+L in the plan editor, a contact picked from the filtered list, a
 * summary typed, a follow-up ticked, OK; the interaction and its follow-up are one undo step.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LogInteractionTest {

	private static final String SUMMARY = "Coffee after the meetup";

	private final Robot robot = Robot.current();

	@Test
	void ctrlAltLLogsAnInteractionWithItsFollowUpAsOneUndoableStep() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		// nothing selected on the Overview: the dialog opens with no contact ticked
		Workbench.showPage(robot, editor, UiIds.PAGE_OVERVIEW);
		NetworkingPlan plan = editor.getPlan();
		// a name with an accent, typed without it as people do: "bergstrom" finds Bergström
		Contact contact = plan.getContacts().stream().filter(c -> c.getLastName() != null && c.getFirstName() != null
				&& !c.getLastName().equals(Normalizer.normalize(c.getLastName(), Normalizer.Form.NFD)))
				.findFirst().orElseThrow();
		List<Interaction> interactionsBefore = new ArrayList<>(plan.getInteractions());
		List<FollowUp> followUpsBefore = new ArrayList<>(plan.getFollowUps());
		LocalDate expectedDue = FollowUpPreferences.current().defaultDue(PlanClock.today());
		AtomicReference<Throwable> failure = new AtomicReference<>();

		ShellWatcher dialog = robot.onShell("the Log Interaction dialog opens",
				s -> AgendaMessages.Log_title.equals(s.getText()), shell -> {
					try {
						fillIn(shell, contact);
					} catch (Throwable t) {
						failure.set(t);
						shell.close();
					}
				});
		focusEditor(editor);
		robot.press(SWT.MOD1 | SWT.ALT, 'l');
		dialog.await(Duration.ofSeconds(30));
		robot.waitUntil("the dialog closed", () -> dialog.shell().isDisposed(), Duration.ofSeconds(20));
		if (failure.get() != null) {
			throw new AssertionError("In the Log Interaction dialog: " + failure.get(), failure.get());
		}

		List<Interaction> added = plan.getInteractions().stream().filter(i -> !interactionsBefore.contains(i)).toList();
		assertEquals(1, added.size(), "OK added one interaction");
		Interaction interaction = added.get(0);
		assertEquals(SUMMARY, interaction.getSummary());
		assertEquals(List.of(contact), interaction.getContacts());
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(interaction.getDate()), "dated today by default");
		assertNotNull(interaction.getChannel());
		assertTrue(contact.getInteractions().contains(interaction), "the contact's history has it");
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(contact.getLastContact()), "last contact is today");

		List<FollowUp> newFollowUps = plan.getFollowUps().stream().filter(f -> !followUpsBefore.contains(f)).toList();
		assertEquals(1, newFollowUps.size(), "and one follow-up");
		FollowUp followUp = newFollowUps.get(0);
		assertSame(contact, followUp.getContact());
		assertSame(interaction, followUp.getOriginInteraction());
		assertEquals(FollowUpOrigin.INTERACTION, followUp.getOrigin());
		assertEquals(FollowUpStatus.OPEN, followUp.getStatus());
		assertEquals(expectedDue, PlanClock.toLocalDate(followUp.getDueDate()),
				"due after the default delay, on a working day");
		assertEquals("Log Interaction",
				editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		assertTrue(editor.isDirty());

		focusEditor(editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z removes the interaction", () -> !plan.getInteractions().contains(interaction));
		assertFalse(plan.getFollowUps().contains(followUp), "and its follow-up, with the same undo");
		assertFalse(contact.getInteractions().contains(interaction), "the contact no longer lists it");
		assertFalse(contact.getFollowUps().contains(followUp), "nor the follow-up");
		assertEquals(interactionsBefore, new ArrayList<>(plan.getInteractions()));
		assertEquals(followUpsBefore, new ArrayList<>(plan.getFollowUps()));
	}

	@Test
	void okWaitsForAContactAndASummaryAndSaysWhatIsMissing() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		Contact contact = plan.getContacts().get(0);
		int interactions = plan.getInteractions().size();
		LogInteractionDialog dialog = new LogInteractionDialog(Workbench.shell(), plan, PlanClock.today(),
				FollowUpPreferences.current(), List.of());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Button ok = okButton(shell);
			assertFalse(ok.isEnabled(), "OK is disabled without a contact");
			assertEquals("Choose at least one contact.", messageOf(dialog));
			check(shell, contact);
			robot.waitUntil("with a contact, the dialog asks for a summary",
					() -> "Enter a summary of the interaction.".equals(dialog.getErrorMessage()));
			assertFalse(ok.isEnabled(), "OK is still disabled without a summary");
			Text summary = robot.showingById(shell, LogInteractionDialog.ID_SUMMARY, Text.class);
			summary.setText("   ");
			assertFalse(ok.isEnabled(), "a blank summary is no summary");
			summary.setText(SUMMARY);
			robot.waitUntil("OK is enabled", ok::isEnabled);
			assertNull(dialog.getErrorMessage());
			List<Button> cancel = Widgets.findAll(shell, Button.class, b -> "Cancel".equals(Widgets.textOf(b)));
			robot.click(cancel.get(0));
			robot.waitUntil("Cancel closes the dialog", shell::isDisposed);
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}
		assertEquals(Window.CANCEL, dialog.getReturnCode());
		assertEquals(interactions, plan.getInteractions().size(), "closing the dialog adds nothing");
	}

	@Test
	void fromTheAgendaCtrlAltLTicksThePersonAndAnswersTheirOverdueFollowUpInOneUndoableStep() throws Exception {
		robot.activate(Workbench.shell());
		PlanEditor editor = Workbench.openSample(robot);
		NetworkingPlan plan = editor.getPlan();
		Workbench.page().activate(editor);
		AgendaView view = (AgendaView) Workbench.page().showView(AgendaIds.VIEW);
		robot.waitUntil("the Agenda view follows the sample plan's editor", () -> view.getEditor() == editor);
		Tree tree = robot.showingById(Workbench.shell(), AgendaIds.TREE, Tree.class);
		TreeItem overdueSection = robot.waitFor("the Agenda lists overdue follow-ups", () -> {
			for (TreeItem item : tree.getItems()) {
				if (item.getData() instanceof AgendaView.SectionNode node && node.section() == Section.OVERDUE
						&& item.getItemCount() > 0) {
					return item;
				}
			}
			return null;
		});
		TreeItem row = overdueSection.getItem(0);
		FollowUp overdue = (FollowUp) row.getData();
		Contact contact = overdue.getContact();
		int overdueBefore = view.getAgenda().overdue().size();
		robot.clickItem(tree, row);
		robot.waitUntil("the follow-up is selected in the Agenda",
				() -> view.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
						&& s.getFirstElement() == overdue);
		robot.waitUntil("the Agenda view is the active part", () -> Workbench.page().getActivePart() == view);
		List<Interaction> interactionsBefore = new ArrayList<>(plan.getInteractions());
		AtomicReference<Throwable> failure = new AtomicReference<>();

		ShellWatcher dialog = robot.onShell("the Log Interaction dialog opens",
				s -> AgendaMessages.Log_title.equals(s.getText()), shell -> {
					try {
						robot.activate(shell);
						Table contacts = robot.showingById(shell, LogInteractionDialog.ID_CONTACTS, Table.class);
						robot.waitUntil("the person of the selected follow-up is ticked",
								() -> rowOf(contacts, contact) != null && rowOf(contacts, contact).getChecked());
						Table answers = robot.showingById(shell, LogInteractionDialog.ID_ANSWERS, Table.class);
						TableItem answer = robot.waitFor("the overdue follow-up is offered as answered", () -> {
							for (TableItem item : answers.getItems()) {
								if (item.getData() == overdue) {
									return item;
								}
							}
							return null;
						});
						assertTrue(answer.getChecked(), "due before today: ticked by default");
						assertTrue(answer.getText().contains("overdue since"), answer.getText());
						// a long reason runs past the list's edge: hovering shows the whole of it
						Rectangle cell = answer.getBounds();
						robot.moveMouse(answers.toDisplay(cell.x + 40, cell.y + cell.height / 2));
						robot.waitUntil("hovering the answer shows its whole text in a tooltip",
								() -> tooltipShows(answer.getText()));
						Text summary = robot.showingById(shell, LogInteractionDialog.ID_SUMMARY, Text.class);
						robot.click(summary);
						robot.focus(summary);
						robot.type(SUMMARY);
						robot.waitUntil("the summary is typed", () -> SUMMARY.equals(summary.getText()));
						Text outcome = robot.showingById(shell, LogInteractionDialog.ID_OUTCOME, Text.class);
						robot.click(outcome);
						robot.focus(outcome);
						robot.type("Intro promised");
						robot.waitUntil("the outcome is typed", () -> "Intro promised".equals(outcome.getText()));
						screenshot("LogInteraction-3-answers");
						Button ok = okButton(shell);
						robot.waitUntil("OK is enabled", ok::isEnabled);
						robot.click(ok);
					} catch (Throwable t) {
						failure.set(t);
						shell.close();
					}
				});
		robot.press(SWT.MOD1 | SWT.ALT, 'l');
		dialog.await(Duration.ofSeconds(30));
		robot.waitUntil("the dialog closed", () -> dialog.shell().isDisposed(), Duration.ofSeconds(20));
		if (failure.get() != null) {
			throw new AssertionError("In the Log Interaction dialog: " + failure.get(), failure.get());
		}

		Interaction logged = plan.getInteractions().stream().filter(i -> !interactionsBefore.contains(i)).findFirst()
				.orElseThrow();
		assertEquals("Intro promised", logged.getOutcome());
		assertEquals(FollowUpStatus.DONE, overdue.getStatus(), "logging answered the overdue follow-up");
		assertSame(logged, overdue.getAnsweredBy());
		assertEquals(PlanClock.today(), PlanClock.toLocalDate(overdue.getCompletedOn()));
		robot.waitUntil("the Agenda stops listing it",
				() -> view.getAgenda().overdue().size() < overdueBefore && !view.getAgenda().overdue().contains(overdue));

		focusEditor(editor);
		robot.press(SWT.MOD1, 'z');
		robot.waitUntil("one Ctrl+Z takes the interaction back", () -> !plan.getInteractions().contains(logged));
		assertEquals(FollowUpStatus.OPEN, overdue.getStatus(), "and reopens the follow-up it answered");
		assertNull(overdue.getAnsweredBy());
		robot.waitUntil("the Agenda lists it again", () -> view.getAgenda().overdue().contains(overdue));
	}

	private boolean tooltipShows(String text) {
		for (Shell shell : robot.display().getShells()) {
			if (shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0
					&& !Widgets.findAll(shell, Control.class, c -> text.equals(Widgets.textOf(c))).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static String messageOf(TitleAreaDialog dialog) {
		return dialog.getErrorMessage() != null ? dialog.getErrorMessage() : dialog.getMessage();
	}

	private void fillIn(Shell shell, Contact contact) {
		robot.activate(shell);
		Text filter = robot.showingById(shell, LogInteractionDialog.ID_FILTER, Text.class);
		robot.focus(filter);
		String typed = Normalizer.normalize(contact.getLastName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
		robot.type(typed);
		Table table = robot.showingById(shell, LogInteractionDialog.ID_CONTACTS, Table.class);
		robot.waitUntil("the filter '" + typed + "' narrows the list to rows with '" + contact.getLastName() + "'",
				() -> table.getItemCount() >= 1 && table.getItemCount() < 10 && rowOf(table, contact) != null);
		check(shell, contact);
		screenshot("LogInteraction-1-contact");

		Text summary = robot.showingById(shell, LogInteractionDialog.ID_SUMMARY, Text.class);
		robot.click(summary);
		robot.focus(summary);
		robot.type(SUMMARY);
		robot.waitUntil("the summary is typed", () -> SUMMARY.equals(summary.getText()));
		Button followUp = robot.showingById(shell, LogInteractionDialog.ID_FOLLOW_UP, Button.class);
		robot.click(followUp);
		robot.waitUntil("the follow-up box is ticked", followUp::getSelection);
		Control followUpDate = robot.showingById(shell, LogInteractionDialog.ID_FOLLOW_UP_DATE, Control.class);
		robot.waitUntil("the follow-up date is enabled", followUpDate::isEnabled);
		Button ok = okButton(shell);
		robot.waitUntil("OK is enabled", ok::isEnabled);
		screenshot("LogInteraction-2-filled");
		robot.click(ok);
	}

	/** Ticks the contact's box with a click on it, as a user does. */
	private void check(Shell shell, Contact contact) {
		Table table = robot.showingById(shell, LogInteractionDialog.ID_CONTACTS, Table.class);
		TableItem row = robot.waitFor("the contact is listed", () -> rowOf(table, contact));
		table.showItem(row);
		robot.flush();
		Rectangle text = row.getBounds(0);
		// the check box sits left of the text
		robot.click(table, Math.max(2, text.x / 2), text.y + text.height / 2);
		robot.waitUntil("the contact's box is checked", row::getChecked);
	}

	private static TableItem rowOf(Table table, Contact contact) {
		for (TableItem item : table.getItems()) {
			if (item.getData() == contact) {
				return item;
			}
		}
		return null;
	}

	private static Button okButton(Shell shell) {
		List<Button> buttons = Widgets.findAll(shell, Button.class, b -> "OK".equals(Widgets.textOf(b)));
		assertEquals(1, buttons.size(), "one OK button");
		return buttons.get(0);
	}

	private void focusEditor(PlanEditor editor) {
		Workbench.page().activate(editor);
		robot.activate(Workbench.shell());
		robot.waitUntil("the plan editor is the active part", () -> Workbench.page().getActivePart() == editor);
		editor.setFocus();
		robot.flush();
	}

	private void screenshot(String name) {
		robot.flush();
		Path folder = Workbench.screenshotFolder();
		robot.screenshot(folder.resolve(name + ".png"));
	}
}
