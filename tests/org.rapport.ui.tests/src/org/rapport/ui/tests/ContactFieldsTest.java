/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.EntryType;
import org.rapport.model.ImportantDate;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PhoneNumber;
import org.rapport.model.PostalAddress;
import org.rapport.model.Relationship;
import org.rapport.model.contacts.PartialDate;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.editors.contacts.ContactIds;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.tests.robot.Robot;
import org.rapport.ui.tests.robot.Widgets;

/**
 * The contact's newer fields on the Contacts page, edited as a user does: the name's parts, the department and the
 * birthday typed in; a phone number, a postal address, a related contact and an important date added in their
 * tables with Add, typed cell by cell (Tab moves on), the type chosen with the keyboard and the preferred box
 * ticked; a photo set through the file dialog (a large picture, downscaled on the way in). The plan is saved and
 * read back from the file; a date that is not one is refused with a message and changes nothing.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ContactFieldsTest {

	private final Robot robot = Robot.current();
	private PlanEditor editor;
	private ContactsPage contactsPage;
	private Control page;
	private Table table;

	@TempDir
	Path dir;

	@BeforeEach
	void showTheContactsPage() throws Exception {
		robot.activate(Workbench.shell());
		editor = Workbench.openSample(robot);
		contactsPage = (ContactsPage) editor.findPage(ContactsPage.ID);
		robot.flush();
		if (editor.getActivePageInstance() != contactsPage) {
			CTabFolder tabs = Workbench.pageTabs(editor);
			robot.clickTab(tabs.getItem(contactsPage.getIndex()));
			robot.waitUntil("the Contacts page is active", () -> editor.getActivePageInstance() == contactsPage);
		}
		page = contactsPage.getPartControl();
		table = robot.showingById(page, UiIds.CONTACTS_TABLE, Table.class);
	}

	/** Leaves the sample plan as it was, in the editor and in its file (this test saves), for the other tests. */
	@AfterEach
	void undoWhatTheTestChanged() {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		if (editor.isDirty()) {
			editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		}
		robot.flush();
	}

	@Test
	void theNewFieldsAreEditedWithTheKeyboardAndThePhotoThroughTheFileDialogAndSaved() throws Exception {
		NetworkingPlan plan = editor.getPlan();
		int row = rowWhere(c -> c.getPhoto() == null && c.getBirthday() == null && c.getPhoneNumbers().isEmpty()
				&& c.getRelationships().isEmpty());
		Contact contact = select(row);
		Contact other = plan.getContacts().stream().filter(c -> c != contact).findFirst().orElseThrow();
		String id = Workbench.idOf(contact);

		typeInto(ContactIds.PREFIX, "Dr.");
		typeInto(ContactIds.MIDDLE_NAME, "Maria");
		typeInto(ContactIds.SUFFIX, "PhD");
		typeInto(ContactIds.NICKNAME, "Mo");
		typeInto(ContactIds.ORGANIZATION_UNIT, "Grid Analytics");
		typeInto(ContactIds.BIRTHDAY, "--07-14");
		robot.waitUntil("the typed fields reached the model", () -> "Dr.".equals(contact.getPrefix())
				&& "Maria".equals(contact.getMiddleName()) && "PhD".equals(contact.getSuffix())
				&& "Mo".equals(contact.getNickname()) && "Grid Analytics".equals(contact.getOrganizationUnit())
				&& PartialDate.of(7, 14).equals(contact.getBirthday()));
		assertTrue(contact.getFullName().contains(" Maria "), "the middle name is part of the full name");

		// a date that is not one: refused with the reason on the field, the birthday unchanged
		typeInto(ContactIds.BIRTHDAY, "--02-30");
		Text birthday = robot.showingById(page, ContactIds.BIRTHDAY, Text.class);
		robot.waitUntil("the birthday field says why (" + birthday.getData(FieldBinder.PROBLEM_KEY) + ")",
				() -> String.valueOf(birthday.getData(FieldBinder.PROBLEM_KEY)).contains("--02-30"));
		assertEquals(PartialDate.of(7, 14), contact.getBirthday());
		typeInto(ContactIds.BIRTHDAY, "1984-07-14");
		robot.waitUntil("the birthday with its year", () -> PartialDate.of(1984, 7, 14).equals(contact.getBirthday()));

		// a phone number: typed, then its type chosen with the keyboard and ticked preferred
		addEntry(UiIds.CONTACT_PHONES, "+49 30 1234567");
		Table phones = robot.showingById(page, UiIds.CONTACT_PHONES + ".table", Table.class);
		clickCell(phones, 0, 1);
		robot.press(SWT.ARROW_DOWN);
		robot.press(SWT.CR);
		robot.waitUntil("the phone's type changed from other", () -> contact.getPhoneNumbers().get(0).getType() != EntryType.OTHER);
		EntryType phoneType = contact.getPhoneNumbers().get(0).getType();
		assertTrue(contact.getPhoneNumbers().get(0).isPreferred(), "the first phone is the preferred one");

		// a postal address, cell by cell
		addEntry(UiIds.CONTACT_LOCATION, "Unter den Linden 1\tBerlin\t\t10117\tGermany");
		robot.waitUntil("the address has its parts", () -> contact.getPostalAddresses().stream()
				.anyMatch(a -> "Berlin".equals(a.getCity()) && "10117".equals(a.getPostalCode())
						&& "Germany".equals(a.getCountry()) && "Unter den Linden 1".equals(a.getStreet())));

		// a related contact, chosen in the cell's drop-down
		addEntry(ContactIds.RELATIONSHIPS, "spouse");
		Table relationships = robot.showingById(page, ContactIds.RELATIONSHIPS + ".table", Table.class);
		clickCell(relationships, 0, 1);
		robot.press(SWT.ARROW_DOWN);
		robot.press(SWT.CR);
		robot.waitUntil("the relationship points at a contact", () -> !contact.getRelationships().isEmpty()
				&& contact.getRelationships().get(0).getContact() != null);
		Contact related = contact.getRelationships().get(0).getContact();

		// an important date: a bad one is refused with a message, a good one kept
		addEntry(ContactIds.IMPORTANT_DATES, "anniversary\t--13-01");
		Label problem = robot.byId(page, ContactIds.IMPORTANT_DATES + ".problem", Label.class);
		robot.waitUntil("the table says the date cannot be read", () -> problem.isVisible() && problem.getText().contains("--13-01"));
		assertEquals(null, contact.getImportantDates().get(0).getDate());
		Table dates = robot.showingById(page, ContactIds.IMPORTANT_DATES + ".table", Table.class);
		clickCell(dates, 0, 1);
		robot.type("2015-06-20\n");
		robot.waitUntil("the anniversary has its date", () -> PartialDate.of(2015, 6, 20)
				.equals(contact.getImportantDates().get(0).getDate()));

		// the photo: a 1200 x 900 picture chosen in the file dialog with the keyboard
		Path picture = picture(1200, 900);
		setPhotoThroughTheFileDialog(picture);
		robot.waitUntil("the contact has a photo", () -> contact.getPhoto() != null, Duration.ofSeconds(30));
		ImageData stored = new ImageData(new ByteArrayInputStream(contact.getPhoto()));
		assertEquals(256, Math.max(stored.width, stored.height), "downscaled to 256 pixels a side");
		assertEquals(192, Math.min(stored.width, stored.height), "in proportion");
		assertTrue(contact.getPhoto().length < 60 * 1024, "a few tens of KB at most: " + contact.getPhoto().length);
		assertTrue(Files.size(picture) > contact.getPhoto().length, "smaller than the picture chosen");
		Label info = robot.showingById(page, ContactIds.PHOTO + ".info", Label.class);
		robot.waitUntil("the page shows the photo's size", () -> info.getText().contains("256"));
		Label image = robot.showingById(page, ContactIds.PHOTO + ".image", Label.class);
		assertNotNull(image.getImage(), "the photo is shown");

		robot.focus(table);
		robot.pressUntil(SWT.MOD1, 's', "Ctrl+S saved", () -> !editor.isDirty());
		NetworkingPlan saved = new PlanStore().load(Workbench.sampleFile(), PlanStore.createResourceSet());
		Contact read = (Contact) saved.eResource().getEObject(id);
		assertEquals("Dr.", read.getPrefix());
		assertEquals("Maria", read.getMiddleName());
		assertEquals("PhD", read.getSuffix());
		assertEquals("Mo", read.getNickname());
		assertEquals("Grid Analytics", read.getOrganizationUnit());
		assertEquals(PartialDate.of(1984, 7, 14), read.getBirthday());
		PhoneNumber phone = read.getPhoneNumbers().get(0);
		assertEquals("+49 30 1234567", phone.getNumber());
		assertEquals(phoneType, phone.getType());
		assertTrue(phone.isPreferred());
		PostalAddress address = read.getPostalAddresses().get(read.getPostalAddresses().size() - 1);
		assertEquals(List.of("Unter den Linden 1", "Berlin", "10117", "Germany"),
				List.of(address.getStreet(), address.getCity(), address.getPostalCode(), address.getCountry()));
		Relationship relationship = read.getRelationships().get(0);
		assertEquals("spouse", relationship.getLabel());
		assertEquals(Workbench.idOf(related), saved.eResource().getURIFragment(relationship.getContact()));
		ImportantDate anniversary = read.getImportantDates().get(0);
		assertEquals("anniversary", anniversary.getLabel());
		assertEquals(PartialDate.of(2015, 6, 20), anniversary.getDate());
		assertTrue(java.util.Arrays.equals(contact.getPhoto(), read.getPhoto()), "the photo is in the file");
		assertEquals("image/jpeg", read.getPhotoMediaType());
		assertNotNull(other);

		// Remove Photo is one undoable step
		clickButton(ContactIds.PHOTO + ".remove");
		robot.waitUntil("the photo is removed", () -> contact.getPhoto() == null && contact.getPhotoMediaType() == null);
		robot.focus(table);
		robot.pressUntil(SWT.MOD1, 'z', "Ctrl+Z brings the photo back", () -> contact.getPhoto() != null);

	}

	/**
	 * Clicks Set Photo… and, in GTK's file dialog (a native window, outside SWT's reach), types the file's path with
	 * real X input once the dialog's window is the active one: a path typed there opens the dialog's location field
	 * with its first character, Enter chooses; the keys queue in the X server and reach the dialog in order. The click
	 * returns when the dialog has closed; a dialog still open a minute after the click is closed with Escape and the test
	 * fails with the reason (the click would otherwise never return).
	 */
	private void setPhotoThroughTheFileDialog(Path picture) throws Exception {
		String title = "Choose a Photo";
		CompletableFuture<String> typist = CompletableFuture.supplyAsync(() -> {
			try {
				// xdotool waits (--sync) until the window shows, then until it is active
				String window = xdotool("search", "--sync", "--onlyvisible", "--name", title).strip().lines()
						.reduce((a, b) -> b).orElseThrow(
								() -> new AssertionError("no window '" + title + "' showed within 30 s of the click"));
				xdotool("windowactivate", "--sync", window, "type", "--delay", "30", picture.toString());
				xdotool("key", "Return");
				return window;
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		String[] stuck = { null };
		Runnable watchdog = () -> {
			try {
				String open = xdotool("search", "--onlyvisible", "--name", title).strip();
				if (!open.isEmpty()) {
					stuck[0] = "the file dialog did not choose " + picture + " (typist: "
							+ (typist.isDone() ? "done" : "still typing") + "): closed with Escape";
					xdotool("windowactivate", "--sync", open.lines().reduce((a, b) -> b).orElseThrow(), "key", "Escape",
							"key", "Escape");
				}
			} catch (IOException | InterruptedException e) {
				stuck[0] = "the file dialog could not be checked: " + e;
			}
		};
		// SWT's timers run inside the native dialog's own event loop
		robot.display().timerExec(60_000, watchdog);
		Button set = robot.showingById(page, ContactIds.PHOTO + ".set", Button.class);
		robot.reveal(set);
		robot.click(set);
		robot.display().timerExec(-1, watchdog);
		if (stuck[0] != null) {
			throw new AssertionError(stuck[0]);
		}
		typist.get(60, TimeUnit.SECONDS);
	}

	/** Runs xdotool, for at most 30 s (a window waited for with --sync may never show), and returns its output. */
	private static String xdotool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("timeout", "30", "xdotool"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return output;
	}

	/** A PNG of the given size with a gradient, so that it does not compress to nothing. */
	private Path picture(int width, int height) throws IOException {
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				data.setPixel(x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | ((x * y) & 0xFF));
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Path file = dir.resolve("portrait.png");
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	private ElementListPart<Contact> list() {
		return contactsPage.getList();
	}

	private Contact select(int row) {
		robot.clickRow(table, row);
		Contact contact = list().getElementAt(row);
		Text firstName = robot.showingById(page, UiIds.CONTACT_FIRST_NAME, Text.class);
		robot.waitUntil("the details show " + contact, () -> Objects.toString(contact.getFirstName(), "")
				.equals(firstName.getText()));
		return contact;
	}

	private int rowWhere(java.util.function.Predicate<Contact> test) {
		for (int row = 0; row < list().getItemCount(); row++) {
			if (test.test(list().getElementAt(row))) {
				return row;
			}
		}
		throw new AssertionError("no contact of the sample plan passes");
	}

	private void clickButton(String id) {
		FormPages.clickButton(robot, page, id);
	}

	private void typeInto(String id, String typed) {
		Text text = robot.showingById(page, id, Text.class);
		robot.reveal(text);
		robot.click(text);
		robot.selectAllText(text);
		robot.type(typed);
		robot.press(SWT.TAB);
	}

	/** Adds an entry with the table's Add button and types its cells ({@code \t} moves to the next cell), then Enter. */
	private void addEntry(String id, String typed) {
		Table entries = robot.showingById(page, id + ".table", Table.class);
		int before = entries.getItemCount();
		robot.reveal(entries);
		clickButton(id + ".add");
		robot.waitUntil("Add added a row to " + id, () -> entries.getItemCount() == before + 1);
		robot.waitFor("the new row's first cell is edited", () -> cellEditor(entries));
		robot.type(typed + "\n");
		String first = typed.split("\t")[0];
		robot.waitUntil("the typed value is in the row", () -> first.equals(entries.getItem(before).getText(0)));
	}

	/** Selects the row, moves to the column with the arrow keys and starts editing the cell with F2. */
	private void clickCell(Table entries, int row, int column) {
		robot.reveal(entries);
		robot.clickRow(entries, row);
		robot.press(SWT.HOME);
		for (int i = 0; i < column; i++) {
			robot.press(SWT.ARROW_RIGHT);
		}
		robot.press(SWT.F2);
		// the cell's editor (a text or a drop-down inside the table) has the focus
		robot.waitUntil("the cell is edited", () -> Widgets.findAll(entries, Control.class,
				c -> c != entries && !c.isDisposed() && c.isVisible() && c.isFocusControl()).size() > 0);
	}

	private static Text cellEditor(Table entries) {
		return Widgets.findAll(entries, Text.class, t -> !t.isDisposed() && t.isVisible()).stream().findFirst().orElse(null);
	}
}
