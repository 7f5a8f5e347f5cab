/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace content provider over EMF.Edit item providers: elements and children from
 * {@link IStructuredItemContentProvider} and {@link ITreeItemContentProvider}. The viewer follows the model through
 * the item providers' {@link IViewerNotification}s: a structural change refreshes the affected element, a label
 * change updates it.
 */
public class AdapterFactoryContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = {};

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public AdapterFactoryContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Collection<?> collection) {
			return collection.toArray();
		}
		IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
				IStructuredItemContentProvider.class);
		return provider == null ? NONE : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		return provider == null ? NONE : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		if (target == null || !(notification instanceof IViewerNotification viewerNotification)) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed()) {
				return;
			}
			Object element = viewerNotification.getElement();
			if (viewerNotification.isContentRefresh()) {
				if (element == null || element == target.getInput()) {
					target.refresh(viewerNotification.isLabelUpdate());
				} else {
					target.refresh(element, viewerNotification.isLabelUpdate());
				}
			} else if (viewerNotification.isLabelUpdate() && element != null) {
				target.update(element, null);
			}
		});
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
