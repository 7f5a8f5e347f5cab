/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * The editing domain through which a command changes a plan: the kind the workbench uses, so that an import, a capture,
 * a sync or a logged interaction is the very same command there and here.
 * <p>
 * Made only here, and handed out as an {@link EditingDomain}: the JVM verifies a class whole when it loads it, and
 * verifying a method that passes an {@code AdapterFactoryEditingDomain} where an {@code EditingDomain} is expected loads
 * EMF.Edit's classes, which starts its bundle (its activator reads three extension points). So a command that edits
 * nothing ({@code score}, {@code validate}) never starts EMF.Edit (issue 17: the command line's fixed cost).
 * </p>
 */
final class EditingDomains {

	private EditingDomains() {
	}

	/** A domain with a resource set of its own. */
	static EditingDomain create() {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	}

	/** A domain over the resource set the plan was read into. */
	static EditingDomain create(ResourceSet resourceSet) {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				resourceSet);
	}
}
