/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;

/** The "Plan:" row of a capture wizard's source page: the open plans, the active one chosen. */
final class PlanChoice {

	private final OpenPlans plans;
	private final String id;
	private Combo combo;

	PlanChoice(OpenPlans plans, String id) {
		this.plans = plans;
		this.id = id;
	}

	/** Adds the label and the combo (spanning two columns) to a three-column page. */
	void create(Composite parent, Runnable changed) {
		new Label(parent, SWT.NONE).setText(Messages.Import_plan);
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(UiIds.KEY, id);
		combo.setItems(plans.labels());
		if (plans.preferred() != null) {
			combo.select(plans.editors().indexOf(plans.preferred()));
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		combo.addListener(SWT.Selection, e -> changed.run());
	}

	boolean isEmpty() {
		return plans.isEmpty();
	}

	PlanEditor getEditor() {
		int index = combo == null ? -1 : combo.getSelectionIndex();
		return index < 0 ? null : plans.editors().get(index);
	}
}
