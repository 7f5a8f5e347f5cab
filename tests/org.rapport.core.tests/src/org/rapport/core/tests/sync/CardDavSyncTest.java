/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.internal.sync.DavClient;
import org.rapport.core.internal.sync.SyncAccount;
import org.rapport.core.internal.sync.SyncException;
import org.rapport.core.internal.sync.SyncPreview;
import org.rapport.core.internal.sync.SyncRow;
import org.rapport.core.internal.sync.SyncState;
import org.rapport.core.store.PlanStore;
import org.rapport.tests.support.RadicaleServer;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.contacts.PartialDate;

/**
 * Sync with a real CardDAV/CalDAV server (Radicale on 127.0.0.1, with a password): push, a second sync that does
 * nothing, a change made on the server as a phone makes it, a conflict, deletions only proposed, and a server that
 * goes away in the middle of a sync.
 */
public class CardDavSyncTest {

	private static final String PASSWORD = "s3cret";

	@RegisterExtension
	static final RadicaleServer SERVER = new RadicaleServer(PASSWORD);

	@TempDir
	Path folder;

	private final DavClient client = new DavClient("rapport", PASSWORD.toCharArray());

	private record Fixture(NetworkingPlan plan, Path file, Path stateFile, SyncAccount account) {
	}

	private Fixture fixture(String name, String... people) throws Exception {
		SERVER.createAddressBook(name + "-contacts");
		SERVER.createCalendar(name + "-calendar");
		Path file = folder.resolve(name + ".rapport");
		NetworkingPlan plan = new PlanStore().createNew(file, name);
		for (String person : people) {
			Contact contact = RapportFactory.eINSTANCE.createContact();
			String[] parts = person.split(" ");
			contact.setFirstName(parts[0]);
			contact.setLastName(parts[1]);
			contact.setOrganization("Acme");
			contact.getEmailAddresses().add(ContactInfo.newEmail(parts[0].toLowerCase() + "@example.com"));
			plan.getContacts().add(contact);
		}
		return new Fixture(plan, file, SyncState.fileOf(file),
				new SyncAccount(SERVER.url(name + "-contacts"), SERVER.url(name + "-calendar"), "rapport"));
	}

	/** One whole sync as the command line makes it: preview, push, incoming applied, state written. */
	private SyncPreview sync(Fixture f) throws Exception {
		SyncState state = SyncState.load(f.stateFile());
		SyncPreview preview = SyncPreview.compute(f.plan(), state, f.account(), client, null);
		preview.push(client, null);
		boolean applied = preview.hasIncoming() && preview.createCommand(domain(f.plan())).canExecute();
		if (applied) {
			domain(f.plan()).getCommandStack().execute(preview.createCommand(domain(f.plan())));
		}
		preview.commit(state, f.stateFile(), applied);
		return preview;
	}

	private static SyncPreview preview(Fixture f, DavClient client) throws Exception {
		return SyncPreview.compute(f.plan(), SyncState.load(f.stateFile()), f.account(), client, null);
	}

	private static AdapterFactoryEditingDomain domain(NetworkingPlan plan) {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
	}

