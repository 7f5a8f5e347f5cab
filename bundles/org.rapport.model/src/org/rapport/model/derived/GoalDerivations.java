/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.derived;

import org.rapport.model.GoalStatus;
import org.rapport.model.NetworkingGoal;

/** Values of a goal computed from its data. */
public final class GoalDerivations {

	private GoalDerivations() {
	}

	/**
	 * Progress from 0 to 1: the current value over the target, capped at 1. An achieved goal is
	 * complete whatever its numbers say; a goal without a positive target has no measurable progress (0).
	 */
	public static double progress(NetworkingGoal goal) {
		if (goal.getStatus() == GoalStatus.ACHIEVED) {
			return 1.0;
		}
		double target = goal.getTargetValue();
		if (!(target > 0)) {
			return 0.0;
		}
		double ratio = goal.getCurrentValue() / target;
		if (Double.isNaN(ratio) || ratio < 0) {
			return 0.0;
		}
		return Math.min(1.0, ratio);
	}
}
