/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.interactions;

/** The {@code UiIds.KEY} values of the Interactions page's controls (tests find controls by them). */
public final class InteractionIds {

	public static final String INTERACTIONS = "interactions.interactions"; //$NON-NLS-1$
	public static final String FOLLOW_UPS = "interactions.followUps"; //$NON-NLS-1$
	public static final String INTERACTION_DETAILS = "interactions.interaction.details"; //$NON-NLS-1$
	public static final String INTERACTION_DATE = "interactions.interaction.date"; //$NON-NLS-1$
	public static final String INTERACTION_CHANNEL = "interactions.interaction.channel"; //$NON-NLS-1$
	public static final String INTERACTION_INITIATED_BY = "interactions.interaction.initiatedBy"; //$NON-NLS-1$
	public static final String INTERACTION_CONTACTS = "interactions.interaction.contacts"; //$NON-NLS-1$
	public static final String INTERACTION_SUMMARY = "interactions.interaction.summary"; //$NON-NLS-1$
	public static final String INTERACTION_OUTCOME = "interactions.interaction.outcome"; //$NON-NLS-1$
	public static final String INTERACTION_OPPORTUNITY = "interactions.interaction.opportunity"; //$NON-NLS-1$
	public static final String FOLLOW_UP_DETAILS = "interactions.followUp.details"; //$NON-NLS-1$
	public static final String FOLLOW_UP_CONTACT = "interactions.followUp.contact"; //$NON-NLS-1$
	public static final String FOLLOW_UP_DUE = "interactions.followUp.due"; //$NON-NLS-1$
	public static final String FOLLOW_UP_REASON = "interactions.followUp.reason"; //$NON-NLS-1$
	public static final String FOLLOW_UP_STATUS = "interactions.followUp.status"; //$NON-NLS-1$
	public static final String FOLLOW_UP_ATTEMPT = "interactions.followUp.attempt"; //$NON-NLS-1$
	public static final String FOLLOW_UP_MAX_ATTEMPTS = "interactions.followUp.maxAttempts"; //$NON-NLS-1$
	public static final String FOLLOW_UP_ORIGIN = "interactions.followUp.origin"; //$NON-NLS-1$
	public static final String FOLLOW_UP_COMPLETED = "interactions.followUp.completedOn"; //$NON-NLS-1$
	public static final String FOLLOW_UP_OVERDUE = "interactions.followUp.overdue"; //$NON-NLS-1$

	private InteractionIds() {
	}
}
