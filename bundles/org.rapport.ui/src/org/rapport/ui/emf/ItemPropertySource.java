/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An {@link IPropertySource} over an item provider's {@link IItemPropertyDescriptor}s. Values are set with
 * {@link IItemPropertyDescriptor#setPropertyValue}, which executes a command on the object's editing domain: every
 * edit in the Properties view is undoable and marks the editor dirty.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;
	private final AdapterFactory adapterFactory;

	public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, AdapterFactory adapterFactory) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d, adapterFactory))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		// The descriptor wraps values (PropertyValueWrapper); the sheet and the cell editors work on plain values.
		if (value instanceof IItemPropertySource wrapper) {
			value = wrapper.getEditableValue(value);
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return id instanceof String key ? itemPropertySource.getPropertyDescriptor(object, key) : null;
	}
}
