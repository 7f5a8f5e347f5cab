/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Stops a write when the user cancels: for the exporters that do not take a progress monitor themselves
 * (XMI, iCalendar). The atomic file writer it decorates then removes its temporary file, so the target is
 * left as it was.
 */
final class MonitoredOutputStream extends FilterOutputStream {

	private final IProgressMonitor monitor;

	MonitoredOutputStream(OutputStream out, IProgressMonitor monitor) {
		super(out);
		this.monitor = monitor;
	}

	@Override
	public void write(int b) throws IOException {
		checkCanceled();
		out.write(b);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		checkCanceled();
		out.write(b, off, len);
	}

	@Override
	public void flush() throws IOException {
		checkCanceled();
		out.flush();
	}

	private void checkCanceled() {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
