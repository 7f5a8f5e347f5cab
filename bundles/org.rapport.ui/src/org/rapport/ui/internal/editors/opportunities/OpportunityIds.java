/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.opportunities;

/** The {@code UiIds.KEY} values of the Opportunities page's controls (tests find controls by them). */
public final class OpportunityIds {

	public static final String PIPELINE = "opportunities.pipeline"; //$NON-NLS-1$
	public static final String LIST = "opportunities.list"; //$NON-NLS-1$
	public static final String NEXT_STAGE = "opportunities.list.nextStage"; //$NON-NLS-1$
	public static final String SHOW_ALL = "opportunities.show.all"; //$NON-NLS-1$
	public static final String SHOW_ONLINE = "opportunities.show.online"; //$NON-NLS-1$
	public static final String SHOW_OFFLINE = "opportunities.show.offline"; //$NON-NLS-1$
	public static final String DETAILS = "opportunities.details"; //$NON-NLS-1$
	public static final String NAME = "opportunities.name"; //$NON-NLS-1$
	public static final String KIND = "opportunities.kind"; //$NON-NLS-1$
	public static final String STATUS = "opportunities.status"; //$NON-NLS-1$
	public static final String ONLINE = "opportunities.online"; //$NON-NLS-1$
	public static final String DATE = "opportunities.date"; //$NON-NLS-1$
	public static final String PLACE = "opportunities.place"; //$NON-NLS-1$
	public static final String URL = "opportunities.url"; //$NON-NLS-1$
	public static final String EFFORT = "opportunities.effort"; //$NON-NLS-1$
	public static final String GOALS = "opportunities.goals"; //$NON-NLS-1$
	public static final String AUDIENCES = "opportunities.audiences"; //$NON-NLS-1$
	public static final String CONTACTS_MET = "opportunities.contactsMet"; //$NON-NLS-1$
	public static final String NOTES = "opportunities.notes"; //$NON-NLS-1$

	private OpportunityIds() {
	}
}
