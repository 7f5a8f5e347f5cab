/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.editors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.rapport.model.NetworkingPlan;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Images;

/**
 * A plan file as the input of the {@link PlanEditor}. Inputs for the same file are equal, so opening a file twice
 * brings its editor to the front. The input is persisted (its path) so the workbench can restore the editor.
 */
public final class PlanEditorInput implements IPathEditorInput, IPersistableElement {

	/** The memento key of the file's absolute path. */
	public static final String TAG_PATH = "path"; //$NON-NLS-1$

	private final Path file;
	private NetworkingPlan preloaded;

	public PlanEditorInput(Path file) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	/** An input whose plan was already loaded (by the Open command, to report a bad file before opening). */
	public PlanEditorInput(Path file, NetworkingPlan plan) {
		this(file);
		this.preloaded = plan;
	}

	/** The file, absolute and normalized. */
	public Path getFile() {
		return file;
	}

	/** The plan loaded with this input, once: the editor takes it instead of reading the file again. */
	NetworkingPlan takePreloadedPlan() {
		NetworkingPlan plan = preloaded;
		preloaded = null;
		return plan;
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.PLAN);
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public String getFactoryId() {
		return UiIds.ELEMENT_FACTORY;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(TAG_PATH, file.toString());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Path.class) {
			return adapter.cast(file);
		}
		return Platform.getAdapterManager().getAdapter(this, adapter);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof PlanEditorInput other && file.equals(other.file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}

	@Override
	public String toString() {
		return "PlanEditorInput[" + file + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
