/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The plan editor's one selection provider, forwarding the active page's. The workbench hooks an
 * editor's provider once, when the part is created, so pages that are built later (form pages are
 * created when first shown) cannot install providers of their own.
 */
public final class PageSelectionProvider implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private final ISelectionChangedListener forward = e -> fire(listeners, e.getSelection());
	private final ISelectionChangedListener forwardPost = e -> fire(postListeners, e.getSelection());
	private ISelectionProvider delegate;

	/** Makes {@code provider} (may be {@code null}) the source of the selection and announces its selection. */
	public void setDelegate(ISelectionProvider provider) {
		if (provider == delegate) {
			return;
		}
		if (delegate != null) {
			delegate.removeSelectionChangedListener(forward);
			if (delegate instanceof IPostSelectionProvider post) {
				post.removePostSelectionChangedListener(forwardPost);
			}
		}
		delegate = provider;
		if (delegate != null) {
			delegate.addSelectionChangedListener(forward);
			if (delegate instanceof IPostSelectionProvider post) {
				post.addPostSelectionChangedListener(forwardPost);
			}
		}
		ISelection selection = getSelection();
		fire(listeners, selection);
		fire(postListeners, selection);
	}

	private void fire(ListenerList<ISelectionChangedListener> targets, ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : targets) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return delegate != null ? delegate.getSelection() : StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection) {
		if (delegate != null) {
			delegate.setSelection(selection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
