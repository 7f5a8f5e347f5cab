/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.importer.FieldChange;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.importer.MatchRule;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;

/** Matching rules, preview statuses and messages, and applying a preview as one command. */
class MatchingAndPreviewTest {

	private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";

	private static ParsedContacts linkedIn(String rows) throws Exception {
		return Fixtures.read(ContactFormat.LINKEDIN_CONNECTIONS, "Connections.csv", HEADER + rows);
	}

	@Test
	void emailMatchesWithoutCase() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact jane = Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme", "Jane.Doe@Example.org");
		ImportRow row = setup.preview(linkedIn("Janet,Dough,,jane.doe@example.ORG,Other Corp,,\r\n")).getRows().get(0);
		assertSame(jane, row.getMatchedContact());
		assertEquals(MatchRule.EMAIL, row.getMatchRule());
	}

	@Test
	void profileUrlMatchesAfterNormalization() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact jane = Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme");
		ContactInfo.addUrl(jane, "https://www.linkedin.com/in/janedoe/");
		for (String url : List.of("HTTPS://LinkedIn.com/in/janedoe", "http://www.linkedin.com/in/janedoe",
				"linkedin.com/in/janedoe/", "https://WWW.LINKEDIN.COM:443/in/janedoe")) {
			ImportRow row = setup.preview(linkedIn("X,Y," + url + ",,,,\r\n")).getRows().get(0);
			assertSame(jane, row.getMatchedContact(), url);
			assertEquals(MatchRule.PROFILE_URL, row.getMatchRule(), url);
		}
		ImportRow other = setup.preview(linkedIn("X,Y,https://www.linkedin.com/in/janedoe2,,,,\r\n")).getRows().get(0);
		assertEquals(ImportStatus.NEW, other.getStatus());
	}

	@Test
	void nameAndOrganizationMatchWithoutCaseAndAccents() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact jose = Fixtures.contact(setup.plan(), "José", "Núñez", "Café Société");
		ImportRow same = setup.preview(linkedIn("jose,NUNEZ,,,cafe  societe,,\r\n")).getRows().get(0);
		assertSame(jose, same.getMatchedContact());
		assertEquals(MatchRule.NAME_AND_ORGANIZATION, same.getMatchRule());
		ImportRow otherCompany = setup.preview(linkedIn("José,Núñez,,,Another Company,,\r\n")).getRows().get(0);
		assertEquals(ImportStatus.NEW, otherCompany.getStatus(), "same name at another organization is someone else");
	}

	@Test
	void rulesAreTriedInOrderEmailFirst() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact byName = Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme");
		Contact byUrl = Fixtures.contact(setup.plan(), "Someone", "Else", null);
		ContactInfo.addUrl(byUrl, "https://www.linkedin.com/in/jd");
		Contact byEmail = Fixtures.contact(setup.plan(), "Third", "Person", null, "jd@example.org");
		ImportRow row = setup.preview(linkedIn("Jane,Doe,https://www.linkedin.com/in/jd,jd@example.org,Acme,,\r\n"))
				.getRows().get(0);
		assertSame(byEmail, row.getMatchedContact());
		row = setup.preview(linkedIn("Jane,Doe,https://www.linkedin.com/in/jd,,Acme,,\r\n")).getRows().get(0);
		assertSame(byUrl, row.getMatchedContact());
		row = setup.preview(linkedIn("Jane,Doe,,,Acme,,\r\n")).getRows().get(0);
		assertSame(byName, row.getMatchedContact());
	}

	@Test
	void statusesReasonsAndMessages() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact jane = Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme", "jane@acme.example");
		jane.setPosition("CTO");
		Fixtures.contact(setup.plan(), "John", "Roe", "Initech", "john@initech.example");
		ParsedContacts parsed = linkedIn("Jane,Doe,https://www.linkedin.com/in/janedoe,jane@acme.example,Acme,CEO,1 Feb 2024\r\n"
				+ "John,Roe,,JOHN@initech.example,Initech,,\r\n" //
				+ "New,Person,,new@person.example,Startup,Founder,\r\n" //
				+ "Short,Row,\r\n" //
				+ ",,,,,,5 May 2020\r\n" //
				+ "New,Person,https://www.linkedin.com/in/newperson,new@person.example,,,\r\n");
		NetworkingPlan before = EcoreUtil.copy(setup.plan());
		ImportPreview preview = setup.preview(parsed);
		assertTrue(EcoreUtil.equals(before, setup.plan()), "computing a preview does not touch the plan");

		List<ImportRow> rows = preview.getRows();
		assertEquals(List.of(ImportStatus.UPDATE, ImportStatus.DUPLICATE, ImportStatus.NEW, ImportStatus.REJECTED,
				ImportStatus.REJECTED, ImportStatus.UPDATE), Fixtures.statuses(preview));

		ImportRow update = rows.get(0);
		assertEquals(List.of(FieldChange.Kind.ADD, FieldChange.Kind.ADD),
				update.getChanges().stream().map(FieldChange::kind).toList());
		assertEquals(RapportPackage.Literals.CONTACT__WEB_ADDRESSES, update.getChanges().get(0).feature());
		assertEquals("Updates Jane Doe, found by e-mail jane@acme.example: adds profile URL https://www.linkedin.com/in/janedoe; "
				+ "adds date Connected on LinkedIn: 2024-02-01. Keeps the position \"CTO\" (the file says \"CEO\").",
				update.getMessage());
		assertEquals("John Roe is already in the plan (found by e-mail JOHN@initech.example); nothing new.",
				rows.get(1).getMessage());
		assertEquals("New contact: New Person (Startup, new@person.example).", rows.get(2).getMessage());
		assertEquals(5, rows.get(3).getLine());
		assertTrue(rows.get(3).getMessage().startsWith("Line 5 is not imported: the row has 3 values"), rows.get(3).getMessage());
		assertTrue(rows.get(4).getReason().contains("neither a name"), rows.get(4).getReason());
		assertEquals(4, rows.get(5).getSameAsLine());
		assertEquals("Adds to New Person, who is also on line 4: adds profile URL https://www.linkedin.com/in/newperson.",
				rows.get(5).getMessage());
		assertEquals("1 new, 2 updated, 1 already in the plan, 2 not imported", preview.getSummary());

		Command command = preview.createCommand(setup.domain());
		assertTrue(command instanceof CompoundCommand);
		setup.domain().getCommandStack().execute(command);
		for (Command step : ((CompoundCommand) command).getCommandList()) {
			assertTrue(step instanceof AddCommand || step instanceof SetCommand, step.toString());
		}
		assertEquals("CTO", jane.getPosition(), "a non-empty field is never overwritten");
		assertEquals(List.of("https://www.linkedin.com/in/janedoe"), ContactInfo.urls(jane));
		assertTrue(jane.getProvenance().startsWith("Updated from LinkedIn connections (CSV) file \"Connections.csv\""),
				jane.getProvenance());
		Contact created = setup.contact("New", "Person");
		assertEquals(List.of("https://www.linkedin.com/in/newperson"), ContactInfo.urls(created));
		assertEquals("Founder", created.getPosition());
		assertTrue(created.getProvenance().startsWith("Imported from LinkedIn connections (CSV) file \"Connections.csv\" on "),
				created.getProvenance());
		assertEquals(3, setup.plan().getContacts().size());

		assertTrue(setup.domain().getCommandStack().canUndo());
		setup.domain().getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, setup.plan()), "one undo takes the whole import back");
		setup.domain().getCommandStack().redo();
		assertEquals(3, setup.plan().getContacts().size());
		assertEquals(List.of("https://www.linkedin.com/in/janedoe"), ContactInfo.urls(jane));
	}

	@Test
	void commandOnlyAddsWhenThePlanChangedAfterThePreview() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact jane = Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme", "jane@acme.example");
		ImportPreview preview = setup.preview(linkedIn("Jane,Doe,,jane@acme.example,Acme,CEO,\r\n"));
		assertEquals(ImportStatus.UPDATE, preview.getRows().get(0).getStatus());
		jane.setPosition("Chair"); // the user edits while the preview is shown
		preview.apply(setup.domain());
		assertEquals("Chair", jane.getPosition());
	}

	@Test
	void nothingToDoGivesAnUnexecutableCommand() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme", "jane@acme.example");
		ImportPreview preview = setup.preview(linkedIn("Jane,Doe,,jane@acme.example,Acme,,\r\n"));
		assertFalse(preview.hasChanges());
		assertFalse(preview.createCommand(setup.domain()).canExecute());
		assertFalse(preview.apply(setup.domain()));
		assertFalse(setup.domain().getCommandStack().canUndo());
	}

	@Test
	void importedEmailsAreNotAddedTwiceInAnotherCase() throws Exception {
		Fixtures.Setup setup = Fixtures.emptyPlan();
		Contact jane = Fixtures.contact(setup.plan(), "Jane", "Doe", "Acme", "jane@acme.example");
		String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nEMAIL:JANE@ACME.EXAMPLE\r\n"
				+ "EMAIL:jd@home.example\r\nEMAIL:JD@home.example\r\nTEL:+1 (555) 010-0100\r\nTEL:+15550100100\r\n"
				+ "CATEGORIES:Friends,friends\r\nEND:VCARD\r\n";
		setup.importAll(Fixtures.read(ContactFormat.VCARD, "jane.vcf", card));
		assertEquals(List.of("jane@acme.example", "jd@home.example"), ContactInfo.emails(jane));
		assertEquals(List.of("+1 (555) 010-0100"), ContactInfo.phones(jane));
		assertEquals(List.of("Friends"), jane.getTags());
		assertNull(jane.getIntroducedBy());
	}
}
