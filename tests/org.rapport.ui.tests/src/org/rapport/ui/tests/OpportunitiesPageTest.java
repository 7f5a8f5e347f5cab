/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.opportunities.OpportunitiesPage;
import org.rapport.ui.internal.editors.opportunities.OpportunityIds;
import org.rapport.ui.internal.editors.opportunities.OpportunityPipeline;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Input;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The Opportunities page as a user works with it: the sample plan's pipeline (a bar per stage) over the list in
 * pipeline order, a click on a stage and the online/offline choice narrowing the list, Next Stage and the stage
 * drop-down each one undoable command, fields typed and saved to the file, bad input decorated and refused, Add and
 * Delete, and the contacts met chosen among the plan's contacts. The editor is maximized while the tests run, as a
 * user does on a page this dense.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OpportunitiesPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;

	@BeforeEach
	void showTheOpportunitiesPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		setMaximized(true);
		page = Workbench.showPage(robot, editor, OpportunitiesPage.ID);
	}

	/** Leaves the sample plan as it was saved, the page showing everything and the editor as it was. */
	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoToSaved(robot, editor);
		Button all = Widgets.findById(page, OpportunityIds.SHOW_ALL, Button.class);
		if (all != null && !all.getSelection()) {
			robot.click(all);
		}
		BarChart chart = Widgets.findById(page, OpportunityIds.PIPELINE, BarChart.class);
		if (chart != null && chart.getSelectionIndex() >= 0) {
			clickBar(chart, chart.getSelectionIndex());
		}
		setMaximized(false);
		robot.flush();
	}

	@Test
	void showsThePipelineOverTheListInPipelineOrder() {
		NetworkingPlan plan = editor.getPlan();
		BarChart chart = robot.showingById(page, OpportunityIds.PIPELINE, BarChart.class);
		assertEquals(OpportunityPipeline.STAGES.size(), chart.getBars().size(), "a bar per stage");
		for (int i = 0; i < OpportunityPipeline.STAGES.size(); i++) {
			OpportunityStatus stage = OpportunityPipeline.STAGES.get(i);
			long inStage = plan.getOpportunities().stream().filter(o -> o.getStatus() == stage).count();
			assertEquals(inStage, (long) chart.getBars().get(i).getValue(), "the bar of " + stage + " counts its opportunities");
		}

		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		assertEquals(plan.getOpportunities().size(), table.getItemCount(), "one row per opportunity");
		int last = -1;
		for (int i = 0; i < table.getItemCount(); i++) {
			Opportunity shown = (Opportunity) table.getItem(i).getData();
			int stage = OpportunityPipeline.STAGES.indexOf(shown.getStatus());
			assertTrue(stage >= last, "the list is in pipeline order: row " + i + " is " + rowOf(table, shown));
			last = stage;
			assertTrue(Widgets.rowTexts(table.getItem(i)).contains(shown.isOnline() ? "Online" : "Offline"),
					"the row tells online from offline: " + rowOf(table, shown));
		}

		int row = rowWhere(table, o -> !o.getContactsMet().isEmpty() || !o.getGoals().isEmpty());
		robot.clickRow(table, row);
		Opportunity opportunity = (Opportunity) table.getItem(row).getData();
		Text name = robot.showingById(page, OpportunityIds.NAME, Text.class);
		robot.waitUntil("the name field shows the selected opportunity", () -> opportunity.getName().equals(name.getText()));
		Combo status = robot.showingById(page, OpportunityIds.STATUS, Combo.class);
		assertEquals(RapportLabels.literal(opportunity.getStatus()), status.getText(), "the stage drop-down shows its stage");
		Button online = robot.showingById(page, OpportunityIds.ONLINE, Button.class);
		assertEquals(opportunity.isOnline(), online.getSelection(), "the online check box");
		Table goals = robot.showingById(page, OpportunityIds.GOALS + ".table", Table.class);
		assertEquals(opportunity.getGoals().size(), goals.getItemCount(), "the goals it serves are listed");
		Table met = robot.showingById(page, OpportunityIds.CONTACTS_MET + ".table", Table.class);
		assertEquals(opportunity.getContactsMet().size(), met.getItemCount(), "the contacts met are listed");
		robot.screenshot(screenshots().resolve("opportunities-page-maximized.png"));
		setMaximized(false);
		robot.screenshot(screenshots().resolve("opportunities-page.png"));
	}

	@Test
	void aStageAndTheOnlineOfflineChoiceNarrowTheList() {
		NetworkingPlan plan = editor.getPlan();
		BarChart chart = robot.showingById(page, OpportunityIds.PIPELINE, BarChart.class);
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		Label count = robot.showingById(page, OpportunityIds.LIST + ".count", Label.class);
		int all = plan.getOpportunities().size();
		int attended = OpportunityPipeline.STAGES.indexOf(OpportunityStatus.ATTENDED);
		List<Opportunity> inStage = plan.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.ATTENDED).toList();
		assertTrue(inStage.stream().anyMatch(Opportunity::isOnline) && inStage.stream().anyMatch(o -> !o.isOnline()),
				"the sample has attended opportunities online and offline");

		clickBar(chart, attended);
		robot.waitUntil("a click on the bar of attended lists only them (rows: " + table.getItemCount() + ")",
				() -> showsExactly(table, inStage));
		assertEquals(inStage.size() + " of " + all + " shown", count.getText(), "the count says the list is narrowed");

		robot.click(robot.showingById(page, OpportunityIds.SHOW_ONLINE, Button.class));
		List<Opportunity> onlineInStage = inStage.stream().filter(Opportunity::isOnline).toList();
		robot.waitUntil("Online lists the attended ones online", () -> showsExactly(table, onlineInStage));
		long onlineAll = plan.getOpportunities().stream().filter(Opportunity::isOnline).count();
		assertEquals(onlineInStage.size(), (int) chart.getBars().get(attended).getValue(), "the bars count online ones");
		assertEquals(onlineAll, chart.getBars().stream().mapToLong(b -> (long) b.getValue()).sum(), "all bars: every online one");

		robot.click(robot.showingById(page, OpportunityIds.SHOW_OFFLINE, Button.class));
		robot.waitUntil("Offline lists the attended ones offline",
				() -> showsExactly(table, inStage.stream().filter(o -> !o.isOnline()).toList()));

		clickBar(chart, attended);
		robot.waitUntil("a second click on the bar lists every stage (offline ones)", () -> table.getItemCount() == all - onlineAll);
		robot.click(robot.showingById(page, OpportunityIds.SHOW_ALL, Button.class));
		robot.waitUntil("All lists everything again", () -> table.getItemCount() == all);
		assertEquals(all + " in all", count.getText());
	}

	@Test
	void nextStageMovesTheSelectionOnInOneUndoableStep() {
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		Button next = robot.showingById(page, OpportunityIds.NEXT_STAGE, Button.class);
		Combo status = robot.showingById(page, OpportunityIds.STATUS, Combo.class);

		robot.clickRow(table, rowWhere(table, o -> o.getStatus() == OpportunityStatus.FOLLOWED_UP));
		robot.waitUntil("Next Stage is disabled for a followed-up opportunity, the last stage", () -> !next.isEnabled());
		robot.clickRow(table, rowWhere(table, o -> o.getStatus() == OpportunityStatus.DECLINED));
		robot.waitUntil("and for a declined one", () -> !next.isEnabled());

		int row = rowWhere(table, o -> o.getStatus() == OpportunityStatus.REGISTERED);
		robot.clickRow(table, row);
		Opportunity opportunity = (Opportunity) table.getItem(row).getData();
		robot.waitUntil("Next Stage is enabled for a registered one", next::isEnabled);
		robot.click(next);
		robot.waitUntil("one click moved it to attended", () -> opportunity.getStatus() == OpportunityStatus.ATTENDED);
		robot.waitUntil("its row says so", () -> rowOf(table, opportunity).contains("attended"));
		robot.waitUntil("the stage drop-down says so", () -> "attended".equals(status.getText()));
		robot.waitUntil("it stays selected", () -> table.getSelectionCount() == 1
				&& table.getSelection()[0].getData() == opportunity);
		assertEquals("Move to Next Stage", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
				"the undo step is labelled");

		robot.focus(table);
		FormPages.undo(robot, editor, "Ctrl+Z moves it back in one step",
				() -> opportunity.getStatus() == OpportunityStatus.REGISTERED);
		robot.waitUntil("the plan is as saved", () -> !editor.isDirty());
	}

	@Test
	void theStageDropDownIsOneUndoableCommand() {
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		int row = rowWhere(table, o -> o.getStatus() == OpportunityStatus.PLANNED);
		robot.clickRow(table, row);
		Opportunity opportunity = (Opportunity) table.getItem(row).getData();
		Combo status = robot.showingById(page, OpportunityIds.STATUS, Combo.class);
		robot.waitUntil("the drop-down shows planned", () -> "planned".equals(status.getText()));

		robot.focus(status);
		robot.press(SWT.ARROW_DOWN);
		robot.waitUntil("Down chooses the next stage in the drop-down (it shows " + status.getText() + ")",
				() -> opportunity.getStatus() == OpportunityStatus.REGISTERED);
		robot.waitUntil("the row follows", () -> rowOf(table, opportunity).contains("registered"));
		BarChart chart = robot.showingById(page, OpportunityIds.PIPELINE, BarChart.class);
		long registered = editor.getPlan().getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.REGISTERED).count();
		robot.waitUntil("the pipeline counts it", () -> (long) chart.getBars()
				.get(OpportunityPipeline.STAGES.indexOf(OpportunityStatus.REGISTERED)).getValue() == registered);

		robot.focus(table);
		FormPages.undo(robot, editor, "Ctrl+Z restores planned in one step", () -> opportunity.getStatus() == OpportunityStatus.PLANNED
				&& !editor.isDirty());
		robot.waitUntil("the drop-down follows", () -> "planned".equals(status.getText()));
	}

	@Test
	void fieldsTypedAreSavedToTheFile() throws Exception {
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		int row = rowWhere(table, o -> !o.isOnline() && o.getStatus() == OpportunityStatus.IDENTIFIED);
		robot.clickRow(table, row);
		Opportunity opportunity = (Opportunity) table.getItem(row).getData();
		String id = Workbench.idOf(opportunity);
		Text name = robot.showingById(page, OpportunityIds.NAME, Text.class);
		robot.waitUntil("the name field shows the opportunity", () -> opportunity.getName().equals(name.getText()));

		robot.click(name);
		robot.selectAllText(name);
		robot.type("OpenInfra Days CFP");
		robot.press(SWT.TAB);
		robot.waitUntil("Tab applied the name", () -> "OpenInfra Days CFP".equals(opportunity.getName()));
		robot.waitUntil("the row shows it", () -> rowOf(table, opportunity).contains("OpenInfra Days CFP"));

		Text date = robot.showingById(page, OpportunityIds.DATE, Text.class);
		robot.click(date);
		robot.selectAllText(date);
		robot.type("2027-04-12");
		robot.press(SWT.CR);
		robot.waitUntil("Enter applied the date", () -> LocalDate.of(2027, 4, 12).equals(PlanClock.toLocalDate(opportunity.getDate())));

		Text effort = robot.showingById(page, OpportunityIds.EFFORT, Text.class);
		robot.click(effort);
		robot.selectAllText(effort);
		robot.type("12.5");
		robot.press(SWT.CR);
		robot.waitUntil("Enter applied the effort", () -> opportunity.getEffortHours() == 12.5);

		Button online = robot.showingById(page, OpportunityIds.ONLINE, Button.class);
		robot.click(online);
		robot.waitUntil("the check box made it online", opportunity::isOnline);
		robot.waitUntil("the row says online", () -> rowOf(table, opportunity).contains("Online"));

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Opportunity inFile = (Opportunity) saved.eResource().getEObject(id);
		assertNotNull(inFile, "the opportunity is in the file");
		assertEquals("OpenInfra Days CFP", inFile.getName());
		assertEquals(LocalDate.of(2027, 4, 12), PlanClock.toLocalDate(inFile.getDate()));
		assertEquals(12.5, inFile.getEffortHours());
		assertTrue(inFile.isOnline(), "online is saved");

		robot.focus(table);
		FormPages.undo(robot, editor, "Ctrl+Z undoes online", () -> !opportunity.isOnline());
		FormPages.undo(robot, editor, "Ctrl+Z undoes the effort", () -> opportunity.getEffortHours() != 12.5);
		FormPages.undo(robot, editor, "Ctrl+Z undoes the date",
				() -> !LocalDate.of(2027, 4, 12).equals(PlanClock.toLocalDate(opportunity.getDate())));
		FormPages.undo(robot, editor, "Ctrl+Z undoes the name",
				() -> !"OpenInfra Days CFP".equals(opportunity.getName()));
		robot.pressUntil(SWT.MOD1, 's', "saved again as it was", () -> !editor.isDirty());
	}

	@Test
	void aBadDateOrEffortIsDecoratedAndChangesNothing() {
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		robot.clickRow(table, 0);
		Opportunity opportunity = (Opportunity) table.getItem(0).getData();
		Date before = opportunity.getDate();
		double effortBefore = opportunity.getEffortHours();

		Text date = robot.showingById(page, OpportunityIds.DATE, Text.class);
		robot.click(date);
		robot.selectAllText(date);
		robot.type("next friday");
		robot.waitUntil("the date is decorated with the reason", () -> String.valueOf(date.getData(FieldBinder.PROBLEM_KEY))
				.contains("\"next friday\" is not a date"));
		robot.press(SWT.TAB);
		assertEquals(before, opportunity.getDate(), "a date that is not a date changes nothing");

		Text effort = robot.showingById(page, OpportunityIds.EFFORT, Text.class);
		robot.click(effort);
		robot.selectAllText(effort);
		robot.type("lots");
		robot.waitUntil("the effort is decorated with the reason", () -> String.valueOf(effort.getData(FieldBinder.PROBLEM_KEY))
				.contains("\"lots\" is not a number"));
		robot.press(SWT.TAB);
		assertEquals(effortBefore, opportunity.getEffortHours(), "an effort that is not a number changes nothing");
		assertFalse(editor.isDirty(), "nothing was applied");

		robot.clickRow(table, 1);
		robot.clickRow(table, 0);
		robot.waitUntil("selecting the opportunity again shows its real date, undecorated",
				() -> date.getData(FieldBinder.PROBLEM_KEY) == null && date.getText().equals(before == null ? ""
						: org.rapport.model.edit.provider.RapportLabels.date(before)));
	}

	@Test
	void addTypeAndDeleteAnOpportunityAreUndoable() {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getOpportunities().size();
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		robot.click(robot.showingById(page, OpportunityIds.LIST + ".add", Button.class));
		robot.waitUntil("an opportunity was added", () -> plan.getOpportunities().size() == before + 1);
		Opportunity added = plan.getOpportunities().get(before);
		assertEquals(OpportunityStatus.IDENTIFIED, added.getStatus(), "a new opportunity starts identified");
		Text name = robot.showingById(page, OpportunityIds.NAME, Text.class);
		robot.waitUntil("the new opportunity is selected and its name has the focus",
				() -> name.isFocusControl() && added.getName().equals(name.getText()));

		robot.type("Rust meetup");
		robot.press(SWT.CR);
		robot.waitUntil("the new opportunity has the typed name", () -> "Rust meetup".equals(added.getName()));

		robot.clickRow(table, rowWhere(table, o -> o == added));
		robot.pressUntil(0, SWT.DEL, "Delete removed it", () -> !plan.getOpportunities().contains(added));
		FormPages.undo(robot, editor, "Ctrl+Z brings it back", () -> plan.getOpportunities().contains(added));
		FormPages.undo(robot, editor, "Ctrl+Z undoes the name", () -> !"Rust meetup".equals(added.getName()));
		FormPages.undo(robot, editor, "Ctrl+Z undoes the Add", () -> plan.getOpportunities().size() == before && !editor.isDirty());
	}

	@Test
	void contactsMetAreChosenAmongThePlansContacts() {
		NetworkingPlan plan = editor.getPlan();
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		int row = rowWhere(table, o -> o.getStatus() == OpportunityStatus.ATTENDED);
		robot.clickRow(table, row);
		Opportunity opportunity = (Opportunity) table.getItem(row).getData();
		Contact newcomer = uniquelyNamed(plan, c -> !opportunity.getContactsMet().contains(c));
		String typed = RapportLabels.contactName(newcomer);
		Table met = robot.showingById(page, OpportunityIds.CONTACTS_MET + ".table", Table.class);
		robot.waitUntil("the contacts met are listed", () -> met.getItemCount() == opportunity.getContactsMet().size());

		Shell workbench = Workbench.shell();
		ShellWatcher chooser = robot.onShell("the chooser of contacts opens", s -> s != workbench && s.getParent() == workbench,
				s -> choose(s, typed));
		robot.click(robot.showingById(page, OpportunityIds.CONTACTS_MET + ".add", Button.class));
		chooser.await();
		robot.waitUntil("the chooser closed", () -> chooser.shell().isDisposed());
		robot.waitUntil(typed + " is among the contacts met", () -> opportunity.getContactsMet().contains(newcomer));
		robot.waitUntil("the list shows it", () -> met.getItemCount() == opportunity.getContactsMet().size());

		robot.focus(table);
		FormPages.undo(robot, editor, "Ctrl+Z takes it out again", () -> !opportunity.getContactsMet().contains(newcomer) && !editor.isDirty());
	}

	@Test
	void showingAnOpportunityTheChoicesHideShowsEverything() {
		NetworkingPlan plan = editor.getPlan();
		Table table = robot.showingById(page, OpportunityIds.LIST, Table.class);
		Button online = robot.showingById(page, OpportunityIds.SHOW_ONLINE, Button.class);
		robot.click(online);
		robot.waitUntil("only online ones are listed", () -> table.getItemCount() == plan.getOpportunities().stream()
				.filter(Opportunity::isOnline).count());
		Opportunity offline = plan.getOpportunities().stream().filter(o -> !o.isOnline()).findFirst().orElseThrow();

		editor.select(offline);
		robot.waitUntil("the offline opportunity is selected (as the Validation view's navigation does)",
				() -> table.getSelectionCount() == 1 && table.getSelection()[0].getData() == offline);
		assertTrue(robot.showingById(page, OpportunityIds.SHOW_ALL, Button.class).getSelection(), "All is chosen again");
		assertFalse(online.getSelection(), "Online is not");
		assertEquals(plan.getOpportunities().size(), table.getItemCount(), "everything is listed");
	}

	// ------------------------------------------------------------------------------------------------- helpers

	private void setMaximized(boolean maximized) {
		IWorkbenchPage workbenchPage = Workbench.page();
		var reference = workbenchPage.getReference(editor);
		int state = maximized ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED;
		if (reference != null && workbenchPage.getPartState(reference) != state) {
			workbenchPage.setPartState(reference, state);
			robot.flush();
		}
	}

	private void clickBar(BarChart chart, int index) {
		int before = chart.getSelectionIndex();
		Rectangle row = chart.getRowBounds(index);
		robot.click(chart, row.x + row.width / 4, row.y + row.height / 2);
		int expected = before == index ? -1 : index;
		robot.waitUntil("the click on bar " + index + " made the selection " + expected + " (it is "
				+ chart.getSelectionIndex() + "; " + Input.lastMouseDown() + ")", () -> chart.getSelectionIndex() == expected);
		// the next click on the chart must not make a double click of this one
		robot.waitOutDoubleClick();
	}

	/** Types into a chooser's filter, waits until its list is down to the one element, and presses OK. */
	static void choose(Robot robot, Shell chooser, String typed) {
		robot.activate(chooser);
		Text filter = Widgets.findAll(chooser, Text.class, t -> true).get(0);
		robot.focus(filter);
		robot.type(typed);
		Table list = Widgets.findAll(chooser, Table.class, t -> true).get(0);
		robot.waitUntil("the chooser's list is filtered down to " + typed + " (filter '" + filter.getText() + "', "
				+ list.getItemCount() + " items)", () -> list.getItemCount() == 1);
		if (list.getSelectionCount() == 0) {
			robot.clickRow(list, 0);
		}
		Button ok = Widgets.findAll(chooser, Button.class, b -> "OK".equals(Widgets.textOf(b))).get(0);
		robot.waitUntil("OK is enabled", ok::isEnabled);
		robot.click(ok);
	}

	private void choose(Shell chooser, String typed) {
		choose(robot, chooser, typed);
	}

	private static List<Opportunity> shown(Table table) {
		List<Opportunity> shown = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			shown.add((Opportunity) table.getItem(i).getData());
		}
		return shown;
	}

	private static boolean showsExactly(Table table, List<Opportunity> expected) {
		List<Opportunity> shown = shown(table);
		return shown.size() == expected.size() && shown.containsAll(expected);
	}

	private static String rowOf(Table table, Object element) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() == element) {
				return String.join(" | ", Widgets.rowTexts(table.getItem(i)));
			}
		}
		return "(no row)";
	}

	private static int rowWhere(Table table, Predicate<Opportunity> test) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() instanceof Opportunity opportunity && test.test(opportunity)) {
				return i;
			}
		}
		throw new AssertionError("no row matches in " + List.of(table.getItems()));
	}

	/** A contact whose name is plain ASCII and no other contact's label starts with (so typing it finds them alone). */
	static Contact uniquelyNamed(NetworkingPlan plan, Predicate<Contact> test) {
		for (Contact contact : plan.getContacts()) {
			String name = RapportLabels.contactName(contact);
			if (test.test(contact) && name.matches("[A-Za-z ]+") && plan.getContacts().stream()
					.filter(c -> RapportLabels.text(c).toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))
					.count() == 1) {
				return contact;
			}
		}
		throw new AssertionError("no contact with a plain, unique name");
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
