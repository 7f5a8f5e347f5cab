/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.rapport.ui.UiIds;

/** Small factories for the controls of the review pages' action areas, so the pages read as forms. */
final class Fields {

	/** Widget ids (under {@link UiIds#KEY}) for UI tests. */
	static final String ID_FINDINGS = "review.findings"; //$NON-NLS-1$

	private Fields() {
	}

	static void id(Widget widget, String id) {
		widget.setData(UiIds.KEY, id);
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	static Text text(Composite parent, String hint, int span) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(text);
		return text;
	}

	static Button button(Composite parent, String text, Runnable run) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> run.run());
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	static DateTime date(Composite parent, LocalDate initial) {
		DateTime date = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		// SWT months are 0-based
		date.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
		GridDataFactory.fillDefaults().applyTo(date);
		return date;
	}

	static LocalDate dateOf(DateTime date) {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	static <E> ComboViewer combo(Composite parent, List<E> items, Function<E, String> labels, int span) {
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return labels.apply((E) element);
			}
		});
		combo.setInput(items);
		if (!items.isEmpty()) {
			combo.setSelection(new StructuredSelection(items.get(0)));
		}
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(combo.getControl());
		return combo;
	}

	@SuppressWarnings("unchecked")
	static <E> E selection(ComboViewer combo) {
		return (E) ((IStructuredSelection) combo.getSelection()).getFirstElement();
	}

	static boolean filled(Text text) {
		return !text.getText().isBlank();
	}
}