	private static SyncRow row(SyncPreview preview, String name) {
		return preview.getRows().stream().filter(r -> !r.isCalendar() && r.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in " + preview.getRows()));
	}

	private static Map<SyncRow.Kind, Long> kinds(SyncPreview preview) {
		return preview.getRows().stream().collect(java.util.stream.Collectors.groupingBy(SyncRow::getKind,
				() -> new java.util.EnumMap<>(SyncRow.Kind.class), java.util.stream.Collectors.counting()));
	}

	private static String phoneEdit(String card, String from, String to) {
		assertTrue(card.contains(from), card);
		return card.replace(from, to);
	}

	@Test
	void aPushedPlanSyncsAgainWithoutWritingAnythingAndTheStateStaysBesideThePlan() throws Exception {
		Fixture f = fixture("push", "Ann Lee", "Ben Ashworth");
		f.plan().getContacts().get(0).setBirthday(PartialDate.of(1980, 12, 11));
		FollowUp followUp = RapportFactory.eINSTANCE.createFollowUp();
		followUp.setContact(f.plan().getContacts().get(1));
		followUp.setDueDate(new java.util.Date(1_800_000_000_000L));
		followUp.setReason("Send the deck");
		f.plan().getFollowUps().add(followUp);
		byte[] planBefore = Files.readAllBytes(f.file());

		SyncPreview first = sync(f);
		assertEquals(2, first.getRows().stream().filter(r -> !r.isCalendar() && r.getKind() == SyncRow.Kind.PUSH_NEW).count(),
				first.getRows().toString());
		assertEquals(2, SERVER.files("push-contacts").size(), SERVER.files("push-contacts").toString());
		// the follow-up as a task and the birthday as a yearly event
		assertEquals(2, SERVER.files("push-calendar").size(), SERVER.files("push-calendar").toString());
		String card = SERVER.get(row(first, "Ann Lee").getHref());
		assertTrue(card.contains("VERSION:4.0") && card.contains("ann@example.com"), card);
		assertTrue(Files.exists(f.stateFile()));
		assertArrayEquals(planBefore, Files.readAllBytes(f.file()), "the plan file is not the sync's to write");

		SyncPreview second = sync(f);
		assertEquals(Map.of(SyncRow.Kind.UNCHANGED, 4L), kinds(second), second.getRows().toString());
		assertEquals(2, SERVER.files("push-contacts").size());
	}

	@Test
	void aChangeMadeOnTheServerComesBackThroughThePreviewAsOneUndoableStep() throws Exception {
		Fixture f = fixture("pull", "Ann Lee", "Ben Ashworth");
		SyncPreview first = sync(f);
		String href = row(first, "Ann Lee").getHref();
		// a phone changes Ann's organization and adds a card of its own
		SERVER.putResource(href, "text/vcard", phoneEdit(SERVER.get(href), "ORG:Acme", "ORG:Beta"));
		SERVER.putResource(SERVER.url("pull-contacts") + "phone-1.vcf", "text/vcard",
				"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nN:Chen;Maria;;;\r\nFN:Maria Chen\r\n"
						+ "TEL;TYPE=CELL:+1 555 0100\r\nEND:VCARD\r\n");

		SyncPreview preview = preview(f, client);
		SyncRow ann = row(preview, "Ann Lee");
		assertEquals(SyncRow.Kind.PULL, ann.getKind());
		assertEquals(List.of("organization: Acme \u2192 Beta"), ann.getChanges());
		assertTrue(ann.isApply());
		assertEquals(SyncRow.Kind.PULL_NEW, row(preview, "Maria Chen").getKind());
		assertEquals(SyncRow.Kind.UNCHANGED, row(preview, "Ben Ashworth").getKind());
		assertEquals("Acme", f.plan().getContacts().get(0).getOrganization(), "the preview changes nothing");

		AdapterFactoryEditingDomain domain = domain(f.plan());
		preview.push(client, null);
		domain.getCommandStack().execute(preview.createCommand(domain));
		preview.commit(SyncState.load(f.stateFile()), f.stateFile(), true);
		assertEquals("Beta", f.plan().getContacts().get(0).getOrganization());
		assertEquals(3, f.plan().getContacts().size());
		assertEquals("+1 555 0100", ContactInfo.phones(f.plan().getContacts().get(2)).get(0));
		domain.getCommandStack().undo();
		assertEquals("Acme", f.plan().getContacts().get(0).getOrganization());
		assertEquals(2, f.plan().getContacts().size(), "one undo takes the whole incoming side back");
		domain.getCommandStack().redo();

		SyncPreview again = sync(f);
		assertEquals(Map.of(SyncRow.Kind.UNCHANGED, 3L), kinds(again), again.getRows().toString());
		assertEquals(3, SERVER.files("pull-contacts").size(), "Maria is not put back as a second card");
	}

	@Test
	void aContactChangedOnBothSidesIsAConflictThatOverwritesNeitherUntilDecided() throws Exception {
		Fixture f = fixture("conflict", "Ann Lee");
		String href = row(sync(f), "Ann Lee").getHref();
		SERVER.putResource(href, "text/vcard", phoneEdit(SERVER.get(href), "ORG:Acme", "ORG:Phone"));
		f.plan().getContacts().get(0).setOrganization("Desk");

		SyncPreview preview = sync(f);
		SyncRow ann = row(preview, "Ann Lee");
		assertEquals(SyncRow.Kind.CONFLICT, ann.getKind());
		assertEquals(List.of("organization: Desk \u2192 Phone"), ann.getChanges());
		assertTrue(SERVER.get(href).contains("ORG:Phone"));
		assertEquals("Desk", f.plan().getContacts().get(0).getOrganization());
		assertEquals(SyncRow.Kind.CONFLICT, row(preview(f, client), "Ann Lee").getKind(), "still a conflict next time");

		SyncPreview decide = preview(f, client);
		row(decide, "Ann Lee").setResolution(SyncRow.Resolution.KEEP_MINE);
		decide.push(client, null);
		decide.commit(SyncState.load(f.stateFile()), f.stateFile(), false);
		assertTrue(SERVER.get(href).contains("ORG:Desk"), SERVER.get(href));
		assertEquals(SyncRow.Kind.UNCHANGED, row(preview(f, client), "Ann Lee").getKind());

		// changed on the server between the preview and the write: the If-Match write is refused, nothing overwritten
		f.plan().getContacts().get(0).setOrganization("Desk 2");
		SyncPreview late = preview(f, client);
		assertEquals(SyncRow.Kind.PUSH, row(late, "Ann Lee").getKind());
		SERVER.putResource(href, "text/vcard", phoneEdit(SERVER.get(href), "ORG:Desk", "ORG:Phone 2"));
		late.push(client, null);
		assertEquals(SyncRow.Kind.CONFLICT, row(late, "Ann Lee").getKind());
		assertTrue(row(late, "Ann Lee").isChangedMeanwhile());
		assertTrue(SERVER.get(href).contains("ORG:Phone 2"));
	}

	@Test
	void deletionsOnEitherSideAreOnlyProposed() throws Exception {
		Fixture f = fixture("delete", "Ann Lee", "Ben Ashworth");
		SyncPreview first = sync(f);
		SERVER.delete(row(first, "Ann Lee").getHref());
		Contact ben = f.plan().getContacts().get(1);
		f.plan().getContacts().remove(ben);

		SyncPreview preview = sync(f);
		assertEquals(SyncRow.Kind.DELETED_ON_SERVER, row(preview, "Ann Lee").getKind());
		assertEquals(SyncRow.Kind.DELETED_IN_PLAN, row(preview, "Ben Ashworth").getKind());
		assertFalse(row(preview, "Ann Lee").isApply());
		assertEquals(1, f.plan().getContacts().size(), "Ann stays in the plan");
		assertEquals(1, SERVER.files("delete-contacts").size(), "Ben stays on the server");

		SyncPreview ticked = preview(f, client);
		row(ticked, "Ann Lee").setApply(true);
		row(ticked, "Ben Ashworth").setApply(true);
		AdapterFactoryEditingDomain domain = domain(f.plan());
		ticked.push(client, null);
		domain.getCommandStack().execute(ticked.createCommand(domain));
		ticked.commit(SyncState.load(f.stateFile()), f.stateFile(), true);
		assertEquals(0, f.plan().getContacts().size());
		assertEquals(List.of(), SERVER.files("delete-contacts"));
		assertEquals(Map.of(), kinds(preview(f, client)).entrySet().stream().filter(e -> !e.getKey().equals(SyncRow.Kind.UNCHANGED))
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	@Test
	void aServerThatGoesAwayMidSyncLeavesPlanAndStateAsTheyWereAndTheNextSyncDuplicatesNothing() throws Exception {
		Fixture f = fixture("away", "Ann Lee", "Ben Ashworth", "Carl Diaz", "Dora Eke", "Emil Fox");
		sync(f);
		for (Contact contact : f.plan().getContacts()) {
			contact.setPosition("Lead");
		}
		f.plan().getContacts().add(contact("Fay Gold"));
		byte[] state = Files.readAllBytes(f.stateFile());
		String plan = xmi(f.plan());

		SyncPreview preview = preview(f, client);
		AtomicInteger writes = new AtomicInteger();
		NullProgressMonitor stopsTheServer = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				if (writes.incrementAndGet() == 2) {
					try {
						SERVER.stop();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}
		};
		try {
			SyncException e = assertThrows(SyncException.class, () -> preview.push(client, stopsTheServer));
			assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
			assertArrayEquals(state, Files.readAllBytes(f.stateFile()));
			assertEquals(plan, xmi(f.plan()));
		} finally {
			SERVER.start();
		}
		SyncPreview next = sync(f);
		assertEquals(2, next.count(SyncRow.Kind.UNCHANGED) - next.getRows().stream().filter(SyncRow::isCalendar).count(),
				"the two written before the server went away are found the same: " + next.getRows());
		assertEquals(6, SERVER.files("away-contacts").size());
		assertEquals(Map.of(SyncRow.Kind.UNCHANGED, 6L), kinds(sync(f)));
	}

	@Test
	void aWrongPasswordAMissingAddressBookAndPlainHttpAreSaidForAPerson() throws Exception {
		Fixture f = fixture("errors", "Ann Lee");
		SyncException password = assertThrows(SyncException.class,
				() -> preview(f, new DavClient("rapport", "wrong".toCharArray())));
		assertTrue(password.getMessage().contains("refused the user name or password"), password.getMessage());
		SyncException missing = assertThrows(SyncException.class, () -> SyncPreview.compute(f.plan(), new SyncState(),
				new SyncAccount(SERVER.url("nowhere"), null, "rapport"), client, null));
		assertTrue(missing.getMessage().contains("no address book"), missing.getMessage());
		SyncException plain = assertThrows(SyncException.class, () -> SyncPreview.compute(f.plan(), new SyncState(),
				new SyncAccount("http://example.org/dav/", null, "rapport"), client, null));
		assertTrue(plain.getMessage().contains("https"), plain.getMessage());
		SyncException gone = assertThrows(SyncException.class, () -> SyncPreview.compute(f.plan(), new SyncState(),
				new SyncAccount("http://127.0.0.1:1/dav/", null, "rapport"), client, null));
		assertTrue(gone.getMessage().contains("cannot reach"), gone.getMessage());
		assertFalse(Files.exists(f.stateFile()));
	}

	private static Contact contact(String name) {
		Contact contact = RapportFactory.eINSTANCE.createContact();
		contact.setFirstName(name.split(" ")[0]);
		contact.setLastName(name.split(" ")[1]);
		return contact;
	}

	private static String xmi(NetworkingPlan plan) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		plan.eResource().save(out, null);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
