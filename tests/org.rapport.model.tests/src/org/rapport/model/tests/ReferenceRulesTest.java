/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.model.tests.Fixtures.assertOnly;
import static org.rapport.model.validation.PlanValidator.REFERENCE_OUTSIDE_PLAN;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.rapport.model.Contact;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.resource.PlanResourceSet;
import org.rapport.model.resource.RapportResource;

class ReferenceRulesTest extends AbstractRuleTest {

	private static final String REMOTE = "http://127.0.0.1:9/other.rapport#_x";

	private Contact proxy(String uri) {
		Contact proxy = RapportFactory.eINSTANCE.createContact();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI(uri));
		return proxy;
	}

	@Test
	void aReferenceToAnotherResourceIsAnErrorNamingItsAddressAndIsNotFollowed() {
		ResourceSet resourceSet = new PlanResourceSet();
		RapportResource resource = new RapportResource(URI.createFileURI("/tmp/plan.rapport"));
		resource.getContents().add(p.plan);
		resourceSet.getResources().add(resource);
		Contact proxy = proxy(REMOTE);
		p.jan.setIntroducedBy(proxy);

		Diagnostic problem = assertOnly(p.plan, REFERENCE_OUTSIDE_PLAN, Diagnostic.ERROR, p.jan,
				Literals.CONTACT__INTRODUCED_BY, "Jan Novak refers, as introducedBy, to \"" + REMOTE
						+ "\", which is outside this plan.", "never follows it to another file or to the network");
		assertEquals(REMOTE, problem.getData().get(2));
		assertSame(proxy, p.jan.getIntroducedBy(), "still the proxy: the plan's resource set never loads it");
		assertTrue(proxy.eIsProxy());
		assertEquals(1, resourceSet.getResources().size());
	}

	@Test
	void aResourceSetForPlansRefusesToOpenAnythingButItsOwnFiles() {
		ResourceSet resourceSet = new PlanResourceSet();
		assertEquals(null, resourceSet.getResource(URI.createURI("http://127.0.0.1:9/x.rapport"), true));
		assertEquals(null, resourceSet.getEObject(URI.createURI(REMOTE), true));
		assertTrue(resourceSet.getResources().isEmpty());
		java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> resourceSet.getURIConverter().createInputStream(URI.createURI("http://127.0.0.1:9/x.rapport")));
		assertTrue(refused.getMessage().startsWith("A plan never reads other files or network addresses"));
		org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> resourceSet.getURIConverter().createInputStream(URI.createFileURI("/etc/hostname")));
	}
}
