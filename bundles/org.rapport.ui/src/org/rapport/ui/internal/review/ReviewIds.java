/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

/**
 * The ids ({@code widget.getData(UiIds.KEY)}) and page names of the review's widgets, by which UI tests find
 * them. The tests repeat them as literals: keep both in step.
 */
public final class ReviewIds {

	/** Wizard page names ({@code IWizardPage.getName()}). */
	public static final String PAGE_SCORING = "review.scoring"; //$NON-NLS-1$
	/** The intro page of a strategy is named this prefix followed by the strategy's id. */
	public static final String PAGE_STRATEGY_PREFIX = "review.strategy:"; //$NON-NLS-1$
	public static final String PAGE_SUMMARY = "review.summary"; //$NON-NLS-1$

	public static final String SCORING_RESULT = "review.scoring.result"; //$NON-NLS-1$
	public static final String SCORING_SCORES = "review.scoring.scores"; //$NON-NLS-1$
	/** The choice between the quick path and the full review. */
	public static final String SCORING_QUICK = "review.scoring.quick"; //$NON-NLS-1$
	public static final String SCORING_FULL = "review.scoring.full"; //$NON-NLS-1$
	public static final String STRATEGY_SCORE = "review.strategy.score"; //$NON-NLS-1$
	public static final String STRATEGY_FAILURE = "review.strategy.failure"; //$NON-NLS-1$
	public static final String STRATEGY_FINDINGS = "review.strategy.findings"; //$NON-NLS-1$
	public static final String STRATEGY_NOTES = "review.strategy.notes"; //$NON-NLS-1$
	public static final String SUMMARY_SCORES = "review.summary.scores"; //$NON-NLS-1$
	public static final String SUMMARY_OVERALL = "review.summary.overall"; //$NON-NLS-1$
	public static final String SUMMARY_NOTES = "review.summary.notes"; //$NON-NLS-1$
	public static final String SUMMARY_DECISIONS = "review.summary.decisions"; //$NON-NLS-1$
	public static final String SUMMARY_NEW_DECISION = "review.summary.newDecision"; //$NON-NLS-1$
	public static final String SUMMARY_ADD_DECISION = "review.summary.addDecision"; //$NON-NLS-1$
	public static final String SUMMARY_REMOVE_DECISION = "review.summary.removeDecision"; //$NON-NLS-1$

	/** The Reviews page of the plan editor. */
	public static final String PAGE_REVIEWS = "reviews"; //$NON-NLS-1$
	public static final String REVIEWS_TABLE = "reviews.table"; //$NON-NLS-1$
	public static final String REVIEWS_TREND = "reviews.trend"; //$NON-NLS-1$
	public static final String REVIEWS_SCORES = "reviews.details.scores"; //$NON-NLS-1$
	public static final String REVIEWS_FINDINGS = "reviews.details.findings"; //$NON-NLS-1$
	public static final String REVIEWS_DECISIONS = "reviews.details.decisions"; //$NON-NLS-1$
	public static final String REVIEWS_NOTES = "reviews.details.notes"; //$NON-NLS-1$

	private ReviewIds() {
	}
}
