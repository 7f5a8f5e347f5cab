/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.EntryType;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportPackage;
import org.rapport.model.TypedEntry;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.resource.RapportResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Plans written by model 1.0 (the checked-in fixtures of {@code data/migration/}, written by the release before
 * typed contact details: the sample plan, and a plan after importing the vCard, LinkedIn and Google samples) load
 * into the current model with nothing lost. Every element of the file is compared, attribute by attribute and
 * child by child, with the object loaded under the same {@code xmi:id}; what model 1.0 had and the current model
 * has not (a contact's {@code emails}, {@code phones}, {@code profileUrls} and {@code location}) is found again in
 * the typed entries and the postal address.
 */
class ModelOneMigrationTest {

	private static final String XMI = "http://www.omg.org/XMI";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "sample-written-by-model-1.0.rapport", "imported-written-by-model-1.0.rapport" })
	void everyFieldOfTheFileIsInTheLoadedPlan(String fixture) throws Exception {
		Path file = copy(fixture);
		byte[] bytes = Files.readAllBytes(file);
		assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(RapportResource.MODEL_1_0_NS_URI));
		NetworkingPlan plan = new PlanStore().load(file);
		RapportResource resource = (RapportResource) plan.eResource();
		assertTrue(resource.isWrittenByModelOne());
		assertFalse(PlanStore.hasUnknownContent(plan), "everything model 1.0 wrote is known or migrated");
		int compared = compare(document(bytes).getDocumentElement(), plan, resource);
		assertTrue(compared > 50, "compared " + compared + " values");

		// saved in the current namespace, and read again the same
		new PlanStore().save(plan, file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains(RapportPackage.eNS_URI) && !saved.contains(RapportResource.MODEL_1_0_NS_URI));
		NetworkingPlan again = new PlanStore().load(file);
		assertFalse(((RapportResource) again.eResource()).isWrittenByModelOne());
		assertTrue(EcoreUtil.equals(plan, again), "the migrated plan saves and loads unchanged");
	}

	@Test
	void theImportedContactsAreMigratedFieldByField() throws Exception {
		NetworkingPlan plan = new PlanStore().load(copy("imported-written-by-model-1.0.rapport"));
		assertEquals(8, plan.getContacts().size());

		Contact maja = contact(plan, "Maja Lindqvist");
		assertEntries(maja.getEmailAddresses(), "maja@nordlys.example", "maja.l@private.example");
		assertEntries(maja.getPhoneNumbers(), "+46 70 123 45 67");
		assertEntries(maja.getWebAddresses(), "https://maja.example/portfolio", "https://www.linkedin.com/in/majalindqvist");
		assertAddress(maja, "Stockholm", null, "Sweden");
		assertEquals("maja@nordlys.example", maja.getPreferredEmail());
		assertEquals("Stockholm, Sweden", maja.getDisplayLocation());
		assertEquals(List.of("design", "Nordics"), maja.getTags());

		Contact juergen = contact(plan, "Jürgen Müller");
		assertEntries(juergen.getEmailAddresses(), "juergen@baeckerei.example");
		assertEntries(juergen.getPhoneNumbers(), "+49 30 1234567");
		assertTrue(juergen.getPostalAddresses().isEmpty(), "no location, no address");
		assertEquals("Kennt alle Bäcker\r\nin Berlin.", juergen.getNotes());

		Contact ana = contact(plan, "Ana García");
		assertEntries(ana.getEmailAddresses(), "ana.garcia@example.com");
		assertEntries(ana.getWebAddresses(), "https://www.linkedin.com/in/anagarcia");
		assertEquals("Acme, Inc.", ana.getOrganization());
		assertEquals(1, ana.getInteractions().size());
		assertEquals(1, ana.getFollowUps().size());

		Contact bob = contact(plan, "Bob Stone");
		assertTrue(bob.getEmailAddresses().isEmpty());
		assertEquals("", bob.getPreferredEmail());
		assertEntries(bob.getWebAddresses(), "https://www.linkedin.com/in/bobstone");

		Contact grace = contact(plan, "Grace M. Hopper");
		assertEntries(grace.getEmailAddresses(), "grace@navy.example", "ghopper@navy.example", "grace@home.example");
		assertEntries(grace.getPhoneNumbers(), "+1 555 0100");
		assertAddress(grace, "Arlington", "VA", "USA");
		assertEquals(contact(plan, "Alan Turing"), grace.getIntroducedBy());
		assertNull(grace.getMiddleName(), "a middle name folded into the first name stays there");
		assertNull(grace.getBirthday());
		assertNull(grace.getPhoto());
	}

	@Test
	void theSamplePlansLocationsBecomeAddresses() throws Exception {
		NetworkingPlan plan = new PlanStore().load(copy("sample-written-by-model-1.0.rapport"));
		int withRegion = 0;
		int whole = 0;
		int withCountry = 0;
		for (Contact contact : plan.getContacts()) {
			for (PostalAddress address : contact.getPostalAddresses()) {
				assertNotNull(address.getCity(), contact.getFullName());
				if (address.getRegion() != null) {
					withRegion++;
					assertNull(address.getCountry(), "a US state or province: no country was invented");
				} else if (address.getCountry() != null) {
					withCountry++;
					assertEquals("Berlin", address.getCity());
					assertEquals("Germany", address.getCountry());
				} else {
					whole++;
					assertTrue(address.getCity().startsWith("Remote ("), "kept whole: " + address.getCity());
				}
			}
		}
		// the sample's 49 located contacts: 34 "City, ST", 1 "Berlin, Germany", 14 "Remote (Denver, CO)" and the like
		assertEquals(34, withRegion);
		assertEquals(1, withCountry);
		assertEquals(14, whole);
		Contact any = plan.getContacts().stream().filter(c -> !c.getEmailAddresses().isEmpty()).findFirst().orElseThrow();
		assertTrue(any.getEmailAddresses().get(0).isPreferred());
	}

	/** Compares an element and its children with the loaded object; returns how many values were compared. */
	private static int compare(Element element, EObject object, Resource resource) {
		int compared = 0;
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			Node attribute = element.getAttributes().item(i);
			String name = attribute.getNodeName();
			if (name.startsWith("xmlns") || name.startsWith("xmi:") || name.startsWith("xsi:")) {
				continue;
			}
			String value = attribute.getNodeValue();
			if (object instanceof Contact contact && "location".equals(name)) {
				PostalAddress address = ContactInfo.preferred(contact.getPostalAddresses());
				assertNotNull(address, value);
				assertEquals(value.replaceAll("\\s*,\\s*", ", ").strip(), ContactInfo.location(address),
						"the location's parts, in their order");
				compared++;
				continue;
			}
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			assertNotNull(feature, () -> name + " of " + object.eClass().getName());
			if (feature instanceof EReference reference) {
				List<String> ids = new ArrayList<>();
				for (Object target : reference.isMany() ? (List<?>) object.eGet(reference) : List.of(object.eGet(reference))) {
					ids.add(resource.getURIFragment((EObject) target));
				}
				assertEquals(List.of(value.split(" ")), ids, name);
			} else {
				assertEquals(value, EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), object.eGet(feature)),
						() -> name + " of " + object.eClass().getName() + " " + resource.getURIFragment(object));
			}
			compared++;
		}
		List<String> emails = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (!(children.item(i) instanceof Element child)) {
				continue;
			}
			String name = child.getTagName();
			String id = child.getAttributeNS(XMI, "id");
			if (object instanceof Contact && List.of("emails", "phones", "profileUrls").contains(name)) {
				(name.equals("emails") ? emails : name.equals("phones") ? phones : urls).add(child.getTextContent());
				continue;
			}
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			assertNotNull(feature, () -> name + " of " + object.eClass().getName());
			if (!id.isEmpty()) {
				EObject loaded = resource.getEObject(id);
				assertNotNull(loaded, id);
				assertEquals(object, loaded.eContainer());
				assertEquals(feature, loaded.eContainingFeature());
				compared += compare(child, loaded, resource);
			} else {
				// a value of a many-valued attribute (tags, decisions): in the list, in its place
				List<?> values = (List<?>) object.eGet(feature);
				long before = countBefore(child, name);
				assertEquals(child.getTextContent(), EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(),
						values.get((int) before)), name);
				compared++;
			}
		}
		if (object instanceof Contact contact) {
			compared += assertEntries(contact.getEmailAddresses(), emails.toArray(String[]::new));
			compared += assertEntries(contact.getPhoneNumbers(), phones.toArray(String[]::new));
			compared += assertEntries(contact.getWebAddresses(), urls.toArray(String[]::new));
		}
		return compared;
	}

	private static long countBefore(Element child, String name) {
		long n = 0;
		for (Node node = child.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
			if (node instanceof Element sibling && sibling.getTagName().equals(name)) {
				n++;
			}
		}
		return n;
	}

	/** The entries hold the values in order, each of type other, the first one (only) preferred. */
	private static int assertEntries(List<? extends TypedEntry> entries, String... values) {
		List<String> held = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			TypedEntry entry = entries.get(i);
			held.add(entry instanceof EmailAddress e ? e.getAddress()
					: entry instanceof org.rapport.model.PhoneNumber p ? p.getNumber()
							: ((org.rapport.model.WebAddress) entry).getUrl());
			assertEquals(EntryType.OTHER, entry.getType());
			assertEquals(i == 0, entry.isPreferred(), "the first one is preferred");
			assertNull(entry.getLabel());
		}
		assertEquals(List.of(values), held);
		return values.length;
	}

	private static void assertAddress(Contact contact, String city, String region, String country) {
		assertEquals(1, contact.getPostalAddresses().size());
		PostalAddress address = contact.getPostalAddresses().get(0);
		assertEquals(city, address.getCity());
		assertEquals(region, address.getRegion());
		assertEquals(country, address.getCountry());
		assertNull(address.getStreet());
		assertNull(address.getPostalCode());
		assertEquals(EntryType.OTHER, address.getType());
		assertTrue(address.isPreferred());
	}

	private static Contact contact(NetworkingPlan plan, String name) {
		return plan.getContacts().stream().filter(c -> name.equals(c.getFullName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name));
	}

	private Path copy(String fixture) throws Exception {
		Path file = dir.resolve(fixture);
		URL url = Platform.getBundle("org.rapport.core.tests").getEntry("data/migration/" + fixture);
		try (InputStream in = url.openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static Document document(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}
}
