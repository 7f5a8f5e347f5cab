/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * A job's monitor that also tells a second monitor of the progress: for a dialog that shows a job's progress
 * in its own progress area, which the workbench does not do ({@code Job.setProgressGroup} gives a workbench job
 * the workbench's monitor and ignores any other group). Cancellation is the job's alone.
 */
public final class MirroringMonitor extends ProgressMonitorWrapper {

	private final IProgressMonitor mirror;

	public MirroringMonitor(IProgressMonitor jobMonitor, IProgressMonitor mirror) {
		super(jobMonitor);
		this.mirror = mirror;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		mirror.beginTask(name, totalWork);
	}

	@Override
	public void setTaskName(String name) {
		super.setTaskName(name);
		mirror.setTaskName(name);
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		mirror.subTask(name);
	}

	@Override
	public void worked(int work) {
		super.worked(work);
		mirror.worked(work);
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		mirror.internalWorked(work);
	}

	@Override
	public void done() {
		super.done();
		mirror.done();
	}
}
