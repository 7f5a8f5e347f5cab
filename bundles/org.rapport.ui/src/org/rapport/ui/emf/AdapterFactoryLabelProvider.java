/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace label provider over EMF.Edit item providers (the part of EMF's edit.ui we need): text and image from
 * {@link IItemLabelProvider}, columns from {@link ITableItemLabelProvider} when the item provider has them (column
 * 0 otherwise shows the item's text). Label changes the item providers report become
 * {@link LabelProviderChangedEvent}s, so viewers update the changed element only.
 */
public class AdapterFactoryLabelProvider extends LabelProvider implements ITableLabelProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		if (provider != null) {
			return provider.getText(element);
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? null : image(provider.getImage(element));
	}

	@Override
	public String getColumnText(Object element, int columnIndex) {
		ITableItemLabelProvider table = (ITableItemLabelProvider) adapterFactory.adapt(element, ITableItemLabelProvider.class);
		if (table != null) {
			return table.getColumnText(element, columnIndex);
		}
		return columnIndex == 0 ? getText(element) : ""; //$NON-NLS-1$
	}

	@Override
	public Image getColumnImage(Object element, int columnIndex) {
		ITableItemLabelProvider table = (ITableItemLabelProvider) adapterFactory.adapt(element, ITableItemLabelProvider.class);
		if (table != null) {
			return image(table.getColumnImage(element, columnIndex));
		}
		return columnIndex == 0 ? getImage(element) : null;
	}

	/** An SWT image for an item provider's image object, owned by this label provider. */
	protected Image image(Object image) {
		ImageDescriptor descriptor = ItemImages.descriptor(image);
		return descriptor == null ? null : resources.create(descriptor);
	}

	@Override
	public void notifyChanged(Notification notification) {
		Object element = notification.getNotifier();
		Display display = Display.getDefault();
		Runnable fire = () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, element));
		if (Display.getCurrent() == display) {
			fire.run();
		} else {
			display.asyncExec(fire);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		resources.dispose();
		super.dispose();
	}
}
