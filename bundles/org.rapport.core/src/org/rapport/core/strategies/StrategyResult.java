/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.strategies;

import java.util.ArrayList;
import java.util.List;

/** What a strategy returns: a score from 0 to 100 and its findings. */
public final class StrategyResult {

	private final double score;
	private final List<Finding> findings;

	public StrategyResult(double score, List<Finding> findings) {
		this.score = score;
		this.findings = List.copyOf(findings);
	}

	public static StrategyResult of(double score, List<Finding> findings) {
		return new StrategyResult(score, findings);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The score; the registry rejects values that are not numbers from 0 to 100. */
	public double getScore() {
		return score;
	}

	public List<Finding> getFindings() {
		return findings;
	}

	/** Collects findings while a strategy walks the plan. */
	public static final class Builder {
		private final List<Finding> findings = new ArrayList<>();

		public Builder add(Finding finding) {
			findings.add(finding);
			return this;
		}

		public List<Finding> findings() {
			return findings;
		}

		public StrategyResult score(double score) {
			return new StrategyResult(score, findings);
		}
	}
}
