/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.rapport.model.RapportPackage;

/**
 * Creates {@link RapportResource}s for {@code .rapport} plan files.
 * <p>
 * Registered in Eclipse through the {@code org.eclipse.emf.ecore.extension_parser} extension for the
 * {@code rapport} extension. In plain Java call {@link #register(org.eclipse.emf.ecore.resource.ResourceSet)}
 * or put an instance into a resource set's extension-to-factory map.
 * </p>
 */
public class RapportResourceFactory extends ResourceFactoryImpl {

	/** The file extension of plans, without the dot. */
	public static final String FILE_EXTENSION = "rapport"; //$NON-NLS-1$

	public RapportResourceFactory() {
		// Make sure the package is initialized and in the global registry, so that the nsURI of a
		// plan resolves to the generated package (and is never looked up at the schema location).
		RapportPackage.eINSTANCE.eClass();
	}

	@Override
	public Resource createResource(URI uri) {
		return new RapportResource(uri);
	}

	/**
	 * Registers the Rapport package and this factory for the {@code rapport} extension and the plan content
	 * type in the given resource set (needed in plain Java, harmless in Eclipse).
	 *
	 * @param resourceSet the resource set to prepare
	 * @return the resource set
	 */
	public static org.eclipse.emf.ecore.resource.ResourceSet register(
			org.eclipse.emf.ecore.resource.ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new RapportResourceFactory());
		return resourceSet;
	}
}
