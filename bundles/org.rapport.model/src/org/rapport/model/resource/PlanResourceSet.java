/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The resource set a plan lives in: it never goes looking for anything a plan refers to.
 * <p>
 * A plan file may hold references to other resources ({@code <introducedBy href="http://host/x.rapport#_x"/>},
 * {@code href="../other.rapport#_y"}). EMF resolves such a proxy by loading its resource into the resource
 * set, which would fetch a URL (telling any server that, and when, the plan was opened, or hanging on one
 * that never answers) or read another file. Here:
 * </p>
 * <ul>
 * <li>{@link #getResource(URI, boolean)} never creates or loads a resource on demand: a reference to
 * anything but a resource already in the set (the plan itself, a registered package) stays a proxy, and is
 * saved back as it was;</li>
 * <li>the {@linkplain #getURIConverter() URI converter} refuses every stream, whatever the scheme, except
 * for local files of resources already in the set (the plan's own file), so not even a forced
 * {@code resource.load()} of a foreign URI reaches the network.</li>
 * </ul>
 * The package registry and the {@code .rapport} factory are registered as in
 * {@link RapportResourceFactory#register(org.eclipse.emf.ecore.resource.ResourceSet)}. The plan validator reports
 * references that point outside the plan.
 */
public class PlanResourceSet extends ResourceSetImpl {

	public PlanResourceSet() {
		RapportResourceFactory.register(this);
		setURIConverter(new ExtensibleURIConverterImpl(List.of(new OwnFilesOnly(this)),
				ContentHandler.Registry.INSTANCE.contentHandlers()));
	}

	/** Only the resources already in the set: nothing is created, nothing is loaded on demand. */
	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		return super.getResource(uri, false);
	}

	/** Never called through {@link #getResource(URI, boolean)}; refuses should a subclass or EMF still ask. */
	@Override
	protected void demandLoad(Resource resource) throws IOException {
		throw new IOException(refusal(resource.getURI()));
	}

	/** Whether the set holds a resource with this URI (the plan's own file). */
	boolean holds(URI uri) {
		for (Resource resource : getResources()) {
			if (uri.equals(resource.getURI())) {
				return true;
			}
		}
		return false;
	}

	static String refusal(URI uri) {
		return "A plan never reads other files or network addresses: " + uri; //$NON-NLS-1$
	}

	/** Local files of the set's own resources go to EMF's file handler; everything else is refused. */
	private static final class OwnFilesOnly extends URIHandlerImpl {

		private final PlanResourceSet resourceSet;
		private final URIHandler files = new FileURIHandlerImpl();

		OwnFilesOnly(PlanResourceSet resourceSet) {
			this.resourceSet = resourceSet;
		}

		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		private boolean own(URI uri) {
			return uri != null && uri.isFile() && resourceSet.holds(uri);
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			if (own(uri)) {
				return files.createInputStream(uri, options);
			}
			throw new IOException(refusal(uri));
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			if (own(uri)) {
				return files.createOutputStream(uri, options);
			}
			throw new IOException(refusal(uri));
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException(refusal(uri));
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return own(uri) && files.exists(uri, options);
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return own(uri) ? files.getAttributes(uri, options) : Collections.emptyMap();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			if (own(uri)) {
				files.setAttributes(uri, attributes, options);
				return;
			}
			throw new IOException(refusal(uri));
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
			if (own(uri)) {
				return files.contentDescription(uri, options);
			}
			throw new IOException(refusal(uri));
		}
	}
}
