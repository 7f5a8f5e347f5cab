/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the standard Properties view an {@link IPropertySource} for any object whose item provider is an
 * {@link IItemPropertySource}. Without an adapter factory of its own it uses the one of the object's editing
 * domain, so a view that shows objects of several editors can share one provider.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	/** @param adapterFactory the item providers to use, or {@code null} for those of each object's editing domain */
	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		AdapterFactory factory = adapterFactory != null ? adapterFactory : adapterFactoryOf(object);
		if (factory == null) {
			return null;
		}
		IItemPropertySource itemSource = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemPropertySource(object, itemSource, factory);
	}

	private static AdapterFactory adapterFactoryOf(Object object) {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		return domain instanceof AdapterFactoryEditingDomain afDomain ? afDomain.getAdapterFactory() : null;
	}
}
