/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.junit.jupiter.api.Test;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.RapportResource;

/**
 * What loading a plan leaves out of EMF's way (issue 17): objects read with an id are attached without EMF's walk
 * of their content, equal texts share one string, and attributes find their features once per class and name. The result must be the one EMF's own way gives.
 */
class ResourceLoadTest {

	private static final RapportFactory FACTORY = RapportFactory.eINSTANCE;

	@Test
	void everyObjectReadHasItsIdBothWaysAndOneWithoutIdGetsOne() throws Exception {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		for (int i = 0; i < 3; i++) {
			Contact contact = FACTORY.createContact();
			contact.setFirstName("Ada" + i); //$NON-NLS-1$
			EmailAddress email = FACTORY.createEmailAddress();
			email.setAddress("ada" + i + "@example.org"); //$NON-NLS-1$ //$NON-NLS-2$
			contact.getEmailAddresses().add(email);
			plan.getContacts().add(contact);
		}
		String text = save(plan);
		// the second contact and its address as a file written without ids has them
		String second = plan.getContacts().get(1).eResource().getURIFragment(plan.getContacts().get(1));
		String address = plan.getContacts().get(1).getEmailAddresses().get(0).eResource()
				.getURIFragment(plan.getContacts().get(1).getEmailAddresses().get(0));
		String withoutIds = text.replace(" xmi:id=\"" + second + "\"", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.replace(" xmi:id=\"" + address + "\"", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(withoutIds.length() < text.length());

		RapportResource back = load(withoutIds);
		NetworkingPlan read = (NetworkingPlan) back.getContents().get(0);
		Set<String> ids = new HashSet<>();
		int objects = 0;
		for (Iterator<EObject> all = back.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			String id = back.getID(object);
			assertNotNull(id, () -> "an id for " + object); //$NON-NLS-1$
			assertSame(object, back.getEObject(id));
			assertSame(object, back.getIDToEObjectMap().get(id));
			assertTrue(ids.add(id));
			objects++;
		}
		assertEquals(7, objects);
		assertEquals(objects, back.getIDToEObjectMap().size());
		assertEquals(objects, back.getEObjectToIDMap().size());
		assertEquals(plan.eResource().getURIFragment(plan.getContacts().get(0)),
				back.getID(read.getContacts().get(0)), "the file's ids are kept"); //$NON-NLS-1$
		assertEquals("ada1@example.org", read.getContacts().get(1).getEmailAddresses().get(0).getAddress()); //$NON-NLS-1$
	}

	@Test
	void equalTextsShareOneString() throws Exception {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		for (int i = 0; i < 4; i++) {
			Contact contact = FACTORY.createContact();
			contact.setFirstName("Grace" + i); //$NON-NLS-1$
			contact.setOrganization(i < 3 ? "Acme" : "Initech"); //$NON-NLS-1$ //$NON-NLS-2$
			contact.getTags().add("speaker"); //$NON-NLS-1$
			plan.getContacts().add(contact);
		}
		NetworkingPlan read = (NetworkingPlan) load(save(plan)).getContents().get(0);
		Contact first = read.getContacts().get(0);
		for (Contact contact : read.getContacts().subList(1, 3)) {
			assertSame(first.getOrganization(), contact.getOrganization());
			assertSame(first.getTags().get(0), contact.getTags().get(0));
		}
		assertEquals("Initech", read.getContacts().get(3).getOrganization()); //$NON-NLS-1$
		assertEquals("speaker", read.getContacts().get(3).getTags().get(0)); //$NON-NLS-1$
		assertNotSame(first.getFirstName(), read.getContacts().get(1).getFirstName());
		assertEquals("Grace1", read.getContacts().get(1).getFirstName()); //$NON-NLS-1$
	}

	/**
	 * Attributes are read with their features looked up once per class and name: a name that is a feature of one
	 * class and unknown in another, a name no class has, values of every kind and references read by id all come out
	 * as EMF reads them, and the unknown attributes are kept and written back.
	 */
	@Test
	void attributesAreReadPerClassAsEmfReadsThem() throws Exception {
		NetworkingPlan plan = FACTORY.createNetworkingPlan();
		plan.setName("Plan"); //$NON-NLS-1$
		for (int i = 0; i < 3; i++) {
			Contact contact = FACTORY.createContact();
			contact.setFirstName("Ada" + i); //$NON-NLS-1$
			contact.getTags().add("tag" + i); //$NON-NLS-1$
			contact.getTags().add("speaker"); //$NON-NLS-1$
			PostalAddress address = FACTORY.createPostalAddress();
			address.setCity("Portland"); //$NON-NLS-1$
			contact.getPostalAddresses().add(address);
			plan.getContacts().add(contact);
			FollowUp followUp = FACTORY.createFollowUp();
			followUp.setContact(contact);
			followUp.setStatus(FollowUpStatus.values()[i % FollowUpStatus.values().length]);
			followUp.setAttempt(i + 1);
			followUp.setDueDate(new Date(1_700_000_000_000L + i * 86_400_000L));
			plan.getFollowUps().add(followUp);
		}
		Interaction interaction = FACTORY.createInteraction();
		interaction.getContacts().addAll(plan.getContacts().subList(1, 3));
		interaction.setSummary("Lunch"); //$NON-NLS-1$
		plan.getInteractions().add(interaction);
		// a newer model's attributes: one with the name of another class's feature, one no class has
		String future = save(plan).replace("<contacts ", "<contacts city=\"Lisbon\" mood=\"calm\" "); //$NON-NLS-1$ //$NON-NLS-2$

		RapportResource back = load(future);
		NetworkingPlan read = (NetworkingPlan) back.getContents().get(0);
		assertTrue(EcoreUtil.equals(plan, read), "the plan as it was saved"); //$NON-NLS-1$
		assertEquals(List.of(read.getContacts().get(1), read.getContacts().get(2)),
				read.getInteractions().get(0).getContacts());
		assertSame(read.getContacts().get(2), read.getFollowUps().get(2).getContact());
		for (Contact contact : read.getContacts()) {
			AnyType unknown = back.getEObjectToExtensionMap().get(contact);
			assertNotNull(unknown, "a contact's unknown attributes are kept"); //$NON-NLS-1$
			assertEquals(2, unknown.getAnyAttribute().size());
			assertEquals("Portland", contact.getPostalAddresses().get(0).getCity()); //$NON-NLS-1$
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		back.save(out, null);
		String written = out.toString(StandardCharsets.UTF_8);
		assertEquals(3, written.split("city=\"Lisbon\"", -1).length - 1, "and written back"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(3, written.split("mood=\"calm\"", -1).length - 1); //$NON-NLS-1$
	}

	private static String save(NetworkingPlan plan) throws Exception {
		RapportResource resource = new RapportResource(URI.createURI("memory:/load.rapport")); //$NON-NLS-1$
		resource.getContents().add(plan);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static RapportResource load(String text) throws Exception {
		RapportResource resource = new RapportResource(URI.createURI("memory:/back.rapport")); //$NON-NLS-1$
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
