/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.util.Date;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanElement;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReviewFinding;
import org.rapport.model.StrategyScore;

/** Turns the outcome of a review into the {@link PlanReview} the plan keeps. */
public final class PlanReviews {

	private PlanReviews() {
	}

	/**
	 * A plan review of the plan's health: one score per strategy, failed ones included (value NaN, with the
	 * reason), every finding, the notes and decisions. Not yet added to the plan.
	 *
	 * @param health  the outcomes, with findings about objects of {@code plan} (see {@code PlanSnapshot.mapBack})
	 * @param weights the weight each strategy had in the health
	 */
	public static PlanReview create(NetworkingPlan plan, PlanHealth health, ToDoubleFunction<StrategyDescriptor> weights,
			Date date, String notes, List<String> decisions) {
		RapportFactory factory = RapportFactory.eINSTANCE;
		PlanReview review = factory.createPlanReview();
		review.setDate(date);
		review.setOverallScore(round(health.getOverall()));
		review.setNotes(notes == null || notes.isBlank() ? null : notes.strip());
		review.getDecisions().addAll(decisions);
		for (StrategyOutcome outcome : health.getOutcomes()) {
			StrategyDescriptor strategy = outcome.getStrategy();
			StrategyScore score = factory.createStrategyScore();
			score.setStrategyId(strategy.getId());
			score.setStrategyName(strategy.getName());
			score.setValue(round(outcome.getScore()));
			score.setWeight(weights.applyAsDouble(strategy));
			score.setFailureReason(outcome.getFailure());
			review.getScores().add(score);
			for (Finding finding : outcome.getFindings()) {
				ReviewFinding recorded = factory.createReviewFinding();
				recorded.setStrategyId(strategy.getId());
				recorded.setSeverity(finding.getSeverity());
				recorded.setMessage(finding.getMessage());
				recorded.setSuggestedAction(finding.getSuggestedAction());
				recorded.setSubject(subjectIn(plan, finding.getSubject()));
				review.getFindings().add(recorded);
			}
		}
		return review;
	}

	/**
	 * A score to one decimal, as the history shows and compares them: more digits are noise in the file and in the
	 * Properties view. NaN (no score) stays NaN.
	 */
	static double round(double score) {
		return Double.isNaN(score) ? score : Math.round(score * 10) / 10.0;
	}

	/**
	 * The subject when it is an element of this plan; {@code null} otherwise (the plan as a whole, or an object
	 * outside the plan, which the saved file could not point to).
	 */
	private static PlanElement subjectIn(NetworkingPlan plan, EObject subject) {
		return subject instanceof PlanElement element && EcoreUtil.isAncestor(plan, subject)
				? element
				: null;
	}
}
