package org.rapport.ui.internal.editors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a refresh once after any change in a model tree. Commands change many objects at once; the refresh runs
 * after the burst (asynchronously on the control's display), and never after the control is gone.
 */
public final class ModelRefresher extends EContentAdapter {

	private final Control control;
	private final Runnable refresh;
	private Notifier target;
	private boolean scheduled;

	public ModelRefresher(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
		control.addDisposeListener(e -> attach(null));
	}

	/** Follows another model tree (or none). */
	public void attach(Notifier newTarget) {
		if (target == newTarget) {
			return;
		}
		if (target != null) {
			target.eAdapters().remove(this);
		}
		target = newTarget;
		if (target != null) {
			target.eAdapters().add(this);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return;
		}
		schedule();
	}

	private void schedule() {
		if (scheduled || control.isDisposed()) {
			return;
		}
		scheduled = true;
		control.getDisplay().asyncExec(() -> {
			scheduled = false;
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}
}
