/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Widget;

/**
 * Keeps the mouse wheel from changing data by accident. On GTK a combo, a spinner or a date field changes its value
 * when the wheel turns over it, focused or not: a user scrolling a long form past a "Met at" combo recorded an edit
 * per notch. This display filter takes the wheel away from such a control while it does not have the focus (a user
 * who clicked into it, or tabbed to it, still turns its value with the wheel) and scrolls the form around it instead,
 * as the wheel does over the form's labels. A list without the focus scrolls the form too, like the fields around it.
 * <p>
 * Installed once per display, by the forms that create such fields ({@link FieldBinder}).
 * </p>
 */
public final class WheelGuard implements Listener {

	private static final String INSTALLED = WheelGuard.class.getName();
	/** Pixels per line of wheel turn when a scroll bar has no increment of its own (SWT counts 3 lines a notch). */
	private static final int LINE = 20;

	private WheelGuard() {
	}

	/** Installs the filter on the display unless it is there already. */
	public static void install(Display display) {
		if (display.getData(INSTALLED) != null) {
			return;
		}
		WheelGuard guard = new WheelGuard();
		display.setData(INSTALLED, guard);
		display.addFilter(SWT.MouseVerticalWheel, guard);
		display.addFilter(SWT.MouseHorizontalWheel, guard);
		display.disposeExec(() -> {
			display.removeFilter(SWT.MouseVerticalWheel, guard);
			display.removeFilter(SWT.MouseHorizontalWheel, guard);
		});
	}

	@Override
	public void handleEvent(Event event) {
		Control control = guarded(event.widget);
		if (control == null || control.isDisposed() || control.isFocusControl()) {
			return;
		}
		ScrolledComposite form = null;
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				form = scrolled;
				break;
			}
		}
		if (form == null && control instanceof List) {
			return; // a list on its own (in a dialog) scrolls its rows: that changes nothing
		}
		event.doit = false;
		if (event.type == SWT.MouseVerticalWheel && event.count != 0) {
			scroll(control, event.count);
		}
	}

	/** The control whose value the wheel would change, or {@code null}: a CCombo's text and button count as it. */
	private static Control guarded(Widget widget) {
		if (!(widget instanceof Control control)) {
			return null;
		}
		if (control.getParent() instanceof CCombo combo) {
			return combo;
		}
		if (control instanceof Combo || control instanceof CCombo || control instanceof Spinner
				|| control instanceof DateTime || control instanceof List) {
			return control;
		}
		return null;
	}

	/**
	 * Scrolls the innermost scrolled composite around the control that can still move that way (the details of a
	 * page, else the page): {@code count} lines, positive upwards, as SWT reports the wheel.
	 */
	private static void scroll(Control control, int count) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (!(parent instanceof ScrolledComposite scrolled) || scrolled.getContent() == null) {
				continue;
			}
			ScrollBar bar = scrolled.getVerticalBar();
			int line = bar != null && bar.getIncrement() > 1 ? Math.max(bar.getIncrement() / 3, LINE / 2) : LINE;
			Point origin = scrolled.getOrigin();
			Rectangle area = scrolled.getClientArea();
			int max = Math.max(0, scrolled.getContent().getSize().y - area.height);
			int y = Math.max(0, Math.min(max, origin.y - count * line));
			if (y != origin.y) {
				scrolled.setOrigin(origin.x, y);
				return;
			}
		}
	}
}
