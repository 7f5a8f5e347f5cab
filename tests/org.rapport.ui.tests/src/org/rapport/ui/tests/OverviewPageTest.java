/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The plan's own fields are edited in place on the Overview: the name (the form's heading follows), the review
 * cadence (a word instead of a number is refused on the field) and the owner's headline, saved and undone. Every
 * goal shows its name, progress and due date; every section is current, and laid out, after an edit and its undo,
 * in the editor as it opens, maximized and in a small window.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OverviewPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;

	@BeforeEach
	void showTheOverview() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		page = Workbench.showPage(robot, editor, UiIds.PAGE_OVERVIEW);
	}

	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoToSaved(robot, editor);
	}

	@Test
	void everyGoalShowsItsNameProgressAndDueDate() {
		NetworkingPlan plan = editor.getPlan();
		assertTrue(plan.getGoals().size() >= 3, "the sample plan has goals");
		Composite goals = client(UiIds.OVERVIEW_GOALS);
		assertSectionLaidOut(UiIds.OVERVIEW_GOALS);
		List<String> shown = texts(goals);
		for (NetworkingGoal goal : plan.getGoals()) {
			String name = RapportLabels.text(goal);
			assertTrue(shown.contains(name), "the goal '" + name + "' is shown by name: " + shown);
			String percent = Math.round(goal.getProgress() * 100) + "%";
			assertTrue(shown.contains(percent), "the progress of '" + name + "' is shown: " + shown);
			if (goal.getDueDate() != null) {
				String due = RapportLabels.date(goal.getDueDate());
				assertTrue(shown.stream().anyMatch(t -> t.contains(due)), "the due date of '" + name + "' is shown: " + shown);
			}
		}
		assertEquals(plan.getGoals().size(), Widgets.findAll(goals, ProgressBar.class, bar -> true).size(),
				"a progress bar per goal");
		robot.reveal(goals);
		FormPages.screenshots(robot, editor, Workbench.screenshotFolder(), "Overview-goals");
	}

	@Test
	void everySectionIsCurrentAfterAnEditAndItsUndoInAnyEditorSize() {
		Shell shell = Workbench.shell();
		Rectangle bounds = shell.getBounds();
		IWorkbenchPage workbenchPage = editor.getSite().getPage();
		try {
			logAnInteractionAndUndoIt("as the editor opens");
			workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			robot.flush();
			logAnInteractionAndUndoIt("maximized");
			workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(bounds.x, bounds.y, 900, 650);
			robot.flush();
			logAnInteractionAndUndoIt("in a small window");
		} finally {
			workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(bounds);
			robot.flush();
		}
	}

	/**
	 * Logs an interaction with a follow-up that is overdue (as the Log Interaction dialog does: one command), checks
	 * that "At a Glance" counts it and "Next Follow-ups" lists it, laid out and readable, then Ctrl+Z takes it back and
	 * the sections follow again.
	 */
	private void logAnInteractionAndUndoIt(String size) {
		NetworkingPlan plan = editor.getPlan();
		EditingDomain domain = editor.getEditingDomain();
		int interactions = plan.getInteractions().size();
		Contact contact = plan.getContacts().get(0);
		Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
		interaction.setDate(new Date());
		interaction.setChannel(Channel.EMAIL);
		interaction.setSummary("Coffee chat about the platform team");
		interaction.getContacts().add(contact);
		FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
		followUp.setContact(contact);
		followUp.setStatus(FollowUpStatus.OPEN);
		followUp.setReason("Send the article we talked about");
		followUp.setDueDate(Date.from(LocalDate.now().minusDays(400).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		RapportPackage p = RapportPackage.eINSTANCE;
		CompoundCommand log = new CompoundCommand("Log Interaction");
		log.append(AddCommand.create(domain, plan, p.getNetworkingPlan_Interactions(), interaction));
		log.append(AddCommand.create(domain, plan, p.getNetworkingPlan_FollowUps(), followUp));
		Command before = domain.getCommandStack().getUndoCommand();
		domain.getCommandStack().execute(log);

		String logged = Integer.toString(interactions + 1);
		robot.waitUntil("At a Glance counts the logged interaction (" + size + ")", () -> logged.equals(
				Widgets.textOf(Widgets.findById(page, UiIds.OVERVIEW_COUNT_INTERACTIONS, Label.class))));
		robot.waitUntil("Next Follow-ups lists the logged follow-up (" + size + ")", () -> !Widgets.findAll(page,
				Hyperlink.class, link -> link.getData() == followUp && Widgets.isShowing(link)).isEmpty());
		assertSectionsLaidOut(size + ", after logging an interaction");
		FormPages.screenshots(robot, editor, Workbench.screenshotFolder(), "Overview-logged-" + size.replace(' ', '-'));

		editor.setFocus();
		FormPages.undo(robot, editor, "Ctrl+Z takes the interaction back (" + size + ")",
				() -> domain.getCommandStack().getUndoCommand() == before);
		String undone = Integer.toString(interactions);
		robot.waitUntil("At a Glance follows the undo (" + size + ")", () -> undone.equals(
				Widgets.textOf(Widgets.findById(page, UiIds.OVERVIEW_COUNT_INTERACTIONS, Label.class))));
		assertTrue(Widgets.findAll(page, Hyperlink.class, link -> link.getData() == followUp).isEmpty(),
				"the follow-up taken back is no longer listed (" + size + ")");
		assertSectionsLaidOut(size + ", after the undo");
	}

	private void assertSectionsLaidOut(String when) {
		robot.flush();
		for (String id : List.of(UiIds.OVERVIEW_PLAN, UiIds.OVERVIEW_ASPIRATIONS, UiIds.OVERVIEW_GOALS,
				UiIds.OVERVIEW_COUNTS, UiIds.OVERVIEW_FOLLOW_UPS)) {
			try {
				assertSectionLaidOut(id);
			} catch (AssertionError e) {
				throw new AssertionError(when + ": " + e.getMessage(), e);
			}
		}
	}

	/**
	 * Every line of the section is laid out where it can be read: inside its section, with room for its text (a
	 * section whose new lines were never laid out shows nothing, all of them sitting at 0,0 with no size).
	 */
	private void assertSectionLaidOut(String id) {
		Section section = Widgets.findById(page, id, Section.class);
		assertNotNull(section, "the Overview has the section " + id);
		Composite client = (Composite) section.getClient();
		Rectangle area = client.getClientArea();
		assertTrue(area.width > 0 && area.height > 0, id + " has room: " + area);
		for (Control line : client.getChildren()) {
			if (line instanceof Composite && !(line instanceof Hyperlink)) {
				continue; // a nested form (the owner's fields) lays out its own
			}
			if (line instanceof Label label && label.getImage() == null && label.getText().isEmpty()) {
				continue; // a spacer in a column
			}
			Rectangle b = line.getBounds();
			String what = Widgets.describe(line) + " in " + id + " at " + b + " (section client " + area + ")";
			assertTrue(b.width > 0 && b.height > 0, what + " has a size");
			assertTrue(b.x >= 0 && b.y >= 0 && b.x + b.width <= area.width + 1 && b.y + b.height <= area.height + 1,
					what + " lies inside its section");
			if (line instanceof Label || line instanceof Hyperlink) {
				Point wants = line.computeSize(b.width, SWT.DEFAULT);
				assertTrue(b.height + 1 >= wants.y, what + " is tall enough for its text (" + wants + ")");
			}
		}
		ScrolledForm form = editor.getActivePageInstance().getManagedForm().getForm();
		Point content = form.getContent().getSize();
		Rectangle inForm = robot.display().map(client, form.getContent(), area);
		assertTrue(inForm.y + inForm.height <= content.y + 1, id + " is inside the form's scrolled content (" + inForm
				+ " in " + content + ")");
	}

	private Composite client(String sectionId) {
		Section section = Widgets.findById(page, sectionId, Section.class);
		assertNotNull(section, "the Overview has the section " + sectionId);
		return (Composite) section.getClient();
	}

	private static List<String> texts(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control control : parent.getChildren()) {
			String text = Widgets.textOf(control);
			if (text != null && !text.isEmpty()) {
				texts.add(text);
			}
		}
		return texts;
	}

	@Test
	void thePlansNameCadenceAndOwnerAreEditedInPlace() throws Exception {
		NetworkingPlan plan = editor.getPlan();
		String name = plan.getName();
		int cadence = plan.getReviewCadenceDays();
		String headline = plan.getOwner().getHeadline();

		Text nameField = robot.showingById(page, UiIds.OVERVIEW_PLAN_NAME, Text.class);
		assertEquals(name, nameField.getText(), "the name field shows the plan's name");
		robot.click(nameField);
		robot.selectAllText(nameField);
		robot.type("Career plan 2027");
		robot.press(SWT.CR);
		robot.waitUntil("the plan has the typed name", () -> "Career plan 2027".equals(plan.getName()));
		robot.waitUntil("the form's heading follows", () -> "Career plan 2027".equals(editor.getActivePageInstance()
				.getManagedForm().getForm().getText()));

		Text cadenceField = robot.showingById(page, UiIds.OVERVIEW_PLAN + ".reviewCadence", Text.class);
		robot.click(cadenceField);
		robot.selectAllText(cadenceField);
		robot.type("fortnightly");
		robot.waitUntil("a word is refused on the field", () -> String.valueOf(cadenceField.getData(FieldBinder.PROBLEM_KEY))
				.contains("not a whole number"));
		robot.press(SWT.CR);
		assertEquals(cadence, plan.getReviewCadenceDays(), "the cadence is unchanged");
		robot.selectAllText(cadenceField);
		robot.type("14");
		robot.press(SWT.CR);
		robot.waitUntil("the plan has the typed cadence", () -> plan.getReviewCadenceDays() == 14);
		assertNull(cadenceField.getData(FieldBinder.PROBLEM_KEY), "the decoration is gone");

		Text headlineField = robot.showingById(page, UiIds.OVERVIEW_PLAN_OWNER + ".headline", Text.class);
		robot.click(headlineField);
		robot.selectAllText(headlineField);
		robot.type("Staff Engineer, Platform");
		robot.press(SWT.CR);
		robot.waitUntil("the owner has the typed headline", () -> "Staff Engineer, Platform".equals(plan.getOwner().getHeadline()));

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		assertEquals("Career plan 2027", saved.getName());
		assertEquals(14, saved.getReviewCadenceDays());
		assertEquals("Staff Engineer, Platform", saved.getOwner().getHeadline());

		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the headline", () -> headline.equals(plan.getOwner().getHeadline()));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the cadence", () -> plan.getReviewCadenceDays() == cadence);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the name", () -> name.equals(plan.getName()));
		robot.waitUntil("the fields show the old values", () -> name.equals(nameField.getText())
				&& String.valueOf(cadence).equals(cadenceField.getText()) && headline.equals(headlineField.getText()));
		robot.waitUntil("the tab shows the plan is dirty", () -> Workbench.editorTab(editor).getText().startsWith("*"));
		robot.pressUntil(SWT.MOD1, 's', "saved as it was", () -> !editor.isDirty());
	}
}
