/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Audience;
import org.rapport.model.Channel;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.audiences.AudienceIds;
import org.rapport.ui.internal.editors.audiences.AudiencesPage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;
import org.rapport.ui.tests.robot.ShellWatcher;

/**
 * The Audiences page as a user works with it: the sample's audiences with their members, channels and cadence;
 * criteria typed as lists (a location holding a comma survives), a channel checked, a member added through the
 * chooser (both sides of the link follow), and an audience without a communication strategy: decorated, and the
 * first value typed creates the strategy in one undoable step. Saved and read back from the file.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AudiencesPageTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private Control page;
	private Command lastBefore;

	@BeforeEach
	void showTheAudiencesPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		page = Workbench.showPage(robot, editor, AudiencesPage.ID);
		lastBefore = editor.getEditingDomain().getCommandStack().getUndoCommand();
	}

	/**
	 * Leaves the sample plan as it was, in the editor and in the file, for the other tests: undoes every command the
	 * test executed and saves again when the test saved (also when it failed between its save and its undo).
	 */
	@AfterEach
	void undoWhatTheTestChanged() {
		Workbench.undoSince(robot, editor, lastBefore);
	}

	@Test
	void listsTheAudiencesAndShowsTheSelectedOneWithItsStrategy() {
		NetworkingPlan plan = editor.getPlan();
		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		assertEquals(plan.getAudiences().size(), audiences.getItemCount(), "one row per audience");

		int row = rowWhere(audiences, a -> a.getCommunication() != null && !a.getMembers().isEmpty());
		robot.clickRow(audiences, row);
		Audience audience = (Audience) audiences.getItem(row).getData();
		CommunicationStrategy strategy = audience.getCommunication();
		List<String> cells = Widgets.rowTexts(audiences.getItem(row));
		assertEquals(String.valueOf(audience.getMembers().size()), cells.get(1), "the members column counts them");
		assertTrue(cells.get(2).contains(RapportLabels.literal(strategy.getChannels().get(0))),
				"the channels column names the channels: " + cells);
		assertEquals(strategy.getCadenceDays() + " days", cells.get(3), "the cadence column");

		Text name = robot.showingById(page, AudienceIds.NAME, Text.class);
		robot.waitUntil("the name field shows the selected audience", () -> audience.getName().equals(name.getText()));
		Table members = robot.showingById(page, AudienceIds.MEMBERS + ".table", Table.class);
		assertEquals(audience.getMembers().size(), members.getItemCount(), "the members are listed");
		for (Channel channel : Channel.VALUES) {
			Button box = robot.byId(page, AudienceIds.CHANNELS + "." + channel.getLiteral(), Button.class);
			assertEquals(strategy.getChannels().contains(channel), box.getSelection(), "the box of " + channel);
		}
		Text messages = robot.showingById(page, AudienceIds.KEY_MESSAGES, Text.class);
		assertEquals(String.join("\n", strategy.getKeyMessages()), messages.getText().replace("\r", ""),
				"one key message per line, commas kept");
		Text cadence = robot.showingById(page, AudienceIds.CADENCE, Text.class);
		assertEquals(String.valueOf(strategy.getCadenceDays()), cadence.getText());
		Button create = robot.byId(page, AudienceIds.COMMUNICATION + ".create", Button.class);
		Button remove = robot.byId(page, AudienceIds.COMMUNICATION + ".remove", Button.class);
		assertFalse(create.isEnabled(), "Create is off: the audience has a strategy");
		assertTrue(remove.isEnabled(), "Remove is on");
		FormPages.screenshots(robot, editor, screenshots(), "audiences-page");
	}

	@Test
	void aLocationWithACommaSurvivesTypingAndSaving() throws Exception {
		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		int row = rowWhere(audiences, a -> a.getLocations().stream().anyMatch(l -> l.contains(",")));
		robot.clickRow(audiences, row);
		Audience audience = (Audience) audiences.getItem(row).getData();
		List<String> before = List.copyOf(audience.getLocations());
		Text locations = robot.showingById(page, AudienceIds.LOCATIONS, Text.class);
		robot.waitUntil("the locations are shown separated by semicolons", () -> String.join("; ", before)
				.equals(locations.getText()));

		FormPages.typeInto(robot, locations, String.join("; ", before) + "; Boston, MA");
		robot.press(SWT.TAB);
		robot.waitUntil("the audience has the typed location", () -> audience.getLocations().contains("Boston, MA"));
		assertEquals(before.size() + 1, audience.getLocations().size(), "the others are kept whole: "
				+ audience.getLocations());

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Audience read = saved.getAudiences().stream().filter(a -> a.getName().equals(audience.getName())).findFirst()
				.orElseThrow();
		assertEquals(audience.getLocations(), read.getLocations(), "the file has the locations");

		robot.focus(audiences);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the location back in one step", () -> before.equals(audience.getLocations()));
		robot.waitUntil("the field shows it", () -> String.join("; ", before).equals(locations.getText()));
		robot.pressUntil(SWT.MOD1, 's', "saved again", () -> !editor.isDirty());
	}

	@Test
	void checkingAChannelEditsTheStrategy() {
		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		int row = rowWhere(audiences, a -> a.getCommunication() != null
				&& !a.getCommunication().getChannels().contains(Channel.LETTER));
		robot.clickRow(audiences, row);
		Audience audience = (Audience) audiences.getItem(row).getData();
		CommunicationStrategy strategy = audience.getCommunication();
		int channels = strategy.getChannels().size();
		Button letter = robot.showingById(page, AudienceIds.CHANNELS + ".letter", Button.class);
		robot.waitUntil("the letter box is clear", () -> !letter.getSelection());
		FormPages.reveal(robot, letter);

		robot.click(letter);
		robot.waitUntil("the strategy has the letter channel", () -> strategy.getChannels().contains(Channel.LETTER));
		assertEquals(channels + 1, strategy.getChannels().size(), "the other channels are kept");
		robot.waitUntil("the row shows it", () -> rowOf(audiences, audience).contains("letter"));

		robot.focus(audiences);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z removes the channel", () -> !strategy.getChannels().contains(Channel.LETTER));
		robot.waitUntil("and clears its box", () -> !letter.getSelection());
	}

	@Test
	void anAudienceWithoutAStrategyIsDecoratedAndTheFirstValueTypedCreatesIt() throws Exception {
		NetworkingPlan plan = editor.getPlan();
		int before = plan.getAudiences().size();
		robot.click(robot.showingById(page, AudienceIds.AUDIENCES + ".add", Button.class));
		robot.waitUntil("an audience was added", () -> plan.getAudiences().size() == before + 1);
		Audience added = plan.getAudiences().get(before);
		Text name = robot.showingById(page, AudienceIds.NAME, Text.class);
		robot.waitUntil("the new audience is selected and its name has the focus",
				() -> name.isFocusControl() && added.getName().equals(name.getText()));
		robot.type("Open-source maintainers");
		robot.press(SWT.CR);
		robot.waitUntil("the audience has the typed name", () -> "Open-source maintainers".equals(added.getName()));

		Composite buttons = robot.showingById(page, AudienceIds.COMMUNICATION + ".buttons", Composite.class);
		robot.waitUntil("the strategy's buttons are decorated with the validator's warning (has "
				+ buttons.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(buttons.getData(FieldBinder.PROBLEM_KEY)).contains("no communication strategy"));
		Text messages = robot.showingById(page, AudienceIds.KEY_MESSAGES, Text.class);
		assertTrue(messages.isEnabled(), "the strategy's fields can be typed in before it exists");
		assertEquals("", messages.getText());

		FormPages.typeInto(robot, messages, "Ask, then listen, then offer.\nShare before asking.");
		robot.press(SWT.TAB);
		robot.waitUntil("typing key messages created the strategy with them, one per line, commas kept",
				() -> added.getCommunication() != null && List.of("Ask, then listen, then offer.", "Share before asking.")
						.equals(added.getCommunication().getKeyMessages()));
		assertFalse(messages.isFocusControl(), "Tab left the multi-line field");
		robot.waitUntil("the warning goes", () -> buttons.getData(FieldBinder.PROBLEM_KEY) == null);

		Text cadence = robot.showingById(page, AudienceIds.CADENCE, Text.class);
		FormPages.typeInto(robot, cadence, "21");
		robot.press(SWT.TAB);
		robot.waitUntil("the cadence goes into the same strategy", () -> added.getCommunication().getCadenceDays() == 21);
		Text toneText = robot.showingById(page, AudienceIds.TONE, Text.class);
		FormPages.typeInto(robot, toneText, "Generous and specific");
		robot.press(SWT.CR);
		robot.waitUntil("the tone goes into the same strategy",
				() -> "Generous and specific".equals(added.getCommunication().getTone()));

		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Audience read = saved.getAudiences().stream().filter(a -> "Open-source maintainers".equals(a.getName()))
				.findFirst().orElseThrow(() -> new AssertionError("the file has the new audience"));
		assertEquals(21, read.getCommunication().getCadenceDays(), "and its strategy");
		assertEquals(2, read.getCommunication().getKeyMessages().size(), "with both key messages");

		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		robot.focus(audiences);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the tone back", () -> added.getCommunication().getTone() == null);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the cadence back", () -> added.getCommunication().getCadenceDays() == 0);
		FormPages.undo(robot, editor, "Ctrl+Z removes the strategy created with the key messages, in one step",
				() -> added.getCommunication() == null);
		robot.waitUntil("the fields are empty again", () -> cadence.getText().isEmpty() && messages.getText().isEmpty());
		robot.waitUntil("and the warning is back", () -> buttons.getData(FieldBinder.PROBLEM_KEY) != null);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z takes the name back", () -> !"Open-source maintainers".equals(added.getName()));
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes the Add", () -> plan.getAudiences().size() == before);
		robot.pressUntil(SWT.MOD1, 's', "saved as it was", () -> !editor.isDirty());
	}

	@Test
	void removeAndCreateAStrategyWithTheButtons() {
		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		int row = rowWhere(audiences, a -> a.getCommunication() != null);
		robot.clickRow(audiences, row);
		Audience audience = (Audience) audiences.getItem(row).getData();
		CommunicationStrategy strategy = audience.getCommunication();
		Text tone = robot.showingById(page, AudienceIds.TONE, Text.class);
		robot.waitUntil("the tone is shown", () -> strategy.getTone().equals(tone.getText()));

		robot.click(FormPages.reveal(robot, robot.showingById(page, AudienceIds.COMMUNICATION + ".remove", Button.class)));
		robot.waitUntil("Remove took the strategy away", () -> audience.getCommunication() == null);
		robot.waitUntil("its fields are empty", () -> tone.getText().isEmpty());
		Button create = robot.showingById(page, AudienceIds.COMMUNICATION + ".create", Button.class);
		robot.waitUntil("Create is offered", create::isEnabled);
		robot.click(FormPages.reveal(robot, create));
		robot.waitUntil("Create made an empty strategy",
				() -> audience.getCommunication() != null && audience.getCommunication() != strategy);
		assertTrue(audience.getCommunication().getChannels().isEmpty());

		robot.focus(audiences);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z undoes Create", () -> audience.getCommunication() == null);
		// the page follows (Create offered again) before the next key, as a user would see it
		robot.waitUntil("Create is offered again", create::isEnabled);
		robot.flush();
		FormPages.undo(robot, editor, "Ctrl+Z brings the removed strategy back whole",
				() -> audience.getCommunication() == strategy);
		robot.waitUntil("with its tone shown", () -> strategy.getTone().equals(tone.getText()));
	}

	@Test
	void aMemberIsAddedThroughTheChooserAndTheContactFollows() {
		NetworkingPlan plan = editor.getPlan();
		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		robot.clickRow(audiences, 0);
		Audience audience = (Audience) audiences.getItem(0).getData();
		Contact outside = plan.getContacts().stream()
				.filter(c -> !audience.getMembers().contains(c) && c.getLastName() != null && !c.getLastName().isBlank())
				.findFirst().orElseThrow(() -> new AssertionError("the sample has a contact outside the audience"));
		int before = audience.getMembers().size();
		Table members = robot.showingById(page, AudienceIds.MEMBERS + ".table", Table.class);
		robot.waitUntil("the members are listed", () -> members.getItemCount() == before);

		Shell workbench = Workbench.shell();
		ShellWatcher chooser = robot.onShell("the chooser of contacts opens",
				s -> s != workbench && s.getParent() == workbench, s -> {
					robot.activate(s);
					Text filter = Widgets.findAll(s, Text.class, Widgets::isShowing).get(0);
					robot.focus(filter);
					String name = RapportLabels.contact(outside);
					robot.type(name);
					robot.waitUntil("the filter has the name typed (has '" + filter.getText() + "')",
							() -> name.equals(filter.getText()));
					Button ok = Widgets.findAll(s, Button.class, b -> "OK".equals(Widgets.textOf(b))).get(0);
					robot.waitUntil("the chooser filtered its list down to the contact and OK is enabled", ok::isEnabled);
					robot.click(ok);
				});
		robot.click(FormPages.reveal(robot, robot.showingById(page, AudienceIds.MEMBERS + ".add", Button.class)));
		chooser.await();
		robot.waitUntil("the chooser closed", () -> chooser.shell().isDisposed());
		robot.waitUntil("the contact is a member", () -> audience.getMembers().contains(outside));
		assertEquals(before + 1, audience.getMembers().size(), "only that contact was added");
		assertTrue(outside.getAudiences().contains(audience), "the contact's side of the link follows");
		robot.waitUntil("the list shows it", () -> members.getItemCount() == before + 1);
		robot.waitUntil("the members column counts it",
				() -> rowOf(audiences, audience).startsWith(audience.getName() + " | " + (before + 1)));

		robot.focus(audiences);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z removes the membership on both sides",
				() -> !audience.getMembers().contains(outside) && !outside.getAudiences().contains(audience));
	}

	@Test
	void deletingAnAudienceTakesItOffItsMembersAndUndoPutsItBack() {
		NetworkingPlan plan = editor.getPlan();
		Table audiences = robot.showingById(page, AudienceIds.AUDIENCES, Table.class);
		int row = rowWhere(audiences, a -> !a.getMembers().isEmpty());
		Audience audience = (Audience) audiences.getItem(row).getData();
		List<Contact> members = List.copyOf(audience.getMembers());
		robot.clickRow(audiences, row);
		robot.press(SWT.DEL);
		robot.waitUntil("Delete removed the audience", () -> !plan.getAudiences().contains(audience));
		assertTrue(members.stream().noneMatch(c -> c.getAudiences().contains(audience)),
				"no contact still refers to it");
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings it back", () -> plan.getAudiences().contains(audience));
		assertEquals(new HashSet<>(members), new HashSet<>(audience.getMembers()), "with its members");
		assertTrue(members.stream().allMatch(c -> c.getAudiences().contains(audience)),
				"and the members' side of the link");
	}

	private static String rowOf(Table table, Object element) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() == element) {
				return String.join(" | ", Widgets.rowTexts(table.getItem(i)));
			}
		}
		return "(no row)";
	}

	private static int rowWhere(Table table, Predicate<Audience> test) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() instanceof Audience audience && test.test(audience)) {
				return i;
			}
		}
		throw new AssertionError("no row matches in " + List.of(table.getItems()));
	}

	private static Path screenshots() {
		return Workbench.screenshotFolder();
	}
}
