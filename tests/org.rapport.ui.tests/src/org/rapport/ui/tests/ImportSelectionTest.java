/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.importer.LinkedInConnectionsImporter;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.ui.internal.interchange.ImportSelection;

/**
 * The rows the import wizard's preview lets the user leave out: the preview of the rest is computed again by the
 * core, so statuses that depended on a left-out row change, and the command adds exactly what is ticked.
 */
class ImportSelectionTest {

	private static final String FILE = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
			+ "Ana,García,,ana@example.com,Acme,,12 Mar 2024\n" // line 2: new
			+ "Ana,García,,ana@example.com,Acme,CTO,12 Mar 2024\n" // line 3: adds the position to line 2's Ana
			+ "Bob,Stone,,bob@example.com,Initech,Developer,03 Jan 2023\n" // line 4: already in the plan
			+ "Dan,Short,,dan@example.com\n"; // line 5: rejected

	private NetworkingPlan plan;
	private ImportSelection selection;

	@BeforeEach
	void previewAFileAgainstAPlanWithBob() throws Exception {
		plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		Contact bob = InterchangeUi.contact("Bob", "Stone");
		ContactInfo.addEmail(bob, "bob@example.com");
		bob.setOrganization("Initech");
		bob.setPosition("Developer");
		InterchangeUi.connectedOnLinkedIn(bob, 2023, 1, 3);
		plan.getContacts().add(bob);
		PlanStore.createResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/plan.rapport"))
				.getContents().add(plan);
		ParsedContacts parsed = new LinkedInConnectionsImporter()
				.read(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), "Connections.csv", null);
		selection = new ImportSelection(ImportPreview.compute(plan, parsed, null));
	}

	@Test
	void everyRowIsTakenInAtFirst() {
		assertEquals(List.of(ImportStatus.NEW, ImportStatus.UPDATE, ImportStatus.DUPLICATE, ImportStatus.REJECTED),
				statuses());
		assertSame(selection.full(), selection.current());
		assertEquals("1 new, 1 updated, 1 already in the plan, 1 not imported", selection.summary());
	}

	@Test
	void leavingOutTheRowALaterOneAddsToMakesTheLaterOneNew() {
		ImportRow first = selection.rows().get(0);
		ImportRow second = selection.rows().get(1);
		assertEquals(2, second.getSameAsLine(), "line 3 adds to the Ana of line 2");

		assertTrue(selection.setSkipped(first, true));
		selection.update();

		assertTrue(selection.isSkipped(first));
		assertNull(selection.effective(first), "a left-out row has no row in the preview");
		assertEquals(ImportStatus.NEW, selection.effective(second).getStatus(), "line 3 now creates Ana itself");
		assertTrue(selection.effective(second).getChanges().stream()
				.anyMatch(c -> c.feature() == RapportPackage.Literals.CONTACT__POSITION && "CTO".equals(c.value())),
				"and brings its position: " + selection.effective(second).getMessage());
		assertEquals("1 new, 0 updated, 1 already in the plan, 1 not imported; 1 left out by you.", selection.summary());
	}

	@Test
	void aRejectedRowCannotBeTakenInAndLeavingAllOutChangesNothing() {
		ImportRow rejected = selection.rows().get(3);
		assertFalse(ImportSelection.isSkippable(rejected));
		assertFalse(selection.setSkipped(rejected, true), "nothing to leave out: it is not imported anyway");

		selection.setAllSkipped(true);
		selection.update();
		assertEquals(3, selection.skippedCount());
		assertFalse(selection.current().hasChanges(), "with every row left out, Finish has nothing to do");

		selection.setAllSkipped(false);
		selection.update();
		assertSame(selection.full(), selection.current(), "all taken in again: the preview of the whole file");
	}

	@Test
	void theCommandAddsExactlyWhatIsTicked() {
		selection.setSkipped(selection.rows().get(1), true);
		selection.update();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
				new BasicCommandStack(), plan.eResource().getResourceSet());
		assertTrue(selection.current().apply(domain));
		assertEquals(List.of("Bob Stone", "Ana García"), plan.getContacts().stream().map(Contact::getFullName).toList());
		assertNull(plan.getContacts().get(1).getPosition(), "line 3 (the position) was left out");
		domain.getCommandStack().undo();
		assertEquals(1, plan.getContacts().size(), "one undo");
	}

	private List<ImportStatus> statuses() {
		return selection.rows().stream().map(row -> selection.effective(row).getStatus()).toList();
	}
}
