/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.rapport.ui.editors.PlanEditorInput;

/** Restores the plan editors of the last session from their saved file paths. */
public class PlanEditorInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(PlanEditorInput.TAG_PATH);
		if (path == null || path.isBlank()) {
			return null;
		}
		try {
			// A file that has gone since is restored anyway: the editor then says what is wrong with it.
			return new PlanEditorInput(Path.of(path));
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
