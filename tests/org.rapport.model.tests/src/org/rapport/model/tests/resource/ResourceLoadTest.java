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
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.RapportResource;

/**
 * What loading a plan leaves out of EMF's way (issue 17): objects read with an id are attached without EMF's walk
 * of their content, and equal texts share one string. The result must be the one EMF's own way gives.
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
