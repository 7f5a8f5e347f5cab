/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.junit.jupiter.api.Test;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.resource.RapportResource;

/**
 * Content the model does not know (written by a newer version or a plug-in) is kept, and reading it stays linear in
 * its size (issue 17): EMF's {@code FeatureMap.add} compared every unknown element read with all those its parent
 * already held, 200 million comparisons for 20,000 unknown elements under the plan. The comparisons are counted, not
 * timed: the elements are typed ({@code xsi:type}) by a class of a test package whose objects count the calls of
 * their {@code equals}, which is how a feature map looks for an object.
 */
class ResourceUnknownContentTest {

	private static final int ELEMENTS = 20_000;
	private static final String COUNTING_NS = "urn:rapport:test:counting"; //$NON-NLS-1$

	private static long comparisons;

	/** An object that counts how often it is compared with another. */
	private static final class Counted extends DynamicEObjectImpl {
		Counted(EClass eClass) {
			super(eClass);
		}

		@Override
		public boolean equals(Object other) {
			comparisons++;
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}
	}

	private static EPackage countingPackage() {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName("counting"); //$NON-NLS-1$
		ePackage.setNsPrefix("counting"); //$NON-NLS-1$
		ePackage.setNsURI(COUNTING_NS);
		EClass counted = EcoreFactory.eINSTANCE.createEClass();
		counted.setName("Counted"); //$NON-NLS-1$
		ePackage.getEClassifiers().add(counted);
		ePackage.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return new Counted(eClass);
			}
		});
		return ePackage;
	}

	@Test
	void manyUnknownElementsUnderOneObjectAreReadInLinearTime() throws Exception {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //$NON-NLS-1$
				+ "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"" //$NON-NLS-1$
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:rapport=\"" + RapportPackage.eNS_URI //$NON-NLS-1$
				+ "\" xmlns:counting=\"" + COUNTING_NS + "\" xmi:id=\"_plan\" name=\"Plan\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < ELEMENTS; i++) {
			xml.append("  <futureThing xsi:type=\"counting:Counted\"/>\n"); //$NON-NLS-1$
		}
		xml.append("  <contacts xmi:id=\"_ada\" firstName=\"Ada\"/>\n</rapport:NetworkingPlan>\n"); //$NON-NLS-1$
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(COUNTING_NS, countingPackage());
		RapportResource resource = new RapportResource(URI.createURI("memory:/future.rapport")); //$NON-NLS-1$
		resourceSet.getResources().add(resource);

		comparisons = 0;
		resource.load(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), null);
		long read = comparisons;

		NetworkingPlan plan = (NetworkingPlan) resource.getContents().get(0);
		assertEquals("Ada", plan.getContacts().get(0).getFirstName()); //$NON-NLS-1$
		AnyType unknown = resource.getEObjectToExtensionMap().get(plan);
		assertEquals(ELEMENTS, unknown.getAny().size(), "every unknown element is kept"); //$NON-NLS-1$
		assertTrue(read <= ELEMENTS, () -> "at most one comparison per unknown element, not " + read); //$NON-NLS-1$

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		Matcher written = Pattern.compile("<futureThing ").matcher(out.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
		int count = 0;
		while (written.find()) {
			count++;
		}
		assertEquals(ELEMENTS, count, "and written back"); //$NON-NLS-1$
	}
}
