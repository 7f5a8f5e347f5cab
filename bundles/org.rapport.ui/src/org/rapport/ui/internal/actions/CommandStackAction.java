/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.actions;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;

/**
 * Undo or Redo over an editing domain's command stack, labelled with the command it would undo or redo and
 * enabled only when there is one. The domain can change (the active editor changes).
 */
public abstract class CommandStackAction extends Action implements CommandStackListener {

	private EditingDomain domain;
	private Runnable beforeRun;

	protected CommandStackAction() {
		update();
	}

	/** Follows another domain's command stack, or none. */
	public void setEditingDomain(EditingDomain newDomain) {
		if (domain == newDomain) {
			return;
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(this);
		}
		domain = newDomain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(this);
		}
		update();
	}

	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** Something to do before undoing or redoing, such as committing a half-typed field. */
	public void setBeforeRun(Runnable beforeRun) {
		this.beforeRun = beforeRun;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		Display display = Display.getDefault();
		if (Display.getCurrent() == display) {
			update();
		} else {
			display.asyncExec(this::update);
		}
	}

	@Override
	public void run() {
		if (domain == null) {
			return;
		}
		if (beforeRun != null) {
			beforeRun.run();
		}
		run(domain.getCommandStack());
	}

	protected abstract void run(CommandStack stack);

	protected abstract void update();

	protected org.eclipse.emf.common.notify.AdapterFactory adapterFactory() {
		return domain instanceof AdapterFactoryEditingDomain af ? af.getAdapterFactory() : null;
	}

	public void dispose() {
		setEditingDomain(null);
	}
}
