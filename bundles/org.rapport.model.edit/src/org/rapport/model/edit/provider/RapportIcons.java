/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.edit.provider;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.rapport.model.RapportPackage;
import org.rapport.model.provider.RapportEditPlugin;

/** The bundle's own 16x16 icons (icons/obj16), one per concrete class of the model. */
public final class RapportIcons {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private static final Map<EClass, String> FILES = Map.ofEntries( //
			Map.entry(P.getNetworkingPlan(), "networking_plan"), //$NON-NLS-1$
			Map.entry(P.getProfile(), "profile"), //$NON-NLS-1$
			Map.entry(P.getCareerAspiration(), "career_aspiration"), //$NON-NLS-1$
			Map.entry(P.getNetworkingGoal(), "networking_goal"), //$NON-NLS-1$
			Map.entry(P.getAudience(), "audience"), //$NON-NLS-1$
			Map.entry(P.getCommunicationStrategy(), "communication_strategy"), //$NON-NLS-1$
			Map.entry(P.getContact(), "contact"), //$NON-NLS-1$
			Map.entry(P.getOpportunity(), "opportunity"), //$NON-NLS-1$
			Map.entry(P.getInteraction(), "interaction"), //$NON-NLS-1$
			Map.entry(P.getFollowUp(), "follow_up"), //$NON-NLS-1$
			Map.entry(P.getExchange(), "exchange"), //$NON-NLS-1$
			Map.entry(P.getGratitude(), "gratitude"), //$NON-NLS-1$
			Map.entry(P.getSkill(), "skill"), //$NON-NLS-1$
			Map.entry(P.getLearningActivity(), "learning_activity"), //$NON-NLS-1$
			Map.entry(P.getFeedback(), "feedback"), //$NON-NLS-1$
			Map.entry(P.getPlanReview(), "plan_review"), //$NON-NLS-1$
			Map.entry(P.getStrategyScore(), "strategy_score"), //$NON-NLS-1$
			Map.entry(P.getReviewFinding(), "review_finding")); //$NON-NLS-1$

	private RapportIcons() {
	}

	/** The icon's key for {@link RapportEditPlugin#getImage(String)}, or {@code null} for a class without one. */
	public static String key(EClass eClass) {
		String file = FILES.get(eClass);
		return file == null ? null : "obj16/" + file + ".png"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The icon of a model object (a URL, as item providers return images), or {@code null}. */
	public static Object image(Object object) {
		if (!(object instanceof EObject eObject)) {
			return null;
		}
		String key = key(eObject.eClass());
		return key == null ? null : RapportEditPlugin.INSTANCE.getImage(key);
	}
}
