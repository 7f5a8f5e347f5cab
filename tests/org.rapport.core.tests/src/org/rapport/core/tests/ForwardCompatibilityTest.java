/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a newer version of the model writes survives a load and save by this version. */
class ForwardCompatibilityTest {

	private static final String EXT_NS = "http://example.org/rapport/extension";

	private static final String FUTURE_PLAN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
			+ "    xmlns:rapport=\"" + PlanFixtures.NS + "\" xmlns:ext=\"" + EXT_NS + "\"\n"
			+ "    xmi:id=\"_plan\" name=\"Future plan\" mood=\"optimistic\">\n"
			+ "  <contacts xmi:id=\"_ada\" firstName=\"Ada\" pronouns=\"she/her\" ext:badge=\"gold\">\n"
			+ "    <emails>ada@example.org</emails>\n"
			+ "    <socialHandles network=\"mastodon\" handle=\"@ada@example.social\">\n"
			+ "      <verifiedOn>2030-01-01</verifiedOn>\n"
			+ "    </socialHandles>\n"
			+ "  </contacts>\n"
			+ "  <contacts xmi:id=\"_bob\" firstName=\"Bob\" introducedBy=\"_ada\"/>\n"
			+ "  <energyBudget weeklyHours=\"3\">keep it sustainable</energyBudget>\n"
			+ "  <ext:annotation key=\"source\">imported from the future</ext:annotation>\n"
			+ "</rapport:NetworkingPlan>\n";

	@TempDir
	Path dir;

	@Test
	void unknownAttributesAndElementsSurviveLoadAndSave() throws Exception {
		Path file = dir.resolve("future.rapport");
		Files.writeString(file, FUTURE_PLAN);
		PlanStore store = new PlanStore();

		NetworkingPlan plan = store.load(file);
		assertEquals("Future plan", plan.getName());
		assertEquals(2, plan.getContacts().size());
		Contact ada = plan.getContacts().get(0);
		assertEquals("Ada", ada.getFirstName());
		assertEquals(ada, plan.getContacts().get(1).getIntroducedBy());
		assertTrue(PlanStore.hasUnknownContent(plan));

		// edit what this version knows, then save twice (load in between)
		ada.setLastName("Lovelace");
		Contact carol = RapportFactory.eINSTANCE.createContact();
		carol.setFirstName("Carol");
		plan.getContacts().add(carol);
		store.save(plan, file);
		NetworkingPlan again = store.load(file);
		store.save(again, file);

		byte[] saved = Files.readAllBytes(file);
		Document document = PlanFixtures.parse(saved);
		Element root = document.getDocumentElement();
		assertEquals("optimistic", root.getAttribute("mood"), "unknown attribute of the root");
		assertEquals("_plan", root.getAttributeNS(PlanFixtures.XMI_NS, "id"));

		NodeList contacts = root.getElementsByTagName("contacts");
		assertEquals(3, contacts.getLength());
		Element adaElement = (Element) contacts.item(0);
		assertEquals("_ada", adaElement.getAttributeNS(PlanFixtures.XMI_NS, "id"));
		assertEquals("Lovelace", adaElement.getAttribute("lastName"), "the edit is saved");
		assertEquals("she/her", adaElement.getAttribute("pronouns"), "unknown attribute of a contact");
		assertEquals("gold", adaElement.getAttributeNS(EXT_NS, "badge"), "attribute in a foreign namespace");

		Element handles = single(adaElement, "socialHandles");
		assertEquals("mastodon", handles.getAttribute("network"), "unknown element keeps its attributes");
		assertEquals("@ada@example.social", handles.getAttribute("handle"));
		assertEquals("2030-01-01", single(handles, "verifiedOn").getTextContent(), "and its children");

		Element energy = single(root, "energyBudget");
		assertEquals("3", energy.getAttribute("weeklyHours"));
		assertEquals("keep it sustainable", energy.getTextContent());

		NodeList annotations = root.getElementsByTagNameNS(EXT_NS, "annotation");
		assertEquals(1, annotations.getLength(), "element in a foreign namespace");
		assertEquals("source", ((Element) annotations.item(0)).getAttribute("key"));
		assertEquals("imported from the future", annotations.item(0).getTextContent());

		NetworkingPlan last = store.load(file);
		assertEquals(3, last.getContacts().size());
		assertEquals("Carol", last.getContacts().get(2).getFirstName());
		assertFalse(new String(saved, java.nio.charset.StandardCharsets.UTF_8).contains("xsi:type=\"xml"),
				"no EMF internals leak into the file");
	}

	private static Element single(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		assertEquals(1, nodes.getLength(), () -> "one <" + name + "> in <" + parent.getTagName() + ">");
		Element element = (Element) nodes.item(0);
		assertNotNull(element);
		return element;
	}
}
